// Hooks of the engagement family.
export { useEngagementRate } from './useEngagementRate';
export type { UseEngagementRateInput } from './useEngagementRate';
export { useStickinessFromActivity } from './useStickinessFromActivity';
export type { UseStickinessFromActivityInput } from './useStickinessFromActivity';
export { useTimeToValue } from './useTimeToValue';
export type { UseTimeToValueInput } from './useTimeToValue';
