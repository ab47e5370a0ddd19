import { nps } from './nps';
import { readTrend } from './periods';
import type { NpsOptions, NpsTrendInput, NpsTrendPoint } from './types';

/**
 * NPS per period: one point per entry, in the order given, each `nps()` of that period's
 * `responses` with the same options (or the precomputed `result` as given). A period without
 * responses has `score: null`, a gap in a trend line. Bad rows throw like `nps()`, their fields
 * named `trend[i].…`.
 *
 * @example
 * npsTrend([
 *   { period: '2025-01', responses: [10, 9, 8, 2] }, // 100 × (2 − 1) / 4 = 25
 *   { period: '2025-02', result: nps(february) },
 * ])[0].score; // 25
 */
export function npsTrend(
  trend: readonly NpsTrendInput[],
  options: NpsOptions = {},
): NpsTrendPoint[] {
  return readTrend('npsTrend', 'trend', trend, options, nps);
}
