'use client';
/**
 * `@vitals/react`: styled, accessible components for customer-success metrics. Import the styles
 * once: `import '@vitals/react/styles.css'`.
 */
export { VitalsProvider } from './provider/VitalsProvider';
export type { VitalsProviderProps } from './provider/VitalsProvider';
export { useVitals } from './provider/context';
export type { VitalsContextValue, VitalsTheme } from './provider/context';
export { createFormatters } from './provider/format';
export type { Formatters, ValueFormatter, ValueKind } from './provider/format';

export { NrrWaterfall } from './waterfall/NrrWaterfall';
export type { NrrWaterfallProps } from './waterfall/NrrWaterfall';
export { waterfallGeometry, waterfallSteps } from './waterfall/waterfall.geometry';
export type {
  WaterfallGeometry,
  WaterfallInput,
  WaterfallLayout,
  WaterfallStep,
  WaterfallStepId,
  WaterfallStepKind,
} from './waterfall/waterfall.geometry';
