// @ts-check
/**
 * The locales every host is checked in, each with its currency: the same list as
 * packages/react/src/test/locales.ts, in plain JavaScript because it is copied into the host apps.
 */
export const LOCALES = [
  { locale: 'en-US', currency: 'USD' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'ja-JP', currency: 'JPY' },
  { locale: 'en-IN', currency: 'INR' },
  { locale: 'ar-EG', currency: 'EGP' },
];

/** The currency of a locale, or the first locale's when it is not one of ours. */
export function currencyOf(/** @type {string} */ locale) {
  return (LOCALES.find((entry) => entry.locale === locale) ?? LOCALES[0])?.currency ?? 'USD';
}
