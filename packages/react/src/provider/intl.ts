/** The minus sign (U+2212), which screen readers say as "minus" where they skip a hyphen. */
export const MINUS = '\u2212';

/**
 * Replaces the hyphen-minus of a formatted number with a real minus sign: a leading one, and any
 * that stands before a digit after a non-digit (`-$5` → `−$5`, `-5 €` → `−5 €`, `+3 / -2` →
 * `+3 / −2`).
 */
export function withMinus(text: string): string {
  return text.replace(/^-/, MINUS).replace(/(^|[^\d])-(?=\d)/g, `$1${MINUS}`);
}

const formats = new Map<string, Intl.NumberFormat>();

/** An `Intl.NumberFormat` for `locale` and `options`, built once and reused. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
