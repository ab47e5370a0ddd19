import { deepFreeze } from '../core/freeze';
import type { BenchmarkTable } from './types';

const ARTICLES = 'Source articles (SPEC §7)';
const VITALS = 'Vitals default, not from the articles';

/**
 * The benchmark table Vitals rates against unless you pass your own: for each metric its
 * direction, unit, rating edges (`excellent`, `good`, `fair`; below `fair` is poor), the period of
 * rates over time, and where each edge comes from. Pure data: copy it, change it, and pass it as
 * `options.table`.
 *
 * Edges quoted by the articles are used as given; where an article gives a range ("CSAT 80–90 %",
 * "SMB churn 3–5 % a month"), reaching its better end is excellent and anything within it good,
 * as the articles themselves do for NPS ("30–50 good, ≥ 50 excellent"). The edges the articles do
 * not give (mostly `fair`) are Vitals' choices and say so in `source`. See docs/metrics/benchmarks.md
 * for the full table.
 *
 * @example
 * const table = { ...DEFAULT_BENCHMARKS, nps: { ...DEFAULT_BENCHMARKS.nps, default: myNpsEntry } };
 * rateAgainstBenchmark('nps', 42, { table });
 */
export const DEFAULT_BENCHMARKS: BenchmarkTable = /* @__PURE__ */ deepFreeze({
  nrr: {
    label: 'Net revenue retention',
    unit: 'fraction',
    direction: 'higher-is-better',
    compounding: 'retention',
    assumedPeriod: 'annual',
    default: {
      period: 'annual',
      thresholds: {
        excellent: { value: 1.2, inclusive: true },
        good: { value: 1, inclusive: false },
        fair: { value: 0.9, inclusive: true },
      },
      source: `${ARTICLES}: above 100 % good, 110 % or more strong, 120 % or more top quartile (excellent); "strong" rates good. Fair from 90 %: ${VITALS}.`,
    },
  },
  grr: {
    label: 'Gross revenue retention',
    unit: 'fraction',
    direction: 'higher-is-better',
    compounding: 'retention',
    assumedPeriod: 'annual',
    default: {
      period: 'annual',
      thresholds: {
        excellent: { value: 0.95, inclusive: true },
        good: { value: 0.9, inclusive: true },
        fair: { value: 0.8, inclusive: true },
      },
      source: `${ARTICLES}: 90 % or more good. Excellent from 95 % and fair from 80 %: ${VITALS}.`,
    },
  },
  logoChurn: {
    label: 'Logo churn',
    unit: 'fraction',
    direction: 'lower-is-better',
    compounding: 'churn',
    assumedPeriod: 'monthly',
    segments: {
      Enterprise: {
        period: 'annual',
        thresholds: {
          excellent: { value: 0.05, inclusive: true },
          good: { value: 0.07, inclusive: true },
          fair: { value: 0.105, inclusive: true },
        },
        source: `${ARTICLES}: under 5–7 % a year. Fair up to 1.5 × the range's upper end: ${VITALS}.`,
      },
      'Mid-Market': {
        period: 'monthly',
        thresholds: {
          excellent: { value: 0.01, inclusive: true },
          good: { value: 0.02, inclusive: true },
          fair: { value: 0.03, inclusive: true },
        },
        source: `${ARTICLES}: 1–2 % a month. Fair up to 1.5 × the range's upper end: ${VITALS}.`,
      },
      SMB: {
        period: 'monthly',
        thresholds: {
          excellent: { value: 0.03, inclusive: true },
          good: { value: 0.05, inclusive: true },
          fair: { value: 0.075, inclusive: true },
        },
        source: `${ARTICLES}: 3–5 % a month. Fair up to 1.5 × the range's upper end: ${VITALS}.`,
      },
    },
  },
  health: {
    label: 'Health score',
    unit: 'score',
    direction: 'higher-is-better',
    default: {
      thresholds: {
        excellent: { value: 80, inclusive: true },
        good: { value: 70, inclusive: false },
        fair: { value: 50, inclusive: true },
      },
      source: `${ARTICLES}: above 70 good. Excellent from 80 and fair from 50 follow the healthy and at-risk edges of DEFAULT_TIERS: ${VITALS}.`,
    },
  },
  timeToValue: {
    label: 'Time to value',
    unit: 'days',
    direction: 'lower-is-better',
    default: {
      thresholds: {
        excellent: { value: 7, inclusive: true },
        good: { value: 30, inclusive: false },
        fair: { value: 60, inclusive: true },
      },
      source: `${ARTICLES}: under 30 days good. Excellent within a week and fair up to 60 days: ${VITALS}.`,
    },
  },
  csat: {
    label: 'Customer satisfaction (CSAT)',
    unit: 'fraction',
    direction: 'higher-is-better',
    default: {
      thresholds: {
        excellent: { value: 0.9, inclusive: true },
        good: { value: 0.8, inclusive: true },
        fair: { value: 0.7, inclusive: true },
      },
      source: `${ARTICLES}: 80–90 %. Fair from 70 % (10 points below good): ${VITALS}.`,
    },
  },
  nps: {
    label: 'Net Promoter Score',
    unit: 'nps',
    direction: 'higher-is-better',
    default: {
      thresholds: {
        excellent: { value: 50, inclusive: true },
        good: { value: 30, inclusive: true },
        fair: { value: 0, inclusive: true },
      },
      source: `${ARTICLES}: 30–50 good, 50 or more excellent. Fair from 0 (at least as many promoters as detractors): ${VITALS}.`,
    },
  },
  fcr: {
    label: 'First-contact resolution',
    unit: 'fraction',
    direction: 'higher-is-better',
    default: {
      thresholds: {
        excellent: { value: 0.85, inclusive: true },
        good: { value: 0.65, inclusive: true },
        fair: { value: 0.55, inclusive: true },
      },
      source: `${ARTICLES}: 65–85 %. Fair from 55 % (10 points below good): ${VITALS}.`,
    },
  },
  ltvToCac: {
    label: 'LTV to CAC',
    unit: 'ratio',
    direction: 'higher-is-better',
    default: {
      thresholds: {
        excellent: { value: 5, inclusive: true },
        good: { value: 3, inclusive: true },
        fair: { value: 1, inclusive: true },
      },
      source: `${ARTICLES}: 3:1 or more good. Excellent from 5:1, fair from 1:1 (acquisition cost recovered): ${VITALS}.`,
    },
  },
});
