// The eager scoreHealth as it was before results became lazy (test-only oracle: not exported by
// index.ts). It validates, scores and builds every category and contribution object up front, with
// the shared scorecard compiler and `combine`. Property tests check that the lazy `scoreHealth`
// agrees with it exactly, issues included.
import {
  MetricsInputError,
  type ValidationIssue,
  assertNoIssues,
  showValue,
} from '../../core/errors';
import { combine } from './combine';
import { type CompiledScorecard, Kind, normalizeValue } from './compiled';
import { activeOverrides, applyOverride, overrideProblem } from '../overrides';
import { own, tooLargeIssue } from '../own';
import { type ScorecardSet, compileSet } from './scorecardSet';
import { lookupTier } from '../tiers';
import type {
  HealthAccount,
  SignalValue,
  HealthResult,
  HealthScores,
  Scorecard,
  ScoreHealthOptions,
  SegmentScorecards,
} from '../types';

function validateRow(
  row: unknown,
  index: number,
  set: ScorecardSet,
  seen: Map<string, number>,
  issues: ValidationIssue[],
  customScores: Map<number, number[]>,
): CompiledScorecard | null {
  if (row === null || typeof row !== 'object') {
    issues.push({
      index,
      field: 'row',
      message: `must be an account object, got ${showValue(row)}`,
      value: row,
    });
    return null;
  }
  const account = row as HealthAccount;
  const before = issues.length;
  const id = own(account, 'id');
  const signals = own(account, 'signals') as Record<string, unknown> | null | undefined;
  const segment = own(account, 'segment');
  if (typeof id !== 'string' || id.length === 0) {
    issues.push({
      index,
      field: 'id',
      message: `must be a non-empty string, got ${showValue(id)}`,
      value: id,
    });
  } else if (seen.has(id)) {
    issues.push({
      index,
      field: 'id',
      message: `duplicates row ${seen.get(id)}: each account is scored once`,
      value: id,
    });
  } else {
    seen.set(id, index);
  }
  if (segment !== undefined && typeof segment !== 'string') {
    issues.push({
      index,
      field: 'segment',
      message: `must be a string, got ${showValue(segment)}`,
      value: segment,
    });
  }
  let card = set.fallback;
  if (set.segmented && typeof segment === 'string' && set.byKey.has(segment)) {
    card = set.byKey.get(segment)!;
  }
  if (card === null) {
    issues.push({
      index,
      field: 'segment',
      message: `has no scorecard (${showValue(segment)}) and no fallback scorecard was given`,
      value: segment,
    });
    return null;
  }
  if (signals === null || typeof signals !== 'object' || Array.isArray(signals)) {
    issues.push({
      index,
      field: 'signals',
      message: `must be an object of signal values, got ${showValue(signals)}`,
      value: signals,
    });
    return null;
  }
  let custom: number[] | null = null;
  const measures = card.measures;
  for (let j = 0; j < measures.length; j++) {
    const measure = measures[j]!;
    const value: unknown = own(signals, measure.signal);
    if (
      value == null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      if (measure.kind === Kind.Custom && issues.length === before) {
        custom ??= new Array<number>(measures.length).fill(Number.NaN);
        if (value != null) {
          const x = typeof value === 'boolean' ? (value ? 1 : 0) : value;
          const score = measure.custom!(x, account);
          if (typeof score !== 'number' || Number.isNaN(score)) {
            issues.push({
              index,
              field: `signals.${measure.signal}`,
              message: `made the custom normalizer of ${measure.path} return ${showValue(score)} instead of a number`,
              value,
            });
          } else {
            custom[j] = score < 0 ? 0 : score > 100 ? 100 : score;
          }
        }
      }
      continue;
    }
    if (issues.some((i) => i.index === index && i.field === `signals.${measure.signal}`)) continue;
    issues.push({
      index,
      field: `signals.${measure.signal}`,
      message: `must be a finite number, a boolean, or null when missing; got ${showValue(value)}`,
      value,
    });
  }
  if (issues.length > before) return null;
  if (card.model === 'points') {
    // The points model's sums must fit in a number (SPEC §2).
    const values: Array<number | boolean | null> = [];
    const scores: number[] = [];
    for (let j = 0; j < measures.length; j++) {
      const value = own(signals, measures[j]!.signal) as number | boolean | null | undefined;
      values.push(value ?? null);
      const points = value == null ? Number.NaN : normalizeValue(measures[j]!, value);
      if (value != null && !Number.isFinite(points)) {
        issues.push(
          tooLargeIssue(
            index,
            `signals.${measures[j]!.signal}`,
            `score: ${measures[j]!.path}.normalize.points × the value`,
            value,
          ),
        );
        return null;
      }
      scores.push(points);
    }
    const combined = combine(card, values, scores);
    const sums = [combined.score, ...combined.categories.map((c) => c.score)];
    if (sums.some((sum) => sum !== null && !Number.isFinite(sum))) {
      issues.push(tooLargeIssue(index, 'signals', "sum: the account's points"));
      return null;
    }
  }
  if (custom !== null) customScores.set(index, custom);
  return card;
}

/**
 * Percentile rank (0–100) of each value among the present ones, `NaN` where the value is missing
 * (SPEC §6): (accounts with a strictly lower value + half of the others with an equal value) /
 * (accounts with a value − 1) × 100, and 100 for a population of one. Booleans count as 1/0.
 * One sort, so O(n log n).
 */
function percentileRanks(values: readonly SignalValue[]): Float64Array {
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  const numbers = new Float64Array(values.length);
  const order: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value == null) continue;
    numbers[i] = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    order.push(i);
  }
  const n = order.length;
  if (n === 1) {
    ranks[order[0]!] = 100;
    return ranks;
  }
  order.sort((a, b) => numbers[a]! - numbers[b]!);
  let start = 0;
  while (start < n) {
    const x = numbers[order[start]!]!;
    let end = start + 1;
    while (end < n && numbers[order[end]!] === x) end++;
    // `start` values are strictly lower; the run holds `end − start` equal values, itself included.
    const rank = ((start + (end - start - 1) / 2) / (n - 1)) * 100;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/** `scoreHealth` as it was: every result built eagerly as plain objects. */
export function scoreHealthEager(
  accounts: readonly HealthAccount[],
  scorecard: Scorecard | SegmentScorecards,
  options: ScoreHealthOptions = {},
): HealthScores {
  const set = compileSet('scoreHealth', scorecard);
  const issues: ValidationIssue[] = [];
  const onInvalid = options.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'skip') {
    throw new MetricsInputError('scoreHealth', [
      {
        index: null,
        field: 'options.onInvalid',
        message: `must be 'throw' or 'skip', got ${showValue(onInvalid)}`,
        value: onInvalid,
      },
    ]);
  }
  if (!Array.isArray(accounts)) {
    throw new MetricsInputError('scoreHealth', [
      {
        index: null,
        field: 'accounts',
        message: `must be an array of accounts, got ${showValue(accounts)}`,
        value: accounts,
      },
    ]);
  }
  const overrides = activeOverrides(options.overrides, options.asOf, issues);

  // Valid rows as parallel arrays (no wrapper object per account).
  const valid: HealthAccount[] = [];
  const cardOf: CompiledScorecard[] = [];
  const inputIndex: number[] = [];
  const customScores = new Map<number, number[]>();
  const seen = new Map<string, number>();
  for (let index = 0; index < accounts.length; index++) {
    const card = validateRow(accounts[index], index, set, seen, issues, customScores);
    if (card === null) continue;
    valid.push(accounts[index]!);
    cardOf.push(card);
    inputIndex.push(index);
  }
  for (let r = 0; r < valid.length; r++) {
    const active = overrides.get(valid[r]!.id);
    if (active === undefined) continue;
    const problem = overrideProblem(active, cardOf[r]!);
    if (problem === null) continue;
    issues.push(problem);
    overrides.delete(valid[r]!.id);
  }
  if (onInvalid === 'throw') assertNoIssues('scoreHealth', issues);

  // Percentile populations: the valid accounts of each scorecard, one sort per signal.
  const positionInGroup = new Int32Array(valid.length);
  const groups = new Map<CompiledScorecard, HealthAccount[]>();
  const ranks = new Map<CompiledScorecard, Map<string, Float64Array>>();
  for (let r = 0; r < valid.length; r++) {
    const card = cardOf[r]!;
    if (card.percentileSignals.length === 0) continue;
    let group = groups.get(card);
    if (group === undefined) groups.set(card, (group = []));
    positionInGroup[r] = group.length;
    group.push(valid[r]!);
  }
  for (const [card, group] of groups) {
    const bySignal = new Map<string, Float64Array>();
    for (const signal of card.percentileSignals) {
      bySignal.set(
        signal,
        percentileRanks(
          group.map((account) => own(own(account, 'signals') as object, signal) as SignalValue),
        ),
      );
    }
    ranks.set(card, bySignal);
  }

  const results: HealthResult[] = new Array<HealthResult>(valid.length);
  let width = 0;
  for (const card of set.byKey.values()) width = Math.max(width, card.measures.length);
  if (set.fallback !== null) width = Math.max(width, set.fallback.measures.length);
  const scores = new Float64Array(width);
  const values: Array<number | boolean | null> = new Array<number | boolean | null>(width).fill(
    null,
  );
  for (let r = 0; r < valid.length; r++) {
    const account = valid[r]!;
    const card = cardOf[r]!;
    const { measures } = card;
    const signals = own(account, 'signals') as object;
    for (let j = 0; j < measures.length; j++) {
      const measure = measures[j]!;
      const value = own(signals, measure.signal) as HealthAccount['signals'][string];
      if (value == null) {
        values[j] = null;
        scores[j] = Number.NaN;
        continue;
      }
      values[j] = value;
      switch (measure.kind) {
        case Kind.Percentile:
          scores[j] = ranks.get(card)!.get(measure.signal)![positionInGroup[r]!]!;
          break;
        case Kind.Custom:
          scores[j] = customScores.get(inputIndex[r]!)![j]!;
          break;
        default:
          scores[j] = normalizeValue(measure, value);
      }
    }
    const combined = combine(card, values, scores);
    const result: HealthResult = {
      accountId: account.id,
      score: combined.score,
      tier: lookupTier(combined.score, card.tiersDescending),
      categories: combined.categories,
      contributions: combined.contributions,
    };
    const active = overrides.get(account.id);
    if (active !== undefined) applyOverride(result, active, card);
    results[r] = result;
  }
  return { accounts: results, issues };
}
