import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import {
  annualizeRate,
  arpa,
  arr,
  customerLifetimeValue,
  customerRetentionRate,
  expansionRate,
  grossRevenueRetention,
  logoChurnRate,
  ltvToCac,
  monthlyRate,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueChurnRate,
  netRevenueRetention,
  quickRatio,
  retention,
  retentionCost,
  retentionCostRatio,
  revenueChurnRate,
} from '../revenue';
import type { MrrSnapshot } from '../revenue/types';
import {
  BAD_AMOUNTS,
  BAD_OPTIONS,
  BAD_PERIODS,
  BAD_POLICIES,
  type BadInput,
  expectBadInput,
  inherited,
  shifty,
  throwingGetter,
  without,
} from './battery.test-helper';
import { goodSnapshots, snapshotCases } from './snapshots.test-helper';

// The bad-input battery of the revenue family (SPEC §2, §3; issue 13): every bad input, by
// class, is a MetricsInputError whose issues name the row index (or null) and the field.

const readers: Record<string, (rows: readonly MrrSnapshot[], options?: object) => unknown> = {
  mrrMovements: (rows, options) => mrrMovements(rows, { period: '2025-02', ...options }),
  mrrMovementsSeries: (rows, options) =>
    mrrMovementsSeries(rows, { from: '2025-01', to: '2025-02', ...options }),
  'retention (snapshots)': (rows, options) =>
    retention({ snapshots: rows, period: '2025-02', ...options }),
};

describe.each(Object.keys(readers))('%s: bad rows', (name) => {
  const read = readers[name]!;
  it.each(snapshotCases((rows) => read(rows)).map((c) => [c.label, c] as const))(
    '%s',
    (_label, c) => expectBadInput(c),
  );

  it('reads each field of a row once, so a Proxy that changes its answer cannot slip past', () => {
    const { row, reads } = shifty(goodSnapshots()[1]!, 'mrr', 120, -5);
    const result = read([goodSnapshots()[0]!, row]);
    expect(result).toEqual(read(goodSnapshots()));
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });

  it('computes a finite result for one row of 1e308', () => {
    const rows = [goodSnapshots()[0]!, { ...goodSnapshots()[1]!, mrr: 1e308 }];
    expect(JSON.stringify(read(rows))).not.toMatch(/null,"reason":null|Infinity|NaN/);
  });

  it('takes -0 as a valid 0', () => {
    const rows = [goodSnapshots()[0]!, { ...goodSnapshots()[1]!, mrr: -0 }];
    expect(read(rows)).toEqual(read([goodSnapshots()[0]!, { ...goodSnapshots()[1]!, mrr: 0 }]));
  });

  it('reads a row with a null prototype like a plain one', () => {
    const row = Object.assign(Object.create(null) as object, goodSnapshots()[1]!) as MrrSnapshot;
    expect(read([goodSnapshots()[0]!, row])).toEqual(read(goodSnapshots()));
  });

  it('reads own fields of a class instance and nothing it inherits', () => {
    class Snapshot {
      constructor(
        readonly accountId: string,
        readonly period: string,
        readonly mrr: number,
      ) {}
    }
    const rows = [new Snapshot('a', '2025-01', 100), new Snapshot('a', '2025-02', 120)];
    expect(read(rows)).toEqual(read(goodSnapshots()));
  });

  it.each<[string, object, string]>([
    ...BAD_POLICIES.map(([label, value]): [string, object, string] => [
      `onInvalid ${label}`,
      { onInvalid: value },
      'options.onInvalid',
    ]),
    ['duplicateRows upper case', { duplicateRows: 'SUM' }, 'options.duplicateRows'],
    ['duplicateRows null', { duplicateRows: null }, 'options.duplicateRows'],
    ['grain unknown', { grain: 'week' }, 'options.grain'],
    ['grain null', { grain: null }, 'options.grain'],
  ])('option %s', (_label, options, field) => {
    expectBadInput({
      label: '',
      call: () => read(goodSnapshots(), options),
      expected: [[null, field]],
    });
  });

  it('throws for snapshots that are not an array', () => {
    for (const rows of [null, undefined, 'rows', 5, { 0: goodSnapshots()[0] }]) {
      expect(() => read(rows as never)).toThrow(/snapshots|input/);
      catchInputError(() => read(rows as never));
    }
  });
});

describe('window options', () => {
  it.each(BAD_OPTIONS)('mrrMovements options %s', (_label, options) => {
    expectBadInput({
      label: '',
      call: () => mrrMovements(goodSnapshots(), options as never),
      expected: [[null, 'options']],
    });
  });

  it.each(BAD_PERIODS)('period %s', (_label, period) => {
    expectBadInput({
      label: '',
      call: () => mrrMovements(goodSnapshots(), { period } as never),
      expected: [[null, 'options.period']],
    });
    expectBadInput({
      label: '',
      call: () => mrrMovementsSeries(goodSnapshots(), { from: period, to: '2025-02' } as never),
      expected: [[null, 'options.from']],
    });
  });

  it('to before from', () => {
    expectBadInput({
      label: '',
      call: () => mrrMovementsSeries(goodSnapshots(), { from: '2025-03', to: '2025-02' }),
      expected: [[null, 'options.to']],
    });
  });

  it.each([
    ['a string', 'yes'],
    ['null', null],
    ['a number', 1],
  ])('includeAccounts %s', (_label, includeAccounts) => {
    expectBadInput({
      label: '',
      call: () =>
        mrrMovementsSeries(goodSnapshots(), {
          from: '2025-01',
          to: '2025-02',
          includeAccounts,
        } as never),
      expected: [[null, 'options.includeAccounts']],
    });
  });
});

// Pre-aggregated totals: each rate function names the bad field.
const totals = {
  startingMrr: 10_000,
  newMrr: 1_000,
  expansionMrr: 500,
  reactivationMrr: 100,
  contractionMrr: 200,
  churnedMrr: 300,
  endingMrr: 11_100,
  startingAccounts: 100,
  endingAccounts: 105,
  retainedAccounts: 95,
  newAccounts: 10,
  churnedAccounts: 5,
};

const rates: Record<string, [(m: never) => unknown, string[]]> = {
  netRevenueRetention: [
    netRevenueRetention,
    ['startingMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr'],
  ],
  grossRevenueRetention: [grossRevenueRetention, ['startingMrr', 'contractionMrr', 'churnedMrr']],
  revenueChurnRate: [revenueChurnRate, ['startingMrr', 'contractionMrr', 'churnedMrr']],
  netRevenueChurnRate: [
    netRevenueChurnRate,
    ['startingMrr', 'expansionMrr', 'contractionMrr', 'churnedMrr', 'reactivationMrr'],
  ],
  expansionRate: [expansionRate, ['startingMrr', 'expansionMrr']],
  quickRatio: [
    quickRatio,
    ['newMrr', 'expansionMrr', 'reactivationMrr', 'contractionMrr', 'churnedMrr'],
  ],
  logoChurnRate: [logoChurnRate, ['startingAccounts', 'churnedAccounts']],
  customerRetentionRate: [customerRetentionRate, ['startingAccounts']],
  arpa: [arpa, ['endingMrr', 'endingAccounts']],
};

describe.each(Object.keys(rates))('%s: bad totals', (name) => {
  const [rate, fields] = rates[name]!;
  const cases: BadInput[] = [];
  for (const field of fields) {
    for (const [label, value] of BAD_AMOUNTS) {
      cases.push({
        label: `${field}: ${label}`,
        call: () => rate({ ...totals, [field]: value } as never),
        expected: [[null, field]],
      });
    }
    cases.push({
      label: `${field}: missing`,
      call: () => rate(without(totals, field) as never),
      expected: [[null, field]],
    });
    cases.push({
      label: `${field}: inherited from the prototype`,
      call: () => rate(inherited(totals, field) as never),
      expected: [[null, field]],
    });
  }
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['an array', [totals]],
  ])('movements %s', (_label, movements) => {
    expectBadInput({
      label: '',
      call: () => rate(movements as never),
      expected: [[null, 'movements']],
    });
  });

  it('a getter that throws is a MetricsInputError, not the getter’s error', () => {
    catchInputError(() => rate(throwingGetter(totals, fields[0]!) as never));
  });

  it('reads each total once', () => {
    const { row, reads } = shifty(totals, fields[0]!, totals[fields[0] as keyof typeof totals], -1);
    expect(rate(row as never)).toEqual(rate(totals as never));
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });
});

describe('rate options', () => {
  it.each(BAD_OPTIONS.filter(([label]) => label !== 'an array' || true))(
    'options %s',
    (_label, options) => {
      for (const rate of [netRevenueChurnRate, quickRatio, logoChurnRate]) {
        expectBadInput({
          label: '',
          call: () => rate(totals, options as never),
          expected: [[null, 'options']],
        });
      }
    },
  );

  it.each([
    ['offsetReactivation', netRevenueChurnRate, { offsetReactivation: 'no' }],
    ['offsetReactivation', netRevenueChurnRate, { offsetReactivation: null }],
    ['includeReactivation', quickRatio, { includeReactivation: 0 }],
    ['denominator', logoChurnRate, { denominator: 'stripe' }],
    ['denominator', logoChurnRate, { denominator: null }],
  ] as const)('options.%s', (field, rate, options) => {
    expectBadInput({
      label: '',
      call: () => rate(totals, options as never),
      expected: [[null, `options.${field}`]],
    });
  });
});

describe('helpers', () => {
  const cases: BadInput[] = [];
  const bad = (label: string, call: () => unknown, field: string) =>
    cases.push({ label, call, expected: [[null, field]] });
  for (const [label, value] of [
    ...BAD_AMOUNTS.filter(([l]) => l !== 'null' && l !== 'a negative number'),
    ['above 1', 1.5],
  ] as const) {
    bad(`annualizeRate ${label}`, () => annualizeRate(value as never), 'monthly');
    bad(`monthlyRate ${label}`, () => monthlyRate(value as never), 'annual');
  }
  for (const [label, value] of BAD_AMOUNTS.filter(([l]) => l !== 'null')) {
    bad(`arr ${label}`, () => arr(value as never), 'mrr');
    bad(`ltvToCac cac ${label}`, () => ltvToCac(100, value as never), 'cac');
    bad(`ltvToCac ltv ${label}`, () => ltvToCac(value as never, 10), 'ltv');
  }
  for (const [label, value] of BAD_AMOUNTS) {
    bad(
      `customerLifetimeValue arpa ${label}`,
      () => customerLifetimeValue({ arpa: value, churnRate: 0.1 } as never),
      'arpa',
    );
    bad(
      `customerLifetimeValue churnRate ${label}`,
      () => customerLifetimeValue({ arpa: 10, churnRate: value } as never),
      'churnRate',
    );
    bad(
      `customerLifetimeValue lifetimeMonths ${label}`,
      () => customerLifetimeValue({ arpa: 10, lifetimeMonths: value } as never),
      'lifetimeMonths',
    );
    bad(
      `customerLifetimeValue grossMargin ${label}`,
      () => customerLifetimeValue({ arpa: 10, churnRate: 0.1, grossMargin: value } as never),
      'grossMargin',
    );
    bad(
      `retentionCost spend ${label}`,
      () => retentionCost({ spend: value, customers: 3 } as never),
      'spend',
    );
    bad(
      `retentionCost customers ${label}`,
      () => retentionCost({ spend: 3, customers: value } as never),
      'customers',
    );
    bad(
      `retentionCostRatio spend ${label}`,
      () => retentionCostRatio({ spend: value, revenue: 3 } as never),
      'spend',
    );
    bad(
      `retentionCostRatio revenue ${label}`,
      () => retentionCostRatio({ spend: 3, revenue: value } as never),
      'revenue',
    );
  }
  bad(
    'customerLifetimeValue arpa inherited',
    () => customerLifetimeValue(inherited({ arpa: 10, churnRate: 0.1 }, 'arpa')),
    'arpa',
  );
  bad(
    'retentionCost spend inherited',
    () => retentionCost(inherited({ spend: 10, customers: 2 }, 'spend')),
    'spend',
  );
  bad(
    'retentionCostRatio revenue a getter that throws',
    () => retentionCostRatio(throwingGetter({ spend: 10, revenue: 2 }, 'revenue')),
    'revenue',
  );
  bad(
    'customerLifetimeValue churnRate a getter that throws',
    () => customerLifetimeValue(throwingGetter({ arpa: 10, churnRate: 0.1 }, 'churnRate')),
    'churnRate',
  );
  for (const [label, input] of [
    ['null', null],
    ['a number', 5],
    ['an array', []],
  ] as const) {
    bad(
      `customerLifetimeValue input ${label}`,
      () => customerLifetimeValue(input as never),
      'input',
    );
    bad(`retentionCost input ${label}`, () => retentionCost(input as never), 'input');
    bad(`retentionCostRatio input ${label}`, () => retentionCostRatio(input as never), 'input');
  }
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => expectBadInput(c));

  it('reads each LTV field once', () => {
    const { row, reads } = shifty({ arpa: 50, churnRate: 0.01 }, 'churnRate', 0.01, 0);
    expect(customerLifetimeValue(row)).toBeCloseTo(5000, 9);
    for (const [field, count] of reads) expect([field, count]).toEqual([field, 1]);
  });
});

describe('retention input', () => {
  it.each([
    ['null', null, 'input'],
    ['a string', 'x', 'input'],
    ['undefined', undefined, 'input'],
    ['data null', { data: null }, 'movements'],
    ['data without startingMrr', { data: without(totals, 'startingMrr') }, 'startingMrr'],
    ['data with a NaN total', { data: { ...totals, churnedMrr: Number.NaN } }, 'churnedMrr'],
    [
      'offsetReactivation null',
      { data: totals, offsetReactivation: null },
      'options.offsetReactivation',
    ],
    [
      'offsetReactivation a string',
      { data: totals, offsetReactivation: 'no' },
      'options.offsetReactivation',
    ],
    [
      'logoChurnDenominator unknown',
      { data: totals, logoChurnDenominator: 'stripe' },
      'options.logoChurnDenominator',
    ],
    [
      'logoChurnDenominator null',
      { data: totals, logoChurnDenominator: null },
      'options.logoChurnDenominator',
    ],
  ] as const)('%s', (_label, input, field) => {
    expectBadInput({ label: '', call: () => retention(input as never), expected: [[null, field]] });
  });
});
