import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { cohortTotals } from './cohortTotals';
import type { Cohort } from './types';

const cohort = (size: number, initialMrr: number): Cohort => ({
  cohort: '2025-01',
  size,
  initialMrr,
  ageReached: 0,
  mature: false,
  cells: [],
});

describe('cohortTotals', () => {
  it('counts the cohorts and sums their sizes and starting MRR', () => {
    expect(cohortTotals([cohort(10, 1_000), cohort(4, 250.5)])).toEqual({
      cohorts: 2,
      accounts: 14,
      initialMrr: 1_250.5,
    });
    expect(cohortTotals([])).toEqual({ cohorts: 0, accounts: 0, initialMrr: 0 });
  });

  it('names the cohort and field of bad input', () => {
    const fields = (cohorts: unknown) => {
      try {
        cohortTotals(cohorts as Cohort[]);
      } catch (error) {
        expect(error).toBeInstanceOf(MetricsInputError);
        return (error as MetricsInputError).issues.map((i) => [i.index, i.field]);
      }
      return [];
    };
    expect(fields('x')).toEqual([[null, 'cohorts']]);
    expect(fields([cohort(1, 1), null, cohort(1.5, -1)])).toEqual([
      [1, 'cohort'],
      [2, 'size'],
      [2, 'initialMrr'],
    ]);
  });

  it('the accounts are the sum of the sizes, whatever the order (property)', () => {
    const cohorts = fc.array(
      fc
        .tuple(fc.nat({ max: 1e6 }), fc.double({ min: 0, max: 1e7, noNaN: true }))
        .map(([size, mrr]) => cohort(size, mrr)),
    );
    fc.assert(
      fc.property(cohorts, (list) => {
        const totals = cohortTotals(list);
        expect(totals.cohorts).toBe(list.length);
        expect(totals.accounts).toBe(list.reduce((n, c) => n + c.size, 0));
        expect(cohortTotals([...list].reverse()).accounts).toBe(totals.accounts);
        expect(totals.initialMrr).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
