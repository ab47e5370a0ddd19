/**
 * The locales every cross-locale check runs in, each with the currency a reader there would use:
 * the Storybook locale toolbar (and so the story tests), the hydration stage and the axis-tick
 * properties. The host apps keep a plain-JavaScript twin in hosts/shared/locales.js, because that
 * file is copied into apps outside this workspace.
 */
export const CHECKED_LOCALES = [
  { locale: 'en-US', currency: 'USD' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'ja-JP', currency: 'JPY' },
  { locale: 'en-IN', currency: 'INR' },
  { locale: 'ar-EG', currency: 'EGP' },
] as const;
