import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../core/calendar';
import { MetricsInputError } from '../core/errors';
import { cohortRetention } from '../cohorts/cohortRetention';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import { mrrSegments } from './mrrSegments';
import { retentionSeries } from './retentionSeries';
import type { MrrSnapshot } from './types';

const BASE = 2024 * 12; // 2024-01
const SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;

/** Snapshots for up to 12 accounts over two years, every row naming a segment (rows may disagree). */
const snapshotsArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 11 }),
      month: fc.integer({ min: 0, max: 23 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
      segment: fc.constantFrom(...SEGMENTS),
    }),
    { maxLength: 120, selector: ({ account, month, mrr }) => `${account}|${month}|${mrr}` },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr, segment }): MrrSnapshot => ({
      accountId: `acct-${account}`,
      period: formatPeriod(BASE + month),
      mrr,
      segment,
    })),
  );

const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 23 }))
  .map(([from, length]) => ({
    from: formatPeriod(BASE + from),
    to: formatPeriod(BASE + Math.min(23, from + length)),
  }));

const FIELDS = [
  'startingMrr',
  'newMrr',
  'expansionMrr',
  'reactivationMrr',
  'contractionMrr',
  'churnedMrr',
  'endingMrr',
  'startingAccounts',
  'endingAccounts',
  'retainedAccounts',
  'newAccounts',
  'expansionAccounts',
  'reactivatedAccounts',
  'contractionAccounts',
  'churnedAccounts',
  'newAndChurnedAccounts',
] as const;

describe('the segment option', () => {
  it('per-segment movements add up to the whole book when every row names a segment', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const whole = mrrMovements(rows, window);
        const parts = mrrSegments(rows).map((segment) =>
          mrrMovements(rows, { ...window, segment }),
        );
        for (const field of FIELDS) {
          const sum = parts.reduce((total, part) => total + part[field], 0);
          expect(sum).toBeCloseTo(whole[field], 6);
        }
        expect(parts.reduce((total, part) => total + part.accounts.length, 0)).toBe(
          whole.accounts.length,
        );
      }),
    );
  });

  it('filtering by every segment present equals no filter (movements, series, cohorts)', () => {
    fc.assert(
      fc.property(snapshotsArb, windowArb, (rows, window) => {
        const all = mrrSegments(rows);
        fc.pre(all.length > 0);
        expect(mrrMovements(rows, { ...window, segment: all })).toEqual(mrrMovements(rows, window));
        expect(mrrMovementsSeries(rows, { ...window, segment: all })).toEqual(
          mrrMovementsSeries(rows, window),
        );
        expect(cohortRetention(rows, { segment: all })).toEqual(cohortRetention(rows));
      }),
    );
  });

  it('keeps only the accounts of the segment, by the segment of their first row that names one', () => {
    const rows: MrrSnapshot[] = [
      { accountId: 'a', period: '2025-01', mrr: 100, segment: 'SMB' },
      { accountId: 'a', period: '2025-02', mrr: 150, segment: 'Enterprise' },
      { accountId: 'b', period: '2025-01', mrr: 0 },
      { accountId: 'b', period: '2025-02', mrr: 900, segment: 'Enterprise' },
      { accountId: 'c', period: '2025-01', mrr: 50 },
    ];
    const smb = mrrMovements(rows, { period: '2025-02', segment: 'SMB' });
    expect(smb.startingMrr).toBe(100);
    expect(smb.expansionMrr).toBe(50);
    expect(smb.accounts.map((row) => row.accountId)).toEqual(['a']);
    const enterprise = mrrMovements(rows, { period: '2025-02', segment: ['Enterprise'] });
    expect(enterprise.newMrr).toBe(900);
    expect(enterprise.startingMrr).toBe(0);
    // 'c' names no segment: it is in the book but in no segment.
    expect(mrrMovements(rows, { period: '2025-02' }).churnedMrr).toBe(50);
    expect(mrrSegments(rows)).toEqual(['Enterprise', 'SMB']);
  });

  it('a segment with no accounts is an empty book, not an error', () => {
    const rows: MrrSnapshot[] = [
      { accountId: 'a', period: '2025-01', mrr: 100, segment: 'SMB' },
      { accountId: 'a', period: '2025-02', mrr: 150, segment: 'SMB' },
    ];
    const none = mrrMovements(rows, { period: '2025-02', segment: 'Enterprise' });
    expect(none.startingMrr).toBe(0);
    expect(none.accounts).toEqual([]);
    const series = retentionSeries(rows, { from: '2025-01', to: '2025-02', segment: 'Enterprise' });
    expect(series.points[0]).toMatchObject({ nrr: null, reason: 'no-starting-mrr' });
    // The cohort table still runs to the data's last month: there is just no cohort.
    expect(cohortRetention(rows, { segment: 'Enterprise' })).toMatchObject({
      cohorts: [],
      lastPeriod: '2025-02',
    });
  });

  it('filters the retention series and the cohort table', () => {
    const rows: MrrSnapshot[] = [
      { accountId: 'a', period: '2025-01', mrr: 100, segment: 'SMB' },
      { accountId: 'a', period: '2025-02', mrr: 0, segment: 'SMB' },
      { accountId: 'b', period: '2025-01', mrr: 100, segment: 'Enterprise' },
      { accountId: 'b', period: '2025-02', mrr: 120, segment: 'Enterprise' },
    ];
    const smb = retentionSeries(rows, { from: '2025-01', to: '2025-02', segment: 'SMB' });
    expect(smb.points[0]).toMatchObject({ nrr: 0, grr: 0, logoChurn: 1 });
    const enterprise = retentionSeries(rows, {
      from: '2025-01',
      to: '2025-02',
      segment: 'Enterprise',
    });
    expect(enterprise.points[0]).toMatchObject({ nrr: 1.2, grr: 1, logoChurn: 0 });
    const cohorts = cohortRetention(rows, { segment: 'SMB' });
    expect(cohorts.cohorts[0]).toMatchObject({ cohort: '2025-01', size: 1, initialMrr: 100 });
    expect(cohorts.cohorts[0]!.cells[1]).toMatchObject({ logoRetention: 0 });
  });

  it.each([[''], [[]], [['SMB', 3]], [42], [null], [{ name: 'SMB' }]])(
    'rejects segment %j as a MetricsInputError naming options.segment',
    (segment) => {
      const rows: MrrSnapshot[] = [{ accountId: 'a', period: '2025-01', mrr: 1, segment: 'SMB' }];
      for (const run of [
        () => mrrMovements(rows, { period: '2025-02', segment: segment as string }),
        () =>
          mrrMovementsSeries(rows, { from: '2025-01', to: '2025-02', segment: segment as string }),
        () => cohortRetention(rows, { segment: segment as string }),
        () => retentionSeries(rows, { from: '2025-01', to: '2025-02', segment: segment as string }),
      ]) {
        expect(run).toThrow(MetricsInputError);
        try {
          run();
        } catch (error) {
          expect((error as MetricsInputError).issues[0]!.field).toBe('options.segment');
        }
      }
    },
  );

  it('mrrSegments checks its input like every function', () => {
    expect(() => mrrSegments(null as never)).toThrow(MetricsInputError);
    expect(() => mrrSegments([], null as never)).toThrow(MetricsInputError);
    expect(
      mrrSegments([{ accountId: 'a', period: 'soon', mrr: 1, segment: 'X' }], {
        onInvalid: 'skip',
      }),
    ).toEqual([]);
  });
});

describe('a window given twice', () => {
  it('is a MetricsInputError naming options.period, not period silently winning', () => {
    const rows: MrrSnapshot[] = [{ accountId: 'a', period: '2025-01', mrr: 1 }];
    const both = { period: '2025-03', from: '2025-01', to: '2025-02' } as never;
    expect(() => mrrMovements(rows, both)).toThrow(MetricsInputError);
    try {
      mrrMovements(rows, both);
    } catch (error) {
      expect((error as MetricsInputError).issues[0]!.field).toBe('options.period');
    }
  });
});
