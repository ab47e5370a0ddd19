// @vitest-environment jsdom
// The bad-input battery of the health family (issue 13, SPEC §2): for every exported health
// function and hook, bad inputs by class, each asserting a MetricsInputError whose issues name the
// row index and field (hooks: `{ error }` during render, never a throw); and a property that no
// finite input yields NaN or ±Infinity anywhere in a health result, lazy fields included.
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { catchInputError, where } from '../core/errors.test-helper';
import {
  DEFAULT_TIERS,
  POINTS_TIERS,
  expansionSignals,
  healthTier,
  healthTierDistribution,
  healthTrend,
  nextTierPath,
  scoreHealth,
  sustainedBelow,
  tierChanges,
} from '../health';
import type { HealthAccount, HealthResult, Normalizer, Scorecard } from '../health';
import { useHealthScores, useHealthTiers, useSustainedRisk } from '../health/react';

type Where = Array<[number | null, string]>;
interface Case {
  name: string;
  run: () => unknown;
  want: Where;
}

const card: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [
        { id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } },
        { id: 'nps', signal: 'nps', normalize: { type: 'steps', steps: [{ min: 0, score: 50 }] } },
      ],
    },
  ],
};
const good = (id: string): HealthAccount => ({ id, mrr: 100, signals: { logins: 5, nps: 1 } });

/** `base` with `field` replaced by a getter that throws. */
function throwing<T extends object>(base: T, field: string): T {
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  delete copy[field];
  Object.defineProperty(copy, field, {
    enumerable: true,
    get() {
      throw new Error(`getter of ${field}`);
    },
  });
  return copy as T;
}

/** `base` behind a Proxy whose `get` trap throws for `field`. */
function trapping<T extends object>(base: T, field: string): T {
  return new Proxy(base, {
    get(target, key, receiver) {
      if (key === field) throw new Error(`trap for ${field}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** `base` whose `field` is inherited from its prototype instead of its own. */
function inherited<T extends object>(base: T, field: string): T {
  const own: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const value = own[field];
  delete own[field];
  return Object.assign(Object.create({ [field]: value }) as object, own) as T;
}

/** An array of `[first, <hole>, last]`. */
function sparse<T>(first: T, last: T): T[] {
  const rows = [first, first, last];
  delete rows[1];
  return rows;
}

const NUMBERS_BAD: Array<[string, unknown]> = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['a numeric string', '5'],
  ['an object', {}],
];

function signalCases(): Case[] {
  const withSignal = (value: unknown) =>
    [good('a'), { id: 'b', signals: { logins: value, nps: 1 } }] as HealthAccount[];
  return [
    ...NUMBERS_BAD.map(([name, value]) => ({
      name: `signal ${name}`,
      run: () => scoreHealth(withSignal(value), card),
      want: [[1, 'signals.logins']] as Where,
    })),
    {
      name: 'points × 1e308 overflows',
      run: () =>
        scoreHealth([{ id: 'a', signals: { x: 1e308 } }], {
          model: 'points',
          tiers: [...POINTS_TIERS],
          categories: [
            {
              id: 'p',
              weight: 1,
              measures: [{ id: 'x', signal: 'x', normalize: { type: 'points', points: 2 } }],
            },
          ],
        }),
      want: [[0, 'signals.x']],
    },
  ];
}

const scoreHealthCases: Case[] = [
  {
    name: 'null options',
    run: () => scoreHealth([], card, null as never),
    want: [[null, 'options']],
  },
  {
    name: 'options a number',
    run: () => scoreHealth([], card, 3 as never),
    want: [[null, 'options']],
  },
  {
    name: "onInvalid 'SKIP'",
    run: () => scoreHealth([], card, { onInvalid: 'SKIP' as never }),
    want: [[null, 'options.onInvalid']],
  },
  {
    name: 'overrides not an array',
    run: () => scoreHealth([], card, { overrides: 'x' as never }),
    want: [[null, 'options.overrides']],
  },
  {
    name: 'asOf a bad date',
    run: () =>
      scoreHealth([good('a')], card, {
        asOf: '2025-02-30',
        overrides: [{ accountId: 'a', score: 50, reason: 'r', expiresAt: '2025-03-01' }],
      }),
    want: [[null, 'options.asOf']],
  },
  {
    name: 'override score NaN',
    run: () =>
      scoreHealth([good('a')], card, {
        overrides: [{ accountId: 'a', score: Number.NaN, reason: 'r' }],
      }),
    want: [[null, 'options.overrides[0].score']],
  },
  {
    name: 'override with a throwing getter',
    run: () =>
      scoreHealth([good('a')], card, {
        overrides: [throwing({ accountId: 'a', score: 50, reason: 'r' }, 'score')],
      }),
    want: [[null, 'options.overrides[0].score']],
  },
  {
    name: 'options with a throwing getter',
    run: () => scoreHealth([], card, throwing({ onInvalid: 'throw' as const }, 'onInvalid')),
    want: [[null, 'options.onInvalid']],
  },
  {
    name: 'accounts null',
    run: () => scoreHealth(null as never, card),
    want: [[null, 'accounts']],
  },
  {
    name: 'scorecard null',
    run: () => scoreHealth([], null as never),
    want: [[null, 'scorecard']],
  },
  {
    name: 'range min 1e308 > max',
    run: () =>
      scoreHealth([], {
        categories: [
          {
            id: 'c',
            weight: 1,
            measures: [{ id: 'm', signal: 's', normalize: { type: 'range', min: 1e308, max: 1 } }],
          },
        ],
      }),
    want: [[null, 'scorecard.categories[0].measures[0].normalize.min']],
  },
  {
    name: 'category weight a numeric string',
    run: () => scoreHealth([], { categories: [{ ...card.categories[0]!, weight: '1' as never }] }),
    want: [[null, 'scorecard.categories[0].weight']],
  },
  {
    name: 'scorecard with a throwing getter',
    run: () => scoreHealth([], throwing(card, 'categories')),
    want: [[null, 'scorecard']],
  },
  ...signalCases(),
  {
    name: 'boolean id',
    run: () => scoreHealth([good('a'), { ...good('b'), id: true as never }], card),
    want: [[1, 'id']],
  },
  {
    name: 'missing id',
    run: () => scoreHealth([good('a'), { signals: {} } as never], card),
    want: [[1, 'id']],
  },
  {
    name: 'inherited id',
    run: () => scoreHealth([good('a'), inherited(good('b'), 'id')], card),
    want: [[1, 'id']],
  },
  {
    name: 'inherited signals',
    run: () => scoreHealth([good('a'), inherited(good('b'), 'signals')], card),
    want: [[1, 'signals']],
  },
  {
    name: 'duplicate id',
    run: () => scoreHealth([good('a'), good('b'), good('a')], card),
    want: [[2, 'id']],
  },
  {
    name: 'segment a number',
    run: () => scoreHealth([good('a'), { ...good('b'), segment: 7 as never }], card),
    want: [[1, 'segment']],
  },
  {
    name: 'throwing id getter',
    run: () => scoreHealth([good('a'), throwing(good('b'), 'id')], card),
    want: [[1, 'id']],
  },
  {
    name: 'Proxy trapping signals',
    run: () => scoreHealth([good('a'), trapping(good('b'), 'signals')], card),
    want: [[1, 'signals']],
  },
  {
    name: 'throwing signal getter',
    run: () =>
      scoreHealth([good('a'), { id: 'b', signals: throwing({ logins: 1, nps: 1 }, 'nps') }], card),
    want: [[1, 'signals.nps']],
  },
  {
    name: 'sparse array',
    run: () => scoreHealth(sparse(good('a'), good('b')), card),
    want: [[1, 'row']],
  },
];

const history = (score: unknown, date: unknown = '2025-03-01') => [
  { accountId: 'a', date: '2025-02-28', score: 60 },
  { accountId: 'a', date, score },
];

function historyCases(name: string, call: (rows: unknown, options?: unknown) => unknown): Case[] {
  const run =
    (rows: unknown, options: unknown = { asOf: '2025-03-01' }) =>
    () =>
      call(rows, options);
  return [
    { name: 'null options', run: run(history(1), null), want: [[null, 'options']] },
    {
      name: "onInvalid 'SKIP'",
      run: run(history(1), { asOf: '2025-03-01', onInvalid: 'SKIP' }),
      want: [[null, 'options.onInvalid']],
    },
    {
      name: 'days 1e9',
      run: run(history(1), { asOf: '2025-03-01', days: 1e9 }),
      want: [[null, 'options.days']],
    },
    {
      name: 'days a numeric string',
      run: run(history(1), { asOf: '2025-03-01', days: '5' }),
      want: [[null, 'options.days']],
    },
    {
      name: 'days -0.5',
      run: run(history(1), { asOf: '2025-03-01', days: -0.5 }),
      want: [[null, 'options.days']],
    },
    {
      name: 'asOf a bad date',
      run: run(history(1), { asOf: '2025-13-01' }),
      want: [[null, 'options.asOf']],
    },
    {
      name: 'asOf an invalid Date',
      run: run(history(1), { asOf: new Date(Number.NaN) }),
      want: [[null, 'options.asOf']],
    },
    { name: 'history null', run: run(null), want: [[null, 'history']] },
    ...NUMBERS_BAD.map(([label, value]) => ({
      name: `score ${label}`,
      run: run(history(value)),
      want: [[1, 'score']] as Where,
    })),
    { name: 'score a boolean', run: run(history(true)), want: [[1, 'score']] },
    { name: 'date 2025-02-30', run: run(history(1, '2025-02-30')), want: [[1, 'date']] },
    { name: 'date a number', run: run(history(1, 20250301)), want: [[1, 'date']] },
    {
      name: 'duplicate day',
      run: run([...history(1), { accountId: 'a', date: '2025-03-01', score: 2 }]),
      want: [[2, 'date']],
    },
    {
      name: 'inherited accountId',
      run: run([history(1)[0], inherited(history(1)[1]!, 'accountId')]),
      want: [[1, 'accountId']],
    },
    {
      name: 'throwing score getter',
      run: run([history(1)[0], throwing(history(1)[1]!, 'score')]),
      want: [[1, 'score']],
    },
    {
      name: 'Proxy trapping date',
      run: run([history(1)[0], trapping(history(1)[1]!, 'date')]),
      want: [[1, 'date']],
    },
    { name: 'sparse array', run: run(sparse(history(1)[0], history(1)[1])), want: [[1, 'row']] },
    ...(name === 'healthTrend'
      ? [
          {
            name: 'a change that overflows',
            run: run(
              [
                { accountId: 'a', date: '2025-02-28', score: -1e308 },
                { accountId: 'a', date: '2025-03-01', score: 1e308 },
              ],
              { asOf: '2025-03-01', days: 1 },
            ),
            want: [[1, 'score']] as Where,
          },
        ]
      : [
          {
            name: 'threshold NaN',
            run: run(history(1), { asOf: '2025-03-01', threshold: Number.NaN }),
            want: [[null, 'options.threshold']] as Where,
          },
          {
            name: 'no options',
            run: () => call(history(1)),
            want: [[null, 'options.asOf']] as Where,
          },
        ]),
  ];
}

const snap = (accountId: unknown, tier: unknown) => ({ accountId, tier });
const tierChangesCases: Case[] = [
  {
    name: 'null options',
    run: () => tierChanges([], [], null as never),
    want: [[null, 'options']],
  },
  {
    name: "onInvalid 'SKIP'",
    run: () => tierChanges([], [], { onInvalid: 'SKIP' as never }),
    want: [[null, 'options.onInvalid']],
  },
  {
    name: 'tiers null',
    run: () => tierChanges([], [], { tiers: null as never }),
    want: [[null, 'options.tiers']],
  },
  {
    name: 'tier min NaN',
    run: () => tierChanges([], [], { tiers: [{ ...DEFAULT_TIERS[0]!, min: Number.NaN }] }),
    want: [[null, 'options.tiers[0].min']],
  },
  { name: 'before null', run: () => tierChanges(null as never, []), want: [[null, 'before']] },
  {
    name: 'unknown tier',
    run: () => tierChanges([snap('a', 'healthy')] as never, [snap('a', 'HEALTHY')] as never),
    want: [[0, 'after.tier']],
  },
  {
    name: 'boolean accountId',
    run: () => tierChanges([snap(true, 'healthy')] as never, []),
    want: [[0, 'before.accountId']],
  },
  {
    name: 'duplicate account',
    run: () => tierChanges([], [snap('a', 'healthy'), snap('a', 'critical')] as never),
    want: [[1, 'after.accountId']],
  },
  {
    name: 'inherited tier',
    run: () => tierChanges([inherited(snap('a', 'healthy'), 'tier')] as never, []),
    want: [[0, 'before.tier']],
  },
  {
    name: 'throwing accountId getter',
    run: () => tierChanges([throwing(snap('a', 'healthy'), 'accountId')] as never, []),
    want: [[0, 'before.accountId']],
  },
  {
    name: 'sparse array',
    run: () => tierChanges(sparse(snap('a', 'healthy'), snap('b', 'healthy')) as never, []),
    want: [[1, 'before.row']],
  },
];

const seats = (used: unknown, purchased: unknown = 10) => [
  { id: 'a', signals: { seatsUsed: 1, seatsPurchased: 10 } },
  { id: 'b', signals: { seatsUsed: used, seatsPurchased: purchased } },
];
const expansionCases: Case[] = [
  {
    name: 'null options',
    run: () => expansionSignals([], null as never),
    want: [[null, 'options']],
  },
  {
    name: 'seatsUsedSignal 42',
    run: () => expansionSignals([], { seatsUsedSignal: 42 as never }),
    want: [[null, 'options.seatsUsedSignal']],
  },
  {
    name: 'seatUtilization NaN',
    run: () => expansionSignals([], { seatUtilization: Number.NaN }),
    want: [[null, 'options.seatUtilization']],
  },
  {
    name: 'seatUtilization a numeric string',
    run: () => expansionSignals([], { seatUtilization: '0.9' as never }),
    want: [[null, 'options.seatUtilization']],
  },
  {
    name: "onInvalid 'SKIP'",
    run: () => expansionSignals([], { onInvalid: 'SKIP' as never }),
    want: [[null, 'options.onInvalid']],
  },
  { name: 'accounts null', run: () => expansionSignals(null as never), want: [[null, 'accounts']] },
  ...NUMBERS_BAD.map(([label, value]) => ({
    name: `seatsUsed ${label}`,
    run: () => expansionSignals(seats(value) as never),
    want: [[1, 'signals.seatsUsed']] as Where,
  })),
  {
    name: 'seatsUsed negative',
    run: () => expansionSignals(seats(-1) as never),
    want: [[1, 'signals.seatsUsed']],
  },
  {
    name: 'seatsUsed a boolean',
    run: () => expansionSignals(seats(true) as never),
    want: [[1, 'signals.seatsUsed']],
  },
  {
    name: 'utilisation overflows',
    run: () => expansionSignals(seats(1e308, 1e-300) as never),
    want: [[1, 'signals.seatsUsed']],
  },
  {
    name: 'throwing signals getter',
    run: () => expansionSignals([seats(1)[0], throwing(seats(1)[1]!, 'signals')] as never),
    want: [[1, 'signals']],
  },
  {
    name: 'sparse array',
    run: () => expansionSignals(sparse(seats(1)[0], seats(1)[1]) as never),
    want: [[1, 'row']],
  },
];

const distributionCases: Case[] = [
  {
    name: 'null options',
    run: () => healthTierDistribution([], [], null as never),
    want: [[null, 'options']],
  },
  {
    name: 'tiers empty',
    run: () => healthTierDistribution([], [], { tiers: [] }),
    want: [[null, 'options.tiers']],
  },
  {
    name: 'results null',
    run: () => healthTierDistribution(null as never, []),
    want: [[null, 'results']],
  },
  ...NUMBERS_BAD.map(([label, value]) => ({
    name: `mrr ${label}`,
    run: () =>
      healthTierDistribution([], [
        { id: 'a', mrr: 1 },
        { id: 'b', mrr: value },
      ] as never),
    want: [[1, 'accounts.mrr']] as Where,
  })),
  {
    name: 'mrr 1e308 twice overflows',
    run: () =>
      healthTierDistribution([snap('a', 'healthy'), snap('b', 'critical')] as never, [
        { id: 'a', mrr: 1e308 },
        { id: 'b', mrr: 1e308 },
      ]),
    want: [[null, 'accounts.mrr']],
  },
  {
    name: 'unknown tier',
    run: () => healthTierDistribution([snap('a', 'nope')] as never, []),
    want: [[0, 'results.tier']],
  },
  {
    name: 'inherited mrr is left out, an inherited id is missing',
    run: () => healthTierDistribution([], [inherited({ id: 'a', mrr: 5 }, 'id')] as never),
    want: [[0, 'accounts.id']],
  },
  {
    name: 'Proxy trapping mrr',
    run: () => healthTierDistribution([], [trapping({ id: 'a', mrr: 5 }, 'mrr')] as never),
    want: [[0, 'accounts.mrr']],
  },
  {
    name: 'sparse results',
    run: () =>
      healthTierDistribution(sparse(snap('a', 'healthy'), snap('b', 'healthy')) as never, []),
    want: [[1, 'results.row']],
  },
];

const scored = (): HealthResult => scoreHealth([good('a')], card).accounts[0]!;
const nextTierPathCases: Case[] = [
  { name: 'result null', run: () => nextTierPath(null as never, card), want: [[null, 'result']] },
  {
    name: 'result a string',
    run: () => nextTierPath('x' as never, card),
    want: [[null, 'result']],
  },
  {
    name: 'contributions [null]',
    run: () => nextTierPath({ ...scored(), contributions: [null as never] }, card),
    want: [[null, 'result.contributions[0]']],
  },
  {
    name: 'contribution value NaN',
    run: () => {
      const result = scored();
      const contributions = result.contributions.map((c) => ({ ...c, value: Number.NaN }));
      return nextTierPath({ ...result, contributions }, card);
    },
    want: [[null, 'result.contributions[0]']],
  },
  {
    name: 'score a numeric string',
    run: () => nextTierPath({ ...scored(), score: '50' as never }, card),
    want: [[null, 'result.score']],
  },
  {
    name: 'a scorecard it was not scored with',
    run: () =>
      nextTierPath(scored(), {
        categories: [
          {
            ...card.categories[0]!,
            measures: [{ ...card.categories[0]!.measures[0]!, id: 'other' }],
          },
        ],
      }),
    want: [[null, 'result.contributions']],
  },
  {
    name: 'scorecard null',
    run: () => nextTierPath(scored(), null as never),
    want: [[null, 'scorecard']],
  },
];

const healthTierCases: Case[] = [
  ...[
    ...NUMBERS_BAD,
    ['true', true] as [string, unknown],
    ['undefined', undefined] as [string, unknown],
  ].map(([label, value]) => ({
    name: `score ${label}`,
    run: () => healthTier(value as never),
    want: [[null, 'score']] as Where,
  })),
  { name: 'tiers null', run: () => healthTier(50, null as never), want: [[null, 'tiers']] },
  {
    name: 'tiers with a throwing getter',
    run: () => healthTier(50, [throwing(DEFAULT_TIERS[0]!, 'min')]),
    want: [[null, 'tiers']],
  },
];

const battery: Record<string, Case[]> = {
  scoreHealth: scoreHealthCases,
  healthTrend: historyCases('healthTrend', (rows, options) =>
    healthTrend(rows as never, options as never),
  ),
  sustainedBelow: historyCases('sustainedBelow', (rows, options) =>
    sustainedBelow(rows as never, options as never),
  ),
  tierChanges: tierChangesCases,
  expansionSignals: expansionCases,
  healthTierDistribution: distributionCases,
  nextTierPath: nextTierPathCases,
  healthTier: healthTierCases,
};

describe.each(Object.entries(battery))('bad input to %s', (_name, cases) => {
  it.each(cases)('$name is a MetricsInputError naming index and field', ({ run, want }) => {
    expect(where(catchInputError(run))).toEqual(want);
  });
});

describe('skip mode lists the bad rows and keeps the good ones', () => {
  it('scoreHealth', () => {
    const rows = [good('a'), throwing(good('b'), 'signals'), good('c')];
    const result = scoreHealth(sparse(rows[0]!, rows[1]!).concat(rows[2]!), card, {
      onInvalid: 'skip',
    });
    expect(result.accounts.map((r) => r.accountId)).toEqual(['a', 'c']);
    expect(where(result)).toEqual([
      [1, 'row'],
      [2, 'signals'],
    ]);
  });
});

describe('health hooks return { error } and never throw during render', () => {
  const hooks = {
    useHealthScores: (input: unknown) => useHealthScores(input as never),
    useHealthTiers: (input: unknown) => useHealthTiers(input as never),
    useSustainedRisk: (input: unknown) => useSustainedRisk(input as never),
  };
  const inputs: Record<keyof typeof hooks, Array<[string, unknown, Where]>> = {
    useHealthScores: [
      ['null input', null, [[null, 'input']]],
      ['accounts null', { accounts: null, scorecard: card }, [[null, 'accounts']]],
      [
        'a bad signal',
        { accounts: [{ id: 'a', signals: { logins: '5' } }], scorecard: card },
        [[0, 'signals.logins']],
      ],
      [
        'a throwing field',
        throwing({ accounts: [], scorecard: card }, 'accounts'),
        [[null, 'input.accounts']],
      ],
      [
        "onInvalid 'SKIP'",
        { accounts: [], scorecard: card, onInvalid: 'SKIP' },
        [[null, 'options.onInvalid']],
      ],
    ],
    useHealthTiers: [
      ['null input', null, [[null, 'input']]],
      [
        'tiers null',
        { accounts: [good('a')], scorecard: card, tiers: null },
        [[null, 'options.tiers']],
      ],
      ['a duplicate id', { accounts: [good('a'), good('a')], scorecard: card }, [[1, 'id']]],
      [
        'a trapped field',
        trapping({ accounts: [], scorecard: card }, 'scorecard'),
        [[null, 'input.scorecard']],
      ],
    ],
    useSustainedRisk: [
      ['null input', null, [[null, 'input']]],
      ['no asOf', { history: [] }, [[null, 'options.asOf']]],
      ['days 1e9', { history: [], asOf: '2025-01-01', days: 1e9 }, [[null, 'options.days']]],
      ['a bad score', { history: history(Number.NaN), asOf: '2025-03-01' }, [[1, 'score']]],
      [
        'a throwing field',
        throwing({ history: [], asOf: '2025-01-01' }, 'history'),
        [[null, 'input.history']],
      ],
    ],
  };
  for (const [name, hook] of Object.entries(hooks)) {
    it.each(inputs[name as keyof typeof hooks])(`${name}: %s`, (_label, input, want) => {
      const { result } = renderHook(() => hook(input));
      expect(result.current.data).toBeNull();
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
      expect(where(result.current.error as MetricsInputError)).toEqual(want);
    });
    it(`${name}: undefined input is idle`, () => {
      const { result } = renderHook(() => hook(undefined));
      expect(result.current).toEqual({ data: null, error: null, issues: [] });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// No finite input ever yields NaN or ±Infinity anywhere in a health result.

/** Every number reachable from `value`, getters included (lazy `categories`/`contributions`). */
function numbersIn(value: unknown, out: number[] = [], seen = new Set<unknown>()): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const key of Object.keys(value)) {
      numbersIn((value as Record<string, unknown>)[key], out, seen);
    }
  }
  return out;
}

const extreme = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -0, 0, 1e-308),
  fc.integer({ min: -1000, max: 1000 }),
);
const finiteSignal = fc.oneof(extreme, fc.boolean(), fc.constant(null));

const normalizerArb: fc.Arbitrary<Normalizer> = fc.oneof(
  fc
    .tuple(extreme, extreme, fc.boolean())
    .filter(([a, b]) => a !== b)
    .map(([a, b, invert]): Normalizer => ({
      type: 'range',
      min: Math.min(a, b),
      max: Math.max(a, b),
      invert,
    })),
  fc
    .uniqueArray(extreme, {
      minLength: 1,
      maxLength: 3,
      comparator: (a, b) => a === b || (a === 0 && b === 0),
    })
    .chain((mins) =>
      fc
        .array(fc.double({ min: 0, max: 100, noNaN: true }), {
          minLength: mins.length,
          maxLength: mins.length,
        })
        .map((scores): Normalizer => ({
          type: 'steps',
          steps: mins.map((min, i) => ({ min, score: scores[i]! })),
        })),
    ),
  fc.constant<Normalizer>({ type: 'boolean' }),
  fc.constant<Normalizer>({ type: 'percentile' }),
);

const weight = fc.oneof(extreme.map(Math.abs), fc.constantFrom(1, 1e308));
const boundedCard: fc.Arbitrary<Scorecard> = fc
  .tuple(
    fc.constantFrom('weighted' as const, 'worst-of' as const),
    fc.constantFrom('reweight' as const, 'zero' as const, 'neutral' as const),
    fc.array(
      fc.tuple(weight, fc.array(fc.tuple(weight, normalizerArb), { minLength: 1, maxLength: 3 })),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  )
  .map(([model, missing, cats]) => ({
    model,
    missing,
    categories: cats.map(([w, measures], c) => ({
      id: `c${c}`,
      weight: c === 0 ? Math.max(w, 1) : w,
      measures: measures.map(([mw, normalize], m) => ({
        id: `c${c}m${m}`,
        signal: `s${(c + m) % 4}`,
        weight: m === 0 ? Math.max(mw, 1) : mw,
        normalize,
      })),
    })),
  }));
const pointsCard: fc.Arbitrary<Scorecard> = fc
  .array(extreme, { minLength: 1, maxLength: 4 })
  .map((points) => ({
    model: 'points',
    tiers: [...POINTS_TIERS],
    categories: [
      {
        id: 'p',
        weight: 1,
        measures: points.map((p, m) => ({
          id: `m${m}`,
          signal: `s${m}`,
          normalize: { type: 'points', points: p },
        })),
      },
    ],
  }));

const accountsArb = fc.array(
  fc.record({
    s0: finiteSignal,
    s1: finiteSignal,
    s2: finiteSignal,
    s3: finiteSignal,
    mrr: fc.oneof(fc.constant(undefined), extreme.map(Math.abs)),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Runs `fn`; a MetricsInputError (e.g. "too large to sum safely") is an allowed outcome. */
function resultOf(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MetricsInputError) return null;
    throw error;
  }
}

describe('finite input never yields NaN or ±Infinity', () => {
  it('in scoreHealth, healthTierDistribution, expansionSignals and nextTierPath results', () => {
    fc.assert(
      fc.property(fc.oneof(boundedCard, pointsCard), accountsArb, (scorecard, rows) => {
        const accounts: HealthAccount[] = rows.map(({ mrr, ...signals }, i) => ({
          id: `a${i}`,
          ...(mrr === undefined ? {} : { mrr }),
          signals,
        }));
        const scores = resultOf(() =>
          scoreHealth(accounts, scorecard, { onInvalid: 'skip' }),
        ) as ReturnType<typeof scoreHealth> | null;
        const outputs: unknown[] = [scores];
        if (scores !== null) {
          outputs.push(
            resultOf(() =>
              healthTierDistribution(scores.accounts, accounts, {
                tiers: scorecard.tiers ?? DEFAULT_TIERS,
              }),
            ),
          );
          for (const result of scores.accounts) {
            outputs.push(resultOf(() => nextTierPath(result, scorecard)));
          }
        }
        outputs.push(
          resultOf(() =>
            expansionSignals(accounts, {
              seatsUsedSignal: 's0',
              seatsPurchasedSignal: 's1',
              onInvalid: 'skip',
            }),
          ),
        );
        for (const n of numbersIn(outputs)) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('in healthTrend and sustainedBelow results', () => {
    const rowArb = fc.record({
      accountId: fc.constantFrom('a', 'b'),
      date: fc.constantFrom('2025-03-01', '2025-03-02', '2025-03-03', '2025-03-31'),
      score: fc.oneof(extreme, fc.constant(null)),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 10 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, days) => {
          const outputs = [
            resultOf(() => healthTrend(rows, { days, onInvalid: 'skip' })),
            resultOf(() =>
              sustainedBelow(rows, { asOf: '2025-03-03', days: 1 + (days % 3), onInvalid: 'skip' }),
            ),
          ];
          for (const n of numbersIn(outputs)) expect(Number.isFinite(n)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
