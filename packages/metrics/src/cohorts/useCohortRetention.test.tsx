// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from '../revenue/types';
import { useCohortRetention } from './useCohortRetention';
import type { CohortGrain } from './types';

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 150 },
  { accountId: 'b', period: '2025-01', mrr: 100 },
  { accountId: 'c', period: '2025-02', mrr: 40 },
];

describe('useCohortRetention', () => {
  it('computes the cohort table from raw snapshots', () => {
    const { result } = renderHook(() => useCohortRetention({ snapshots }));
    expect(result.current.error).toBeNull();
    expect(result.current.issues).toEqual([]);
    expect(result.current.data?.cohorts.map((c) => [c.cohort, c.size, c.initialMrr])).toEqual([
      ['2025-01', 2, 200],
      ['2025-02', 1, 40],
    ]);
    // January cohort in February: a pays 150, b nothing.
    expect(result.current.data?.cohorts[0]?.cells[1]).toMatchObject({
      activeAccounts: 1,
      logoRetention: 0.5,
      revenueRetention: 0.75,
    });
  });

  it('returns the same object while its inputs are unchanged, a new one when they change', () => {
    const { result, rerender } = renderHook(
      (props: { grain: CohortGrain }) => useCohortRetention({ snapshots, ...props }),
      { initialProps: { grain: 'month' } },
    );
    const first = result.current;
    rerender({ grain: 'month' });
    expect(result.current).toBe(first);
    rerender({ grain: 'year' });
    expect(result.current).not.toBe(first);
    // The data stops in February, so no year is complete yet.
    expect(result.current.data).toMatchObject({ grain: 'year', cohorts: [], lastPeriod: null });
  });

  it('returns an error instead of throwing on bad rows, with every issue', () => {
    const bad = [...snapshots, { accountId: 'd', period: 'soon', mrr: -1 }];
    const { result } = renderHook(() => useCohortRetention({ snapshots: bad }));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((i) => i.field)).toEqual(['period', 'mrr']);
  });

  it('returns an error instead of throwing on bad options or a missing input', () => {
    const { result } = renderHook(() => useCohortRetention({ snapshots, grain: 'week' as never }));
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues[0]?.field).toBe('options.grain');
    const idle = renderHook(() => useCohortRetention(undefined as never));
    expect(idle.result.current).toEqual({ data: null, error: null, issues: [] });
    const missing = renderHook(() => useCohortRetention(null as never));
    expect(missing.result.current.error).toBeInstanceOf(MetricsInputError);
  });

  it("with onInvalid: 'skip' returns data and the skipped rows", () => {
    const bad = [...snapshots, { accountId: 'd', period: '2025-02', mrr: Number.NaN }];
    const { result } = renderHook(() => useCohortRetention({ snapshots: bad, onInvalid: 'skip' }));
    expect(result.current.error).toBeNull();
    expect(result.current.issues).toHaveLength(1);
    expect(result.current.data?.cohorts.map((c) => c.size)).toEqual([2, 1]);
  });
});
