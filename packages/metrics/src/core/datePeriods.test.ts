import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../cohorts/cohortRetention';
import { mrrMovements } from '../revenue/mrrMovements';
import { mrrMovementsSeries } from '../revenue/mrrMovementsSeries';
import { formatPeriod, parsePeriod } from './calendar';
import { MetricsInputError } from './errors';
import type { MrrSnapshot } from './mrrSnapshot';

/** SPEC §2: periods accept a `Date` (read in UTC) wherever they accept a string. */
const utc = (year: number, month: number, day = 1, hour = 0) =>
  new Date(Date.UTC(year, month - 1, day, hour));

describe('Date periods', () => {
  it('reads a Date as its UTC month, the last hour of a month included', () => {
    expect(parsePeriod(utc(2025, 1, 31, 23))).toBe(2025 * 12);
    expect(parsePeriod(utc(2025, 2, 1, 0))).toBe(2025 * 12 + 1);
    const early = new Date(0);
    early.setUTCFullYear(50, 2, 9);
    expect(formatPeriod(parsePeriod(early)!)).toBe('0050-03');
  });

  it('rejects an invalid Date and one outside years 0000–9999, naming the row and field', () => {
    const far = new Date(0);
    far.setUTCFullYear(10_000, 0, 1);
    for (const period of [new Date(Number.NaN), far]) {
      let caught: unknown;
      try {
        mrrMovements([{ accountId: 'a', period, mrr: 1 }], { period: '2025-02' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(MetricsInputError);
      expect((caught as MetricsInputError).issues[0]).toMatchObject({ index: 0, field: 'period' });
    }
  });

  it('takes Dates for window options and cohort bounds', () => {
    const rows: MrrSnapshot[] = [
      { accountId: 'a', period: utc(2025, 1, 15), mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 130 },
    ];
    const byDate = mrrMovements(rows, { from: utc(2025, 1), to: utc(2025, 2, 28, 23) });
    expect(byDate.from).toBe('2025-01');
    expect(byDate.to).toBe('2025-02');
    expect(byDate.expansionMrr).toBe(30);
    expect(mrrMovements(rows, { period: utc(2025, 2) }).expansionMrr).toBe(30);
    expect(cohortRetention(rows, { from: utc(2025, 1), to: utc(2025, 1) }).cohorts).toHaveLength(1);
  });

  it('gives the same movements, series and cohorts as the same rows written as strings', () => {
    const rowArb = fc.record({
      account: fc.integer({ min: 0, max: 6 }),
      month: fc.integer({ min: 0, max: 11 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000 })),
      asDate: fc.boolean(),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { maxLength: 50, selector: (r) => `${r.account}|${r.month}` }),
        (spec) => {
          const strings: MrrSnapshot[] = spec.map((r) => ({
            accountId: `acct-${r.account}`,
            period: formatPeriod(2024 * 12 + r.month),
            mrr: r.mrr,
          }));
          const mixed: MrrSnapshot[] = spec.map((r, i) => ({
            ...strings[i]!,
            period: r.asDate ? utc(2024, r.month + 1, r.day, 12) : strings[i]!.period,
          }));
          const window = { from: '2024-02', to: '2024-11' };
          expect(mrrMovements(mixed, window)).toEqual(mrrMovements(strings, window));
          expect(mrrMovementsSeries(mixed, window)).toEqual(mrrMovementsSeries(strings, window));
          expect(cohortRetention(mixed)).toEqual(cohortRetention(strings));
        },
      ),
    );
  });
});
