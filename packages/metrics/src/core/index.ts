export { MetricsInputError } from './errors';
export type { InvalidRowPolicy, ValidationIssue, ValidationOptions } from './errors';
export { compensatedSum } from './sum';
export type { HookResult } from './hook';
