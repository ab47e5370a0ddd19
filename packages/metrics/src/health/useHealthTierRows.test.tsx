// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { scoreHealth } from './scoreHealth';
import type { HealthAccount, HealthHistoryRow, Scorecard } from './types';
import { type UseHealthTierRowsInput, useHealthTierRows } from './useHealthTierRows';

const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } }],
    },
  ],
};
const accounts: HealthAccount[] = [
  { id: 'a', name: 'Acme', mrr: 500, signals: { logins: 9 } },
  { id: 'b', name: 'Globex', mrr: 200, signals: { logins: 2 } },
];
const history: HealthHistoryRow[] = [
  { accountId: 'b', date: '2025-03-01', score: 40 },
  { accountId: 'b', date: '2025-03-31', score: 20 },
];

describe('useHealthTierRows', () => {
  it('is idle on undefined', () => {
    const { result } = renderHook(() => useHealthTierRows(undefined));
    expect(result.current).toEqual({ data: null, error: null, issues: [] });
  });

  it('scores raw accounts and joins them with their trend', () => {
    const { result } = renderHook(() => useHealthTierRows({ accounts, scorecard, history }));
    expect(result.current.error).toBeNull();
    expect(result.current.data?.rows.map((row) => [row.name, row.tier, row.trend])).toEqual([
      ['Acme', 'healthy', null],
      ['Globex', 'critical', -20],
    ]);
    expect(result.current.data?.asOf).toBe('2025-03-31');
  });

  it('takes scoreHealth results as data and gives the same rows', () => {
    const data = scoreHealth(accounts, scorecard);
    const raw = renderHook(() => useHealthTierRows({ accounts, scorecard, history }));
    const given = renderHook(() => useHealthTierRows({ data, accounts, scorecard, history }));
    expect(given.result.current.data?.rows).toEqual(raw.result.current.data?.rows);
  });

  it('returns the same object while its inputs are unchanged', () => {
    const { result, rerender } = renderHook(
      (props: { trendDays: number }) =>
        useHealthTierRows({ accounts, scorecard, history, ...props }),
      { initialProps: { trendDays: 30 } },
    );
    const first = result.current;
    rerender({ trendDays: 30 });
    expect(result.current).toBe(first);
    rerender({ trendDays: 7 });
    expect(result.current).not.toBe(first);
  });

  it('returns an error naming the field instead of throwing', () => {
    const nullInput = renderHook(() =>
      useHealthTierRows(null as unknown as UseHealthTierRowsInput),
    );
    expect(nullInput.result.current.error).toBeInstanceOf(MetricsInputError);
    const bad = [{ accountId: 'b', date: 'soon', score: 1 }];
    const { result } = renderHook(() =>
      useHealthTierRows({ accounts, scorecard, history: bad as HealthHistoryRow[] }),
    );
    expect(result.current.data).toBeNull();
    expect(result.current.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [0, 'history.date'],
    ]);
  });
});
