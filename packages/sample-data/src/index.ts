/**
 * `@vitals/sample-data`: a seeded, deterministic generator of realistic customer-success data for
 * Storybook, the example app, tests and benchmarks. Same seed, same data, in Node and the browser.
 */
export { generateSampleData, SAMPLE_SEGMENTS } from './generate';
export type {
  SampleAccount,
  SampleData,
  SampleDataOptions,
  SampleSegment,
  SampleSnapshot,
} from './generate';
export { createRandom } from './random';
export type { Random } from './random';
export { generateHealthAccounts, generateHealthHistory } from './health';
export type {
  HealthAccountsOptions,
  HealthHistoryOptions,
  SampleHealthAccount,
  SampleHealthScore,
  SampleHealthSignals,
} from './health';
export { exampleCohortBook, exampleConventionQuarter } from './examples';
export type { ExampleSnapshot, WorkedExample } from './examples';
export { generateSurveyResponses } from './voice';
export type { SampleSurveyResponse, SurveyResponsesOptions } from './voice';
