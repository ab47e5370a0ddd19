// The health family (SPEC §6): scorecards, tiers, overrides, history triggers and next-tier paths.
export { scoreHealth } from './scoreHealth';
export { DEFAULT_TIERS, POINTS_TIERS, healthTier } from './tiers';
export { SCORECARD_ADOPTION_FIRST, SCORECARD_USAGE_SUPPORT_OUTCOMES } from './presets';
export { healthTrend, sustainedBelow } from './history';
export type {
  HealthTrend,
  HealthTrendOptions,
  HealthTrendRow,
  SustainedBelow,
  SustainedBelowOptions,
  SustainedRun,
} from './history';
export { tierChanges } from './tierChanges';
export type {
  TierChange,
  TierChangeKind,
  TierChanges,
  TierChangesOptions,
  TierSnapshot,
} from './tierChanges';
export { expansionSignals } from './expansionSignals';
export type {
  ExpansionSignal,
  ExpansionSignals,
  ExpansionSignalsOptions,
} from './expansionSignals';
export { healthTierDistribution } from './distribution';
export { healthTierAccounts } from './tierAccounts';
export type {
  HealthTierBucket,
  HealthTierDistribution,
  HealthTierDistributionOptions,
  TierOfAccount,
} from './distribution';
export { healthTierRows, tiersBySeverity } from './tierRows';
export type { HealthTierRow, HealthTierRows, HealthTierRowsOptions } from './tierRows';
export { healthTierTotals } from './tierTotals';
export type { HealthTierTotal } from './tierTotals';
export { toHealthTierDistribution } from './toHealthTierDistribution';
export type {
  HealthDistributionData,
  ToHealthTierDistributionOptions,
} from './toHealthTierDistribution';
export { topDrivers } from './drivers';
export type { HealthDriver, TopDriversOptions } from './drivers';
export { nextTierPath } from './nextTierPath';
export type { NextTierPath, TierPathStep } from './nextTierPath';
export type {
  CategoryScore,
  ComputedHealth,
  Contribution,
  HealthAccount,
  HealthCategory,
  HealthHistoryRow,
  HealthModel,
  HealthOverride,
  HealthResult,
  HealthScores,
  HealthTier,
  HealthTone,
  Measure,
  MissingPolicy,
  Normalizer,
  NormalizerType,
  ScoreHealthOptions,
  Scorecard,
  SegmentScorecards,
  SignalValue,
} from './types';
export { mrrAtRisk } from './mrrAtRisk';
export { UNKNOWN_TIER } from './tiers';
export type { MrrAtRisk, MrrAtRiskBucket } from './mrrAtRisk';
