// The engagement family: its pure functions and types are exported from here.
export {
  activationRate,
  conversionRate,
  featureAdoption,
  onboardingCompletionRate,
  renewalRate,
  stickiness,
} from './rates';
export type {
  ActivationInput,
  ConversionInput,
  FeatureAdoptionInput,
  OnboardingInput,
  RenewalInput,
  StickinessInput,
} from './rates';
export { stickinessFromActivity } from './stickinessFromActivity';
export { timeToValue } from './timeToValue';
export type {
  ActivityEvent,
  DailyUsers,
  EngagementNullReason,
  StickinessFromActivityOptions,
  StickinessResult,
  TimeToValueAccount,
  TimeToValueOptions,
  TimeToValueResult,
} from './types';
