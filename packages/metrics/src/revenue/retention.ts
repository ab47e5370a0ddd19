import { type ValidationIssue, throwMustBe } from '../core/errors';
import { assertObject, orDefault } from '../core/options';
import { type LogoChurnOptions, customerRetentionRate, logoChurnRate } from './accountRates';
import { mrrMovements } from './mrrMovements';
import {
  expansionRate,
  grossRevenueRetention,
  netRevenueChurnRate,
  netRevenueRetention,
  revenueChurnRate,
} from './rates';
import { readBoolean, readTotals, type TotalsWith } from './totals';
import type { MrrMovements, MrrMovementsOptions, MrrSnapshot, NullReason } from './types';

/** Options of {@link retention} that choose a convention for its rates. */
export interface RetentionRateOptions {
  /**
   * Passed to {@link netRevenueChurnRate}: whether reactivation offsets losses.
   * @default true
   */
  offsetReactivation?: boolean | undefined;
  /**
   * Passed to {@link logoChurnRate} as `denominator`.
   * @default 'start'
   */
  logoChurnDenominator?: LogoChurnOptions['denominator'] | undefined;
}

/** The movement totals {@link retention} needs: the four MRR fields, the rest optional. */
export type RetentionTotals = TotalsWith<
  'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'
>;

/** Input of {@link retention}: raw snapshots with a window, or movements computed elsewhere. */
export type RetentionInput = (
  | ({ snapshots: readonly MrrSnapshot[] } & MrrMovementsOptions)
  | { data: RetentionTotals | MrrMovements }
) &
  RetentionRateOptions;

/** The rates {@link retention} returns. */
export type RetentionRate =
  | 'netRevenueRetention'
  | 'grossRevenueRetention'
  | 'revenueChurnRate'
  | 'netRevenueChurnRate'
  | 'expansionRate'
  | 'logoChurnRate'
  | 'customerRetentionRate';

/** Retention and churn rates for one window, with the movements they were computed from. */
export interface RetentionSummary extends Record<RetentionRate, number | null> {
  /** The movement totals behind the rates (so a tooltip can show the formula with real numbers). */
  movements: RetentionTotals | MrrMovements;
  /** Why the MRR-based rates (NRR, GRR, revenue churn, expansion) are `null`, or `null` when they are numbers. */
  reason: NullReason | null;
  /**
   * Why each `null` rate is `null`: `'no-starting-mrr'`, `'no-starting-accounts'`, or
   * `'not-provided'` when pre-aggregated totals lack a field the rate needs (e.g. no account counts).
   */
  reasons: { [TRate in RetentionRate]?: NullReason | undefined };
}

const has = (data: object, field: string) => (data as Record<string, unknown>)[field] !== undefined;

/**
 * NRR, GRR, gross and net MRR churn, expansion rate, logo churn and customer retention for one
 * window, from raw snapshots or from movement totals; each rate is computed by the function of the
 * same name. This is what `useRetention` memoises; call it directly outside React.
 *
 * @example
 * const { data } = retention({ snapshots, from: '2025-03', to: '2026-03' });
 * data.netRevenueRetention; // trailing-twelve-month NRR
 */
export function retention(input: RetentionInput): {
  data: RetentionSummary;
  issues: readonly ValidationIssue[];
} {
  assertObject('retention', 'input', input, '{ snapshots, …window } or { data }');
  let movements: RetentionTotals | MrrMovements;
  let issues: readonly ValidationIssue[] = [];
  if ('data' in input) {
    movements = readTotals('retention', input.data, [
      'startingMrr',
      'expansionMrr',
      'contractionMrr',
      'churnedMrr',
    ]);
  } else {
    const { snapshots, offsetReactivation: _o, logoChurnDenominator: _l, ...options } = input;
    const computed = mrrMovements(snapshots, options);
    movements = computed;
    issues = computed.issues;
  }
  const offsetReactivation = readBoolean(
    'retention',
    'offsetReactivation',
    input.offsetReactivation,
    true,
  );
  const denominator = orDefault(input.logoChurnDenominator, 'start');
  if (denominator !== 'start' && denominator !== 'start-plus-new') {
    throwMustBe(
      'retention',
      'options.logoChurnDenominator',
      "'start' or 'start-plus-new'",
      denominator,
    );
  }
  const reasons: Partial<Record<RetentionRate, NullReason>> = {};
  const noMrr = movements.startingMrr === 0;

  const rate = (
    name: RetentionRate,
    needs: readonly string[],
    compute: () => number | null,
    empty: NullReason,
  ) => {
    if (!needs.every((field) => has(movements, field))) {
      reasons[name] = 'not-provided';
      return null;
    }
    const value = compute();
    if (value === null) reasons[name] = empty;
    return value;
  };

  const data: RetentionSummary = {
    movements,
    netRevenueRetention: rate(
      'netRevenueRetention',
      [],
      () => netRevenueRetention(movements),
      'no-starting-mrr',
    ),
    grossRevenueRetention: rate(
      'grossRevenueRetention',
      [],
      () => grossRevenueRetention(movements),
      'no-starting-mrr',
    ),
    revenueChurnRate: rate(
      'revenueChurnRate',
      [],
      () => revenueChurnRate(movements),
      'no-starting-mrr',
    ),
    netRevenueChurnRate: rate(
      'netRevenueChurnRate',
      offsetReactivation ? ['reactivationMrr'] : [],
      () => netRevenueChurnRate(movements, { offsetReactivation }),
      'no-starting-mrr',
    ),
    expansionRate: rate('expansionRate', [], () => expansionRate(movements), 'no-starting-mrr'),
    logoChurnRate: rate(
      'logoChurnRate',
      denominator === 'start-plus-new'
        ? ['startingAccounts', 'churnedAccounts', 'newAccounts']
        : ['startingAccounts', 'churnedAccounts'],
      () => logoChurnRate(movements as Parameters<typeof logoChurnRate>[0], { denominator }),
      'no-starting-accounts',
    ),
    customerRetentionRate: rate(
      'customerRetentionRate',
      has(movements, 'retainedAccounts')
        ? ['startingAccounts']
        : ['startingAccounts', 'churnedAccounts'],
      () => customerRetentionRate(movements as Parameters<typeof customerRetentionRate>[0]),
      'no-starting-accounts',
    ),
    reason: noMrr ? 'no-starting-mrr' : null,
    reasons,
  };
  return { data, issues };
}
