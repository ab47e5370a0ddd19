import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../cohorts';
import { MetricsInputError, compensatedSum } from '../core';
import { catchInputError, where } from '../core/errors.test-helper';
import {
  annualizeRate,
  arr,
  customerLifetimeValue,
  expansionRate,
  ltvToCac,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueRetention,
  quickRatio,
  retention,
  retentionCostRatio,
} from '../revenue';
import { ces, csat, nps } from '../voice';

// The findings of issue 13 outside health/, each as it was reported.

const TOO_LARGE = /too large to sum safely/;

describe('issue 13: NaN or ±Infinity from finite input', () => {
  const twoHuge = [
    { accountId: 'a', period: '2025-01', mrr: 1e308 },
    { accountId: 'b', period: '2025-01', mrr: 1e308 },
    { accountId: 'a', period: '2025-02', mrr: 1 },
  ];

  it.each([
    ['mrrMovements', () => mrrMovements(twoHuge, { period: '2025-02' })],
    ['mrrMovementsSeries', () => mrrMovementsSeries(twoHuge, { from: '2025-01', to: '2025-02' })],
    ['cohortRetention', () => cohortRetention(twoHuge)],
    ['retention', () => retention({ snapshots: twoHuge, period: '2025-02' })],
  ])(
    'two rows of mrr 1e308 in one month: %s names row 1, mrr (was startingMrr NaN)',
    (_n, call) => {
      const error = catchInputError(call);
      expect(where(error)).toEqual([[1, 'mrr']]);
      expect(error.message).toMatch(TOO_LARGE);
    },
  );

  it('NRR on 1e308 totals (was Infinity)', () => {
    const error = catchInputError(() =>
      netRevenueRetention({
        startingMrr: 1e308,
        expansionMrr: 1e308,
        contractionMrr: 0,
        churnedMrr: 0,
      }),
    );
    expect(error.message).toMatch(TOO_LARGE);
  });

  it('quickRatio on 1e308 totals (was Infinity)', () => {
    expect(() =>
      quickRatio({
        newMrr: 1e308,
        expansionMrr: 1e308,
        reactivationMrr: 0,
        contractionMrr: 1,
        churnedMrr: 0,
      }),
    ).toThrow(MetricsInputError);
    expect(() =>
      quickRatio({
        newMrr: 1,
        expansionMrr: 0,
        reactivationMrr: 0,
        contractionMrr: 1e308,
        churnedMrr: 1e308,
      }),
    ).toThrow(TOO_LARGE);
  });

  it('expansionRate with startingMrr 5e-324 (was Infinity)', () => {
    const error = catchInputError(() => expansionRate({ startingMrr: 5e-324, expansionMrr: 1 }));
    expect(where(error)).toEqual([[null, 'startingMrr']]);
  });

  it('arr(1e308) and annualizeRate(-1e30) (were Infinity and -Infinity)', () => {
    expect(where(catchInputError(() => arr(1e308)))).toEqual([[null, 'mrr']]);
    expect(where(catchInputError(() => annualizeRate(-1e30)))).toEqual([[null, 'monthly']]);
    // Inside the domain, a large negative rate still compounds to a finite number.
    expect(annualizeRate(-1e20)).toBe(1 - (1 + 1e20) ** 12);
  });

  it('LTV, ltvToCac and retentionCostRatio (were Infinity)', () => {
    expect(
      where(catchInputError(() => customerLifetimeValue({ arpa: 1e308, churnRate: 5e-324 }))),
    ).toEqual([[null, 'churnRate']]);
    expect(
      where(catchInputError(() => customerLifetimeValue({ arpa: 1e308, lifetimeMonths: 1e308 }))),
    ).toEqual([[null, 'lifetimeMonths']]);
    expect(where(catchInputError(() => ltvToCac(1e308, 5e-324)))).toEqual([[null, 'cac']]);
    expect(where(catchInputError(() => retentionCostRatio({ spend: 1, revenue: 5e-324 })))).toEqual(
      [[null, 'revenue']],
    );
  });
});

describe('issue 13: read twice', () => {
  const nineThenEleven = () => {
    let reads = 0;
    return new Proxy(
      { score: 9 },
      {
        get(target, key, receiver) {
          if (key === 'score') return ++reads === 1 ? 9 : 11;
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
  };

  it.each([
    ['nps', () => nps([nineThenEleven()]), () => nps([9])],
    ['csat', () => csat([nineThenEleven()], { scale: 10 }), () => csat([9], { scale: 10 })],
    ['ces', () => ces([nineThenEleven()], { scale: 10 }), () => ces([9], { scale: 10 })],
  ])('%s: a Proxy answering score 9 then 11 counts as 9 (was a TypeError)', (_n, call, plain) => {
    expect(call()).toEqual(plain());
  });
});

describe('issue 13: inherited fields', () => {
  it('a snapshot whose prototype has accountId is a row missing accountId', () => {
    const row = Object.assign(Object.create({ accountId: 'a' }) as object, {
      period: '2025-02',
      mrr: 10,
    });
    expect(
      where(catchInputError(() => mrrMovements([row as never], { period: '2025-02' }))),
    ).toEqual([[0, 'accountId']]);
  });

  it('a survey answer whose prototype has score is an answer missing its score', () => {
    const row = Object.create({ score: 9 }) as never;
    expect(where(catchInputError(() => nps([row])))).toEqual([[0, 'score']]);
  });
});

describe('own fields even when Object.prototype itself has one', () => {
  it.each([
    [
      'accountId',
      () => mrrMovements([{ period: '2025-02', mrr: 10 } as never], { period: '2025-02' }),
      0,
    ],
    ['score', () => nps([{ accountId: 'a' } as never]), 0],
  ] as const)('a plain row without %s is missing it', (field, call, index) => {
    Object.defineProperty(Object.prototype, field, { value: 9, configurable: true });
    try {
      expect(where(catchInputError(call))).toEqual([[index, field]]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[field];
    }
    expect(field in {}).toBe(false);
  });
});

describe('issue 13: helpers accept anything', () => {
  it('compensatedSum([\'1\', 2]) names index 0 (was the string "0120-1001")', () => {
    expect(where(catchInputError(() => compensatedSum(['1', 2] as never)))).toEqual([
      [0, 'values'],
    ]);
  });

  it.each([null, undefined, 'x'])('retention(%s) is a MetricsInputError naming input', (input) => {
    expect(where(catchInputError(() => retention(input as never)))).toEqual([[null, 'input']]);
  });
});
