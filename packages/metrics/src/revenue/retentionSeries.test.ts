import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { MetricsInputError } from '../core/errors';
import { logoChurnRate } from './accountRates';
import { mrrMovements } from './mrrMovements';
import { grossRevenueRetention, netRevenueRetention } from './rates';
import { readRetentionPoints, retentionSeries, retentionSeriesPoint } from './retentionSeries';
import type { MrrSnapshot } from './types';

const rows: MrrSnapshot[] = [
  { accountId: 'a', period: '2024-01', mrr: 1_000 },
  { accountId: 'a', period: '2025-01', mrr: 1_200 },
  { accountId: 'a', period: '2025-02', mrr: 1_200 },
  { accountId: 'b', period: '2024-01', mrr: 500 },
];

describe('retentionSeries, trailing twelve months', () => {
  it('compares the end of P − 12 with the end of P for every month after `from`', () => {
    const { points, window } = retentionSeries(rows, {
      from: '2024-12',
      to: '2025-02',
      window: 'ttm',
    });
    expect(window).toBe('ttm');
    expect(points.map((p) => [p.period, p.from])).toEqual([
      ['2025-01', '2024-01'],
      ['2025-02', '2024-02'],
    ]);
    // Starting 1,500; a expands by 200, b (500) churns: NRR 1,200 / 1,500, GRR 1,000 / 1,500.
    expect(points[0]!.nrr).toBeCloseTo(0.8, 12);
    expect(points[0]!.grr).toBeCloseTo(2 / 3, 12);
    expect(points[0]!.logoChurn).toBe(0.5);
  });

  it('gives a null point with its reason when nobody paid a year earlier', () => {
    const { points } = retentionSeries(rows, { from: '2024-12', to: '2025-02', window: 'ttm' });
    expect(points[1]).toMatchObject({
      nrr: null,
      grr: null,
      logoChurn: null,
      reason: 'no-starting-mrr',
    });
  });

  it('names bad rows, or skips them on request', () => {
    const bad = [...rows, { accountId: 'x', period: '2025-01', mrr: -1 }];
    const options = { from: '2024-12', to: '2025-01', window: 'ttm' } as const;
    expect(() => retentionSeries(bad, options)).toThrow(/1 invalid row/);
    expect(retentionSeries(bad, { ...options, onInvalid: 'skip' }).issues).toHaveLength(1);
  });
});

describe('retentionSeries, one month per point', () => {
  it('is the rates of each single-month window, starting the month before', () => {
    const { points } = retentionSeries(rows, { from: '2024-12', to: '2025-02' });
    expect(points.map((p) => [p.period, p.from])).toEqual([
      ['2025-01', '2024-12'],
      ['2025-02', '2025-01'],
    ]);
    expect(points[0]).toMatchObject({ nrr: null, reason: 'no-starting-mrr' });
    expect(points[1]!.nrr).toBe(1);
  });

  it('equals netRevenueRetention, grossRevenueRetention and logoChurnRate of mrrMovements per month (property)', () => {
    const book = fc
      .uniqueArray(
        fc.record({
          account: fc.integer({ min: 0, max: 5 }),
          month: fc.integer({ min: 0, max: 8 }),
          mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 })),
        }),
        { maxLength: 40, selector: ({ account, month, mrr }) => `${account}|${month}|${mrr}` },
      )
      .map((list) =>
        list.map(({ account, month, mrr }) => ({
          accountId: `acct-${account}`,
          period: formatPeriod(2025 * 12 + month),
          mrr,
        })),
      );
    fc.assert(
      fc.property(book, fc.constantFrom('month' as const, 'ttm' as const), (snapshots, window) => {
        const { points } = retentionSeries(snapshots, { from: '2025-01', to: '2025-09', window });
        expect(points).toHaveLength(8);
        for (const point of points) {
          const movements = mrrMovements(snapshots, { from: point.from!, to: point.period });
          expect(point.nrr).toBe(netRevenueRetention(movements));
          expect(point.grr).toBe(grossRevenueRetention(movements));
          expect(point.logoChurn).toBe(logoChurnRate(movements));
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('retentionSeries options', () => {
  it.each([
    [null, 'options'],
    [{ from: '2025-01' }, 'options.to'],
    [{ from: '2025-Q1', to: '2025-06' }, 'options.from'],
    [{ from: '2025-01-15', to: '2025-06' }, 'options.from'],
    [{ from: '2025-06', to: '2025-06' }, 'options.to'],
    [{ from: '2025-01', to: '2025-06', window: 'year' }, 'options.window'],
    [{ from: '2025-01', to: '2025-06', window: null }, 'options.window'],
    [{ from: '2025-01', to: '2025-06', onInvalid: 'SKIP' }, 'options.onInvalid'],
    [{ from: '0000-06', to: '0001-06', window: 'ttm' }, 'options.from'],
  ])('%j is a MetricsInputError naming %s', (options, field) => {
    const call = () => retentionSeries(rows, options as never);
    expect(call).toThrow(MetricsInputError);
    expect(call).toThrow(field);
  });
});

describe('retentionSeriesPoint', () => {
  it('reads one window of totals', () => {
    expect(
      retentionSeriesPoint({
        period: '2025-02',
        from: '2025-01',
        startingMrr: 1000,
        expansionMrr: 100,
        contractionMrr: 0,
        churnedMrr: 50,
        startingAccounts: 10,
        churnedAccounts: 1,
      }),
    ).toEqual({ period: '2025-02', from: '2025-01', nrr: 1.05, grr: 0.95, logoChurn: 0.1 });
  });
});

describe('readRetentionPoints', () => {
  it('fills missing rates with null', () => {
    expect(readRetentionPoints([{ period: '2025-01', nrr: 1.02, grr: 0.94 } as never])).toEqual([
      { period: '2025-01', nrr: 1.02, grr: 0.94, logoChurn: null },
    ]);
  });

  it('lists every bad point with its index and field', () => {
    const bad = [
      { period: '2025-Q1', nrr: 1, grr: 1, logoChurn: 0 },
      null,
      { period: '2025-03', nrr: Number.NaN, grr: '0.9', logoChurn: 0 },
    ];
    const error = (() => {
      try {
        readRetentionPoints(bad as never);
      } catch (caught) {
        return caught as MetricsInputError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(MetricsInputError);
    expect(error!.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [0, 'period'],
      [1, 'point'],
      [2, 'nrr'],
      [2, 'grr'],
    ]);
    expect(() => readRetentionPoints(null as never)).toThrow(MetricsInputError);
  });
});
