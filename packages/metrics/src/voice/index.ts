// The voice family: its pure functions and types are exported from here.
export { ces, defaultAgreeMin, flipScore } from './ces';
export { csat } from './csat';
export { firstContactResolutionRate } from './firstContactResolutionRate';
export { nps } from './nps';
export { ticketStats } from './ticketStats';
export type {
  CesOptions,
  CesResult,
  CsatOptions,
  CsatResult,
  FirstContactResolution,
  NpsOptions,
  NpsResult,
  ScoreCount,
  SeverityStats,
  SurveyResponse,
  SurveyResponseInput,
  Ticket,
  TicketGroupStats,
  TicketOptions,
  TicketStats,
  TicketVolume,
  VoiceNullReason,
} from './types';
