/**
 * Random MRR books for the parity suite, shaped like the metric tests' books: several segments,
 * split subscriptions (two rows of one account and month with different `subscriptionId`s),
 * explicit zero rows, gaps (a missing month is 0) and reactivations (paying, then nothing, then
 * paying again), over 2023-10 … 2025-06 so quarter and year windows have history before them.
 */
import fc from 'fast-check';
import type { MrrSnapshot } from '@vitals/metrics';
import type { Cell, Column } from './engines';

const FIRST = 2023 * 12 + 9; // 2023-10
const MONTHS = 21; // … 2025-06
const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;

const label = (month: number) =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/** MRR in cents, a fifth of them 0 (explicit zero rows). */
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 500_000 }).map((cents) => cents / 100) },
);

const account = fc.record({
  segment: fc.constantFrom(...SEGMENTS),
  // Per month: no row, or one to three subscriptions' rows.
  months: fc.array(
    fc.option(fc.array(amount, { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 2 }),
    { minLength: MONTHS, maxLength: MONTHS },
  ),
  /** Whether rows carry a `'YYYY-MM-DD'` date instead of a month (both are read as the month). */
  dates: fc.boolean(),
});

export const books = fc.array(account, { minLength: 0, maxLength: 9 }).map((accounts) => {
  const rows: MrrSnapshot[] = [];
  accounts.forEach((spec, a) => {
    spec.months.forEach((subscriptions, m) => {
      subscriptions?.forEach((mrr, s) => {
        const period = label(FIRST + m) + (spec.dates ? '-15' : '');
        rows.push({
          accountId: `acct-${a}`,
          period,
          mrr,
          currency: 'USD',
          segment: spec.segment,
          subscriptionId: `sub-${s}`,
        });
      });
    });
  });
  return rows;
});

/** The snapshot table's columns, named unlike the fields so the column mapping is exercised. */
export const SNAPSHOT_COLUMNS: readonly Column[] = [
  { name: 'account_id', type: 'VARCHAR' },
  { name: 'month', type: 'VARCHAR' },
  { name: 'mrr_usd', type: 'DOUBLE PRECISION' },
  { name: 'currency', type: 'VARCHAR' },
  { name: 'segment', type: 'VARCHAR' },
  { name: 'subscription_id', type: 'VARCHAR' },
];

export const SNAPSHOT_MAPPING = {
  accountId: 'account_id',
  period: 'month',
  mrr: 'mrr_usd',
  currency: 'currency',
  segment: 'segment',
  subscriptionId: 'subscription_id',
} as const;

export const snapshotCells = (rows: readonly MrrSnapshot[]): Cell[][] =>
  rows.map((row) => [
    row.accountId,
    // The books are generated with 'YYYY-MM' strings; a Date period is the pure function's own.
    row.period as string,
    row.mrr,
    row.currency ?? null,
    row.segment ?? null,
    row.subscriptionId ?? null,
  ]);

/** Windows to check: months, quarters and years, inside and around the data. */
export const windows = fc.oneof(
  fc
    .tuple(fc.integer({ min: -2, max: MONTHS }), fc.integer({ min: 1, max: 8 }))
    .map(([start, length]) => ({
      grain: 'month' as const,
      from: label(FIRST + start),
      to: label(FIRST + start + length),
    })),
  fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 3 })).map(([q, length]) => {
    const from = 2023 * 4 + 3 + q;
    const to = from + length;
    const fmt = (i: number) => `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return { grain: 'quarter' as const, from: fmt(from), to: fmt(to) };
  }),
  fc.constantFrom(
    { grain: 'year' as const, from: '2023', to: '2024' },
    { grain: 'year' as const, from: '2023', to: '2025' },
    { grain: 'year' as const, from: '2024', to: '2025' },
  ),
);
