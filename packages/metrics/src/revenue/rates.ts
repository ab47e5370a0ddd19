import { finite } from '../core/finite';
import { readOptions } from '../core/options';
import {
  type TotalsField,
  type TotalsWith,
  assertPartsWithin,
  readBoolean,
  readTotals,
} from './totals';

const LOSSES = ['contractionMrr', 'churnedMrr'] as const;

/** Totals already checked by {@link readTotals} (an `mrrMovements` result is one by construction). */
type Checked<TField extends TotalsField> = Record<TField, number>;

/** The formula of {@link netRevenueRetention}, on checked totals. */
export function netRevenueRetentionOf(
  t: Checked<'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'>,
): number | null {
  if (t.startingMrr === 0) return null;
  return finite(
    'netRevenueRetention',
    'startingMrr',
    (t.startingMrr + t.expansionMrr - t.contractionMrr - t.churnedMrr) / t.startingMrr,
  );
}

/** The formula of {@link grossRevenueRetention}, on checked totals. */
export function grossRevenueRetentionOf(
  t: Checked<'startingMrr' | 'contractionMrr' | 'churnedMrr'>,
): number | null {
  if (t.startingMrr === 0) return null;
  return finite(
    'grossRevenueRetention',
    'startingMrr',
    (t.startingMrr - t.contractionMrr - t.churnedMrr) / t.startingMrr,
  );
}

/**
 * The formula of {@link netRevenueChurnRate}, on checked totals (`reactivationMrr` checked too
 * when `offsetReactivation` is true).
 */
export function netRevenueChurnRateOf(
  t: Checked<'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    reactivationMrr?: number | undefined;
  },
  offsetReactivation: boolean,
): number | null {
  const reactivation = offsetReactivation ? t.reactivationMrr! : 0;
  if (t.startingMrr === 0) return null;
  return finite(
    'netRevenueChurnRate',
    'startingMrr',
    (t.contractionMrr + t.churnedMrr - t.expansionMrr - reactivation) / t.startingMrr,
  );
}

/** The formula of {@link netNewMrr}, on checked totals (absent new or reactivation MRR is 0). */
export function netNewMrrOf(
  t: Checked<'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    newMrr?: number | undefined;
    reactivationMrr?: number | undefined;
  },
): number {
  const gains = (t.newMrr ?? 0) + t.expansionMrr + (t.reactivationMrr ?? 0);
  return finite('netNewMrr', 'movements', gains - (t.contractionMrr + t.churnedMrr));
}

/**
 * The formula of {@link quickRatio}, on checked totals (`reactivationMrr` checked too when
 * `includeReactivation` is true).
 */
export function quickRatioOf(
  t: Checked<'newMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    reactivationMrr?: number | undefined;
  },
  includeReactivation: boolean,
): number | null {
  const name = 'quickRatio';
  const reactivation = includeReactivation ? t.reactivationMrr! : 0;
  const lost = finite(name, 'contractionMrr + churnedMrr', t.contractionMrr + t.churnedMrr);
  if (lost === 0) return null;
  return finite(
    name,
    'contractionMrr + churnedMrr',
    (t.newMrr + t.expansionMrr + reactivation) / lost,
  );
}

/**
 * Net revenue retention (NRR): how much the customers you had at the start pay now, expansion
 * included, as a fraction of what they paid then.
 *
 * `NRR = (S + expansion − contraction − churn) / S`, with S the starting MRR. New and reactivated
 * accounts are never in the starting cohort, so they never enter NRR. `null` when S = 0.
 *
 * Takes an {@link mrrMovements} result or a pre-aggregated object of totals.
 *
 * @example
 * netRevenueRetention({ startingMrr: 10_000, expansionMrr: 5_000, contractionMrr: 500, churnedMrr: 1_500 }); // 1.3
 */
export function netRevenueRetention(
  movements: TotalsWith<'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'>,
): number | null {
  const name = 'netRevenueRetention';
  const t = readTotals(name, movements, ['startingMrr', 'expansionMrr', ...LOSSES]);
  assertPartsWithin(name, t, LOSSES, 'startingMrr');
  return netRevenueRetentionOf(t);
}

/**
 * Gross revenue retention (GRR): the share of starting MRR kept, counting losses only.
 *
 * `GRR = (S − contraction − churn) / S`, with S the starting MRR; 0 ≤ GRR ≤ 1 and GRR ≤ NRR.
 * `null` when S = 0.
 *
 * @example
 * grossRevenueRetention({ startingMrr: 100_000, contractionMrr: 2_000, churnedMrr: 5_000 }); // 0.93
 */
export function grossRevenueRetention(
  movements: TotalsWith<'startingMrr' | 'contractionMrr' | 'churnedMrr'>,
): number | null {
  const name = 'grossRevenueRetention';
  const t = readTotals(name, movements, ['startingMrr', ...LOSSES]);
  assertPartsWithin(name, t, LOSSES, 'startingMrr');
  return grossRevenueRetentionOf(t);
}

/**
 * Gross MRR churn rate: the share of starting MRR lost to contraction and churn.
 *
 * `revenueChurnRate = (contraction + churn) / S` = 1 − GRR. `null` when S = 0.
 *
 * @example
 * revenueChurnRate({ startingMrr: 10_000, contractionMrr: 0, churnedMrr: 500 }); // 0.05
 */
export function revenueChurnRate(
  movements: TotalsWith<'startingMrr' | 'contractionMrr' | 'churnedMrr'>,
): number | null {
  const name = 'revenueChurnRate';
  const t = readTotals(name, movements, ['startingMrr', ...LOSSES]);
  assertPartsWithin(name, t, LOSSES, 'startingMrr');
  if (t.startingMrr === 0) return null;
  return finite(name, 'startingMrr', (t.contractionMrr + t.churnedMrr) / t.startingMrr);
}

/** Options of {@link netRevenueChurnRate}. */
export interface NetRevenueChurnOptions {
  /**
   * Whether reactivated MRR offsets losses, as expansion does (ChartMogul). `false` drops the
   * reactivation term (Baremetrics), and `reactivationMrr` is then not needed.
   * @default true
   */
  offsetReactivation?: boolean | undefined;
}

/**
 * Net MRR churn rate: losses net of expansion (and, by default, reactivation), as a share of
 * starting MRR; negative when expansion outweighs losses ("net negative churn").
 *
 * `netRevenueChurnRate = (contraction + churn − expansion − reactivation) / S`; with
 * `{ offsetReactivation: false }`, `(contraction + churn − expansion) / S`. `null` when S = 0.
 *
 * @example
 * const m = { startingMrr: 10_000, expansionMrr: 300, reactivationMrr: 100, contractionMrr: 200, churnedMrr: 400 };
 * netRevenueChurnRate(m); // 0.02
 * netRevenueChurnRate(m, { offsetReactivation: false }); // 0.03
 */
export function netRevenueChurnRate(
  movements: TotalsWith<'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    reactivationMrr?: number | undefined;
  },
  options: NetRevenueChurnOptions = {},
): number | null {
  const name = 'netRevenueChurnRate';
  readOptions(name, options);
  const offset = readBoolean(name, 'offsetReactivation', options.offsetReactivation, true);
  const t = readTotals(name, movements, ['startingMrr', 'expansionMrr', ...LOSSES]);
  if (offset) readTotals(name, t, ['reactivationMrr']);
  assertPartsWithin(name, t, LOSSES, 'startingMrr');
  return netRevenueChurnRateOf(t, offset);
}

/**
 * Expansion MRR rate: the share of starting MRR added by accounts that pay more.
 *
 * `expansionRate = expansion / S`; NRR = GRR + expansionRate. `null` when S = 0.
 *
 * @example
 * expansionRate({ startingMrr: 10_000, expansionMrr: 500 }); // 0.05
 */
export function expansionRate(
  movements: TotalsWith<'startingMrr' | 'expansionMrr'>,
): number | null {
  const t = readTotals('expansionRate', movements, ['startingMrr', 'expansionMrr']);
  if (t.startingMrr === 0) return null;
  return finite('expansionRate', 'startingMrr', t.expansionMrr / t.startingMrr);
}

/** Options of {@link quickRatio}. */
export interface QuickRatioOptions {
  /**
   * Whether reactivated MRR counts as growth beside new and expansion MRR. `false` leaves it out
   * (Baremetrics), and `reactivationMrr` is then not needed.
   * @default true
   */
  includeReactivation?: boolean | undefined;
}

/**
 * SaaS quick ratio: MRR gained per unit of MRR lost (above 4 is efficient growth).
 *
 * `quickRatio = (new + expansion + reactivation) / (contraction + churn)`; with
 * `{ includeReactivation: false }`, `(new + expansion) / (contraction + churn)`. `null` when
 * nothing was lost.
 *
 * @example
 * quickRatio({ newMrr: 3_000, expansionMrr: 1_000, reactivationMrr: 200, contractionMrr: 300, churnedMrr: 700 }); // 4.2
 */
export function quickRatio(
  movements: TotalsWith<'newMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    reactivationMrr?: number | undefined;
  },
  options: QuickRatioOptions = {},
): number | null {
  const name = 'quickRatio';
  readOptions(name, options);
  const include = readBoolean(name, 'includeReactivation', options.includeReactivation, true);
  const t = readTotals(name, movements, ['newMrr', 'expansionMrr', ...LOSSES]);
  if (include) readTotals(name, t, ['reactivationMrr']);
  return quickRatioOf(t, include);
}

/**
 * Net new MRR of a window: what new, expansion and reactivation MRR added minus what contraction
 * and churn took away. With complete totals it is the change from starting to ending MRR; it is a
 * period's net line in a movements chart. `newMrr` and `reactivationMrr` count as 0 when absent.
 * Takes an `mrrMovements()` result or pre-aggregated totals; a field that is not a finite number
 * ≥ 0 is a `MetricsInputError` naming it.
 *
 * @example
 * netNewMrr({ startingMrr: 10_000, newMrr: 500, expansionMrr: 300, contractionMrr: 100, churnedMrr: 200 });
 * // 500
 */
export function netNewMrr(
  movements: TotalsWith<'expansionMrr' | 'contractionMrr' | 'churnedMrr'> & {
    newMrr?: number | undefined;
    reactivationMrr?: number | undefined;
  },
): number {
  const name = 'netNewMrr';
  const t = readTotals(name, movements, ['expansionMrr', ...LOSSES]);
  if (t.newMrr !== undefined) readTotals(name, t, ['newMrr']);
  if (t.reactivationMrr !== undefined) readTotals(name, t, ['reactivationMrr']);
  return netNewMrrOf(t);
}
