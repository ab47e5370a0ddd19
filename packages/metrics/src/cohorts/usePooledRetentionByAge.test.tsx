// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { cohortRetention } from './cohortRetention';
import { usePooledRetentionByAge } from './usePooledRetentionByAge';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 100 },
  { accountId: 'b', period: '2025-01', mrr: 100 },
  { accountId: 'c', period: '2025-02', mrr: 50 },
  { accountId: 'c', period: '2025-03', mrr: 50 },
];
const ages = [1];

describe('usePooledRetentionByAge', () => {
  it('pools raw snapshots and a precomputed table alike', () => {
    const raw = renderHook(() => usePooledRetentionByAge({ snapshots, metric: 'logo', ages }))
      .result.current;
    // Age 1: January 1 of 2, February 1 of 1 → 2 / 3.
    expect(raw.data).toEqual([{ age: 1, retention: 2 / 3, cohorts: 2 }]);
    const table = cohortRetention(snapshots);
    for (const data of [table, table.cohorts]) {
      const given = renderHook(() => usePooledRetentionByAge({ data, metric: 'logo', ages })).result
        .current;
      expect(given.data).toEqual(raw.data);
    }
  });

  it('is idle on undefined and returns { error } for bad input, never throwing', () => {
    expect(renderHook(() => usePooledRetentionByAge(undefined)).result.current).toEqual({
      data: null,
      error: null,
      issues: [],
    });
    for (const input of [
      null,
      { data: null, metric: 'logo', ages },
      { data: [], metric: 'neither', ages },
      { snapshots: [{ accountId: '', period: '2025-01', mrr: 1 }], metric: 'logo', ages },
    ]) {
      const { result } = renderHook(() => usePooledRetentionByAge(input as never));
      expect(result.current.data).toBeNull();
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
    }
  });

  it('returns the same object while its inputs are unchanged', () => {
    const { result, rerender } = renderHook(
      (props: { metric: 'logo' | 'revenue' }) =>
        usePooledRetentionByAge({ snapshots, ages, ...props }),
      { initialProps: { metric: 'logo' } },
    );
    const first = result.current;
    rerender({ metric: 'logo' });
    expect(result.current).toBe(first);
    rerender({ metric: 'revenue' });
    expect(result.current).not.toBe(first);
  });
});
