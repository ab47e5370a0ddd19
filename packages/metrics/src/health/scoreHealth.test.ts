import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { scoreHealth } from './scoreHealth';
import { specPointsCard } from './spec.test-helper';
import type { HealthAccount, MissingPolicy, Normalizer, Scorecard } from './types';

/** A scorecard with one category and one measure reading signal `x`. */
const single = (normalize: Normalizer): Scorecard => ({
  categories: [{ id: 'c', weight: 1, measures: [{ id: 'm', signal: 'x', normalize }] }],
});

const scoreOf = (
  card: Scorecard,
  x: HealthAccount['signals'][string],
  extra: Partial<HealthAccount> = {},
) => scoreHealth([{ id: 'a', signals: { x }, ...extra }], card).accounts[0]!.score;

describe('scoreHealth: the SPEC §10 points example', () => {
  const card = specPointsCard();

  it('5 logins × 5 + 3 CSM engagements × 20 − 1 unresolved ticket × 20 = 65', () => {
    const [acme] = scoreHealth(
      [{ id: 'acme', signals: { logins: 5, csmEngagements: 3, unresolvedTickets: 1 } }],
      card,
    ).accounts;
    expect(acme!.score).toBe(65);
    expect(acme!.tier).toBe('satisfied');
    expect(acme!.categories).toEqual([{ id: 'engagement', score: 65 }]);
    expect(acme!.contributions.map((c) => [c.measureId, c.points])).toEqual([
      ['csm', 60],
      ['logins', 25],
      ['tickets', -20],
    ]);
  });

  it('scores below 0 are code red; nothing present is unknown under reweight and 0 under zero', () => {
    const accounts = [
      { id: 'neg', signals: { unresolvedTickets: 2 } },
      { id: 'none', signals: {} },
    ];
    const reweight = scoreHealth(accounts, card).accounts;
    expect(reweight.map((r) => [r.score, r.tier])).toEqual([
      [-40, 'code-red'],
      [null, 'unknown'],
    ]);
    const zero = scoreHealth(accounts, { ...card, missing: 'zero' }).accounts;
    expect(zero[1]!.score).toBe(0);
    expect(zero[1]!.tier).toBe('needs-improvement');
  });
});

describe('scoreHealth: each normalizer', () => {
  const cases: Array<[string, Normalizer, HealthAccount['signals'][string], number | null]> = [
    ['range, inside', { type: 'range', min: 0, max: 10 }, 5, 50],
    ['range, clamped below', { type: 'range', min: 0, max: 10 }, -3, 0],
    ['range, clamped above', { type: 'range', min: 0, max: 10 }, 12, 100],
    ['range, NPS scale', { type: 'range', min: -100, max: 100 }, 30, 65],
    ['range, inverted', { type: 'range', min: 0, max: 10, invert: true }, 2, 80],
    ['range, inverted and clamped', { type: 'range', min: 0, max: 10, invert: true }, 15, 0],
    [
      'steps, below every step',
      {
        type: 'steps',
        steps: [
          { min: 0, score: 20 },
          { min: 5, score: 60 },
        ],
      },
      -1,
      0,
    ],
    [
      'steps, first step',
      {
        type: 'steps',
        steps: [
          { min: 0, score: 20 },
          { min: 5, score: 60 },
        ],
      },
      4.99,
      20,
    ],
    [
      'steps, min is inclusive',
      {
        type: 'steps',
        steps: [
          { min: 0, score: 20 },
          { min: 5, score: 60 },
        ],
      },
      5,
      60,
    ],
    [
      'steps, given out of order',
      {
        type: 'steps',
        steps: [
          { min: 10, score: 100 },
          { min: 0, score: 20 },
        ],
      },
      12,
      100,
    ],
    ['boolean true', { type: 'boolean' }, true, 100],
    ['boolean false', { type: 'boolean' }, false, 0],
    ['boolean, custom scores', { type: 'boolean', whenTrue: 80, whenFalse: 30 }, false, 30],
    ['boolean, non-zero number is true', { type: 'boolean', whenTrue: 80, whenFalse: 30 }, 3, 80],
    ['boolean, 0 is false', { type: 'boolean', whenTrue: 80, whenFalse: 30 }, 0, 30],
    ['custom', { type: 'custom', score: (v) => v * 2 }, 30, 60],
    ['custom, clamped to 100', { type: 'custom', score: (v) => v * 2 }, 70, 100],
    ['custom, clamped to 0', { type: 'custom', score: (v) => v - 50 }, 10, 0],
    ['a range reads true as 1', { type: 'range', min: 0, max: 4 }, true, 25],
    ['missing', { type: 'range', min: 0, max: 10 }, null, null],
  ];
  it.each(cases)('%s', (_name, normalize, x, expected) => {
    expect(scoreOf(single(normalize), x)).toBe(expected);
  });

  it('custom receives the account', () => {
    const card = single({ type: 'custom', score: (v, account) => (v / (account.mrr ?? 1)) * 100 });
    expect(scoreOf(card, 25, { mrr: 50 })).toBe(50);
  });

  it('percentile: strictly lower + half the other equals, over (n − 1), missing excluded', () => {
    const card = single({ type: 'percentile' });
    const xs = [20, 10, 30, null, 20];
    const { accounts } = scoreHealth(
      xs.map((x, i) => ({ id: `a${i}`, signals: { x } })),
      card,
    );
    // 4 accounts have a value: 10 → 0/3; 20 → (1 + ½·1)/3; 30 → 3/3.
    expect(accounts.map((a) => a.score)).toEqual([50, 0, 100, null, 50]);
  });

  it('percentile of a population of one is 100, and of all-equal values 50', () => {
    const card = single({ type: 'percentile' });
    expect(scoreOf(card, 7)).toBe(100);
    const equal = scoreHealth(
      [1, 2, 3].map((i) => ({ id: `a${i}`, signals: { x: 4 } })),
      card,
    ).accounts;
    expect(equal.map((a) => a.score)).toEqual([50, 50, 50]);
  });
});

describe('scoreHealth: missing-data policies', () => {
  // Category A (weight 3): a1 (weight 1), a2 (weight 3); category B (weight 1): b1. All 0–100.
  const card = (missing: MissingPolicy): Scorecard => ({
    missing,
    categories: [
      {
        id: 'A',
        weight: 3,
        measures: [
          { id: 'a1', signal: 'a1', normalize: { type: 'range', min: 0, max: 100 } },
          { id: 'a2', weight: 3, signal: 'a2', normalize: { type: 'range', min: 0, max: 100 } },
        ],
      },
      {
        id: 'B',
        weight: 1,
        measures: [{ id: 'b1', signal: 'b1', normalize: { type: 'range', min: 0, max: 100 } }],
      },
    ],
  });
  const accounts: HealthAccount[] = [
    { id: 'partial', signals: { a1: 40, a2: null, b1: 80 } },
    { id: 'category-missing', signals: { b1: 80 } },
    { id: 'nothing', signals: {} },
  ];
  const cases: Array<[MissingPolicy, Array<number | null>, Array<number | null>]> = [
    // reweight: A = 40 (a1 alone), score (3·40 + 80)/4; A absent → B alone; nothing → null.
    ['reweight', [50, 80, null], [40, null, null]],
    // zero: A = (40 + 3·0)/4 = 10, score (3·10 + 80)/4; A = 0 → 80/4; all 0.
    ['zero', [27.5, 20, 0], [10, 0, 0]],
    // neutral: A = (40 + 3·50)/4 = 47.5, score (3·47.5 + 80)/4; A = 50 → (150 + 80)/4; all 50.
    ['neutral', [55.625, 57.5, 50], [47.5, 50, 50]],
  ];
  it.each(cases)('%s', (missing, scores, categoryA) => {
    const results = scoreHealth(accounts, card(missing)).accounts;
    expect(results.map((r) => r.score)).toEqual(scores);
    expect(results.map((r) => r.categories[0]!.score)).toEqual(categoryA);
    expect(results[2]!.tier).toBe(
      { reweight: 'unknown', zero: 'critical', neutral: 'at-risk' }[missing],
    );
  });

  it('contributions under reweight: (W_c/ΣW)·(wᵢ/Σw)·mᵢ over present items, largest first, missing last', () => {
    const [partial] = scoreHealth(accounts, card('reweight')).accounts;
    expect(partial!.contributions).toEqual([
      { categoryId: 'A', measureId: 'a1', value: 40, score: 40, points: 30 },
      { categoryId: 'B', measureId: 'b1', value: 80, score: 80, points: 20 },
      { categoryId: 'A', measureId: 'a2', value: null, score: null, points: 0 },
    ]);
  });

  it('contributions under neutral count the missing measure at 50', () => {
    const [partial] = scoreHealth(accounts, card('neutral')).accounts;
    const a2 = partial!.contributions.find((c) => c.measureId === 'a2')!;
    expect(a2.value).toBeNull();
    expect(a2.score).toBe(50);
    expect(a2.points).toBeCloseTo((3 / 4) * (3 / 4) * 50, 12);
  });
});

describe('scoreHealth: models and weights', () => {
  const categories: Scorecard['categories'] = [
    {
      id: 'A',
      weight: 3,
      measures: [
        { id: 'a1', signal: 'a1', normalize: { type: 'range', min: 0, max: 100 } },
        { id: 'a2', weight: 3, signal: 'a2', normalize: { type: 'range', min: 0, max: 100 } },
      ],
    },
    {
      id: 'B',
      weight: 1,
      measures: [{ id: 'b1', signal: 'b1', normalize: { type: 'range', min: 0, max: 100 } }],
    },
  ];

  it('worst-of takes the lowest category score (Totango) and credits only that category', () => {
    // A = (40 + 3·100)/4 = 85; B = 80.
    const [r] = scoreHealth([{ id: 'x', signals: { a1: 40, a2: 100, b1: 80 } }], {
      model: 'worst-of',
      categories,
    }).accounts;
    expect(r!.score).toBe(80);
    expect(r!.tier).toBe('healthy');
    expect(r!.categories).toEqual([
      { id: 'A', score: 85 },
      { id: 'B', score: 80 },
    ]);
    expect(r!.contributions.map((c) => [c.measureId, c.points])).toEqual([
      ['b1', 80],
      ['a1', 0],
      ['a2', 0],
    ]);
  });

  it('normalises weights: 40/25/20/15 and 0.4/0.25/0.2/0.15 give the same score', () => {
    const make = (w: number[]): Scorecard => ({
      categories: w.map((weight, i) => ({
        id: `c${i}`,
        weight,
        measures: [
          { id: `m${i}`, signal: `s${i}`, normalize: { type: 'range', min: 0, max: 100 } },
        ],
      })),
    });
    const account = { id: 'a', signals: { s0: 90, s1: 70, s2: 50, s3: 10 } };
    // 0.4·90 + 0.25·70 + 0.2·50 + 0.15·10 = 36 + 17.5 + 10 + 1.5 = 65
    expect(scoreHealth([account], make([40, 25, 20, 15])).accounts[0]!.score).toBeCloseTo(65, 12);
    expect(scoreHealth([account], make([0.4, 0.25, 0.2, 0.15])).accounts[0]!.score).toBeCloseTo(
      65,
      12,
    );
  });

  it('a category of weight 0 shows its score but adds nothing', () => {
    const card: Scorecard = { categories: [{ ...categories[0]!, weight: 0 }, categories[1]!] };
    const [r] = scoreHealth([{ id: 'x', signals: { a1: 0, a2: 0, b1: 60 } }], card).accounts;
    expect(r!.score).toBe(60);
    expect(r!.categories[0]).toEqual({ id: 'A', score: 0 });
  });
});

describe('scoreHealth: segment scorecards', () => {
  const wide = single({ type: 'range', min: 0, max: 100 });
  const narrow = single({ type: 'range', min: 0, max: 10 });
  const accounts: HealthAccount[] = [
    { id: 'e', segment: 'Enterprise', signals: { x: 5 } },
    { id: 's', segment: 'SMB', signals: { x: 5 } },
    { id: 'n', signals: { x: 5 } },
  ];

  it('uses the segment’s scorecard, else the fallback, in input order', () => {
    const { accounts: results } = scoreHealth(accounts, {
      scorecards: { Enterprise: wide, SMB: narrow },
      fallback: narrow,
    });
    expect(results.map((r) => [r.accountId, r.score])).toEqual([
      ['e', 5],
      ['s', 50],
      ['n', 50],
    ]);
  });

  it('without a fallback, an account with no scorecard is a bad row', () => {
    const call = () => scoreHealth(accounts, { scorecards: { Enterprise: wide, SMB: narrow } });
    expect(call).toThrow(MetricsInputError);
    const skipped = scoreHealth(
      accounts,
      { scorecards: { Enterprise: wide } },
      { onInvalid: 'skip' },
    );
    expect(skipped.accounts.map((r) => r.accountId)).toEqual(['e']);
    expect(skipped.issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'segment'],
      [2, 'segment'],
    ]);
  });

  it('ranks percentiles within each scorecard’s own accounts', () => {
    const card = single({ type: 'percentile' });
    const rows: HealthAccount[] = [
      { id: 'e1', segment: 'Enterprise', signals: { x: 100 } },
      { id: 's1', segment: 'SMB', signals: { x: 1 } },
      { id: 'e2', segment: 'Enterprise', signals: { x: 200 } },
      { id: 's2', segment: 'SMB', signals: { x: 2 } },
    ];
    const { accounts: results } = scoreHealth(rows, {
      scorecards: { Enterprise: card, SMB: card },
    });
    expect(results.map((r) => r.score)).toEqual([0, 0, 100, 100]);
  });
});

describe('scoreHealth: invalid scorecards name the field', () => {
  const base = (): Scorecard => ({
    categories: [
      {
        id: 'usage',
        weight: 2,
        measures: [
          { id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } },
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
        ],
      },
    ],
  });
  const cases: Array<[string, (card: Scorecard) => void, string]> = [
    [
      'every category weight is 0',
      (c) => c.categories.forEach((cat) => (cat.weight = 0)),
      'scorecard.categories',
    ],
    [
      'a negative category weight',
      (c) => (c.categories[0]!.weight = -1),
      'scorecard.categories[0].weight',
    ],
    [
      'every measure weight is 0',
      (c) => (c.categories[0]!.measures[0]!.weight = 0),
      'scorecard.categories[0].measures',
    ],
    [
      'min > max',
      (c) => (c.categories[1]!.measures[0]!.normalize = { type: 'range', min: 9, max: 5 }),
      'scorecard.categories[1].measures[0].normalize.min',
    ],
    [
      'an unknown normalizer',
      (c) =>
        (c.categories[1]!.measures[0]!.normalize = { type: 'sigmoid' } as unknown as Normalizer),
      'scorecard.categories[1].measures[0].normalize.type',
    ],
    [
      'a duplicate category id',
      (c) => (c.categories[1]!.id = 'usage'),
      'scorecard.categories[1].id',
    ],
    [
      'a duplicate measure id',
      (c) => (c.categories[1]!.measures[0]!.id = 'logins'),
      'scorecard.categories[1].measures[0].id',
    ],
    [
      'tiers without a floor',
      (c) =>
        (c.tiers = [
          { id: 'healthy', label: 'Healthy', min: 80, tone: 'positive' },
          { id: 'at-risk', label: 'At risk', min: 50, tone: 'notice' },
        ]),
      'scorecard.tiers',
    ],
    [
      'a points normalizer outside the points model',
      (c) => (c.categories[0]!.measures[0]!.normalize = { type: 'points', points: 5 }),
      'scorecard.categories[0].measures[0].normalize.type',
    ],
    ['an unknown model', (c) => (c.model = 'average' as Scorecard['model']), 'scorecard.model'],
    [
      'a step score off the scale',
      (c) =>
        (c.categories[0]!.measures[0]!.normalize = {
          type: 'steps',
          steps: [{ min: 0, score: 120 }],
        }),
      'scorecard.categories[0].measures[0].normalize.steps[0].score',
    ],
    [
      'duplicate step mins',
      (c) =>
        (c.categories[0]!.measures[0]!.normalize = {
          type: 'steps',
          steps: [
            { min: 0, score: 10 },
            { min: 0, score: 20 },
          ],
        }),
      'scorecard.categories[0].measures[0].normalize.steps[1].min',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, field) => {
    const card = base();
    mutate(card);
    let caught: unknown;
    try {
      scoreHealth([{ id: 'a', signals: { logins: 1 } }], card, { onInvalid: 'skip' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MetricsInputError);
    const issues = (caught as MetricsInputError).issues;
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.every((i) => i.index === null)).toBe(true);
    expect((caught as Error).message).toContain(field);
  });

  it('a points model needs a floor at -Infinity, and rejects neutral', () => {
    const card: Scorecard = {
      model: 'points',
      missing: 'neutral',
      tiers: [
        { id: 'good', label: 'Good', min: 50, tone: 'positive' },
        { id: 'bad', label: 'Bad', min: 0, tone: 'negative' },
      ],
      categories: [
        {
          id: 'c',
          weight: 1,
          measures: [{ id: 'm', signal: 'x', normalize: { type: 'points', points: 1 } }],
        },
      ],
    };
    try {
      scoreHealth([], card);
      expect.unreachable();
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => i.field)).toEqual([
        'scorecard.missing',
        'scorecard.tiers',
      ]);
    }
  });

  it('names the segment of a bad segment scorecard', () => {
    const bad = base();
    bad.categories[0]!.weight = Number.NaN;
    expect(() => scoreHealth([], { scorecards: { SMB: bad } })).toThrow(
      'scorecards.SMB.categories[0].weight',
    );
  });
});

describe('scoreHealth: invalid accounts (SPEC §2)', () => {
  const card = single({ type: 'range', min: 0, max: 10 });
  const rows = [
    { id: 'ok', signals: { x: 5 } },
    { signals: { x: 5 } },
    { id: 'text', signals: { x: '12' } },
    { id: 'nan', signals: { x: Number.NaN } },
    { id: 'ok', signals: { x: 1 } },
    { id: 'no-signals' },
    { id: 'last', signals: { x: 10, unused: 'ignored' } },
  ] as unknown as HealthAccount[];

  it('throws a MetricsInputError listing every bad row', () => {
    try {
      scoreHealth(rows, card);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues.map((i) => [i.index, i.field])).toEqual([
        [1, 'id'],
        [2, 'signals.x'],
        [3, 'signals.x'],
        [4, 'id'],
        [5, 'signals'],
      ]);
    }
  });

  it("with onInvalid: 'skip' scores the rest, in input order, and returns the issues", () => {
    const result = scoreHealth(rows, card, { onInvalid: 'skip' });
    expect(result.accounts.map((r) => [r.accountId, r.score])).toEqual([
      ['ok', 50],
      ['last', 100],
    ]);
    expect(result.issues).toHaveLength(5);
  });

  it('a custom normalizer returning NaN makes that account a bad row', () => {
    const bad = single({ type: 'custom', score: (v) => (v > 5 ? Number.NaN : v) });
    const result = scoreHealth(
      [
        { id: 'a', signals: { x: 3 } },
        { id: 'b', signals: { x: 9 } },
      ],
      bad,
      { onInvalid: 'skip' },
    );
    expect(result.accounts.map((r) => r.accountId)).toEqual(['a']);
    expect(result.issues[0]).toMatchObject({ index: 1, field: 'signals.x' });
  });
});

describe('scoreHealth: overrides', () => {
  const card = single({ type: 'range', min: 0, max: 10 });
  const accounts: HealthAccount[] = [
    { id: 'a', signals: { x: 9 } },
    { id: 'b', signals: { x: 3 } },
  ];
  const override = {
    accountId: 'a',
    tier: 'critical',
    reason: 'Champion left',
    author: 'kim',
    expiresAt: '2025-03-31',
  };

  it('an override is valid through its expiresAt day and ignored from the next day', () => {
    const on = (asOf: string) =>
      scoreHealth(accounts, card, { overrides: [override], asOf }).accounts[0]!;
    expect(on('2025-03-30').tier).toBe('critical');
    expect(on('2025-03-31').tier).toBe('critical');
    const after = on('2025-04-01');
    expect(after.tier).toBe('healthy');
    expect(after.overriddenBy).toBeUndefined();
    expect(after.computed).toBeUndefined();
  });

  it('keeps the computed result visible beside the override', () => {
    const [a, b] = scoreHealth(accounts, card, {
      overrides: [override],
      asOf: '2025-03-01',
    }).accounts;
    expect(a!.tier).toBe('critical');
    expect(a!.score).toBe(90);
    expect(a!.computed).toEqual({ score: 90, tier: 'healthy' });
    expect(a!.overriddenBy).toBe(override);
    expect(a!.contributions[0]!.score).toBe(90);
    expect(b!.overriddenBy).toBeUndefined();
  });

  it('a score override sets the tier from that score; the last unexpired override wins', () => {
    const overrides = [
      { accountId: 'b', score: 95, reason: 'first' },
      { accountId: 'b', score: 60, reason: 'second' },
      { accountId: 'b', score: 10, reason: 'expired', expiresAt: '2025-01-01' },
    ];
    const [, b] = scoreHealth(accounts, card, { overrides, asOf: '2025-02-01' }).accounts;
    expect(b!.score).toBe(60);
    expect(b!.tier).toBe('at-risk');
    expect(b!.overriddenBy?.reason).toBe('second');
    expect(b!.computed).toEqual({ score: 30, tier: 'critical' });
  });

  it('asks for asOf when an override can expire, and rejects unknown tiers and missing reasons', () => {
    expect(() => scoreHealth(accounts, card, { overrides: [override] })).toThrow('options.asOf');
    const bad = [
      { accountId: 'a', tier: 'amber', reason: 'x' },
      { accountId: 'b', score: 50, reason: '' },
    ];
    try {
      scoreHealth(accounts, card, { overrides: bad });
      expect.unreachable();
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => i.field)).toEqual([
        'options.overrides[1].reason',
        'options.overrides[0].tier',
      ]);
    }
  });
});
