import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkBands, rateAgainstBenchmark } from '../benchmarks';
import {
  expansionSignals,
  healthTierDistribution,
  healthTrend,
  nextTierPath,
  scoreHealth,
  sustainedBelow,
  tierChanges,
} from '../health';
import type { HealthAccount, HealthHistoryRow, Scorecard } from '../health/types';
import {
  logoChurnRate,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueChurnRate,
  quickRatio,
  retention,
} from '../revenue';
import type { MrrSnapshot } from '../revenue/types';
import { MetricsInputError } from './errors';
import { catchInputError, where } from './errors.test-helper';

// SPEC §2: options are input too. A wrong option is a MetricsInputError naming `options.<name>`,
// never a TypeError or RangeError.

const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } }],
    },
  ],
};
const accounts: HealthAccount[] = [
  { id: 'a', mrr: 500, signals: { logins: 9, seatsUsed: 10, seatsPurchased: 10 } },
  { id: 'b', mrr: 200, signals: { logins: 3, seatsUsed: 1, seatsPurchased: 10 } },
];
const history: HealthHistoryRow[] = ['2025-03-01', '2025-03-02', '2025-03-03'].map((date) => ({
  accountId: 'a',
  date,
  score: 60,
}));
const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
];
const movements = {
  startingMrr: 1000,
  newMrr: 50,
  expansionMrr: 40,
  contractionMrr: 10,
  churnedMrr: 20,
  reactivationMrr: 0,
  startingAccounts: 10,
  churnedAccounts: 1,
  newAccounts: 2,
};
const tiers = [{ accountId: 'a', tier: 'healthy' }];

/** Every function whose options this file checks, called with a given options value. */
const withOptions: Record<string, (options: never) => unknown> = {
  quickRatio: (options) => quickRatio(movements, options),
  netRevenueChurnRate: (options) => netRevenueChurnRate(movements, options),
  logoChurnRate: (options) => logoChurnRate(movements, options),
  scoreHealth: (options) => scoreHealth(accounts, scorecard, options),
  healthTrend: (options) => healthTrend(history, options),
  sustainedBelow: (options) => sustainedBelow(history, options),
  tierChanges: (options) => tierChanges(tiers, tiers, options),
  healthTierDistribution: (options) => healthTierDistribution(tiers, accounts, options),
  expansionSignals: (options) => expansionSignals(accounts, options),
  mrrMovements: (options) => mrrMovements(snapshots, options),
  mrrMovementsSeries: (options) => mrrMovementsSeries(snapshots, options),
  rateAgainstBenchmark: (options) => rateAgainstBenchmark('nps', 40, options),
  benchmarkBands: (options) => benchmarkBands('nps', options),
};

describe('options = null', () => {
  it.each(Object.keys(withOptions))('%s: a MetricsInputError naming options', (name) => {
    const error = catchInputError(() => withOptions[name]!(null as never));
    expect(where(error)).toEqual([[null, 'options']]);
  });

  it.each(['quickRatio', 'netRevenueChurnRate', 'logoChurnRate', 'expansionSignals'])(
    '%s: arrays and numbers are not options either',
    (name) => {
      for (const options of [[], 42, 'x', true]) {
        expect(where(catchInputError(() => withOptions[name]!(options as never)))).toEqual([
          [null, 'options'],
        ]);
      }
    },
  );

  it('sustainedBelow(history) with no options names options.asOf', () => {
    const error = catchInputError(() =>
      (sustainedBelow as (h: readonly HealthHistoryRow[]) => unknown)(history),
    );
    expect(where(error)).toEqual([[null, 'options.asOf']]);
  });
});

describe("onInvalid: 'SKIP'", () => {
  it.each([
    'mrrMovements',
    'mrrMovementsSeries',
    'scoreHealth',
    'healthTrend',
    'sustainedBelow',
    'tierChanges',
    'healthTierDistribution',
    'expansionSignals',
  ])('%s: a MetricsInputError naming options.onInvalid', (name) => {
    const options = {
      onInvalid: 'SKIP',
      from: '2025-01',
      to: '2025-02',
      asOf: '2025-03-03',
    };
    const error = catchInputError(() => withOptions[name]!(options as never));
    expect(where(error)).toEqual([[null, 'options.onInvalid']]);
  });

  it("'skip' and 'throw' are still accepted", () => {
    const window = { from: '2025-01', to: '2025-02' } as const;
    expect(mrrMovements(snapshots, { ...window, onInvalid: 'skip' }).expansionMrr).toBe(20);
    expect(mrrMovementsSeries(snapshots, { ...window, onInvalid: 'throw' })).toHaveLength(1);
    expect(healthTrend(history, { onInvalid: 'skip', days: 1 }).accounts).toHaveLength(1);
  });
});

describe('option values', () => {
  it('expansionSignals: a signal name must be a non-empty string', () => {
    for (const [field, value] of [
      ['seatsUsedSignal', 42],
      ['seatsPurchasedSignal', ''],
      ['seatsUsedSignal', null],
    ] as const) {
      const error = catchInputError(() => expansionSignals(accounts, { [field]: value } as never));
      expect(where(error)).toEqual([[null, `options.${field}`]]);
    }
    expect(expansionSignals(accounts).accounts.map((a) => a.accountId)).toEqual(['a']);
  });

  it('healthTrend: days: 1e9 is a MetricsInputError naming options.days, not a RangeError', () => {
    for (const days of [1e9, 36_526, 0, 1.5, '30']) {
      const error = catchInputError(() => healthTrend(history, { days } as never));
      expect(where(error)).toEqual([[null, 'options.days']]);
    }
    expect(healthTrend(history, { days: 36_525 }).days).toBe(36_525);
  });

  it('sustainedBelow: days is bounded too', () => {
    const error = catchInputError(() => sustainedBelow(history, { asOf: '2025-03-03', days: 1e9 }));
    expect(where(error)).toEqual([[null, 'options.days']]);
  });

  it('retention(null | undefined | "x") is a MetricsInputError naming input', () => {
    for (const input of [null, undefined, 'x', 42, []]) {
      const error = catchInputError(() => retention(input as never));
      expect(where(error)).toEqual([[null, 'input']]);
    }
  });

  it.each([
    [
      'rateAgainstBenchmark',
      () => rateAgainstBenchmark('nps', 40, { table: { nps: null } as never }),
    ],
    ['benchmarkBands', () => benchmarkBands('nps', { table: { nps: null } as never })],
    ['benchmarkBands', () => benchmarkBands('nps', { table: { nps: 7 } as never })],
  ])('%s: a null table entry names options.table.nps', (_name, call) => {
    expect(where(catchInputError(call))).toEqual([[null, 'options.table.nps']]);
  });

  it('nextTierPath: a null contribution names its index', () => {
    // Account b (score 30) has a next tier, so its contributions are read.
    const [, result] = scoreHealth(accounts, scorecard).accounts;
    const broken = { ...result!, contributions: [null] } as never;
    expect(where(catchInputError(() => nextTierPath(broken, scorecard)))).toEqual([
      [null, 'result.contributions[0]'],
    ]);
    expect(nextTierPath(result!, scorecard)).not.toBeNull();
  });
});

describe('property: any options value is a result or a MetricsInputError', () => {
  const badField = fc.oneof(
    fc.constant(null),
    fc.constant(Number.NaN),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    fc.constantFrom('SKIP', 'skip', 'throw', '2025-02', '2025-03-03', 'month', 'start'),
  );
  const fields = [
    'onInvalid',
    'days',
    'threshold',
    'asOf',
    'tiers',
    'overrides',
    'seatUtilization',
    'seatsUsedSignal',
    'seatsPurchasedSignal',
    'offsetReactivation',
    'includeReactivation',
    'denominator',
    'from',
    'to',
    'period',
    'grain',
    'includeAccounts',
    'table',
    'segment',
  ];
  const options = fc.oneof(
    badField,
    fc.dictionary(fc.constantFrom(...fields), badField, { maxKeys: 4 }),
    fc.array(badField, { maxLength: 3 }),
  );

  it.each(Object.keys(withOptions))('%s', (name) => {
    fc.assert(
      fc.property(options, (value) => {
        try {
          withOptions[name]!(value as never);
        } catch (error) {
          if (!(error instanceof MetricsInputError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          // A table without the metric names the metric; every other problem is in the options.
          for (const issue of error.issues) expect(issue.field).toMatch(/^(options|metric)\b/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
