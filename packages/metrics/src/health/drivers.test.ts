import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { accountsArb, pointsScorecardArb, scorecardArb } from './arbitraries.test-helper';
import { topDrivers } from './drivers';
import { scoreHealth } from './scoreHealth';
import type { HealthResult, Scorecard } from './types';

/** One category, two measures of equal weight: each costs half of its distance to 100. */
const CARD: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [
        {
          id: 'logins',
          label: 'Weekly logins',
          signal: 'logins',
          normalize: { type: 'range', min: 0, max: 10 },
        },
        {
          id: 'tickets',
          signal: 'tickets',
          normalize: { type: 'range', min: 0, max: 10, invert: true },
        },
      ],
    },
  ],
};

const score = (signals: Record<string, number | null>, card: Scorecard = CARD) =>
  scoreHealth([{ id: 'a', signals }], card).accounts[0]!;

describe('topDrivers', () => {
  it('names the measures that cost the most points, largest first', () => {
    // logins 3 → 30 (weight ½: costs 35), tickets 4 → 60 (costs 20).
    const drivers = topDrivers(score({ logins: 3, tickets: 4 }), CARD);
    expect(drivers.map((d) => [d.measureId, d.label, d.value, d.cost])).toEqual([
      ['logins', 'Weekly logins', 3, 35],
      ['tickets', 'tickets', 4, 20],
    ]);
    expect(topDrivers(score({ logins: 3, tickets: 4 }), CARD, { limit: 1 })).toHaveLength(1);
  });

  it('counts a measure at 0 through the scorecard weights, and not without a scorecard', () => {
    const zero = score({ logins: 0, tickets: 0 });
    expect(topDrivers(zero, CARD).map((d) => [d.measureId, d.cost])).toEqual([['logins', 50]]);
    expect(topDrivers(zero, null)).toEqual([]);
  });

  it('reweights a missing measure away', () => {
    const missing = score({ logins: 4, tickets: null });
    expect(topDrivers(missing, CARD).map((d) => [d.measureId, d.cost])).toEqual([['logins', 60]]);
  });

  it('takes the worst category alone in the worst-of model', () => {
    const card: Scorecard = {
      model: 'worst-of',
      categories: [
        { id: 'usage', weight: 1, measures: [CARD.categories[0]!.measures[0]!] },
        { id: 'support', weight: 1, measures: [CARD.categories[0]!.measures[1]!] },
      ],
    };
    const result = score({ logins: 0, tickets: 2 }, card);
    expect(topDrivers(result, card).map((d) => [d.measureId, d.cost])).toEqual([['logins', 100]]);
  });

  it('lists the negative contributions in the points model', () => {
    const card: Scorecard = {
      model: 'points',
      categories: [
        {
          id: 'all',
          weight: 1,
          measures: [
            { id: 'seats', signal: 'seats', normalize: { type: 'points', points: 2 } },
            { id: 'bugs', signal: 'bugs', normalize: { type: 'points', points: -5 } },
          ],
        },
      ],
    };
    const drivers = topDrivers(score({ seats: 10, bugs: 3 }, card), card);
    expect(drivers.map((d) => [d.measureId, d.cost])).toEqual([['bugs', 15]]);
  });

  it('rejects a result that is not scoreHealth’s and a bad limit, naming the field', () => {
    const bad = (run: () => unknown, field: string) => {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MetricsInputError);
        expect((error as MetricsInputError).issues[0]!.field).toBe(field);
      }
    };
    bad(() => topDrivers(null as unknown as HealthResult, CARD), 'result');
    bad(() => topDrivers({ accountId: 'x' } as unknown as HealthResult, CARD), 'result');
    bad(() => topDrivers(score({ logins: 1, tickets: 1 }), CARD, { limit: -1 }), 'options.limit');
    bad(() => topDrivers(score({ logins: 1, tickets: 1 }), CARD, { limit: 1.5 }), 'options.limit');
    bad(() => topDrivers(score({ logins: 1 }), 'card' as unknown as Scorecard), 'scorecard');
  });
});

describe('topDrivers properties', () => {
  const cardAndAccounts = scorecardArb().chain((card) =>
    accountsArb(card).map((accounts) => ({ card, accounts })),
  );

  it('costs are at least half a point, sorted, and sum to at most 100 − score (bounded models)', () => {
    fc.assert(
      fc.property(cardAndAccounts, fc.integer({ min: 0, max: 8 }), ({ card, accounts }, limit) => {
        for (const result of scoreHealth(accounts, card).accounts) {
          const all = topDrivers(result, card, { limit: Infinity });
          const top = topDrivers(result, card, { limit });
          expect(top).toEqual(all.slice(0, limit));
          for (let i = 0; i < all.length; i++) {
            expect(all[i]!.cost).toBeGreaterThanOrEqual(0.5);
            if (i > 0) expect(all[i]!.cost).toBeLessThanOrEqual(all[i - 1]!.cost);
          }
          const total = all.reduce((sum, d) => sum + d.cost, 0);
          if (result.score === null) expect(all).toEqual([]);
          else expect(total).toBeLessThanOrEqual(100 - result.score + 1e-9);
        }
      }),
    );
  });

  it('in the points model each cost is a negative contribution, and they sum to at most −Σ of them', () => {
    const pointsCase = pointsScorecardArb().chain((card) =>
      accountsArb(card).map((accounts) => ({ card, accounts })),
    );
    fc.assert(
      fc.property(pointsCase, ({ card, accounts }) => {
        for (const result of scoreHealth(accounts, card).accounts) {
          const all = topDrivers(result, card, { limit: Infinity });
          const negative = result.contributions.filter((c) => c.score !== null && c.points <= -0.5);
          expect(all.map((d) => d.measureId).sort()).toEqual(
            negative.map((c) => c.measureId).sort(),
          );
          for (const d of all) expect(d.cost).toBeGreaterThanOrEqual(0.5);
        }
      }),
    );
  });
});
