import { useMemo } from 'react';
import { throwMustBe } from '../core/errors';
import { type HookResult, hookFields, hookShape, settleInput } from '../core/hook';
import {
  type ActivationInput,
  type ConversionInput,
  type FeatureAdoptionInput,
  type OnboardingInput,
  type RenewalInput,
  type StickinessInput,
  activationRate,
  conversionRate,
  featureAdoption,
  onboardingCompletionRate,
  renewalRate,
  stickiness,
} from './rates';

/** Input of {@link useEngagementRate}: the rate to compute and its counts. */
export type UseEngagementRateInput =
  | ({ rate: 'stickiness' } & StickinessInput)
  | ({ rate: 'activation' } & ActivationInput)
  | ({ rate: 'onboarding' } & OnboardingInput)
  | ({ rate: 'conversion' } & ConversionInput)
  | ({ rate: 'renewal' } & RenewalInput)
  | ({ rate: 'featureAdoption' } & FeatureAdoptionInput);

const RATES: Readonly<Record<string, (input: never) => number | null>> = {
  stickiness,
  activation: activationRate,
  onboarding: onboardingCompletionRate,
  conversion: conversionRate,
  renewal: renewalRate,
  featureAdoption,
};

/**
 * One engagement rate (a count over a base: `stickiness` DAU / MAU, `activation`, `onboarding`,
 * `conversion`, `renewal`, `featureAdoption`), memoised on its counts; idle on `undefined`,
 * `{ error }` on bad input, never throws during render. `data` is the rate, or `null` when the base
 * is 0.
 *
 * @example
 * const { data } = useEngagementRate({ rate: 'activation', activated: 42, signedUp: 60 }); // 0.7
 */
export function useEngagementRate(
  input: UseEngagementRateInput | undefined,
): HookResult<number | null> {
  const fields = hookFields<string>(input);
  const shape = hookShape(input);
  // The counts are numbers: one key of every own field and value keeps the memo exact.
  const key =
    input !== null && typeof input === 'object'
      ? Object.entries(fields)
          .map(([name, value]) => `${name}=${typeof value}:${String(value)}`)
          .sort()
          .join('|')
      : '';
  return useMemo(
    () =>
      settleInput('useEngagementRate', input, (given) => {
        const { rate, ...counts } = given as unknown as { rate: unknown } & Record<string, unknown>;
        const compute = typeof rate === 'string' && Object.hasOwn(RATES, rate) ? RATES[rate] : null;
        if (!compute) {
          throwMustBe(
            'useEngagementRate',
            'input.rate',
            `one of ${Object.keys(RATES).join(', ')}`,
            rate,
          );
        }
        return { data: compute!(counts as never), issues: [] };
      }),
    // `key` stands for every field of the input (a new literal each render does no work).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shape, key],
  );
}
