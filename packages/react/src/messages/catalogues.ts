import { messagesDe } from './de';
import { messagesEn } from './en';
import { messagesEs } from './es';
import { messagesFr } from './fr';
import { messagesJa } from './ja';
import type { VitalsMessages, VitalsMessagesOverrides } from './types';

/** The shipped catalogues by language subtag. */
const CATALOGUES: Readonly<Record<string, VitalsMessages>> = {
  en: messagesEn,
  de: messagesDe,
  fr: messagesFr,
  es: messagesEs,
  ja: messagesJa,
};

/**
 * The shipped catalogue for a BCP 47 locale, matched on its language subtag (`de-AT` → German),
 * English for any other language.
 */
export function messagesForLocale(locale: string): VitalsMessages {
  const language = locale.split('-')[0]!.toLowerCase();
  return Object.prototype.hasOwnProperty.call(CATALOGUES, language)
    ? CATALOGUES[language]!
    : messagesEn;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: Record<string, unknown>, overrides: Record<string, unknown>) {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    result[key] =
      isPlainObject(value) && isPlainObject(base[key])
        ? merge(base[key] as Record<string, unknown>, value)
        : value;
  }
  return result;
}

/** A catalogue with some keys replaced: every other key, at any depth, stays as it was. */
export function mergeMessages(
  base: VitalsMessages,
  overrides: VitalsMessagesOverrides | undefined,
): VitalsMessages {
  if (!overrides) return base;
  return merge(
    base as unknown as Record<string, unknown>,
    overrides as Record<string, unknown>,
  ) as unknown as VitalsMessages;
}
