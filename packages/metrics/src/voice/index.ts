// The voice family: its pure functions and types are exported from here.
export { ces, defaultAgreeMin, flipScore } from './ces';
export { csat } from './csat';
export { firstContactResolutionRate } from './firstContactResolutionRate';
export { nps } from './nps';
export { npsTrend } from './trend';
export { scoreShares } from './scoreShares';
export type { ScoreShare } from './scoreShares';
export { DEFAULT_MAX_GROUPS, OTHER_GROUP, UNSET_GROUP, groupResponses } from './groups';
export type {
  VoiceGroup,
  VoiceGroupBy,
  VoiceGroupOptions,
  VoiceGrouping,
  VoiceSegmentInput,
} from './groups';
export { ticketStats } from './ticketStats';
export type {
  CesOptions,
  CesResult,
  CsatOptions,
  CsatResult,
  FirstContactResolution,
  NpsOptions,
  NpsResult,
  NpsTrendInput,
  NpsTrendPoint,
  ScoreCount,
  SeverityStats,
  SurveyResponse,
  SurveyResponseInput,
  SurveyUncertaintyOptions,
  Ticket,
  TicketGroupStats,
  TicketOptions,
  TicketStats,
  TicketVolume,
  VoiceNullReason,
} from './types';
export { surveyAccounts } from './surveyAccounts';
export type { SurveyAccountsOptions, SurveyPart } from './surveyAccounts';
