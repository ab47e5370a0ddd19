import { useVitals } from '../provider/context';
import type { VitalsMessages } from './types';

/**
 * One group of the nearest provider's messages, or `english` outside a provider. Each component
 * passes its own English group, so a bundle without the provider carries only the English words
 * that component says.
 */
export function useMessages<TGroup extends keyof VitalsMessages>(
  group: TGroup,
  english: VitalsMessages[TGroup],
): VitalsMessages[TGroup] {
  return useVitals().messages?.[group] ?? english;
}
