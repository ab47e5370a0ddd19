import { createContext, useContext } from 'react';
import { type Formatters, createFormatters } from './format';

/** What components read from the nearest `VitalsProvider`. */
export interface VitalsContextValue {
  theme: VitalsTheme;
  format: Formatters;
}

/** The colour scheme: `'system'` follows the reader's `prefers-color-scheme`. */
export type VitalsTheme = 'light' | 'dark' | 'system';

/** Used by a component rendered outside any provider: light theme, en-US, US dollars. */
export const DEFAULT_CONTEXT: VitalsContextValue = {
  theme: 'light',
  format: createFormatters('en-US', 'USD'),
};

export const VitalsContext = createContext<VitalsContextValue>(DEFAULT_CONTEXT);

/** The nearest provider's theme and formatters (defaults outside a provider). */
export function useVitals(): VitalsContextValue {
  return useContext(VitalsContext);
}
