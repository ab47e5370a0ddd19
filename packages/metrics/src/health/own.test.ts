// Issue 13's findings in the health family, one regression test each: own properties only, each
// value read once, no overflow from finite input, and shared segment scorecards compiled once.
import { describe, expect, it } from 'vitest';
import { catchInputError, where } from '../core/errors.test-helper';
import { healthTierDistribution } from './distribution';
import { expansionSignals } from './expansionSignals';
import { healthTrend } from './history';
import { nextTierPath } from './nextTierPath';
import { POINTS_TIERS, healthTier } from './tiers';
import { scoreHealth } from './scoreHealth';
import type { HealthAccount, Normalizer, Scorecard } from './types';

const one = (signal: string, normalize: Normalizer = { type: 'range', min: 0, max: 10 }) =>
  ({
    categories: [{ id: 'c', weight: 1, measures: [{ id: 'm', signal, normalize }] }],
  }) satisfies Scorecard;

const INHERITED = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'];

describe('own properties only', () => {
  it.each(INHERITED)('a measure reading %s treats an account without it as missing', (signal) => {
    const { accounts } = scoreHealth([{ id: 'a', signals: { other: 1 } }], one(signal));
    expect(accounts[0]!.score).toBeNull();
    expect(accounts[0]!.tier).toBe('unknown');
    expect(accounts[0]!.contributions[0]!.value).toBeNull();
  });

  it.each(INHERITED)('reads %s when the account has it as an own key (JSON.parse)', (signal) => {
    const rows = JSON.parse(`[{"id":"a","signals":{"${signal}":10}}]`) as HealthAccount[];
    expect(scoreHealth(rows, one(signal)).accounts[0]!.score).toBe(100);
  });

  it('the learnt key layout still reads own keys only', () => {
    // Many accounts with one layout, then one whose signals inherit `x` from a prototype.
    const rows: HealthAccount[] = Array.from({ length: 20 }, (_, i) => ({
      id: `a${i}`,
      signals: { x: 5 },
    }));
    rows.push({ id: 'proto', signals: Object.create({ x: 10 }) as HealthAccount['signals'] });
    rows.push({ id: 'after', signals: { x: 10 } });
    const scores = scoreHealth(rows, one('x')).accounts.map((r) => r.score);
    expect(scores.slice(-3)).toEqual([50, null, 100]);
  });

  it('an inherited id, segment or signals is missing', () => {
    const account = Object.create({ id: 'a', signals: { x: 1 } }) as HealthAccount;
    const error = catchInputError(() => scoreHealth([account], one('x')));
    expect(where(error)).toEqual([
      [0, 'id'],
      [0, 'signals'],
    ]);
  });

  it("expansionSignals' seatsUsedSignal: 'constructor' is missing, not a function", () => {
    const rows = [{ id: 'a', signals: { seatsPurchased: 10 } }];
    expect(expansionSignals(rows, { seatsUsedSignal: 'constructor' }).accounts).toEqual([]);
  });

  it('expansionSignals({ seatsUsedSignal: 42 }) names options.seatsUsedSignal', () => {
    const error = catchInputError(() =>
      expansionSignals([], { seatsUsedSignal: 42 as unknown as string }),
    );
    expect(where(error)).toEqual([[null, 'options.seatsUsedSignal']]);
  });
});

describe('each value read once', () => {
  it('a signal getter that answers 9 and then "x" is read once and scored as 9', () => {
    let reads = 0;
    const signals = {
      get x() {
        reads++;
        return reads === 1 ? 9 : 'x';
      },
    };
    const { accounts } = scoreHealth(
      [{ id: 'a', signals: signals as unknown as HealthAccount['signals'] }],
      one('x'),
    );
    expect(accounts[0]!.score).toBe(90);
    expect(accounts[0]!.contributions[0]!.value).toBe(9);
    expect(reads).toBe(1);
  });

  it('an id getter is read once, so a changing id cannot dodge duplicate detection', () => {
    let reads = 0;
    const row = {
      get id() {
        reads++;
        return reads === 1 ? 'a' : 'b';
      },
      signals: { x: 1 },
    };
    const error = catchInputError(() =>
      scoreHealth([{ id: 'a', signals: { x: 1 } }, row as HealthAccount], one('x')),
    );
    expect(where(error)).toEqual([[1, 'id']]);
    expect(reads).toBe(1);
  });

  it('a throwing getter is a MetricsInputError naming row and field', () => {
    const throwing = (field: string) =>
      ({
        id: 'a',
        signals: { x: 1 },
        get [field]() {
          throw new Error('boom');
        },
      }) as unknown as HealthAccount;
    for (const field of ['id', 'segment', 'signals']) {
      const error = catchInputError(() => scoreHealth([throwing(field)], one('x')));
      expect(where(error)).toEqual([[0, field]]);
    }
    const signals = new Proxy(
      { x: 1 },
      {
        get: (_target, key) => {
          if (key === 'x') throw new Error('trap');
          return undefined;
        },
      },
    );
    const error = catchInputError(() =>
      scoreHealth([{ id: 'a', signals: signals as HealthAccount['signals'] }], one('x')),
    );
    expect(where(error)).toEqual([[0, 'signals.x']]);
  });

  it('a custom normalizer that throws is a bad row naming the signal', () => {
    const card = one('x', {
      type: 'custom',
      score: () => {
        throw new Error('nope');
      },
    });
    const error = catchInputError(() => scoreHealth([{ id: 'a', signals: { x: 1 } }], card));
    expect(where(error)).toEqual([[0, 'signals.x']]);
    expect(error.issues[0]!.message).toContain('nope');
  });
});

describe('finite input never yields NaN or ±Infinity', () => {
  const pointsCard: Scorecard = {
    model: 'points',
    tiers: [...POINTS_TIERS],
    categories: [
      {
        id: 'e',
        weight: 1,
        measures: [
          { id: 'logins', signal: 'logins', normalize: { type: 'points', points: 5 } },
          { id: 'csm', signal: 'csm', normalize: { type: 'points', points: 20 } },
        ],
      },
    ],
  };

  it('points × logins: 1e308 is a bad row, not Infinity and tier loyal', () => {
    const error = catchInputError(() =>
      scoreHealth([{ id: 'a', signals: { logins: 1e308 } }], pointsCard),
    );
    expect(where(error)).toEqual([[0, 'signals.logins']]);
    expect(error.issues[0]!.message).toContain('too large');
  });

  it('a points sum that overflows is a bad row; skip mode keeps the others', () => {
    const rows = [
      { id: 'a', signals: { logins: 1e307, csm: 8e306 } },
      { id: 'b', signals: { logins: 1, csm: 1 } },
    ];
    const skipped = scoreHealth(rows, pointsCard, { onInvalid: 'skip' });
    expect(skipped.accounts.map((r) => [r.accountId, r.score])).toEqual([['b', 25]]);
    expect(where(skipped)).toEqual([[0, 'signals']]);
  });

  it('a range of min −1e308, max 1e308 scores a valid account (max − min overflows)', () => {
    const card = one('x', { type: 'range', min: -1e308, max: 1e308 });
    const scores = scoreHealth(
      [
        { id: 'low', signals: { x: -1e308 } },
        { id: 'mid', signals: { x: 0 } },
        { id: 'high', signals: { x: 5e307 } },
      ],
      card,
    ).accounts.map((r) => r.score);
    expect(scores).toEqual([0, 50, 75]);
  });

  it('huge weights give the same scores as small ones (scaled exactly)', () => {
    const card = (w: number): Scorecard => ({
      categories: [
        {
          id: 'a',
          weight: w,
          measures: [
            { id: 'x', signal: 'x', weight: w, normalize: { type: 'range', min: 0, max: 10 } },
            { id: 'y', signal: 'y', weight: 2 * w, normalize: { type: 'range', min: 0, max: 10 } },
          ],
        },
        {
          id: 'b',
          weight: 3 * w,
          measures: [{ id: 'z', signal: 'z', normalize: { type: 'range', min: 0, max: 10 } }],
        },
      ],
    });
    const rows = [{ id: 'a', signals: { x: 3, y: 7, z: 1 } }];
    const small = scoreHealth(rows, card(1)).accounts[0]!;
    const huge = scoreHealth(rows, card(1e308 / 3)).accounts[0]!;
    expect(huge.score).toBe(small.score);
    expect(huge.contributions).toEqual(small.contributions);
  });

  it('healthTierDistribution: MRR 1e308 × 2 is too large to sum, not NaN', () => {
    const error = catchInputError(() =>
      healthTierDistribution(
        [
          { accountId: 'a', tier: 'healthy' },
          { accountId: 'b', tier: 'healthy' },
        ],
        [
          { id: 'a', mrr: 1e308 },
          { id: 'b', mrr: 1e308 },
        ],
      ),
    );
    expect(where(error)).toEqual([[null, 'accounts.mrr']]);
  });

  it('expansionSignals: a utilisation that overflows is a bad row', () => {
    const error = catchInputError(() =>
      expansionSignals([{ id: 'a', signals: { seatsUsed: 1e308, seatsPurchased: 1e-308 } }]),
    );
    expect(where(error)).toEqual([[0, 'signals.seatsUsed']]);
  });

  it('healthTrend: a change that overflows is a bad row', () => {
    const error = catchInputError(() =>
      healthTrend(
        [
          { accountId: 'a', date: '2025-01-01', score: -1e308 },
          { accountId: 'a', date: '2025-01-31', score: 1e308 },
        ],
        { days: 30 },
      ),
    );
    expect(where(error)).toEqual([[1, 'score']]);
  });

  it('nextTierPath on a huge range finds a finite step', () => {
    const card = one('x', { type: 'range', min: -1e308, max: 1e308 });
    const [result] = scoreHealth([{ id: 'a', signals: { x: 0 } }], card).accounts;
    const path = nextTierPath(result!, card);
    expect(path?.toTier).toBe('healthy');
    expect(Number.isFinite(path!.best.to)).toBe(true);
    expect(path!.best.score).toBeGreaterThanOrEqual(80);
  });
});

describe('dates', () => {
  it('healthTrend reads years 0–99 as themselves and accepts a Date', () => {
    const trend = healthTrend([{ accountId: 'a', date: '0050-03-09', score: 1 }], {
      asOf: '0050-03-09',
    });
    expect(trend.asOf).toBe('0050-03-09');
    expect(trend.from).toBe('0050-02-07');
    const byDate = healthTrend(
      [{ accountId: 'a', date: new Date(Date.UTC(2025, 0, 31)) as unknown as string, score: 1 }],
      { days: 1 },
    );
    expect(byDate.asOf).toBe('2025-01-31');
  });

  it('a look-back before the year 0000 names options.days', () => {
    const error = catchInputError(() =>
      healthTrend([{ accountId: 'a', date: '0000-01-05', score: 1 }], { days: 30 }),
    );
    expect(where(error)).toEqual([[null, 'options.days']]);
  });
});

describe('already fixed, still holding', () => {
  it('tier floors compare scores rounded to 9 decimals', () => {
    expect(healthTier(79.99999999999999)).toBe('healthy');
    const card: Scorecard = {
      categories: [0.1, 0.2].map((weight, i) => ({
        id: `c${i}`,
        weight,
        measures: [{ id: `m${i}`, signal: 's', normalize: { type: 'range', min: 0, max: 100 } }],
      })),
    };
    expect(scoreHealth([{ id: 'a', signals: { s: 80 } }], card).accounts[0]!.tier).toBe('healthy');
  });
});

describe('segment scorecards', () => {
  it('compiles a scorecard shared by 100,000 segments once', () => {
    // Compiling reads `categories`; counting those reads counts compilations (4.6 s for 1,000
    // accounts when every segment's scorecard was compiled again).
    let reads = 0;
    const { categories } = one('x');
    const card = {
      get categories() {
        reads++;
        return categories;
      },
    } as Scorecard;
    const scorecards: Record<string, Scorecard> = {};
    for (let i = 0; i < 100_000; i++) scorecards[`s${i}`] = card;
    const rows = Array.from({ length: 1_000 }, (_, i) => ({
      id: `a${i}`,
      segment: `s${i * 97}`,
      signals: { x: i % 11 },
    }));
    const { accounts } = scoreHealth(rows, { scorecards });
    expect(reads).toBeLessThanOrEqual(3);
    expect(accounts.map((r) => r.score)).toEqual(rows.map((r) => (r.signals.x / 10) * 100));
  });

  it('a bad shared scorecard is reported under each segment that uses it', () => {
    const bad = one('x', { type: 'range', min: 5, max: 1 });
    const error = catchInputError(() => scoreHealth([], { scorecards: { A: bad, B: bad } }));
    expect(error.issues.map((i) => i.field)).toEqual([
      'scorecards.A.categories[0].measures[0].normalize.min',
      'scorecards.B.categories[0].measures[0].normalize.min',
    ]);
  });
});
