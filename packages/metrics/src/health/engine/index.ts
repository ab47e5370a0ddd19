/**
 * The health scoring engine: what `scoreHealth` and `nextTierPath` are built on. The public
 * functions of `health/` import it from here; nothing in it is exported by the package.
 *
 * What it promises:
 * - The same numbers as the plain reading of SPEC §6: a scorecard is checked and flattened once
 *   (`compileScorecard.ts`, `compileNormalizer.ts`; each distinct scorecard object once per call,
 *   `scorecardSet.ts`), and `combine.ts` is the one definition of how measure scores become
 *   category scores, an account score and contributions.
 * - Speed without a second definition: `scoreBlock.ts` keeps one scorecard's accounts in typed
 *   arrays (a row per account, a column per measure) and scores a row with `combine`'s arithmetic
 *   in the same order; `readSignals.ts` reads each signal once, as an own property, through the key
 *   layout the accounts share (`signalLayout.ts`), straight into the block's typed array; `ids.ts` finds repeated ids with a bit set;
 *   `percentile.ts` ranks a column with one sort; `lazyResult.ts` builds a result's `categories`
 *   and `contributions` from its row on first read (SPEC §6 allows it) and keeps the result a
 *   plain object.
 * - Bad input is a `MetricsInputError` naming row and field, never a `TypeError`, `NaN` or
 *   `±Infinity` (SPEC §2): range spans and weights are scaled so that nothing overflows, and a
 *   `points` sum that does is a bad row.
 *
 * How it is guarded:
 * - The oracle: `eager.test-helper.ts` is `scoreHealth` written plainly (every result built
 *   eagerly with `combine`, no typed arrays, no layouts, no lazy getters) on the same compiled
 *   scorecards (`compileSet`); `lazy.test.ts` and `readSignals.test.ts` check with fast-check that
 *   the engine agrees with it exactly, issues included, and that lazy results serialise like
 *   plain objects.
 * - The bench: `bench/health.bench.ts` (`pnpm bench health` in packages/metrics) checks every score
 *   and a sample of contributions against a bare loop before it times `scoreHealth` on 100,000
 *   accounts × 10 signals against that loop (target: within 4×).
 */
export { combine } from './combine';
export type { Combined } from './combine';
export { compileScorecard, scorecardIssues } from './compileScorecard';
export {
  type CompiledCategory,
  type CompiledMeasure,
  type CompiledScorecard,
  Kind,
  normalizeValue,
  rangeScale,
} from './compiled';
export { firstRowsOfIds } from './ids';
export { lazyResult } from './lazyResult';
export { readSignals } from './readSignals';
export {
  type ScoreBlock,
  accountScore,
  createBlock,
  pointsOverflow,
  rankPercentiles,
  tierOf,
} from './scoreBlock';
export { type ScorecardSet, cardFor, compileSet, isSegmentScorecards } from './scorecardSet';
