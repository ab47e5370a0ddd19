/**
 * The metrics that have a benchmark:
 * - `'nrr'` net revenue retention and `'grr'` gross revenue retention, fractions (1.1 = 110 %);
 * - `'logoChurn'` logo (customer) churn rate, a fraction per month or per year;
 * - `'health'` a health score from 0 to 100;
 * - `'timeToValue'` days from start to first value (e.g. the median of `timeToValue`);
 * - `'csat'` share of satisfied responses and `'fcr'` first-contact resolution rate, fractions;
 * - `'nps'` Net Promoter Score from −100 to 100;
 * - `'ltvToCac'` lifetime value over acquisition cost, a ratio (3 = 3:1).
 */
export type BenchmarkMetric =
  'nrr' | 'grr' | 'logoChurn' | 'health' | 'timeToValue' | 'csat' | 'nps' | 'fcr' | 'ltvToCac';

/** How a value compares with its benchmark, best first. */
export type BenchmarkRating = 'excellent' | 'good' | 'fair' | 'poor';

/** Whether a larger value of the metric is better (NRR) or worse (churn, time to value). */
export type BenchmarkDirection = 'higher-is-better' | 'lower-is-better';

/** The period a rate over time covers. */
export type BenchmarkPeriod = 'monthly' | 'annual';

/**
 * How a rate over time converts between periods.
 * - `'churn'`: annual = 1 − (1 − monthly)^12, monthly = 1 − (1 − annual)^(1/12) (the SDK's
 *   `annualizeRate` and `monthlyRate`).
 * - `'retention'`: annual = monthly^12, monthly = annual^(1/12) (a retention factor compounds).
 */
export type BenchmarkCompounding = 'churn' | 'retention';

/** What a metric's values are, so a chart can format the band edges. */
export type BenchmarkUnit = 'fraction' | 'nps' | 'score' | 'days' | 'ratio';

/** One edge of a rating: the value, and whether a value equal to it reaches the rating. */
export interface BenchmarkBound {
  /** The edge, in the metric's unit (and period, for rates). */
  value: number;
  /** `true`: reaching the edge is enough (≥ or ≤); `false`: it must be passed (> or <). */
  inclusive: boolean;
}

/**
 * The edge of each rating but the last: a value that reaches `excellent` is excellent, else one
 * that reaches `good` is good, else one that reaches `fair` is fair, else it is poor. "Reaches"
 * means ≥ (or >) for higher-is-better metrics and ≤ (or <) for lower-is-better ones.
 */
export interface BenchmarkThresholds {
  excellent: BenchmarkBound;
  good: BenchmarkBound;
  fair: BenchmarkBound;
}

/** The thresholds for one metric (and one segment), with where they come from. */
export interface BenchmarkEntry {
  /** The rating edges. */
  thresholds: BenchmarkThresholds;
  /** Rates over time only: the period the thresholds are expressed in. */
  period?: BenchmarkPeriod | undefined;
  /** Where the thresholds come from, as a sentence. */
  source: string;
}

/** Everything the SDK knows about one metric's benchmark: data, not code, and replaceable. */
export interface BenchmarkDefinition {
  /** A human name, e.g. `'Net revenue retention'`. */
  label: string;
  unit: BenchmarkUnit;
  direction: BenchmarkDirection;
  /** Rates over time only: how a value converts from one period to another. */
  compounding?: BenchmarkCompounding | undefined;
  /**
   * Rates over time only: the period a value is taken to cover when the caller does not say
   * (`options.period`).
   */
  assumedPeriod?: BenchmarkPeriod | undefined;
  /** The thresholds used when no segment is given or the segment has no entry of its own. */
  default?: BenchmarkEntry | undefined;
  /**
   * Thresholds per customer segment (`'SMB'`, `'Mid-Market'`, `'Enterprise'`). A segment matches
   * exactly, or else ignoring case, spaces and punctuation (`'mid market'` is `'Mid-Market'`).
   */
  segments?: Readonly<Record<string, BenchmarkEntry>> | undefined;
}

/** A full benchmark table: one definition per metric. */
export type BenchmarkTable = Readonly<Record<BenchmarkMetric, BenchmarkDefinition>>;

/** Options of {@link rateAgainstBenchmark} and {@link benchmarkBands}. */
export interface BenchmarkOptions {
  /**
   * The customer segment the value describes. Required for metrics whose table entry has only
   * per-segment thresholds (logo churn in the default table); ignored for the others unless the
   * table gives that segment its own thresholds.
   * @default undefined (the metric's default thresholds)
   */
  segment?: string | undefined;
  /**
   * The benchmark table to read. It replaces the default table as a whole; to change one metric,
   * pass `{ ...DEFAULT_BENCHMARKS, nps: myNps }`.
   * @default DEFAULT_BENCHMARKS
   */
  table?: { readonly [TMetric in BenchmarkMetric]?: BenchmarkDefinition | undefined } | undefined;
  /**
   * Rates over time only (NRR, GRR, logo churn): the period the value covers, e.g. `'monthly'`
   * for `logoChurnRate` over a one-month window. A value over another period than the thresholds
   * is converted with the metric's `compounding` before it is compared; `benchmarkBands` instead
   * converts the band edges to this period.
   * @default the metric's `assumedPeriod` (monthly for logo churn, annual for NRR and GRR)
   */
  period?: BenchmarkPeriod | undefined;
}

/** One rating's stretch of values, for drawing a benchmark band on a chart. */
export interface BenchmarkRange {
  rating: BenchmarkRating;
  /** The lower edge, or `null` when the range is open below. */
  min: number | null;
  /** The upper edge, or `null` when the range is open above. */
  max: number | null;
  /** Whether a value equal to `min` is in this range. */
  includesMin: boolean;
  /** Whether a value equal to `max` is in this range. */
  includesMax: boolean;
}

/** The result of {@link benchmarkBands}: a metric's rating ranges, in the caller's period. */
export interface BenchmarkBands {
  metric: BenchmarkMetric;
  label: string;
  unit: BenchmarkUnit;
  direction: BenchmarkDirection;
  /** The table segment whose thresholds were used, or `null` for the metric's default entry. */
  segment: string | null;
  /** The period the edges are expressed in (after conversion), or `null` for non-rates. */
  period: BenchmarkPeriod | null;
  /** The thresholds, converted to `period`. */
  thresholds: BenchmarkThresholds;
  /** The four ranges in ascending order of value (poor first when higher is better). */
  ranges: readonly BenchmarkRange[];
  /** Where the thresholds come from. */
  source: string;
}
