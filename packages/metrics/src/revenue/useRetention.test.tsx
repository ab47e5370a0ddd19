// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from './types';
import { useRetention } from './useRetention';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 130 },
  { accountId: 'b', period: '2025-01', mrr: 100 },
  { accountId: 'b', period: '2025-02', mrr: 90 },
];

describe('useRetention', () => {
  it('computes NRR and GRR for a window of raw snapshots', () => {
    const { result } = renderHook(() => useRetention({ snapshots, period: '2025-02' }));
    expect(result.current.error).toBeNull();
    expect(result.current.data?.netRevenueRetention).toBeCloseTo(1.1, 12);
    expect(result.current.data?.grossRevenueRetention).toBeCloseTo(0.95, 12);
  });

  it('accepts precomputed totals', () => {
    const data = { startingMrr: 10_000, expansionMrr: 5_000, contractionMrr: 0, churnedMrr: 2_000 };
    const { result } = renderHook(() => useRetention({ data }));
    expect(result.current.data?.netRevenueRetention).toBeCloseTo(1.3, 12);
  });

  it('returns the same object while its inputs are unchanged, a new one when they change', () => {
    const { result, rerender } = renderHook(
      (props: { period: string }) => useRetention({ snapshots, ...props }),
      {
        initialProps: { period: '2025-02' },
      },
    );
    const first = result.current;
    rerender({ period: '2025-02' });
    expect(result.current).toBe(first);
    rerender({ period: '2025-01' });
    expect(result.current).not.toBe(first);
    expect(result.current.data?.reason).toBe('no-starting-mrr');
  });

  it('returns an error instead of throwing on bad rows, with every issue', () => {
    const bad = [...snapshots, { accountId: 'c', period: 'soon', mrr: -1 }];
    const { result } = renderHook(() => useRetention({ snapshots: bad, period: '2025-02' }));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((i) => i.field)).toEqual(['period', 'mrr']);
  });

  it("with onInvalid: 'skip' returns data and the skipped rows", () => {
    const bad = [...snapshots, { accountId: 'c', period: '2025-02', mrr: -1 }];
    const { result } = renderHook(() =>
      useRetention({ snapshots: bad, period: '2025-02', onInvalid: 'skip' }),
    );
    expect(result.current.error).toBeNull();
    expect(result.current.issues).toHaveLength(1);
    expect(result.current.data?.grossRevenueRetention).toBeCloseTo(0.95, 12);
  });
});
