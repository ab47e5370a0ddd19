export { NpsBreakdown } from './NpsBreakdown';
export type { NpsBreakdownProps } from './NpsBreakdown';
export { npsTrendGeometry, npsTrendPoints } from './nps.trend';
export type {
  NpsTrendInput,
  NpsTrendPoint,
  TrendGeometry,
  TrendLayout,
  TrendMark,
} from './nps.trend';
export {
  distributionGeometry,
  estimateTextWidth,
  segmentRowsGeometry,
  shareBarGeometry,
  spreadLabels,
  stackShares,
} from './voice.geometry';
export type {
  DistributionBar,
  DistributionGeometry,
  DistributionLayout,
  ScoreCountInput,
  SegmentRowGeometry,
  SegmentRowInput,
  SegmentRowsGeometry,
  SegmentRowsLayout,
  ShareBarGeometry,
  ShareBarLayout,
  SharePart,
  ShareSegment,
} from './voice.geometry';
export { groupResponses } from './voice.groups';
export type { VoiceGroupBy, VoiceSegment, VoiceSegmentInput } from './voice.groups';
export { CsatBreakdown } from './CsatBreakdown';
export type { CsatBreakdownProps } from './CsatBreakdown';
export { CesBreakdown } from './CesBreakdown';
export type { CesBreakdownProps } from './CesBreakdown';
