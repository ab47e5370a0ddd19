// The survey breakdowns (NPS, CSAT, CES) and their pure layout functions.
export { NpsBreakdown } from './NpsBreakdown';
export type { NpsBreakdownProps } from './NpsBreakdown';
export { CsatBreakdown } from './CsatBreakdown';
export type { CsatBreakdownProps } from './CsatBreakdown';
export { CesBreakdown } from './CesBreakdown';
export type { CesBreakdownProps } from './CesBreakdown';
export type { SurveyBreakdownProps } from './SurveyBreakdown';

export { npsTrendGeometry } from './nps.trend';
export type { NpsTrendGeometry, NpsTrendLayout, NpsTrendMark } from './nps.trend';
export { distributionGeometry, shareBarGeometry } from './voice.geometry';
export type {
  DistributionBar,
  DistributionGeometry,
  DistributionLayout,
  ScoreCountInput,
  ShareBarGeometry,
  ShareBarLayout,
  SharePart,
  ShareSegment,
} from './voice.geometry';
export { segmentRowsGeometry } from './segments.geometry';
export type {
  SegmentRowGeometry,
  SegmentRowInput,
  SegmentRowsGeometry,
  SegmentRowsLayout,
} from './segments.geometry';
