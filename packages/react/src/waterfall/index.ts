export { NrrWaterfall } from './NrrWaterfall';
export type { NrrWaterfallProps } from './NrrWaterfall';
export { waterfallGeometry, waterfallSteps } from './waterfall.geometry';
export type {
  WaterfallGeometry,
  WaterfallInput,
  WaterfallLayout,
  WaterfallStep,
  WaterfallStepId,
  WaterfallStepKind,
  WaterfallView,
} from './waterfall.geometry';
