import { createContext, useContext } from 'react';
import { type Formatters, createFormatters } from './format';
import type { VitalsMessages } from '../messages/types';

/** What components read from the nearest `VitalsProvider`. */
export interface VitalsContextValue {
  theme: VitalsTheme;
  format: Formatters;
  /**
   * Every word, from the catalogue of the provider's `locale` with its `messages` overrides;
   * `null` outside a provider, where each component says its English words.
   */
  messages: VitalsMessages | null;
}

/** The colour scheme: `'system'` follows the reader's `prefers-color-scheme`. */
export type VitalsTheme = 'light' | 'dark' | 'system';

/** Used by a component rendered outside any provider: light theme, en-US, US dollars. */
export const DEFAULT_CONTEXT: VitalsContextValue = {
  theme: 'light',
  format: createFormatters('en-US', 'USD'),
  messages: null,
};

export const VitalsContext = createContext<VitalsContextValue>(DEFAULT_CONTEXT);

/** The nearest provider's theme, formatters and messages (defaults outside a provider). */
export function useVitals(): VitalsContextValue {
  return useContext(VitalsContext);
}
