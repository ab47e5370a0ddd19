import {
  type InvalidRowPolicy,
  MetricsInputError,
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwMustBe,
} from '../core/errors';
import { readOptions, readPolicy } from '../core/options';
import {
  type CompiledScorecard,
  type ScoreBlock,
  accountScore,
  cardFor,
  compileSet,
  createBlock,
  firstRowsOfIds,
  lazyResult,
  pointsOverflow,
  rankPercentiles,
  readSignals,
  tierOf,
} from './engine';
import { UNKNOWN_TIER } from './tiers';
import { type ActiveOverride, activeOverrides, applyOverride, overrideProblem } from './overrides';
import { isPlain, own, prototypeLacks, thrownIssue } from './own';
import type {
  HealthAccount,
  HealthResult,
  HealthScores,
  Scorecard,
  ScoreHealthOptions,
  SegmentScorecards,
} from './types';

export { isSegmentScorecards } from './engine';

/**
 * Module-level copies of what the row loop calls in other modules: where modules are not bundled
 * (tsx, which runs `bench/health.bench.ts`), each use of an imported binding is a getter call.
 */
const readAccountSignals = readSignals;
const scoreRow = accountScore;
const tierOfScore = tierOf;
const resultOf = lazyResult;
const plainObject = isPlain;
const cardOf = cardFor;

/** The result of the next row of a block that ranks a signal: scored by `scorePending`. */
function pendingResult(block: ScoreBlock, accountId: string): HealthResult {
  const pending = block.pending!;
  const result = lazyResult(block, pending.length, accountId, null, UNKNOWN_TIER);
  pending.push(result);
  return result;
}

/** Ranks the percentile signals of a block, then scores the results that waited for them. */
function scorePending(block: ScoreBlock): void {
  const { pending } = block;
  if (pending === null) return;
  rankPercentiles(block);
  for (let r = 0; r < pending.length; r++) {
    const score = accountScore(block, r);
    pending[r]!.score = score !== score ? null : score;
    pending[r]!.tier = tierOf(block, score);
  }
  block.pending = null;
}

/**
 * Scores accounts' health with a declarative scorecard (SPEC §6), or one scorecard per segment.
 *
 * Each measure turns its signal into 0–100 (`range`, `steps`, `boolean`, `percentile`, `custom`)
 * or into points (`points`). The `weighted` model (default) averages measures within a category
 * and categories by their normalised weights; `worst-of` takes the lowest category score;
 * `points` adds `points × signal` over every measure. A missing signal (`null`/`undefined`) is
 * left out with weights renormalised (`reweight`, default), or scores 0 (`zero`) or 50
 * (`neutral`); an account with nothing present scores `null`, tier `'unknown'`.
 *
 * Every result lists each measure's `contributions`: its raw value, its score, and the points it
 * adds, `(W_c / ΣW)·(wᵢ / Σw)·mᵢ` in the weighted model, so that they sum to the score. They are
 * sorted by absolute points, largest first (ties keep scorecard order), so a UI can say "why".
 * `percentile` ranks an account among the accounts scored by the same scorecard that have the
 * signal. An unexpired override (`options.overrides`, judged on `options.asOf`) replaces the
 * score/tier and keeps the computed ones in `computed`, with `overriddenBy`.
 *
 * Every account's score and tier are computed in one validating pass that keeps each row's raw
 * signal values in a typed array; a result's `categories` and `contributions` (category scores,
 * measure scores and points) are computed from those values, with the same arithmetic, when first
 * read. Each result is a plain object (prototype `Object.prototype`) whose `categories` and
 * `contributions` are enumerable getters that build the array on first read and return that same
 * array on every later read, so `JSON.stringify`, spread, `structuredClone`, React Server
 * Components and deep equality all see ordinary arrays. Scoring 100,000 accounts therefore does not
 * allocate a million contribution objects that a table showing 50 rows never reads.
 *
 * Bad accounts (missing or duplicate id, non-numeric signal) throw a `MetricsInputError` listing
 * each one, or are skipped and listed in `issues` with `onInvalid: 'skip'`. A bad scorecard always
 * throws, naming the field (e.g. `scorecard.categories[1].measures[0].normalize.min`).
 *
 * @example
 * const { accounts } = scoreHealth(
 *   [{ id: 'acme', signals: { logins: 5, csmEngagements: 3, unresolvedTickets: 1 } }],
 *   {
 *     model: 'points',
 *     tiers: [...POINTS_TIERS],
 *     categories: [
 *       {
 *         id: 'engagement',
 *         weight: 1,
 *         measures: [
 *           { id: 'logins', signal: 'logins', normalize: { type: 'points', points: 5 } },
 *           { id: 'csm', signal: 'csmEngagements', normalize: { type: 'points', points: 20 } },
 *           { id: 'tickets', signal: 'unresolvedTickets', normalize: { type: 'points', points: -20 } },
 *         ],
 *       },
 *     ],
 *   },
 * );
 * accounts[0].score; // 65
 * accounts[0].tier; // 'satisfied'
 */
export function scoreHealth(
  accounts: readonly HealthAccount[],
  scorecard: Scorecard | SegmentScorecards,
  options?: ScoreHealthOptions,
): HealthScores {
  const set = compileSet('scoreHealth', scorecard);
  const issues: ValidationIssue[] = [];
  options = readOptions('scoreHealth', options);
  let onInvalid: InvalidRowPolicy = 'throw';
  let overrides = new Map<string, ActiveOverride>();
  let field = 'options.onInvalid';
  try {
    onInvalid = readPolicy('scoreHealth', own(options, 'onInvalid'));
    field = 'options.overrides';
    const given = own(options, 'overrides');
    field = 'options.asOf';
    overrides = activeOverrides(given, own(options, 'asOf'), issues);
  } catch (error) {
    if (error instanceof MetricsInputError) throw error;
    throw new MetricsInputError('scoreHealth', [thrownIssue(null, field, error)]);
  }
  if (!Array.isArray(accounts)) {
    throwMustBe('scoreHealth', 'accounts', 'an array of accounts', accounts);
  }
  const total = accounts.length;

  // Each row and its id (with its segment when scorecards are per segment), read once, before the
  // rows are validated: repeated ids are found over the whole input first. Fields are own
  // properties only: a plain account object (prototype Object.prototype, which has none of the
  // keys read) is read directly, anything else through Object.hasOwn. A getter that throws makes
  // the row bad.
  const rows = new Array<unknown>(total);
  const ids = new Array<unknown>(total);
  const segments = set.segmented ? new Array<unknown>(total) : null;
  const plainRows = prototypeLacks(['id', 'segment', 'signals']);
  let thrown: Map<number, ValidationIssue> | null = null;
  for (let index = 0; index < total; index++) {
    let at = 'row';
    try {
      const row: unknown = accounts[index];
      rows[index] = row;
      if (row === null || typeof row !== 'object') continue;
      const plain = plainRows && plainObject(row);
      at = 'id';
      ids[index] = plain ? (row as HealthAccount).id : own(row, 'id');
      if (segments === null) continue;
      at = 'segment';
      segments[index] = plain ? (row as HealthAccount).segment : own(row, 'segment');
    } catch (error) {
      (thrown ??= new Map()).set(index, thrownIssue(index, at, error));
      ids[index] = undefined;
    }
  }

  // One block of typed arrays per scorecard, sized for the accounts that may use it.
  const blocks = new Map<CompiledScorecard, ScoreBlock>();
  if (!set.segmented) {
    blocks.set(set.fallback!, createBlock(set.fallback!, total));
  } else {
    const counts = new Map<CompiledScorecard, number>();
    for (let index = 0; index < total; index++) {
      const row = rows[index];
      if (row === null || typeof row !== 'object') continue;
      const card = cardFor(set, segments![index]);
      if (card !== null) counts.set(card, (counts.get(card) ?? 0) + 1);
    }
    for (const [card, count] of counts) blocks.set(card, createBlock(card, count));
  }

  // Validation, in one pass: every valid account's signals land in its block, in input order, and
  // its result is made at once when its block can score a row alone (no percentile measure).
  const single = set.segmented ? null : blocks.get(set.fallback!)!;
  const firstRows = firstRowsOfIds(ids);
  const results = new Array<HealthResult>(total);
  let count = 0;
  // With overrides, the block of each result (to check an override against its scorecard).
  const blockOf: ScoreBlock[] | null = overrides.size > 0 ? [] : null;
  for (let index = 0; index < total; index++) {
    const row = rows[index];
    if (thrown !== null && thrown.has(index)) {
      issues.push(thrown.get(index)!);
      continue;
    }
    if (row === null || typeof row !== 'object') {
      issues.push(mustBe(index, 'row', 'an account object', row));
      continue;
    }
    const account = row as HealthAccount;
    const before = issues.length;
    const id = ids[index];
    const plain = plainRows && plainObject(row);
    let segment: unknown;
    let signals: unknown;
    let at = 'segment';
    try {
      segment = segments !== null ? segments[index] : plain ? account.segment : own(row, 'segment');
      at = 'signals';
      signals = plain ? account.signals : own(row, 'signals');
    } catch (error) {
      issues.push(thrownIssue(index, at, error));
      continue;
    }
    if (typeof id !== 'string' || id.length === 0) {
      issues.push(mustBe(index, 'id', 'a non-empty string', id));
    } else if (firstRows[index]! >= 0) {
      issues.push({
        index,
        field: 'id',
        message: `duplicates row ${firstRows[index]}: each account is scored once`,
        value: id,
      });
    }
    if (segment !== undefined && typeof segment !== 'string') {
      issues.push(mustBe(index, 'segment', 'a string', segment));
    }
    const card = single !== null ? single.card : cardOf(set, segment);
    if (card === null) {
      issues.push({
        index,
        field: 'segment',
        message: `has no scorecard (${showValue(segment)}) and no fallback scorecard was given`,
        value: segment,
      });
      continue;
    }
    if (signals === null || typeof signals !== 'object' || Array.isArray(signals)) {
      issues.push(mustBe(index, 'signals', 'an object of signal values', signals));
      continue;
    }
    const block = single ?? blocks.get(card)!;
    const pos = block.size;
    readAccountSignals(
      block,
      pos,
      account,
      signals as Record<string, unknown>,
      index,
      issues,
      before,
    );
    if (issues.length > before) continue;
    let result: HealthResult;
    if (block.pending === null) {
      const score = scoreRow(block, pos);
      if (score === Number.POSITIVE_INFINITY) {
        issues.push(pointsOverflow(block, pos, index));
        continue;
      }
      result = resultOf(
        block,
        pos,
        id as string,
        score !== score ? null : score,
        tierOfScore(block, score),
      );
    } else {
      result = pendingResult(block, id as string);
    }
    block.size++;
    results[count++] = result;
    if (blockOf !== null) blockOf.push(block);
  }
  results.length = count;
  if (blockOf !== null) {
    for (let v = 0; v < count; v++) {
      const active = overrides.get(results[v]!.accountId);
      if (active === undefined) continue;
      const problem = overrideProblem(active, blockOf[v]!.card);
      if (problem === null) continue;
      issues.push(problem);
      overrides.delete(results[v]!.accountId);
    }
  }
  if (onInvalid === 'throw') assertNoIssues('scoreHealth', issues);
  for (const block of blocks.values()) scorePending(block);
  if (blockOf !== null) {
    for (let v = 0; v < count; v++) {
      const active = overrides.get(results[v]!.accountId);
      if (active !== undefined) applyOverride(results[v]!, active, blockOf[v]!.card);
    }
  }
  return { accounts: results, issues };
}
