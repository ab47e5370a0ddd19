// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from './types';
import { useRetentionSeries } from './useRetentionSeries';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2024-01', mrr: 100 },
  { accountId: 'a', period: '2025-01', mrr: 130 },
  { accountId: 'b', period: '2024-12', mrr: 100 },
  { accountId: 'b', period: '2025-01', mrr: 90 },
];

describe('useRetentionSeries', () => {
  it('computes monthly and trailing-twelve-month points from raw snapshots', () => {
    const monthly = renderHook(() =>
      useRetentionSeries({ snapshots, from: '2024-12', to: '2025-01' }),
    ).result.current;
    expect(monthly.error).toBeNull();
    expect(monthly.data?.points[0]?.nrr).toBeCloseTo(0.9, 12);
    const ttm = renderHook(() =>
      useRetentionSeries({ snapshots, from: '2024-12', to: '2025-01', window: 'ttm' }),
    ).result.current;
    expect(ttm.data?.window).toBe('ttm');
    expect(ttm.data?.points[0]?.nrr).toBeCloseTo(1.3, 12);
  });

  it('checks precomputed points and keeps their window', () => {
    const { result } = renderHook(() =>
      useRetentionSeries({
        data: [{ period: '2025-01', nrr: 1.1, grr: 0.9 }],
        window: 'ttm',
      } as never),
    );
    expect(result.current.data).toEqual({
      window: 'ttm',
      points: [{ period: '2025-01', nrr: 1.1, grr: 0.9, logoChurn: null }],
      issues: [],
    });
  });

  it('is idle on undefined and returns { error } for null, bad options and bad rows', () => {
    expect(renderHook(() => useRetentionSeries(undefined)).result.current).toEqual({
      data: null,
      error: null,
      issues: [],
    });
    for (const input of [
      null,
      { snapshots, from: '2024-12' },
      { snapshots: [{ accountId: 'a', period: 'soon', mrr: 1 }], from: '2024-12', to: '2025-01' },
      { data: [{ period: '2025-01', nrr: Number.NaN }] },
    ]) {
      const { result } = renderHook(() => useRetentionSeries(input as never));
      expect(result.current.data).toBeNull();
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
    }
  });

  it('returns the same object while its inputs are unchanged', () => {
    const { result, rerender } = renderHook(
      (props: { to: string }) => useRetentionSeries({ snapshots, from: '2024-12', ...props }),
      { initialProps: { to: '2025-01' } },
    );
    const first = result.current;
    rerender({ to: '2025-01' });
    expect(result.current).toBe(first);
    rerender({ to: '2025-02' });
    expect(result.current).not.toBe(first);
  });
});
