'use client';
/**
 * `@vitals/react`: styled, accessible components for customer-success metrics. Import the styles
 * once: `import '@vitals/react/styles.css'`. Each component folder's `index.ts` lists its exports.
 */
export { VitalsProvider } from './provider/VitalsProvider';
export type { VitalsProviderProps } from './provider/VitalsProvider';
export { useVitals } from './provider/context';
export type { VitalsContextValue, VitalsTheme } from './provider/context';
export { createFormatters } from './provider/format';
export type { Formatters, ValueFormatter, ValueKind } from './provider/format';

export * from './waterfall';
export * from './movements';
export * from './retention-trend';
export * from './cohort-heatmap';
export * from './health-distribution';
export * from './voice';
export * from './metric-card';
export * from './health-tier-list';
