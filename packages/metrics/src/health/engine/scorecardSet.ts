import { type ValidationIssue, assertNoIssues, showValue } from '../../core/errors';
import { scorecardIssues } from './compileScorecard';
import type { CompiledScorecard } from './compiled';
import { own, thrownIssue } from '../own';
import type { Scorecard, SegmentScorecards } from '../types';

/** The scorecards of one call: one per key, with the key each account uses. */
export interface ScorecardSet {
  byKey: Map<string, CompiledScorecard>;
  fallback: CompiledScorecard | null;
  segmented: boolean;
}

/** Tells a single scorecard from `{ scorecards, fallback }` (an own `scorecards` key). */
export function isSegmentScorecards(value: unknown): value is SegmentScorecards {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, 'scorecards');
}

/**
 * Compiles the scorecard(s) of one call, throwing a `MetricsInputError` that names every bad field.
 *
 * Each distinct scorecard object is compiled once (cached by identity for the call), so that
 * 100,000 segments pointing at one scorecard cost one compilation; a bad shared scorecard is still
 * reported under each segment's own path. Segments that share a scorecard share its block of
 * accounts, unless it ranks a signal (`percentile`): ranks are within a segment's accounts.
 */
export function compileSet(
  functionName: string,
  input: Scorecard | SegmentScorecards,
): ScorecardSet {
  const cache = new Map<
    unknown,
    { path: string; issues: ValidationIssue[]; compiled: CompiledScorecard | null }
  >();
  const issues: ValidationIssue[] = [];
  const compile = (card: unknown, path: string): CompiledScorecard | null => {
    let entry = card !== null && typeof card === 'object' ? cache.get(card) : undefined;
    if (entry === undefined) {
      entry = { path, ...scorecardIssues(card, path) };
      if (card !== null && typeof card === 'object') cache.set(card, entry);
    }
    if (entry.compiled === null) {
      const from = entry.path;
      for (const problem of entry.issues) {
        issues.push(
          from === path ? problem : { ...problem, field: path + problem.field.slice(from.length) },
        );
      }
    }
    return entry.compiled;
  };
  if (!isSegmentScorecards(input)) {
    const fallback = compile(input, 'scorecard');
    assertNoIssues(functionName, issues);
    return { byKey: new Map(), fallback, segmented: false };
  }
  const byKey = new Map<string, CompiledScorecard>();
  let fallback: CompiledScorecard | null = null;
  let field = 'scorecards';
  try {
    const scorecards = own(input, 'scorecards');
    if (scorecards === null || typeof scorecards !== 'object' || Array.isArray(scorecards)) {
      issues.push({
        index: null,
        field: 'scorecards',
        message: `must map segment names to scorecards, got ${showValue(scorecards)}`,
      });
    } else {
      for (const segment of Object.keys(scorecards)) {
        field = `scorecards.${segment}`;
        const card = compile((scorecards as Record<string, unknown>)[segment], field);
        // A percentile ranks within its segment's accounts: a shared scorecard with a percentile
        // measure gets a copy per segment, so that each segment is its own population.
        if (card !== null)
          byKey.set(segment, card.percentileSignals.length > 0 ? { ...card } : card);
      }
    }
    field = 'fallback';
    const given = own(input, 'fallback');
    if (given !== undefined) fallback = compile(given, 'fallback');
  } catch (error) {
    issues.push(thrownIssue(null, field, error));
  }
  assertNoIssues(functionName, issues);
  return { byKey, fallback, segmented: true };
}

/** The scorecard an account's segment selects, or `null` when there is none. */
export function cardFor(set: ScorecardSet, segment: unknown): CompiledScorecard | null {
  if (set.segmented && typeof segment === 'string') {
    const card = set.byKey.get(segment);
    if (card !== undefined) return card;
  }
  return set.fallback;
}
