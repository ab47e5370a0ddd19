import { withMinus } from './intl';

/** What a number means, so a custom `valueFormatter` can format each kind its own way. */
export type ValueKind = 'currency' | 'percent' | 'count';

/**
 * Formats one number for display. Return the full string, sign included.
 *
 * @example
 * const valueFormatter: ValueFormatter = (value, { kind }) =>
 *   kind === 'currency' ? `${(value / 1000).toFixed(1)}k €` : String(value);
 */
export type ValueFormatter = (
  value: number,
  context: { kind: ValueKind; signed: boolean },
) => string;

/** The formatters every component uses; built once per provider from its locale and currency. */
export interface Formatters {
  /** The BCP 47 locale numbers are formatted in. */
  locale: string;
  /** The ISO 4217 code of every amount. */
  currencyCode: string;
  /** A money amount, e.g. `$12,400`. */
  currency(value: number): string;
  /** A money change with its sign, e.g. `+$5,000` or `−$1,500`. */
  signedCurrency(value: number): string;
  /** A compact money amount, e.g. `$12K` or `$1.5M` (axes format all their ticks at once). */
  compactCurrency(value: number): string;
  /** The provider's `valueFormatter`, when it has one: it replaces every built-in format. */
  valueFormatter?: ValueFormatter | undefined;
  /**
   * A fraction as a percentage with exactly one decimal, e.g. `0.93` → `93.0%`, `0.9312` →
   * `93.1%`: every rate or share in a view shows the same number of decimals.
   */
  percent(value: number): string;
  /**
   * A setting given as a fraction, as written: a confidence level or a threshold, e.g. `0.95` →
   * `95%`, `0.995` → `99.5%`. It is not a measured share, so it keeps no trailing zero.
   */
  level(value: number): string;
  /** A whole count, e.g. `1,204`. */
  count(value: number): string;
}

/**
 * Builds the formatters for a locale and currency through `Intl.NumberFormat`; a `valueFormatter`
 * replaces them all.
 */
export function createFormatters(
  locale: string,
  currency: string,
  valueFormatter?: ValueFormatter,
): Formatters {
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const smallMoney = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const signedMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  // Every digit and grouping option explicit: ICU versions default compact notation apart
  // (Node 20 prints `0,0 €` where Chromium prints `0 €`), which breaks hydration.
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    useGrouping: true,
  });
  // One decimal, always: `99.0%` beside `99.4%`, never `99%` (docs/design.md, "Precision").
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // A setting (confidence level, threshold) as written: `95%`, `99.5%`.
  const level = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

  const custom = (kind: ValueKind, signed: boolean) => (value: number) =>
    valueFormatter!(value, { kind, signed });
  if (valueFormatter) {
    return {
      locale,
      currencyCode: currency,
      currency: custom('currency', false),
      signedCurrency: custom('currency', true),
      compactCurrency: custom('currency', false),
      valueFormatter,
      percent: custom('percent', false),
      level: custom('percent', false),
      count: custom('count', false),
    };
  }
  return {
    locale,
    currencyCode: currency,
    currency: (value) =>
      withMinus((Math.abs(value) < 100 && value % 1 !== 0 ? smallMoney : money).format(value)),
    signedCurrency: (value) => withMinus(signedMoney.format(value)),
    compactCurrency: (value) => withMinus(compact.format(value)),
    percent: (value) => withMinus(percent.format(value)),
    level: (value) => withMinus(level.format(value)),
    count: (value) => withMinus(count.format(value)),
  };
}
