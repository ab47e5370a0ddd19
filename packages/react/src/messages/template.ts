/**
 * A message with one form per plural category of `Intl.PluralRules` (`zero`, `one`, `two`, `few`,
 * `many`, `other`); `other` is required and stands in for any category a language leaves out.
 * Each form is a template with `{name}` placeholders, e.g. `{ one: '{count} row', other: '{count}
 * rows' }`.
 */
export interface PluralMessage {
  zero?: string | undefined;
  one?: string | undefined;
  two?: string | undefined;
  few?: string | undefined;
  many?: string | undefined;
  other: string;
}

/** The values a template's `{name}` placeholders are filled with, already formatted. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fills a template's `{name}` placeholders; a placeholder with no value stays as written, so a
 * mistake shows up on the page rather than as "undefined".
 */
export function fill(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale` (`'one'`, `'few'`, `'other'`, …). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/**
 * The form of `message` for `count` in `locale`, filled with `values` (pass the formatted count as
 * `values.count`; the raw number fills `{count}` otherwise).
 */
export function plural(
  message: PluralMessage,
  locale: string,
  count: number,
  values: TemplateValues = {},
): string {
  const form = message[pluralCategory(locale, count)] ?? message.other;
  return fill(form, { count, ...values });
}
