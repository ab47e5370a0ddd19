import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../core/calendar';
import { activationRate, stickiness } from './rates';
import { quantileSorted } from '../core/stats';
import { stickinessFromActivity } from './stickinessFromActivity';
import { timeToValue } from './timeToValue';
import type { ActivityEvent, TimeToValueAccount } from './types';

const START = Date.UTC(2025, 0, 1);
const isoDay = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10);

/** Accounts with a start in 2025 and either a delay in whole days or none (still waiting). */
const accountsArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 300 }),
      fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    ),
    {
      maxLength: 80,
    },
  )
  .map((rows) =>
    rows.map(([start, delay], i): TimeToValueAccount => {
      const row: TimeToValueAccount = { accountId: `acct-${i}`, startedAt: isoDay(start) };
      if (delay !== undefined) row.firstValueAt = isoDay(start + delay);
      return row;
    }),
  );

describe('timeToValue properties', () => {
  it('never drops an account: measured + waiting = input length', () => {
    fc.assert(
      fc.property(accountsArb, (accounts) => {
        const result = timeToValue(accounts);
        expect(result.measured + result.waiting).toBe(accounts.length);
        expect(result.waiting).toBe(accounts.filter((a) => a.firstValueAt === undefined).length);
      }),
    );
  });

  it('orders its figures: min ≤ median ≤ p90 ≤ max, and min ≤ mean ≤ max', () => {
    fc.assert(
      fc.property(accountsArb, (accounts) => {
        const result = timeToValue(accounts);
        if (result.measured === 0) return;
        const days = accounts
          .filter((a) => a.firstValueAt !== undefined)
          .map(
            (a) =>
              (Date.parse(`${a.firstValueAt as string}T00:00:00Z`) -
                Date.parse(`${a.startedAt as string}T00:00:00Z`)) /
              DAY_MS,
          );
        const min = Math.min(...days);
        const max = Math.max(...days);
        expect(result.median!).toBeGreaterThanOrEqual(min);
        expect(result.p90!).toBeGreaterThanOrEqual(result.median!);
        expect(result.p90!).toBeLessThanOrEqual(max);
        expect(result.mean!).toBeGreaterThanOrEqual(min - 1e-9);
        expect(result.mean!).toBeLessThanOrEqual(max + 1e-9);
      }),
    );
  });

  it('percentiles are monotone in p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const sorted = [...values].sort((x, y) => x - y);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(quantileSorted(sorted, low)!).toBeLessThanOrEqual(quantileSorted(sorted, high)!);
        },
      ),
    );
  });

  it('does not depend on the order of the accounts', () => {
    fc.assert(
      fc.property(
        accountsArb.chain((accounts) =>
          fc.tuple(
            fc.constant(accounts),
            fc.shuffledSubarray(accounts, { minLength: accounts.length }),
          ),
        ),
        ([accounts, shuffled]) => {
          const a = timeToValue(accounts);
          const b = timeToValue(shuffled);
          expect(b.median).toBe(a.median);
          expect(b.p90).toBe(a.p90);
          expect(b.measured).toBe(a.measured);
          if (a.mean !== null) expect(b.mean!).toBeCloseTo(a.mean, 9);
        },
      ),
    );
  });
});

describe('stickiness properties', () => {
  const eventsArb = fc.array(
    fc.record({ user: fc.integer({ min: 0, max: 20 }), day: fc.integer({ min: 1, max: 31 }) }),
    { maxLength: 200 },
  );

  it('stickinessFromActivity is in [1/days, 1] when anyone was active, and agrees with stickiness()', () => {
    fc.assert(
      fc.property(eventsArb, (rows) => {
        const events = rows.map(({ user, day }): ActivityEvent => ({
          userId: `u${user}`,
          date: `2025-01-${String(day).padStart(2, '0')}`,
        }));
        const result = stickinessFromActivity(events, { month: '2025-01' });
        if (result.monthlyUsers === 0) {
          expect(result.stickiness).toBeNull();
          return;
        }
        expect(result.stickiness!).toBeGreaterThanOrEqual(1 / 31 - 1e-12);
        expect(result.stickiness!).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.stickiness).toBe(
          stickiness({ dau: result.meanDailyUsers, mau: result.monthlyUsers }),
        );
      }),
    );
  });

  it('count-over-base rates stay in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (signedUp, share) => {
          const activated = Math.floor(signedUp * share);
          const rate = activationRate({ activated, signedUp })!;
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
