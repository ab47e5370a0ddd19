import type { ValidationIssue, ValidationOptions } from '../core/errors';
import type { DateInput } from '../core/calendar';
import type { ConfidenceInterval } from '../core/interval';
import type { VoiceGroupOptions, VoiceGrouping } from './groups';

/** The options every survey score shares for its uncertainty: the sample floor and the level. */
export interface SurveyUncertaintyOptions {
  /**
   * `lowSample` is true when there are fewer valid responses than this.
   * @default 30
   */
  lowSampleThreshold?: number | undefined;
  /**
   * The confidence level of `interval`, from 0.5 to 0.9999.
   * @default 0.95
   */
  confidence?: number | undefined;
}

/** One survey answer with its context. */
export interface SurveyResponse {
  /** The score given; an integer on the survey's scale. */
  score: number;
  /** The responding account, when known. */
  accountId?: string | undefined;
  /** When the answer was given: `'YYYY-MM-DD'`, an ISO 8601 date-time or a `Date`. */
  date?: DateInput | undefined;
  /** e.g. `'SMB'`, `'Enterprise'`. */
  segment?: string | undefined;
  /** Where the survey ran, e.g. `'email'`, `'in-app'`. */
  channel?: string | undefined;
}

/** A survey answer: a bare score, or a {@link SurveyResponse} object. */
export type SurveyResponseInput = number | SurveyResponse;

/** Why a voice-of-the-customer figure is `null`. */
export type VoiceNullReason = 'no-responses' | 'no-tickets' | 'no-resolved-tickets';

/** How many responses gave one score. */
export interface ScoreCount {
  /** The score. */
  score: number;
  /** Responses that gave it. */
  count: number;
}

/** One period of an NPS trend: raw responses, or a precomputed `nps()` result. */
export type NpsTrendInput =
  | { period: string; responses: readonly SurveyResponseInput[]; result?: undefined }
  | { period: string; result: NpsResult; responses?: undefined };

/** One period's NPS and sample size, a point of a trend line. */
export interface NpsTrendPoint {
  /** The period as given, e.g. `'2025-11'`. */
  period: string;
  /** The period's NPS; `null` for a period without responses (a gap in the line). */
  score: number | null;
  /** Valid responses in the period. */
  total: number;
  /** The period's 95 % margin of error; `null` without responses. */
  marginOfError: number | null;
  /** The period's bounded interval (see `nps`'s `interval`); `null` without responses. */
  interval: ConfidenceInterval | null;
  /** True when the period has fewer responses than `lowSampleThreshold`. */
  lowSample: boolean;
}

/** Options of {@link nps}. */
export interface NpsOptions
  extends ValidationOptions, SurveyUncertaintyOptions, VoiceGroupOptions<NpsResult> {
  /**
   * The score over time: one entry per period, `{ period, responses }` (computed with the same
   * options) or `{ period, result }`, into `result.trend` in the order given.
   * @default undefined (no trend)
   */
  trend?: readonly NpsTrendInput[] | undefined;
}

/** The result of {@link nps}. */
export interface NpsResult extends VoiceGrouping<NpsResult> {
  /** `100 × (promoters − detractors) / total`, from −100 to 100; `null` with no responses. */
  score: number | null;
  /** Valid responses counted. */
  total: number;
  /** Responses scoring 9 or 10. */
  promoters: number;
  /** Responses scoring 7 or 8. */
  passives: number;
  /** Responses scoring 0 to 6. */
  detractors: number;
  /** `promoters / total`, or `null` with no responses. */
  promoterShare: number | null;
  /** `passives / total`, or `null` with no responses. */
  passiveShare: number | null;
  /** `detractors / total`, or `null` with no responses. */
  detractorShare: number | null;
  /** Counts of each score 0..10, all eleven present, in order. */
  distribution: readonly ScoreCount[];
  /**
   * Half-width of the 95 % confidence interval, in NPS points:
   * `1.96 × 100 × sqrt((p + d − (p − d)²) / total)`; `null` with no responses. Unbounded: with
   * three answers it can reach ±106.7 points, so prefer `interval`.
   */
  marginOfError: number | null;
  /**
   * The adjusted-Wald interval of the score in NPS points at the `confidence` level, always
   * within −100..100 and containing `score` (see {@link npsInterval}); `null` with no responses.
   */
  interval: ConfidenceInterval | null;
  /** True when `total` is below `lowSampleThreshold`. */
  lowSample: boolean;
  /** The threshold `lowSample` was judged against. */
  lowSampleThreshold: number;
  /** `'no-responses'` when `score` is `null`, otherwise `null`. */
  reason: VoiceNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
  /** One point per period of the `trend` option, in its order (present only with it). */
  trend?: readonly NpsTrendPoint[] | undefined;
}

/** Options of {@link csat}. */
export interface CsatOptions
  extends ValidationOptions, SurveyUncertaintyOptions, VoiceGroupOptions<CsatResult> {
  /**
   * The highest score; scores are integers from 1 to `scale`.
   * @default 5
   */
  scale?: number | undefined;
  /**
   * The lowest score that counts as satisfied.
   * @default scale − 1 (top-two-box: 4 on a 5-point scale, 9 on a 10-point one)
   */
  satisfiedMin?: number | undefined;
}

/** The result of {@link csat}. */
export interface CsatResult extends VoiceGrouping<CsatResult> {
  /** `satisfied / total`, a fraction; `null` with no responses. */
  score: number | null;
  /** Responses at or above `satisfiedMin`. */
  satisfied: number;
  /** Valid responses counted. */
  total: number;
  /**
   * The Wilson score interval of `score` at the `confidence` level, within 0..1 and containing
   * `score` (see {@link wilsonInterval}); `null` with no responses.
   */
  interval: ConfidenceInterval | null;
  /** True when `total` is below `lowSampleThreshold`. */
  lowSample: boolean;
  /** The threshold `lowSample` was judged against. */
  lowSampleThreshold: number;
  /** The mean score on the 1..scale scale; `null` with no responses. */
  mean: number | null;
  /** Counts of each score 1..scale, all present, in order. */
  distribution: readonly ScoreCount[];
  /** The scale used. */
  scale: number;
  /** The satisfied threshold used. */
  satisfiedMin: number;
  /** `'no-responses'` when `score` is `null`, otherwise `null`. */
  reason: VoiceNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** Options of {@link ces}. */
export interface CesOptions
  extends ValidationOptions, SurveyUncertaintyOptions, VoiceGroupOptions<CesResult> {
  /**
   * The highest score; scores are integers from 1 to `scale`.
   * @default 7
   */
  scale?: number | undefined;
  /**
   * Whether a higher raw score means less effort ("the company made it easy": agree = high).
   * With `false` (surveys asking "how much effort did it take?") each score s is read as
   * `scale + 1 − s`, so every reported figure is still higher-is-better.
   * @default true
   */
  higherIsEasier?: boolean | undefined;
  /**
   * The lowest score, on the reported higher-is-easier scale, that counts as agreeing.
   * @default the first point above the midpoint: 5 on 7, 4 on 5, 6 on 10
   */
  agreeMin?: number | undefined;
}

/** The result of {@link ces}, always on a higher-is-easier scale. */
export interface CesResult extends VoiceGrouping<CesResult> {
  /** The mean score on the 1..scale scale, higher is easier; `null` with no responses. */
  mean: number | null;
  /** Share of responses at or above `agreeMin`; `null` with no responses. */
  agreeShare: number | null;
  /**
   * The Wilson score interval of `agreeShare` at the `confidence` level, within 0..1 and
   * containing it (see {@link wilsonInterval}); `null` with no responses.
   */
  interval: ConfidenceInterval | null;
  /** True when `total` is below `lowSampleThreshold`. */
  lowSample: boolean;
  /** The threshold `lowSample` was judged against. */
  lowSampleThreshold: number;
  /** `mean / scale` (3 of 5 → 0.6); `null` with no responses. */
  normalized: number | null;
  /** Valid responses counted. */
  total: number;
  /** Responses at or above `agreeMin`. */
  agreeing: number;
  /** Counts of each reported (higher-is-easier) score 1..scale, all present, in order. */
  distribution: readonly ScoreCount[];
  /** The scale used. */
  scale: number;
  /** The agree threshold used, on the reported scale. */
  agreeMin: number;
  /** Whether raw scores were already higher-is-easier (`false`: they were flipped). */
  higherIsEasier: boolean;
  /** `'no-responses'` when the figures are `null`, otherwise `null`. */
  reason: VoiceNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** One support ticket (or inquiry). */
export interface Ticket {
  /** The ticket; unique within one call. */
  id: string;
  /** The account that raised it. */
  accountId: string;
  /** When it was opened: `'YYYY-MM-DD'`, an ISO 8601 date-time (UTC without offset) or a `Date`. */
  openedAt: DateInput;
  /** When it was resolved; absent or `null` while it is open. Not before `openedAt`. */
  resolvedAt?: DateInput | null | undefined;
  /** e.g. `'low'`, `'high'`, `'urgent'`. */
  severity?: string | undefined;
  /** True when it was resolved on the first contact; absent counts as not. */
  firstContactResolved?: boolean | undefined;
}

/** Options of the ticket functions. */
export type TicketOptions = ValidationOptions;

/** The result of {@link firstContactResolutionRate}. */
export interface FirstContactResolution {
  /** `resolvedOnFirstContact / total`, a fraction; `null` with no tickets. */
  rate: number | null;
  /** Tickets with `firstContactResolved: true`. */
  resolvedOnFirstContact: number;
  /** Valid tickets counted. */
  total: number;
  /** `'no-tickets'` when `rate` is `null`, otherwise `null`. */
  reason: VoiceNullReason | null;
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}

/** Resolution figures over a group of tickets. */
export interface TicketGroupStats {
  /** Tickets in the group. */
  total: number;
  /** Tickets with no `resolvedAt`. */
  open: number;
  /** Tickets with a `resolvedAt`. */
  resolved: number;
  /** Mean hours from `openedAt` to `resolvedAt` over resolved tickets; `null` when none is resolved. */
  meanHoursToResolution: number | null;
  /** Median of the same hours (mean of the two middle values when even); `null` when none is resolved. */
  medianHoursToResolution: number | null;
  /** `'no-tickets'` or `'no-resolved-tickets'` when the hours are `null`, otherwise `null`. */
  reason: VoiceNullReason | null;
}

/** Tickets opened in one month. */
export interface TicketVolume {
  /** `'YYYY-MM'` (UTC month of `openedAt`). */
  period: string;
  /** Tickets opened that month. */
  opened: number;
}

/** The figures of one severity. */
export interface SeverityStats extends TicketGroupStats {
  /** The severity as given, or `null` for tickets without one. */
  severity: string | null;
}

/** The result of {@link ticketStats}. */
export interface TicketStats extends TicketGroupStats {
  /** Tickets opened per month, every month from the first to the last present (gaps as 0). */
  volumeByPeriod: readonly TicketVolume[];
  /** The same figures per severity, in first-seen order. */
  bySeverity: readonly SeverityStats[];
  /** Rows skipped under `onInvalid: 'skip'` (empty otherwise). */
  issues: readonly ValidationIssue[];
}
