/**
 * Helpers for play functions, so a story holds under every Storybook toolbar global: they read
 * the story's own `globals` (never a build-time default) and build the text a component shows in
 * that locale with the same `Intl` call the component makes.
 */

import { messagesForLocale } from '../messages/catalogues';
import { CHECKED_LOCALES } from './locales';
import { type PluralMessage, plural } from '../messages/template';
import type { VitalsMessages } from '../messages/types';

/** Storybook globals as a play function receives them. */
type Globals = Record<string, unknown>;

/** The theme the story runs in (the `theme` toolbar global). */
export function storyTheme(globals: Globals): string {
  return String(globals.theme ?? 'light');
}

/** The BCP 47 locale the story runs in (the `locale` toolbar global is the locale's tag). */
export function storyLocale(globals: Globals): string {
  return String(globals.locale ?? 'en-US');
}

/** The currency the story's provider formats money in (paired with the `locale` global). */
export function storyCurrency(globals: Globals): string {
  const locale = storyLocale(globals);
  return CHECKED_LOCALES.find((entry) => entry.locale === locale)?.currency ?? 'USD';
}

/** A month's long name, `January 2025` / `Januar 2025` / `٢٠٢٥ يناير`, as the charts name it. */
export function monthYear(period: string, locale: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year!, month! - 1, 1));
}

/** A whole count as the provider formats it: `1,204`, `1.204`, `١٬٢٠٤`. */
export function countText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A fraction as the provider formats it, one decimal always: `12.0%`, `12,5 %`, `١٢٫٥٪؜`. */
export function percentText(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * A pattern (for `new RegExp`) matching `text` literally, except that any run of whitespace
 * matches any other: Intl writes no-break spaces (`12,5 %`) that `toHaveTextContent` reads as
 * plain ones.
 */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** The words the story's components say: the shipped catalogue of its `locale` global. */
export function storyMessages(globals: Globals): VitalsMessages {
  return messagesForLocale(storyLocale(globals));
}

/** A plural message filled for `count` in the story's locale, as the components fill it. */
export function storyPlural(
  message: PluralMessage,
  count: number,
  globals: Globals,
  values: Record<string, string> = {},
): string {
  const locale = storyLocale(globals);
  return plural(message, locale, count, { count: countText(count, locale), ...values });
}
