import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountsArb, scorecardArb } from './arbitraries.test-helper';
import { scoreHealth } from './scoreHealth';
import type { HealthAccount, Scorecard } from './types';

const cardAndAccounts = (withPopulation: boolean) =>
  scorecardArb({ withPopulation }).chain((card) =>
    accountsArb(card).map((accounts) => ({ card, accounts })),
  );

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('scoreHealth properties', () => {
  it('contributions sum to the score (weighted and worst-of), and are 0 for a null score', () => {
    fc.assert(
      fc.property(cardAndAccounts(true), ({ card, accounts }) => {
        for (const result of scoreHealth(accounts, card).accounts) {
          const sum = result.contributions.reduce((total, c) => total + c.points, 0);
          if (result.score === null) expect(sum).toBe(0);
          else expect(close(sum, result.score)).toBe(true);
        }
      }),
    );
  });

  it('contributions sum to the score in the points model', () => {
    const pointsCard = fc
      .array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 6 })
      .map((points): Scorecard => ({
        model: 'points',
        categories: [
          {
            id: 'all',
            weight: 1,
            measures: points.map((p, i) => ({
              id: `m${i}`,
              signal: `m${i}`,
              normalize: { type: 'points', points: p },
            })),
          },
        ],
      }));
    fc.assert(
      fc.property(
        pointsCard.chain((card) => accountsArb(card).map((accounts) => ({ card, accounts }))),
        ({ card, accounts }) => {
          for (const result of scoreHealth(accounts, card).accounts) {
            const sum = result.contributions.reduce((total, c) => total + c.points, 0);
            expect(result.score === null ? sum === 0 : close(sum, result.score)).toBe(true);
          }
        },
      ),
    );
  });

  it('scores stay in [0, 100] for the bounded models, and contributions are sorted by |points|', () => {
    fc.assert(
      fc.property(cardAndAccounts(true), ({ card, accounts }) => {
        for (const result of scoreHealth(accounts, card).accounts) {
          if (result.score !== null) {
            expect(result.score).toBeGreaterThanOrEqual(0);
            expect(result.score).toBeLessThanOrEqual(100 + 1e-9);
          }
          for (const category of result.categories) {
            if (category.score !== null)
              expect(category.score >= 0 && category.score <= 100 + 1e-9).toBe(true);
          }
          const sizes = result.contributions.map((c) => Math.abs(c.points));
          for (let i = 1; i < sizes.length; i++)
            expect(sizes[i - 1]!).toBeGreaterThanOrEqual(sizes[i]!);
        }
      }),
    );
  });

  it('shuffling the accounts changes nothing but the order', () => {
    const shuffled = cardAndAccounts(true).chain(({ card, accounts }) =>
      fc
        .shuffledSubarray(accounts, { minLength: accounts.length, maxLength: accounts.length })
        .map((order) => ({
          card,
          accounts,
          order,
        })),
    );
    fc.assert(
      fc.property(shuffled, ({ card, accounts, order }) => {
        const byId = (list: HealthAccount[]) =>
          new Map(scoreHealth(list, card).accounts.map((r) => [r.accountId, r] as const));
        const first = byId(accounts);
        const second = byId(order);
        expect(scoreHealth(order, card).accounts.map((r) => r.accountId)).toEqual(
          order.map((a) => a.id),
        );
        for (const [id, result] of first) expect(second.get(id)).toEqual(result);
      }),
    );
  });

  it('percentile is monotone in the signal: a higher value never ranks lower, equal values rank equal', () => {
    const card: Scorecard = {
      categories: [
        {
          id: 'c',
          weight: 1,
          measures: [{ id: 'p', signal: 'x', normalize: { type: 'percentile' } }],
        },
      ],
    };
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), {
          minLength: 1,
          maxLength: 40,
        }),
        (xs) => {
          const results = scoreHealth(
            xs.map((x, i) => ({ id: `a${i}`, signals: { x } })),
            card,
          ).accounts;
          for (let i = 0; i < xs.length; i++) {
            for (let j = 0; j < xs.length; j++) {
              const [a, b] = [xs[i], xs[j]];
              if (a == null || b == null) continue;
              const [ra, rb] = [results[i]!.score!, results[j]!.score!];
              if (a < b) expect(ra).toBeLessThan(rb);
              if (a === b) expect(ra).toBe(rb);
            }
          }
        },
      ),
    );
  });
});
