import { type ReactNode, useMemo } from 'react';
import { type VitalsContextValue, type VitalsTheme, VitalsContext } from './context';
import { warnOnce } from '../internal/warn';
import { type ValueFormatter, createFormatters } from './format';
import { mergeMessages, messagesForLocale } from '../messages/catalogues';
import type { VitalsMessagesOverrides } from '../messages/types';

/** Props of {@link VitalsProvider}. */
export interface VitalsProviderProps {
  /**
   * Light or dark colours (as `--vitals-*` CSS variables), or `'system'` to follow the reader.
   * @default 'light'
   */
  theme?: VitalsTheme | undefined;
  /**
   * BCP 47 locale for every number, date and word: the words come from the shipped catalogue of
   * its language (English, German, French, Spanish or Japanese; English for any other).
   * @default 'en-US'
   */
  locale?: string | undefined;
  /**
   * ISO 4217 currency of every amount. Vitals converts nothing: pass amounts in this currency.
   * @default 'USD'
   */
  currency?: string | undefined;
  /**
   * Replaces any words, per key, over the locale's catalogue: e.g.
   * `{ common: { showTable: 'Show the numbers' } }`. Keys are listed in docs/i18n.md.
   * @default undefined
   */
  messages?: VitalsMessagesOverrides | undefined;
  /** Replaces the built-in `Intl` formatting of every number. */
  valueFormatter?: ValueFormatter | undefined;
  /** Extra class on the wrapping element. */
  className?: string | undefined;
  /** The Vitals components (and anything else) that share this theme, locale and currency. */
  children?: ReactNode | undefined;
}

function validCurrency(currency: string): string {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency });
    return currency;
  } catch {
    warnOnce(
      `VitalsProvider: currency "${currency}" is not an ISO 4217 code; falling back to USD.`,
    );
    return 'USD';
  }
}

function validLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    warnOnce(
      `VitalsProvider: locale "${locale}" is not a valid BCP 47 tag; falling back to en-US.`,
    );
    return 'en-US';
  }
}

/**
 * Sets the theme, locale, words and currency for every Vitals component inside it.
 *
 * @example
 * <VitalsProvider theme="dark" locale="de-DE" currency="EUR">
 *   <NrrWaterfall snapshots={rows} period="2025-12" />
 * </VitalsProvider>
 */
export function VitalsProvider({
  theme = 'light',
  locale = 'en-US',
  currency = 'USD',
  messages,
  valueFormatter,
  className,
  children,
}: VitalsProviderProps) {
  const value = useMemo<VitalsContextValue>(() => {
    const canonical = validLocale(locale);
    return {
      theme,
      format: createFormatters(canonical, validCurrency(currency), valueFormatter),
      messages: mergeMessages(messagesForLocale(canonical), messages),
    };
  }, [theme, locale, currency, valueFormatter, messages]);
  return (
    <VitalsContext.Provider value={value}>
      <div className={className ? `vitals-root ${className}` : 'vitals-root'} data-theme={theme}>
        {children}
      </div>
    </VitalsContext.Provider>
  );
}
