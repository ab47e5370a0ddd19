import {
  MetricsInputError,
  type ValidationIssue,
  type ValidationOptions,
  assertNoIssues,
  showValue,
} from '../core/errors';
import { orDefault, readOptions, readPolicy } from '../core/options';
import { DEFAULT_TIERS, UNKNOWN_TIER, tierIssues } from './tiers';
import { THREW, readFields, readOwnOptions, readRow } from './own';
import type { HealthTier } from './types';

/** How an account moved between two scorings. */
export type TierChangeKind = 'new-at-risk' | 'saved' | 'worsened' | 'improved';

/** One account that changed tier. */
export interface TierChange {
  accountId: string;
  from: string;
  to: string;
  change: TierChangeKind;
}

/** Options of {@link tierChanges}. */
export interface TierChangesOptions extends ValidationOptions {
  /** The tiers both lists use; their `min` orders them and their `tone` says which are at risk. @default DEFAULT_TIERS */
  tiers?: readonly HealthTier[] | undefined;
}

/** The result of {@link tierChanges}. */
export interface TierChanges {
  /** In the order of `after`. */
  changes: TierChange[];
  issues: readonly ValidationIssue[];
}

/** A row of `before` or `after`: any object with an account id and a tier id, e.g. a `HealthResult`. */
export interface TierSnapshot {
  accountId: string;
  tier: string;
}

const AT_RISK_TONES = new Set(['notice', 'negative']);

function readRows(
  rows: unknown,
  name: 'before' | 'after',
  known: Set<string>,
  issues: ValidationIssue[],
): Map<string, string> {
  if (!Array.isArray(rows)) {
    throw new MetricsInputError('tierChanges', [
      {
        index: null,
        field: name,
        message: `must be an array of { accountId, tier }, got ${showValue(rows)}`,
      },
    ]);
  }
  const map = new Map<string, string>();
  for (let index = 0; index < rows.length; index++) {
    const row = readRow(rows, index, issues);
    if (row === THREW) continue;
    if (row === null || typeof row !== 'object') {
      issues.push({
        index,
        field: `${name}.row`,
        message: `must be an object with accountId and tier, got ${showValue(row)}`,
        value: row,
      });
      continue;
    }
    const fields = readFields(row, ['accountId', 'tier'], index, issues, `${name}.`);
    if (fields === THREW) continue;
    const { accountId, tier } = fields;
    const before = issues.length;
    if (typeof accountId !== 'string' || accountId.length === 0) {
      issues.push({
        index,
        field: `${name}.accountId`,
        message: `must be a non-empty string, got ${showValue(accountId)}`,
        value: accountId,
      });
    } else if (map.has(accountId)) {
      issues.push({
        index,
        field: `${name}.accountId`,
        message: `appears twice in ${name}`,
        value: accountId,
      });
    }
    if (typeof tier !== 'string' || (tier !== UNKNOWN_TIER && !known.has(tier))) {
      issues.push({
        index,
        field: `${name}.tier`,
        message: `must be one of the tiers' ids or 'unknown', got ${showValue(tier)}`,
        value: tier,
      });
    }
    if (issues.length === before) map.set(accountId as string, tier as string);
  }
  return map;
}

/**
 * Accounts that moved tier between two scorings, labelled for the weekly huddle (SPEC §6):
 * `new-at-risk` (into a `notice`/`negative` tier from a tier that was not), `saved` (from a
 * `notice`/`negative` tier into a `positive` one; with `DEFAULT_TIERS`, at-risk or critical →
 * healthy), else `worsened` or `improved` by tier `min`. Accounts in only one list, or `'unknown'`
 * on either side, have nothing to compare and are not listed.
 *
 * @example
 * tierChanges(
 *   [{ accountId: 'acme', tier: 'healthy' }, { accountId: 'bolt', tier: 'critical' }],
 *   [{ accountId: 'acme', tier: 'at-risk' }, { accountId: 'bolt', tier: 'healthy' }],
 * ).changes;
 * // [{ accountId: 'acme', from: 'healthy', to: 'at-risk', change: 'new-at-risk' },
 * //  { accountId: 'bolt', from: 'critical', to: 'healthy', change: 'saved' }]
 */
export function tierChanges(
  before: readonly TierSnapshot[],
  after: readonly TierSnapshot[],
  options?: TierChangesOptions,
): TierChanges {
  options = readOptions('tierChanges', options);
  const given = readOwnOptions('tierChanges', options, ['onInvalid', 'tiers']);
  const onInvalid = readPolicy('tierChanges', given.onInvalid);
  const tiers = orDefault(given.tiers, DEFAULT_TIERS) as readonly HealthTier[];
  const tierProblems = tierIssues(tiers, 'options.tiers');
  if (tierProblems.length > 0) throw new MetricsInputError('tierChanges', tierProblems);
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const issues: ValidationIssue[] = [];
  const then = readRows(before, 'before', new Set(byId.keys()), issues);
  const now = readRows(after, 'after', new Set(byId.keys()), issues);
  if (onInvalid !== 'skip') assertNoIssues('tierChanges', issues);

  const changes: TierChange[] = [];
  for (const [accountId, to] of now) {
    const from = then.get(accountId);
    if (from === undefined || from === to || from === UNKNOWN_TIER || to === UNKNOWN_TIER) continue;
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    let change: TierChangeKind;
    if (AT_RISK_TONES.has(b.tone) && !AT_RISK_TONES.has(a.tone)) change = 'new-at-risk';
    else if (AT_RISK_TONES.has(a.tone) && b.tone === 'positive') change = 'saved';
    else change = b.min < a.min ? 'worsened' : 'improved';
    changes.push({ accountId, from, to, change });
  }
  return { changes, issues };
}
