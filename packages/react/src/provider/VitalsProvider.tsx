import { type ReactNode, useMemo } from 'react';
import { type VitalsContextValue, type VitalsTheme, VitalsContext } from './context';
import { warnOnce } from '../internal/warn';
import { type ValueFormatter, createFormatters } from './format';

/** Props of {@link VitalsProvider}. */
export interface VitalsProviderProps {
  /**
   * Light or dark colours (as `--vitals-*` CSS variables), or `'system'` to follow the reader.
   * @default 'light'
   */
  theme?: VitalsTheme | undefined;
  /**
   * BCP 47 locale for every number and date.
   * @default 'en-US'
   */
  locale?: string | undefined;
  /**
   * ISO 4217 currency of every amount. Vitals converts nothing: pass amounts in this currency.
   * @default 'USD'
   */
  currency?: string | undefined;
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
 * Sets the theme, locale and currency for every Vitals component inside it.
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
  valueFormatter,
  className,
  children,
}: VitalsProviderProps) {
  const value = useMemo<VitalsContextValue>(
    () => ({
      theme,
      format: createFormatters(validLocale(locale), validCurrency(currency), valueFormatter),
    }),
    [theme, locale, currency, valueFormatter],
  );
  return (
    <VitalsContext.Provider value={value}>
      <div className={className ? `vitals-root ${className}` : 'vitals-root'} data-theme={theme}>
        {children}
      </div>
    </VitalsContext.Provider>
  );
}
