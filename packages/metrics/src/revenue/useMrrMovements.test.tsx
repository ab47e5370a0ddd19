// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from './types';
import { useMrrMovements } from './useMrrMovements';
import { useMrrMovementsSeries } from './useMrrMovementsSeries';
import { useRetention } from './useRetention';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 130 },
  { accountId: 'b', period: '2025-01', mrr: 100 },
  { accountId: 'b', period: '2025-02', mrr: 90 },
  { accountId: 'c', period: '2025-01', mrr: 50 },
  { accountId: 'd', period: '2025-02', mrr: 20 },
];

describe('useMrrMovements', () => {
  it('computes the movements of a period', () => {
    const { result } = renderHook(() => useMrrMovements({ snapshots, period: '2025-02' }));
    expect(result.current.error).toBeNull();
    expect(result.current.data).toMatchObject({
      expansionMrr: 30,
      contractionMrr: 10,
      churnedMrr: 50,
      newMrr: 20,
    });
  });

  it('does no work while its inputs are unchanged', () => {
    const { result, rerender } = renderHook(
      (props: { period: string }) => useMrrMovements({ snapshots, ...props }),
      {
        initialProps: { period: '2025-02' },
      },
    );
    const first = result.current;
    rerender({ period: '2025-02' });
    expect(result.current).toBe(first);
    rerender({ period: '2025-03' });
    expect(result.current.data?.churnedMrr).toBe(130 + 90 + 20);
  });

  it('passes precomputed totals through after checking them', () => {
    const data = { startingMrr: 10, expansionMrr: 1, contractionMrr: 0, churnedMrr: 2 };
    const { result } = renderHook(() => useMrrMovements({ data }));
    expect(result.current.data).toBe(data);
    const { result: bad } = renderHook(() =>
      useMrrMovements({ data: { ...data, churnedMrr: -2 } }),
    );
    expect(bad.current.error).toBeInstanceOf(MetricsInputError);
  });

  it('returns an error instead of throwing, with every issue', () => {
    const rows = [
      ...snapshots,
      { accountId: '', period: '2025-02', mrr: 1 },
      { accountId: 'e', period: 'x', mrr: 1 },
    ];
    const { result } = renderHook(() => useMrrMovements({ snapshots: rows, period: '2025-02' }));
    expect(result.current.data).toBeNull();
    expect(result.current.issues.map((i) => i.index)).toEqual([6, 7]);
  });
});

describe('useMrrMovementsSeries', () => {
  it('computes one entry per period, memoised', () => {
    const { result, rerender } = renderHook(() =>
      useMrrMovementsSeries({ snapshots, from: '2024-12', to: '2025-03', includeAccounts: false }),
    );
    expect(result.current.data?.map((entry) => entry.period)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it("reports skipped rows with onInvalid: 'skip'", () => {
    const rows = [...snapshots, { accountId: 'e', period: '2025-02', mrr: Number.NaN }];
    const { result } = renderHook(() =>
      useMrrMovementsSeries({ snapshots: rows, from: '2025-01', to: '2025-02', onInvalid: 'skip' }),
    );
    expect(result.current.issues).toHaveLength(1);
    expect(result.current.data?.[0]?.newMrr).toBe(20);
  });

  it('accepts a precomputed series and rejects a malformed one without throwing', () => {
    const data = [
      { period: '2025-01', startingMrr: 1, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 },
    ];
    expect(renderHook(() => useMrrMovementsSeries({ data })).result.current.data).toBe(data);
    const { result } = renderHook(() => useMrrMovementsSeries({ data: 'nope' as never }));
    expect(result.current.error).not.toBeNull();
  });
});

describe('useRetention churn rates', () => {
  it('returns the churn rates beside NRR and GRR', () => {
    const { result } = renderHook(() => useRetention({ snapshots, period: '2025-02' }));
    expect(result.current.data).toMatchObject({
      revenueChurnRate: 60 / 250,
      expansionRate: 30 / 250,
      logoChurnRate: 1 / 3,
      customerRetentionRate: 2 / 3,
      reasons: {},
    });
    expect(result.current.data?.netRevenueChurnRate).toBeCloseTo(30 / 250, 12);
  });

  it("marks rates it cannot compute from partial totals as 'not-provided'", () => {
    const data = { startingMrr: 100, expansionMrr: 0, contractionMrr: 0, churnedMrr: 10 };
    const { result } = renderHook(() => useRetention({ data }));
    expect(result.current.data).toMatchObject({
      revenueChurnRate: 0.1,
      logoChurnRate: null,
      netRevenueChurnRate: null,
    });
    expect(result.current.data?.reasons).toEqual({
      netRevenueChurnRate: 'not-provided',
      logoChurnRate: 'not-provided',
      customerRetentionRate: 'not-provided',
    });
  });

  it('follows the Stripe and Baremetrics options', () => {
    const { result } = renderHook(() =>
      useRetention({
        snapshots,
        period: '2025-02',
        logoChurnDenominator: 'start-plus-new',
        offsetReactivation: false,
      }),
    );
    expect(result.current.data?.logoChurnRate).toBeCloseTo(1 / 4, 12);
    expect(result.current.data?.netRevenueChurnRate).toBeCloseTo(30 / 250, 12);
  });
});
