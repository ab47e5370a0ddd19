/**
 * The labels of one axis's ticks. Every chart's y axis goes through {@link axisTickFormat}, so
 * all ticks of one axis share one rule:
 *
 * - **One unit.** A money axis takes the compact unit of its largest tick (`K`, `M`, `Mio.`,
 *   `万`, `L`, …) and states every other tick in it: `$0, $0.5M, $1.0M, $1.5M`, not
 *   `$0, $500K, $1M, $1.5M`. A reader compares ticks by their numbers alone, the way d3's own
 *   axes do (one precision per axis, from the tick step). If that unit would need more than two
 *   fraction digits (a narrow axis far from zero), the axis steps down to a smaller unit.
 * - **One digit count.** Every tick but zero shows the same number of fraction digits: the fewest
 *   that show every tick exactly. Labels line up on their decimal separator, distinct ticks never
 *   share a label, and `$1.0M` next to `$1.5M` says the step is half a million.
 * - **One grouping rule.** Grouping separators are always on (compact notation alone would use
 *   CLDR's `min2`: `5000 €` beside `10.000 €` in de-DE).
 * - **Zero is the plain amount** (`$0`, `0 €`): a baseline needs no unit.
 *
 * Every option is explicit (`minimumFractionDigits` as well as `maximumFractionDigits`): two ICU
 * versions disagree on the defaults of compact notation (Node 20's ICU 78 prints `0,0 €` where
 * Chromium prints `0 €`), which breaks hydration of a server-rendered chart (SPEC §9).
 */

import type { Formatters, ValueKind } from './format';
import { numberFormat, withMinus } from './intl';

/** How one axis's values read. */
export interface AxisStyle {
  /** BCP 47 locale. */
  locale: string;
  /** `'currency'` (compact, in one unit), `'percent'` (fractions) or `'decimal'` (plain numbers). */
  style: 'currency' | 'percent' | 'decimal';
  /** ISO 4217 code, with `style: 'currency'`. @default 'USD' */
  currency?: string;
  /** Shows `+` on positive ticks (NPS scores), with `style: 'decimal'` or `'percent'`. @default false */
  signed?: boolean;
}

/** The labels of one axis, with the unit and digit count they were written in. */
export interface AxisTickFormat {
  /** One label per tick, in order; `—` for a value that is not finite. */
  labels: string[];
  /**
   * What one displayed unit is worth: `1_000_000` for `$1.5M`, `10_000` for `¥150万`, `0.01` for
   * `95%`, `1` for plain numbers.
   */
  factor: number;
  /** Fraction digits of every label but zero's. */
  digits: number;
}

/** Past this many fraction digits a tick is rounded rather than shown exactly. */
const MAX_DIGITS = 6;
/** A money axis takes a smaller compact unit rather than show more fraction digits than this. */
const MAX_UNIT_DIGITS = 2;
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * The fewest fraction digits (at most {@link MAX_DIGITS}) that write every value exactly.
 *
 * @example
 * fewestDigits([0, 0.5, 1, 1.5]); // 1
 */
export function fewestDigits(values: readonly number[]): number {
  for (let digits = 0; digits < MAX_DIGITS; digits += 1) {
    const scale = 10 ** digits;
    const exact = values.every((value) => {
      const scaled = value * scale;
      return Math.abs(scaled - Math.round(scaled)) <= Math.max(1e-9, 1e-12 * Math.abs(scaled));
    });
    if (exact) return digits;
  }
  return MAX_DIGITS;
}

/** The compact formatter of a money axis, with every option that ICU versions default apart. */
function compactMoney(locale: string, currency: string, digits: number, latin = false) {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: true,
    ...(latin ? { numberingSystem: 'latn' } : {}),
  });
}

/** The worth of the compact unit `value` is written in (`1e6` for `$1.5M`), by probing `Intl`. */
function compactFactor(locale: string, currency: string, value: number): number {
  const parts = compactMoney(locale, currency, MAX_DIGITS, true).formatToParts(Math.abs(value));
  const integer = parts.filter((p) => p.type === 'integer').map((p) => p.value);
  const fraction = parts.find((p) => p.type === 'fraction')?.value ?? '0';
  const shown = Number(`${integer.join('')}.${fraction}`);
  if (!(shown > 0)) return 1;
  return 10 ** Math.round(Math.log10(Math.abs(value) / shown));
}

/**
 * `abs` (already in units of `factor`) written in the compact unit of `factor`, as `Intl` writes
 * `sample` (a value in that unit) but with this number: for a tick below the axis's unit, e.g.
 * `$0.5M` on a millions axis, which `Intl` alone would write `$500K`.
 */
function inUnit(
  locale: string,
  currency: string,
  digits: number,
  sample: number,
  abs: number,
): string {
  const parts = compactMoney(locale, currency, digits).formatToParts(sample);
  const number = numberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: true,
  }).format(abs);
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  const last = parts.findLastIndex((p) => NUMBER_PARTS.has(p.type));
  return [
    ...parts.slice(0, first).map((p) => p.value),
    number,
    ...parts.slice(last + 1).map((p) => p.value),
  ].join('');
}

/**
 * Labels one axis's ticks in one unit, with one digit count and one grouping rule (see the top of
 * this file), identically in every ICU version.
 *
 * @example
 * axisTickFormat([0, 500_000, 1_000_000, 1_500_000], { locale: 'en-US', style: 'currency' }).labels;
 * // ['$0', '$0.5M', '$1.0M', '$1.5M']
 * axisTickFormat([0, 5000, 10_000], { locale: 'de-DE', style: 'currency', currency: 'EUR' }).labels;
 * // ['0 €', '5.000 €', '10.000 €']
 */
export function axisTickFormat(values: readonly number[], axis: AxisStyle): AxisTickFormat {
  const { locale, style, currency = 'USD', signed = false } = axis;
  const finite = values.filter((value) => Number.isFinite(value));
  const largest = Math.max(0, ...finite.map((value) => Math.abs(value)));
  let factor =
    style === 'percent'
      ? 0.01
      : style === 'currency' && largest > 0
        ? compactFactor(locale, currency, largest)
        : 1;
  let digits = fewestDigits(finite.map((value) => value / factor));
  // A narrow axis far from zero ($999,999.4 … $1,000,000) would need many digits in the largest
  // tick's unit: step down through the locale's units until the ticks fit in a few.
  while (style === 'currency' && digits > MAX_UNIT_DIGITS && factor > 1) {
    factor = compactFactor(locale, currency, factor / 2);
    digits = fewestDigits(finite.map((value) => value / factor));
  }
  const signDisplay = signed ? 'exceptZero' : 'auto';

  const label = (value: number): string => {
    if (!Number.isFinite(value)) return '—';
    if (style === 'percent' || style === 'decimal') {
      return numberFormat(locale, {
        style,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: true,
        signDisplay,
      }).format(value);
    }
    if (value === 0) {
      return numberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }).format(0);
    }
    // A tick in the axis's own unit is written by Intl itself (plural forms included, e.g.
    // ar-EG's `آلاف`/`ألف`); a smaller one borrows the unit from 1.5 units of the same sign.
    const money = compactMoney(locale, currency, digits);
    if (compactFactor(locale, currency, value) === factor) return money.format(value);
    const sample = Math.sign(value) * 1.5 * factor;
    return inUnit(locale, currency, digits, sample, Math.abs(value) / factor);
  };

  return { labels: values.map((value) => withMinus(label(value))), factor, digits };
}

/**
 * The labels of one chart axis in the provider's locale and currency ({@link axisTickFormat}), or
 * through the provider's `valueFormatter`, tick by tick, when it has one.
 *
 * @example
 * axisLabels(useVitals().format, [0, 500_000, 1_000_000], 'currency'); // ['$0', '$0.5M', '$1.0M']
 */
export function axisLabels(
  format: Formatters,
  values: readonly number[],
  kind: ValueKind,
): string[] {
  const custom = format.valueFormatter;
  if (custom) return values.map((value) => custom(value, { kind, signed: false }));
  return axisTickFormat(values, {
    locale: format.locale,
    style: kind === 'count' ? 'decimal' : kind,
    currency: format.currencyCode,
  }).labels;
}
