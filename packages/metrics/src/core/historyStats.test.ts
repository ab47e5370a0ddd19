import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchInputError, where } from './errors.test-helper';
import { type HistoryPoint, historyPoints, historyStats } from './historyStats';

describe('historyPoints', () => {
  it('reads numbers, gaps and { period, value } alike', () => {
    expect(historyPoints([3, null, { period: '2025-03', value: 5 }])).toEqual([
      { value: 3 },
      { value: null },
      { period: '2025-03', value: 5 },
    ]);
    expect(historyPoints(undefined)).toEqual([]);
  });

  it('names the index and field of every bad point', () => {
    const history = [1, Number.NaN, '2', { value: Infinity }, { period: 3, value: 1 }];
    expect(where(catchInputError(() => historyPoints(history as HistoryPoint[])))).toEqual([
      [1, 'value'],
      [2, 'row'],
      [3, 'value'],
      [4, 'period'],
    ]);
    const notArray = {} as unknown as HistoryPoint[];
    expect(where(catchInputError(() => historyPoints(notArray)))).toEqual([[null, 'history']]);
  });
});

describe('historyStats', () => {
  it('finds first, last, lowest and highest, skipping gaps', () => {
    expect(historyStats([3, null, 1, 5, 2])).toEqual({
      first: { value: 3 },
      last: { value: 2 },
      min: { value: 1 },
      max: { value: 5 },
      count: 4,
    });
  });

  it('keeps periods and is null for an empty or all-null history', () => {
    const stats = historyStats([
      { period: '2025-01', value: 7 },
      { period: '2025-02', value: null },
    ]);
    expect(stats?.last).toEqual({ period: '2025-01', value: 7 });
    expect(historyStats([null, null])).toBeNull();
    expect(historyStats(undefined)).toBeNull();
  });

  it('agrees with the values it summarises', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null })),
        (history) => {
          const values = history.filter((value): value is number => value !== null);
          const stats = historyStats(history);
          if (values.length === 0) {
            expect(stats).toBeNull();
            return;
          }
          expect(stats).toMatchObject({
            first: { value: values[0] },
            last: { value: values.at(-1) },
            min: { value: Math.min(...values) },
            max: { value: Math.max(...values) },
            count: values.length,
          });
        },
      ),
    );
  });
});
