import { describe, expect, it } from 'vitest';
import { catchInputError, where } from '../core/errors.test-helper';
import {
  activationRate,
  conversionRate,
  featureAdoption,
  onboardingCompletionRate,
  renewalRate,
  stickiness,
} from './rates';

describe('SPEC §10 worked examples', () => {
  it('DAU 100, MAU 200 → stickiness 0.5', () => {
    expect(stickiness({ dau: 100, mau: 200 })).toBe(0.5);
  });

  it('200 users, 100 activated → activation 0.5', () => {
    expect(activationRate({ activated: 100, signedUp: 200 })).toBe(0.5);
  });
});

// Each count-over-a-base rate, by its own field names.
const rates = [
  { name: 'activationRate', fn: activationRate, count: 'activated', base: 'signedUp' },
  {
    name: 'onboardingCompletionRate',
    fn: onboardingCompletionRate,
    count: 'completed',
    base: 'started',
  },
  { name: 'conversionRate', fn: conversionRate, count: 'converted', base: 'freeUsers' },
  { name: 'renewalRate', fn: renewalRate, count: 'renewed', base: 'dueForRenewal' },
  { name: 'featureAdoption', fn: featureAdoption, count: 'featureUsers', base: 'activeUsers' },
  { name: 'stickiness', fn: stickiness, count: 'dau', base: 'mau' },
] as const;

describe.each(rates)('$name', ({ name, fn, count, base }) => {
  const call = (input: Record<string, unknown>) => (fn as (input: unknown) => number | null)(input);

  it(`is ${count} / ${base}`, () => {
    expect(call({ [count]: 3, [base]: 12 })).toBe(0.25);
    expect(call({ [count]: 12, [base]: 12 })).toBe(1);
    expect(call({ [count]: 0, [base]: 12 })).toBe(0);
  });

  it(`is null when ${base} is 0`, () => {
    expect(call({ [count]: 0, [base]: 0 })).toBeNull();
  });

  it(`rejects ${count} greater than ${base}`, () => {
    const error = catchInputError(() => call({ [count]: 5, [base]: 4 }));
    expect(where(error)).toEqual([[null, count]]);
    expect(error.message).toContain(name);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined])(
    `rejects %s as ${base}, naming it`,
    (bad) => {
      expect(where(catchInputError(() => call({ [count]: 0, [base]: bad })))).toEqual([
        [null, base],
      ]);
    },
  );

  it('lists both fields when both are bad', () => {
    expect(where(catchInputError(() => call({ [count]: -1, [base]: null })))).toEqual([
      [null, count],
      [null, base],
    ]);
  });

  it('rejects input that is not an object', () => {
    expect(where(catchInputError(() => call(null as never)))).toEqual([[null, 'input']]);
  });
});

describe('integral counts', () => {
  it.each([
    ['activationRate', () => activationRate({ activated: 1.5, signedUp: 3 }), 'activated'],
    ['renewalRate', () => renewalRate({ renewed: 1, dueForRenewal: 2.2 }), 'dueForRenewal'],
  ])('%s rejects a fractional count', (_name, fn, field) => {
    expect(where(catchInputError(fn))).toEqual([[null, field]]);
  });

  it('stickiness accepts a fractional DAU (a mean over days)', () => {
    expect(stickiness({ dau: 12.5, mau: 50 })).toBe(0.25);
  });
});
