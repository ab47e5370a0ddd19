import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { MetricsInputError } from '../../core/errors';
import {
  accountsArb,
  messyAccountsArb,
  pointsScorecardArb,
  scorecardArb,
} from '../arbitraries.test-helper';
import { scoreHealthEager } from './eager.test-helper';
import { scoreHealth } from '../scoreHealth';
import type {
  HealthAccount,
  HealthModel,
  HealthResult,
  MissingPolicy,
  Scorecard,
  SegmentScorecards,
} from '../types';

const card: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 2,
      measures: [
        { id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } },
        { id: 'roi', signal: 'roi', normalize: { type: 'boolean' } },
      ],
    },
    {
      id: 'support',
      weight: 1,
      measures: [
        {
          id: 'tickets',
          signal: 'tickets',
          normalize: { type: 'range', min: 0, max: 5, invert: true },
        },
        { id: 'rank', signal: 'logins', normalize: { type: 'percentile' } },
      ],
    },
  ],
};
const accounts: HealthAccount[] = [
  { id: 'a', signals: { logins: 7, roi: true, tickets: 1 } },
  { id: 'b', signals: { logins: 2, roi: false, tickets: null } },
  { id: 'c', signals: { logins: null, tickets: 4 } },
  { id: 'd', signals: {} },
];
const overrides = [{ accountId: 'b', tier: 'healthy', reason: 'Renewal signed', author: 'kim' }];
const KEYS = ['accountId', 'score', 'tier', 'categories', 'contributions'];

/** What React's Server Components serialiser accepts as a plain object (`isSimpleObject`). */
function isSimpleObject(value: object): boolean {
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return Object.getOwnPropertyNames(value).every(
    (name) => Object.getOwnPropertyDescriptor(value, name)?.enumerable === true,
  );
}

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('scoreHealth results: plain objects with lazy categories and contributions', () => {
  it('is a plain object: prototype Object.prototype, only enumerable string keys, in SPEC order', () => {
    const { accounts: results } = scoreHealth(accounts, card, { overrides });
    for (const result of results) {
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      expect(isSimpleObject(result)).toBe(true);
      const keys = result.overriddenBy ? [...KEYS, 'computed', 'overriddenBy'] : KEYS;
      expect(Object.keys(result)).toEqual(keys);
      expect(Object.getOwnPropertyNames(result)).toEqual(keys);
    }
  });

  it('serialises to exactly what the eager implementation produced (JSON, key order included)', () => {
    const lazy = scoreHealth(accounts, card, { overrides });
    const eager = scoreHealthEager(accounts, card, { overrides });
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    expect(roundTrip(lazy)).toEqual(roundTrip(eager));
    expect(roundTrip(lazy.accounts[1])).toEqual({
      accountId: 'b',
      score: eager.accounts[1]!.score,
      tier: 'healthy',
      categories: eager.accounts[1]!.categories,
      contributions: eager.accounts[1]!.contributions,
      computed: eager.accounts[1]!.computed,
      overriddenBy: overrides[0],
    });
  });

  it('spread, destructuring, Object.entries and structuredClone all see ordinary arrays', () => {
    const [lazy] = scoreHealth(accounts, card).accounts;
    const [eager] = scoreHealthEager(accounts, card).accounts;
    const spread = { ...lazy! };
    expect(Object.getOwnPropertyDescriptor(spread, 'contributions')).toHaveProperty('value');
    expect(spread).toEqual(eager);
    const { categories, contributions } = lazy!;
    expect(Array.isArray(categories) && Array.isArray(contributions)).toBe(true);
    expect(categories).toEqual(eager!.categories);
    expect(Object.fromEntries(Object.entries(lazy!))).toEqual(eager);
    expect(structuredClone(lazy)).toEqual(eager);
  });

  it('builds each array on first read and returns that same array on every later read', () => {
    const [result] = scoreHealth(accounts, card).accounts;
    const [eager] = scoreHealthEager(accounts, card).accounts;
    const descriptor = Object.getOwnPropertyDescriptor(result, 'contributions')!;
    expect(descriptor.enumerable).toBe(true);
    expect(typeof descriptor.get).toBe('function');
    const first = result!.contributions;
    expect(first).toEqual(eager!.contributions);
    expect(result!.contributions).toBe(first);
    expect(JSON.parse(JSON.stringify(result)).contributions).toEqual(first);
    expect(result!.categories).toBe(result!.categories);
    expect(Object.keys(result!)).toEqual(KEYS);
  });

  it('every result shares the same getter functions (no closure per account)', () => {
    const [a, b] = scoreHealth(accounts, card).accounts;
    const [c] = scoreHealth(accounts, card).accounts;
    const getter = (r: HealthResult | undefined) =>
      Object.getOwnPropertyDescriptor(r, 'categories')!.get;
    expect(getter(a)).toBe(getter(b));
    expect(getter(a)).toBe(getter(c));
  });

  it('assigning or deleting an array before it is read behaves as on any plain object', () => {
    const [a, b] = scoreHealth(accounts, card).accounts;
    a!.contributions = [];
    expect(a!.contributions).toEqual([]);
    expect(Object.keys(a!)).toEqual(KEYS);
    delete (b as Partial<HealthResult>).categories;
    expect(Object.keys(b!)).toEqual(['accountId', 'score', 'tier', 'contributions']);
  });

  it('a result frozen before its arrays are read still gives the same arrays every time', () => {
    const [result] = scoreHealth(accounts, card).accounts;
    const [eager] = scoreHealthEager(accounts, card).accounts;
    Object.freeze(result);
    const first = result!.contributions;
    expect(result!.contributions).toBe(first);
    expect(first).toEqual(eager!.contributions);
    expect(result).toEqual(eager);
    expect(() => {
      (result as HealthResult).categories = [];
    }).toThrow(TypeError);
  });

  it('an object whose prototype is a result reads the result’s arrays', () => {
    const [result] = scoreHealth(accounts, card).accounts;
    const child = Object.create(result!) as HealthResult;
    expect(child.categories).toBe(result!.categories);
  });
});

const MODELS: Array<Exclude<HealthModel, 'points'>> = ['weighted', 'worst-of'];
const POLICIES: MissingPolicy[] = ['reweight', 'zero', 'neutral'];

describe('lazy scoreHealth agrees with the eager reference', () => {
  for (const model of MODELS) {
    for (const missing of POLICIES) {
      it(`${model}, missing: ${missing} (every normalizer, percentile and custom included)`, () => {
        const cards = scorecardArb({ withPopulation: true }).map((c): Scorecard => ({
          ...c,
          model,
          missing,
        }));
        fc.assert(
          fc.property(
            cards.chain((c) => accountsArb(c, 30).map((list) => ({ c, list }))),
            ({ c, list }) => {
              const lazy = scoreHealth(list, c);
              expect(lazy).toEqual(scoreHealthEager(list, c));
              expect(JSON.stringify(lazy)).toBe(JSON.stringify(scoreHealthEager(list, c)));
            },
          ),
        );
      });
    }
  }

  for (const missing of ['reweight', 'zero'] as const) {
    it(`points, missing: ${missing}`, () => {
      const cards = pointsScorecardArb().map((c): Scorecard => ({ ...c, missing }));
      fc.assert(
        fc.property(
          cards.chain((c) => accountsArb(c, 30).map((list) => ({ c, list }))),
          ({ c, list }) => {
            expect(scoreHealth(list, c)).toEqual(scoreHealthEager(list, c));
          },
        ),
      );
    });
  }

  it('points with missing: neutral is rejected by both with the same issues', () => {
    fc.assert(
      fc.property(pointsScorecardArb(), (c) => {
        const bad: Scorecard = { ...c, missing: 'neutral' };
        const issuesOf = (score: () => unknown) => {
          try {
            score();
          } catch (error) {
            return (error as MetricsInputError).issues;
          }
          throw new Error('expected a MetricsInputError');
        };
        expect(issuesOf(() => scoreHealth([], bad))).toEqual(
          issuesOf(() => scoreHealthEager([], bad)),
        );
      }),
    );
  });

  it('segment scorecards, bad rows skipped with the same issues, and overrides', () => {
    const input = fc
      .tuple(scorecardArb({ withPopulation: true }), pointsScorecardArb())
      .chain(([a, b]) =>
        fc
          .tuple(messyAccountsArb(a), accountsArb(b, 10))
          .map(([rowsA, rowsB]) => ({ a, b, rowsA, rowsB })),
      );
    fc.assert(
      fc.property(input, fc.nat(), ({ a, b, rowsA, rowsB }, seed) => {
        // Account ids must be unique across segments for a fair mix: prefix the B rows.
        const rows: unknown[] = [
          ...rowsA.map((row) =>
            row !== null && typeof row === 'object' ? { ...row, segment: 'A' } : row,
          ),
          ...rowsB.map((row) => ({ ...row, id: `b-${row.id}`, segment: 'B' })),
        ];
        const set: SegmentScorecards = { scorecards: { A: a }, fallback: b };
        const overrides = [
          { accountId: 'acct-0', score: seed % 101, reason: 'checked by hand' },
          { accountId: 'b-acct-1', tier: 'high', reason: 'renewal signed' },
          { accountId: 'acct-2', tier: 'no-such-tier', reason: 'a bad override is an issue' },
        ];
        const options = { onInvalid: 'skip' as const, overrides };
        const list = rows as HealthAccount[];
        const lazy = scoreHealth(list, set, options);
        const eager = scoreHealthEager(list, set, options);
        expect(lazy.issues).toEqual(eager.issues);
        expect(lazy).toEqual(eager);
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
      }),
    );
  });

  it('throws the same MetricsInputError for bad rows under onInvalid: throw', () => {
    const input = scorecardArb().chain((c) => messyAccountsArb(c).map((rows) => ({ c, rows })));
    fc.assert(
      fc.property(input, ({ c, rows }) => {
        const outcome = (score: typeof scoreHealth) => {
          try {
            return { result: JSON.stringify(score(rows as HealthAccount[], c)) };
          } catch (error) {
            return { issues: (error as MetricsInputError).issues };
          }
        };
        expect(outcome(scoreHealth)).toEqual(outcome(scoreHealthEager));
      }),
    );
  });
});

describe('percentile normalisation', () => {
  it('sorts once per signal per scorecard, however many measures and accounts read it', () => {
    const ranked: Scorecard = {
      categories: [
        {
          id: 'usage',
          weight: 1,
          measures: [
            { id: 'logins-rank', signal: 'logins', normalize: { type: 'percentile' } },
            { id: 'logins-rank-again', signal: 'logins', normalize: { type: 'percentile' } },
            { id: 'seats-rank', signal: 'seats', normalize: { type: 'percentile' } },
          ],
        },
      ],
    };
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      id: `a${i}`,
      signals: { logins: (i * 7919) % 101, seats: i % 13 === 0 ? null : (i * 31) % 57 },
    }));
    const sort = vi.spyOn(Float64Array.prototype, 'sort');
    try {
      const lazy = scoreHealth(many, ranked);
      expect(sort).toHaveBeenCalledTimes(2);
      expect(lazy).toEqual(scoreHealthEager(many, ranked));
    } finally {
      sort.mockRestore();
    }
  });
});
