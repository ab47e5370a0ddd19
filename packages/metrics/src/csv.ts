/**
 * `@vitals/metrics/csv`: reads MRR snapshots, survey responses and health accounts from CSV text
 * (on papaparse, so the root entry stays dependency-free), keeping the line each row starts on so
 * every issue, the reader's own and the metric functions', names its CSV line.
 */
export * from './csv/index';
export { MetricsInputError } from './core/errors';
export type { ValidationIssue, InvalidRowPolicy } from './core/errors';
export type { MrrSnapshot } from './revenue/types';
export type { SurveyResponse } from './voice/types';
export type { HealthAccount, SignalValue } from './health/types';
