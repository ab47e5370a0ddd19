import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCHMARKS, benchmarkBands, rateAgainstBenchmark } from '../benchmarks';
import type { BenchmarkMetric } from '../benchmarks/types';
import { cohortRetention } from '../cohorts';
import { MetricsInputError, compensatedSum } from '../core';
import { activationRate, stickiness, stickinessFromActivity, timeToValue } from '../engagement';
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
import { ces, csat, nps } from '../voice';

// SPEC §2: finite input never yields NaN or ±Infinity. For every function outside health/, any
// finite input (huge, tiny, negative where allowed) either returns a result whose every number,
// however deep, is finite (null allowed), or throws a MetricsInputError; nothing else.

/** Every number in `value`, however deep, with its path, that is not finite. */
function nonFinite(value: unknown, path = 'result', seen = new Set<object>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => nonFinite(inner, `${path}.${key}`, seen));
}

/** Runs `call`: a fully finite result, or a MetricsInputError; anything else fails the property. */
function finiteOrInputError(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof MetricsInputError) return;
    throw error;
  }
  expect(nonFinite(result)).toEqual([]);
}

const EXTREMES = [0, -0, 5e-324, 1e-300, 1e-9, 0.5, 1, 3, 1e9, 1e300, 1e307, 8e307, 1e308];
EXTREMES.push(Number.MAX_VALUE);

/** Finite numbers ≥ 0, weighted towards the edges of the double range. */
const amount = fc.oneof(
  fc.constantFrom(...EXTREMES),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
);
/** Any finite number, negative ones included. */
const anyFinite = fc.oneof(
  amount,
  amount.map((x) => -x),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const count = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.constantFrom(0, 1, 2 ** 53, 1e300, 1e308),
);

const snapshot: fc.Arbitrary<MrrSnapshot> = fc
  .record(
    {
      accountId: fc.constantFrom('a', 'b', 'c'),
      period: fc.constantFrom('2025-01', '2025-02', '2025-03', '2025-04'),
      mrr: amount,
      subscriptionId: fc.constantFrom('s1', 's2', 's3'),
    },
    { requiredKeys: ['accountId', 'period', 'mrr'] },
  )
  .map((row) => row as MrrSnapshot);
const book = fc.array(snapshot, { maxLength: 12 });
const policy = fc.constantFrom('throw' as const, 'skip' as const);
const duplicateRows = fc.constantFrom('error' as const, 'sum' as const);

const totals = fc.record({
  startingMrr: amount,
  newMrr: amount,
  expansionMrr: amount,
  reactivationMrr: amount,
  contractionMrr: amount,
  churnedMrr: amount,
  endingMrr: amount,
  startingAccounts: count,
  endingAccounts: count,
  retainedAccounts: count,
  newAccounts: count,
  churnedAccounts: count,
});

const RUNS = { numRuns: 300 };

describe('no finite input yields NaN or ±Infinity', () => {
  it('mrrMovements, mrrMovementsSeries, retention and cohortRetention on any book', () => {
    fc.assert(
      fc.property(book, policy, duplicateRows, (rows, onInvalid, duplicates) => {
        const options = { onInvalid, duplicateRows: duplicates };
        finiteOrInputError(() => mrrMovements(rows, { ...options, period: '2025-03' }));
        finiteOrInputError(() =>
          mrrMovements(rows, { ...options, from: '2025-01', to: '2025-04' }),
        );
        finiteOrInputError(() =>
          mrrMovementsSeries(rows, {
            ...options,
            from: '2024-12',
            to: '2025-04',
            includeAccounts: true,
          }),
        );
        finiteOrInputError(() => retention({ snapshots: rows, ...options, period: '2025-04' }));
        finiteOrInputError(() => cohortRetention(rows, options));
        finiteOrInputError(() => cohortRetention(rows, { ...options, grain: 'quarter' }));
      }),
      RUNS,
    );
  });

  it('every rate on any totals, and on a computed window', () => {
    fc.assert(
      fc.property(totals, book, (t, rows) => {
        const windows: unknown[] = [t];
        try {
          windows.push(mrrMovements(rows, { period: '2025-03', duplicateRows: 'sum' }));
        } catch (error) {
          if (!(error instanceof MetricsInputError)) throw error;
        }
        for (const m of windows as never[]) {
          finiteOrInputError(() => netRevenueRetention(m));
          finiteOrInputError(() => grossRevenueRetention(m));
          finiteOrInputError(() => revenueChurnRate(m));
          finiteOrInputError(() => netRevenueChurnRate(m));
          finiteOrInputError(() => netRevenueChurnRate(m, { offsetReactivation: false }));
          finiteOrInputError(() => expansionRate(m));
          finiteOrInputError(() => quickRatio(m));
          finiteOrInputError(() => quickRatio(m, { includeReactivation: false }));
          finiteOrInputError(() => logoChurnRate(m));
          finiteOrInputError(() => logoChurnRate(m, { denominator: 'start-plus-new' }));
          finiteOrInputError(() => customerRetentionRate(m));
          finiteOrInputError(() => arpa(m));
          finiteOrInputError(() => retention({ data: m }));
          finiteOrInputError(() => retention({ data: m, logoChurnDenominator: 'start-plus-new' }));
        }
      }),
      RUNS,
    );
  });

  it('annualizeRate, monthlyRate, arr, LTV, ltvToCac and retention cost', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, anyFinite, (x, y, z) => {
        finiteOrInputError(() => annualizeRate(x));
        finiteOrInputError(() => monthlyRate(x));
        finiteOrInputError(() => arr(x));
        finiteOrInputError(() => customerLifetimeValue({ arpa: x, churnRate: y }));
        finiteOrInputError(() => customerLifetimeValue({ arpa: x, churnRate: y, grossMargin: z }));
        finiteOrInputError(() =>
          customerLifetimeValue({ arpa: x, lifetimeMonths: y, grossMargin: z }),
        );
        finiteOrInputError(() => ltvToCac(x, y));
        finiteOrInputError(() => retentionCost({ spend: x, customers: y }));
        finiteOrInputError(() => retentionCostRatio({ spend: x, revenue: y }));
        finiteOrInputError(() => compensatedSum([x, y, z]));
      }),
      RUNS,
    );
  });

  it('nps, csat and ces on any numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyFinite, fc.integer({ min: 0, max: 10 }))),
        policy,
        (scores, onInvalid) => {
          finiteOrInputError(() => nps(scores, { onInvalid }));
          finiteOrInputError(() => csat(scores, { onInvalid, scale: 10 }));
          finiteOrInputError(() => ces(scores, { onInvalid, higherIsEasier: false }));
        },
      ),
      RUNS,
    );
  });

  it('engagement rates, stickinessFromActivity and timeToValue', () => {
    const date = fc.oneof(
      fc.constantFrom('2025-02-01', '2025-02-28', '0001-01-01', '9999-12-31'),
      fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }),
    );
    fc.assert(
      fc.property(
        anyFinite,
        anyFinite,
        fc.array(fc.record({ userId: fc.constantFrom('u', 'v'), date })),
        fc.array(date, { maxLength: 6 }),
        (x, y, events, dates) => {
          finiteOrInputError(() => stickiness({ dau: x, mau: y }));
          finiteOrInputError(() => activationRate({ activated: x, signedUp: y }));
          finiteOrInputError(() =>
            stickinessFromActivity(events, { month: '2025-02', onInvalid: 'skip' }),
          );
          const accounts = dates.map((startedAt, i) => ({
            accountId: `a${i}`,
            startedAt,
            firstValueAt: dates[(i + 1) % dates.length],
          }));
          finiteOrInputError(() => timeToValue(accounts, { onInvalid: 'skip' }));
        },
      ),
      RUNS,
    );
  });

  it('rateAgainstBenchmark and benchmarkBands, with thresholds and periods at the edges', () => {
    const metrics = Object.keys(DEFAULT_BENCHMARKS) as BenchmarkMetric[];
    fc.assert(
      fc.property(
        fc.constantFrom(...metrics),
        anyFinite,
        fc.tuple(amount, amount, amount),
        fc.constantFrom(undefined, 'monthly' as const, 'annual' as const),
        fc.constantFrom('monthly' as const, 'annual' as const),
        (metric, value, [excellent, good, fair], period, entryPeriod) => {
          const base = DEFAULT_BENCHMARKS[metric];
          // Metrics rated per segment (logo churn) have no default entry: use the SMB one.
          const entry = base.default ?? base.segments!.SMB!;
          const edited = {
            ...entry,
            // A rate over time may be tabled per month or per year, and converted either way.
            ...(entry.period === undefined ? {} : { period: entryPeriod }),
            thresholds: {
              excellent: { value: excellent, inclusive: true },
              good: { value: good, inclusive: true },
              fair: { value: fair, inclusive: true },
            },
          };
          const table = {
            ...DEFAULT_BENCHMARKS,
            [metric]: { ...base, default: edited, segments: { SMB: edited } },
          };
          const options = { table, period, segment: 'SMB' };
          finiteOrInputError(() => rateAgainstBenchmark(metric, value, options));
          finiteOrInputError(() => benchmarkBands(metric, options));
        },
      ),
      RUNS,
    );
  });
});
