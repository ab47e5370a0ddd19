import { showValue, throwInputError } from './errors';

/** A two-sided confidence interval on a metric's own scale. */
export interface ConfidenceInterval {
  /** The lower bound, never below the scale's minimum. */
  low: number;
  /** The upper bound, never above the scale's maximum. */
  high: number;
  /** The confidence level, a fraction: `0.95` is a 95 % interval. */
  level: number;
}

/** The default confidence level of every interval. */
export const DEFAULT_CONFIDENCE = 0.95;

/** The lowest and highest confidence levels accepted. */
export const MIN_CONFIDENCE = 0.5;
export const MAX_CONFIDENCE = 0.9999;

/** `confidence` as an issue message, or `null` when it is a level from 0.5 to 0.9999. */
export function confidenceProblem(confidence: unknown): string | null {
  return typeof confidence === 'number' &&
    confidence >= MIN_CONFIDENCE &&
    confidence <= MAX_CONFIDENCE
    ? null
    : `must be a number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}, got ${showValue(confidence)}`;
}

/**
 * The standard normal quantile Φ⁻¹(p) for 0 < p < 1, by Acklam's rational approximation
 * (relative error below 1.2e-9), so `normalQuantile(0.975)` ≈ 1.959964.
 */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269];
  const a4 = -30.66479806614716;
  const a5 = 2.506628277459239;
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972];
  const b4 = -13.28068155288572;
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734];
  const c4 = 4.374664141464968;
  const c5 = 2.938163982698783;
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c4) * q + c5) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  const low = 0.02425;
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a4) * r + a5) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b4) * r + 1)
  );
}

/**
 * The two-sided critical value z for a confidence level: `Φ⁻¹((1 + level) / 2)`, 1.96 at 95 %.
 * A level outside 0.5–0.9999 is a `MetricsInputError` naming `level`.
 *
 * @example
 * zForConfidence(0.95); // ≈ 1.959964
 */
export function zForConfidence(level: number): number {
  const problem = confidenceProblem(level);
  if (problem !== null) throwInputError('zForConfidence', 'level', problem, level);
  return normalQuantile((1 + level) / 2);
}

function readCount(functionName: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throwInputError(
      functionName,
      field,
      `must be a whole number ≥ 0, got ${showValue(value)}`,
      value,
    );
  }
  return value;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The Wilson score interval for a share `successes / total` (Wilson, 1927): with p̂ the observed
 * share, n the total and z the critical value of `level`,
 * `(p̂ + z²/2n ± z·sqrt(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n)`. It always lies within 0..1 and
 * contains p̂, even for 0 of 3 or 3 of 3, where the textbook (Wald) interval collapses to a point
 * or leaves the scale. `null` when `total` is 0. Counts that are not whole numbers, or more
 * successes than the total, are a `MetricsInputError`.
 *
 * @example
 * wilsonInterval(3, 3); // { low: ≈ 0.438, high: 1, level: 0.95 }
 */
export function wilsonInterval(
  successes: number,
  total: number,
  level: number = DEFAULT_CONFIDENCE,
): ConfidenceInterval | null {
  readCount('wilsonInterval', 'successes', successes);
  readCount('wilsonInterval', 'total', total);
  if (successes > total) {
    throwInputError(
      'wilsonInterval',
      'successes',
      `must not exceed total (${total}), got ${successes}`,
      successes,
    );
  }
  const z = zForConfidence(level);
  if (total === 0) return null;
  const share = successes / total;
  const z2 = z * z;
  const centre = share + z2 / (2 * total);
  const half = z * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total));
  const scale = 1 + z2 / total;
  // The bounds contain the share exactly; min/max only removes rounding dust at 0 and 1.
  return {
    low: clamp(Math.min(share, (centre - half) / scale), 0, 1),
    high: clamp(Math.max(share, (centre + half) / scale), 0, 1),
    level,
  };
}

/**
 * The adjusted-Wald interval for a Net Promoter Score, in NPS points (−100..100), after Rocks
 * (2016), "Interval Estimation for the 'Net Promoter Score'", The American Statistician 70(4):
 * add ¾ of a response to the promoters and to the detractors and 1½ to the passives (n + 3),
 * then with p̃ = (promoters + ¾)/(n + 3), d̃ = (detractors + ¾)/(n + 3):
 * `100 × (p̃ − d̃ ± z·sqrt((p̃ + d̃ − (p̃ − d̃)²)/(n + 3)))`, clamped to −100..100 and widened to
 * include the observed score (a shrunken centre can miss it for a handful of answers, e.g. one
 * promoter). `null` with no responses.
 *
 * @example
 * npsInterval(3, 0, 0); // three promoters: { low: ≈ −6.6, high: 100, level: 0.95 }
 */
export function npsInterval(
  promoters: number,
  passives: number,
  detractors: number,
  level: number = DEFAULT_CONFIDENCE,
): ConfidenceInterval | null {
  readCount('npsInterval', 'promoters', promoters);
  readCount('npsInterval', 'passives', passives);
  readCount('npsInterval', 'detractors', detractors);
  const z = zForConfidence(level);
  const total = promoters + passives + detractors;
  if (total === 0) return null;
  const score = (promoters - detractors) / total;
  const n = total + 3;
  const p = (promoters + 0.75) / n;
  const d = (detractors + 0.75) / n;
  const centre = p - d;
  const half = z * Math.sqrt(Math.max(0, p + d - centre * centre) / n);
  return {
    low: 100 * clamp(Math.min(score, centre - half), -1, 1),
    high: 100 * clamp(Math.max(score, centre + half), -1, 1),
    level,
  };
}

/** The `confidence` option of a reader, {@link DEFAULT_CONFIDENCE} when absent. */
export function readConfidence(reader: {
  raw(name: string): unknown;
  reject(name: string, message: string, value: unknown): void;
}): number {
  const value = reader.raw('confidence');
  if (value === undefined) return DEFAULT_CONFIDENCE;
  const problem = confidenceProblem(value);
  if (problem === null) return value as number;
  reader.reject('confidence', problem, value);
  return DEFAULT_CONFIDENCE;
}
