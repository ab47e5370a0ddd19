import { exampleCohortBook } from '@vitals/sample-data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { cohortRetention } from './cohortRetention';
import { pooledRetentionByAge } from './pooledRetentionByAge';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/** The worked example of @vitals/sample-data: see its JSDoc for the cohorts by hand. */
const book: MrrSnapshot[] = exampleCohortBook().snapshots;
const cohorts = cohortRetention(book).cohorts;

describe('pooledRetentionByAge', () => {
  it('weights logo retention by cohort size over the cohorts that reached the age', () => {
    // Age 1: January 2 of 3, February 1 of 1, March 1 of 1 → 4 / 5.
    // Age 3: only January, 2 of 3 (a and the returning c).
    expect(pooledRetentionByAge(cohorts, 'logo', [1, 3])).toEqual([
      { age: 1, retention: 4 / 5, cohorts: 3 },
      { age: 3, retention: 2 / 3, cohorts: 1 },
    ]);
  });

  it('weights revenue retention by starting MRR', () => {
    // Age 2: January 120 of 350, February 40 of 80 → 160 / 430.
    const [age2] = pooledRetentionByAge(cohorts, 'revenue', [2]);
    expect(age2!.retention).toBeCloseTo(160 / 430, 12);
    expect(age2!.cohorts).toBe(2);
  });

  it('is null at an age no cohort reached', () => {
    expect(pooledRetentionByAge(cohorts, 'logo', [12])).toEqual([
      { age: 12, retention: null, cohorts: 0 },
    ]);
  });

  it('is 1 at age 0 for any book with a paying cohort (property)', () => {
    const books = fc.array(
      fc.record({
        account: fc.integer({ min: 0, max: 6 }),
        month: fc.integer({ min: 1, max: 9 }),
        mrr: fc.integer({ min: 1, max: 1_000 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(books, (rows) => {
        const snapshots = rows.map(({ account, month, mrr }) =>
          row(`a${account}`, `2025-0${month}`, mrr),
        );
        const { cohorts: list } = cohortRetention(snapshots, { duplicateRows: 'sum' });
        for (const metric of ['logo', 'revenue'] as const) {
          const [age0] = pooledRetentionByAge(list, metric, [0]);
          expect(age0!.cohorts).toBe(list.length);
          expect(age0!.retention).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    [null, 'logo', [1], 'cohorts'],
    [cohorts, 'LOGO', [1], 'metric'],
    [cohorts, 'logo', [-1], 'ages[0]'],
    [cohorts, 'logo', null, 'ages'],
    [[{ ...cohorts[0], size: '3' }], 'logo', [1], 'size'],
    [
      [{ ...cohorts[0], cells: [{ age: 0, activeAccounts: 1, mrr: Number.NaN }] }],
      'logo',
      [0],
      'cells[0]',
    ],
    [[null], 'logo', [1], 'cohort'],
  ])('%j, %j, %j is a MetricsInputError naming %s', (list, metric, ages, field) => {
    try {
      pooledRetentionByAge(list as never, metric as never, ages as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues[0]!.field).toBe(field);
    }
  });
});
