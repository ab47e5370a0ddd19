// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { reconcileConventions } from './conventions';
import type { MrrSnapshot } from './types';
import { useReconcileConventions } from './useReconcileConventions';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 90 },
  { accountId: 'b', period: '2024-12', mrr: 50 },
  { accountId: 'b', period: '2025-02', mrr: 40 },
];

describe('useReconcileConventions', () => {
  it('reconciles raw snapshots, memoised on the inputs', () => {
    const { result, rerender } = renderHook(
      (props: { period: string }) => useReconcileConventions({ snapshots, ...props }),
      { initialProps: { period: '2025-02' } },
    );
    expect(result.current.error).toBeNull();
    const baremetrics = result.current.data?.conventions.find((c) => c.id === 'baremetrics');
    // contraction 10 against S = 100; Baremetrics does not offset b's reactivation of 40
    expect(baremetrics?.metrics.netRevenueChurnRate).toBeCloseTo(0.1, 12);
    const first = result.current;
    rerender({ period: '2025-02' });
    expect(result.current).toBe(first);
  });

  it('passes a precomputed result through', () => {
    const data = reconcileConventions(snapshots, { period: '2025-02' });
    const { result } = renderHook(() => useReconcileConventions({ data }));
    expect(result.current.data).toBe(data);
  });

  it('is idle on undefined and returns { error } for null, bad data and bad rows', () => {
    expect(renderHook(() => useReconcileConventions(undefined)).result.current).toEqual({
      data: null,
      error: null,
      issues: [],
    });
    for (const input of [
      null,
      { data: { conventions: null, differences: [] } },
      { snapshots: [{ accountId: 'a', period: 'x', mrr: 1 }], period: '2025-02' },
      { snapshots, period: '2025-02', conventions: ['nope'] },
    ]) {
      const { result } = renderHook(() => useReconcileConventions(input as never));
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
      expect(result.current.data).toBeNull();
    }
  });
});
