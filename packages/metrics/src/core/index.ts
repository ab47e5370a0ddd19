export { MetricsInputError } from './errors';
export type { InvalidRowPolicy, ValidationIssue, ValidationOptions } from './errors';
export { compensatedSum } from './sum';
export type { HookResult } from './hook';
export { addMonths, parsePeriodLabel } from './calendar';
export type { DateInput, PeriodLabel } from './calendar';
