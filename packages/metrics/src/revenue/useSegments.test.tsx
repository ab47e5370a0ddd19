// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCohortRetention } from '../cohorts/useCohortRetention';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from './types';
import { useMrrMovements } from './useMrrMovements';
import { useMrrMovementsSeries } from './useMrrMovementsSeries';
import { useRetention } from './useRetention';
import { useRetentionSeries } from './useRetentionSeries';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100, segment: 'SMB' },
  { accountId: 'a', period: '2025-02', mrr: 130, segment: 'SMB' },
  { accountId: 'b', period: '2025-01', mrr: 100, segment: 'Enterprise' },
  { accountId: 'b', period: '2025-02', mrr: 0, segment: 'Enterprise' },
];

describe('the segment option of the revenue and cohort hooks', () => {
  it('filters, and a new array literal with the same segments does no work', () => {
    const { result, rerender } = renderHook(
      (props: { segment: string[] }) =>
        useMrrMovements({ snapshots, period: '2025-02', segment: props.segment }),
      { initialProps: { segment: ['SMB'] } },
    );
    const first = result.current;
    expect(first.data).toMatchObject({ startingMrr: 100, expansionMrr: 30, churnedMrr: 0 });
    rerender({ segment: ['SMB'] });
    expect(result.current).toBe(first);
    rerender({ segment: ['Enterprise'] });
    expect(result.current.data).toMatchObject({ startingMrr: 100, churnedMrr: 100 });
  });

  it('passes the segment through every revenue and cohort hook', () => {
    const window = { from: '2025-01', to: '2025-02', segment: 'Enterprise' };
    expect(
      renderHook(() => useRetention({ snapshots, ...window })).result.current.data,
    ).toMatchObject({ netRevenueRetention: 0 });
    expect(
      renderHook(() => useMrrMovementsSeries({ snapshots, ...window })).result.current.data?.[0],
    ).toMatchObject({ churnedMrr: 100 });
    expect(
      renderHook(() => useRetentionSeries({ snapshots, ...window })).result.current.data?.points[0],
    ).toMatchObject({ logoChurn: 1 });
    expect(
      renderHook(() => useCohortRetention({ snapshots, segment: 'SMB' })).result.current.data
        ?.cohorts[0],
    ).toMatchObject({ size: 1, initialMrr: 100 });
  });

  it('returns a bad segment as { error }, never a throw', () => {
    const { result } = renderHook(() =>
      useMrrMovements({ snapshots, period: '2025-02', segment: [] as string[] }),
    );
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect((result.current.error as MetricsInputError).issues[0]?.field).toBe('options.segment');
  });
});
