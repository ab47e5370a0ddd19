import type { CsvDecimal, CsvThousands } from './types';

/** How numbers are written in one CSV: its decimal mark and digit-group separator. */
export interface NumberFormat {
  decimal: CsvDecimal;
  thousands: CsvThousands;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a plain decimal number in `format`: an optional sign, digits (either ungrouped or
 * in groups of three separated by the group separator), and an optional fraction after the decimal
 * mark. Nothing else: no currency symbols, percent signs, exponents or accounting parentheses.
 */
export function numberPattern({ decimal, thousands }: NumberFormat): RegExp {
  const group = thousands === ' ' ? '[ \\u00a0\\u202f]' : escape(thousands);
  const integer = thousands === '' ? '\\d+' : `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)`;
  return new RegExp(`^[-+]?(?:${integer}(?:${escape(decimal)}\\d*)?|${escape(decimal)}\\d+)$`);
}

/**
 * Reads one cell as a number in `format`, or returns why it cannot. Surrounding spaces are
 * ignored. Ambiguous text is refused rather than guessed: with `decimal: '.'`, `'1,5'` is not one
 * and a half, and `'1,23'` (a group of two) is not a number at all.
 */
export function parseNumber(
  text: string,
  format: NumberFormat,
  pattern: RegExp,
): number | { error: string } {
  const cell = text.trim();
  if (cell === '') return { error: 'is empty; a number is required' };
  if (!pattern.test(cell)) {
    const hint = /[^\d\s.,'+\-\u00a0\u202f]/.test(cell)
      ? 'remove currency symbols, units and other text'
      : `write it with '${format.decimal}' as the decimal mark${
          format.thousands === '' ? '' : ` and '${format.thousands}' between groups of three digits`
        }, or set the decimal option`;
    return { error: `'${cell}' is not a number: ${hint}` };
  }
  let plain = cell;
  if (format.thousands !== '') {
    plain =
      format.thousands === ' '
        ? plain.replace(/[ \u00a0\u202f]/g, '')
        : plain.split(format.thousands).join('');
  }
  if (format.decimal === ',') plain = plain.replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return { error: `'${cell}' is too large` };
  return value;
}
