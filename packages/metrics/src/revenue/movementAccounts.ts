import { type ValidationIssue, assertNoIssues, showValue, throwInputError } from '../core/errors';
import { byValueDescending, type MarkAccount } from '../core/markAccounts';
import type { AccountMovement, AccountMovementKind } from './types';

/**
 * A mark of a movement chart: a waterfall step (`'starting'`, `'expansion'`, `'contraction'`,
 * `'churn'`, `'retained'`, `'new'`, `'reactivation'`, `'ending'`) or `'net'`, a whole period's
 * column of a movements chart.
 */
export type MovementStep =
  | 'starting'
  | 'expansion'
  | 'contraction'
  | 'churn'
  | 'retained'
  | 'new'
  | 'reactivation'
  | 'ending'
  | 'net';

const STEPS: ReadonlySet<string> = new Set<MovementStep>([
  'starting',
  'expansion',
  'contraction',
  'churn',
  'retained',
  'new',
  'reactivation',
  'ending',
  'net',
]);

const KINDS: ReadonlySet<string> = new Set<AccountMovementKind>([
  'new',
  'reactivation',
  'expansion',
  'contraction',
  'churn',
  'unchanged',
  'new-and-churned',
]);

const NAME = 'movementAccounts';

/** The input of {@link movementAccounts}: any movements result that may carry its per-account rows. */
export interface MovementsWithAccounts {
  /** The per-account rows of `mrrMovements` (or `mrrMovementsSeries` with `includeAccounts`). */
  accounts?: readonly AccountMovement[] | undefined;
  /** Σ MRR at the end of `from`: with the fields below, tells an empty `accounts` left out from a true one. */
  startingMrr?: number | undefined;
  /** Σ MRR at the end of `to`. */
  endingMrr?: number | undefined;
  /** Accounts paying at `from`. */
  startingAccounts?: number | undefined;
  /** Accounts paying at `to`. */
  endingAccounts?: number | undefined;
  /** Accounts that paid strictly inside the window and nothing at either end. */
  newAndChurnedAccounts?: number | undefined;
}

/** Whether a movements result carries its per-account rows (not pre-aggregated, not left out). */
function hasAccountRows(movements: MovementsWithAccounts): boolean {
  const { accounts } = movements;
  if (!Array.isArray(accounts)) return false;
  if (accounts.length > 0) return true;
  // `[]` is also what `mrrMovementsSeries` gives without `includeAccounts`: it is the true list
  // only when no account paid at all.
  const paid =
    (movements.startingMrr ?? 0) > 0 ||
    (movements.endingMrr ?? 0) > 0 ||
    (movements.startingAccounts ?? 0) > 0 ||
    (movements.endingAccounts ?? 0) > 0 ||
    (movements.newAndChurnedAccounts ?? 0) > 0;
  return !paid;
}

function readRows(accounts: readonly unknown[]): AccountMovement[] {
  const issues: ValidationIssue[] = [];
  const rows: AccountMovement[] = [];
  accounts.forEach((row, index) => {
    const issue = (field: string, message: string, value: unknown) =>
      issues.push({ index, field: `accounts.${field}`, message, value });
    if (row === null || typeof row !== 'object') {
      issue('', `must be an account movement object, got ${showValue(row)}`, row);
      return;
    }
    const { accountId, startingMrr, endingMrr, movement, amount } = row as AccountMovement;
    let ok = true;
    if (typeof accountId !== 'string' || accountId === '') {
      issue('accountId', `must be a non-empty string, got ${showValue(accountId)}`, accountId);
      ok = false;
    }
    for (const [field, value] of [
      ['startingMrr', startingMrr],
      ['endingMrr', endingMrr],
      ['amount', amount],
    ] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        issue(field, `must be a finite number ≥ 0, got ${showValue(value)}`, value);
        ok = false;
      }
    }
    if (typeof movement !== 'string' || !KINDS.has(movement)) {
      issue('movement', `must be an account movement kind, got ${showValue(movement)}`, movement);
      ok = false;
    }
    if (ok) rows.push(row as AccountMovement);
  });
  assertNoIssues(NAME, issues);
  return rows;
}

/**
 * The accounts behind one mark of a movements chart (drill-through, SPEC §9), each with its part
 * of the mark's amount, largest first; the parts sum to the mark's amount.
 *
 * - a movement step (`'new'`, `'reactivation'`, `'expansion'`, `'contraction'`, `'churn'`): the
 *   accounts with that movement, `value` = their `amount` (≥ 0; the step's total);
 * - `'starting'`: the accounts paying at `from`, `value` = their MRR then (Σ = `startingMrr`);
 * - `'retained'`: the same accounts, `value` = their MRR at `to`, 0 for the churned ones (Σ =
 *   starting + expansion − contraction − churn, the waterfall's retained bar);
 * - `'ending'`: the accounts paying at `to`, `value` = their MRR then (Σ = `endingMrr`);
 * - `'net'`: every account whose MRR changed, `value` = ending − starting MRR, signed (Σ = the
 *   period's net new MRR, a movements chart's column).
 *
 * Reads the per-account rows of `mrrMovements` (or `mrrMovementsSeries` with `includeAccounts`);
 * returns `undefined` when the movements carry none (pre-aggregated totals, or a series computed
 * without `includeAccounts`). A bad row is a `MetricsInputError` naming its index and field.
 *
 * @example
 * const march = mrrMovements(rows, { period: '2025-03' });
 * movementAccounts(march, 'churn'); // [{ accountId: 'globex', value: 400 }, …]
 */
export function movementAccounts(
  movements: MovementsWithAccounts,
  step: MovementStep,
): MarkAccount[] | undefined {
  if (movements === null || typeof movements !== 'object') {
    throwInputError(NAME, 'movements', `must be a movements result, got ${showValue(movements)}`);
  }
  if (typeof step !== 'string' || !STEPS.has(step)) {
    throwInputError(
      NAME,
      'step',
      `must be one of ${[...STEPS].join(', ')}, got ${showValue(step)}`,
      step,
    );
  }
  if (!hasAccountRows(movements)) return undefined;
  const rows = readRows(movements.accounts!);
  const kind: AccountMovementKind | null = KINDS.has(step) ? (step as AccountMovementKind) : null;
  const out: MarkAccount[] = [];
  for (const row of rows) {
    let value: number | null = null;
    if (kind !== null) value = row.movement === kind ? row.amount : null;
    else if (step === 'starting') value = row.startingMrr > 0 ? row.startingMrr : null;
    else if (step === 'retained') value = row.startingMrr > 0 ? row.endingMrr : null;
    else if (step === 'ending') value = row.endingMrr > 0 ? row.endingMrr : null;
    else value = row.endingMrr !== row.startingMrr ? row.endingMrr - row.startingMrr : null;
    if (value !== null) out.push({ accountId: row.accountId, value });
  }
  return byValueDescending(out);
}
