// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCohortRetention } from '../cohorts/useCohortRetention';
import { MetricsInputError } from '../core/errors';
import type { DuplicateRowPolicy, MrrSnapshot } from './types';
import { useMrrMovements } from './useMrrMovements';
import { useMrrMovementsSeries } from './useMrrMovementsSeries';
import { useRetention } from './useRetention';

// Row 2 repeats row 1 exactly, as a billing export that repeated a line.
const snapshots: readonly MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 100 },
];

const window = { from: '2025-01', to: '2025-02' };

const hooks = {
  useMrrMovements: (duplicateRows?: DuplicateRowPolicy) =>
    useMrrMovements({ snapshots, ...window, duplicateRows }).error,
  useMrrMovementsSeries: (duplicateRows?: DuplicateRowPolicy) =>
    useMrrMovementsSeries({ snapshots, ...window, duplicateRows }).error,
  useRetention: (duplicateRows?: DuplicateRowPolicy) =>
    useRetention({ snapshots, ...window, duplicateRows }).error,
  useCohortRetention: (duplicateRows?: DuplicateRowPolicy) =>
    useCohortRetention({ snapshots, duplicateRows }).error,
};

describe('hooks pass duplicateRows through and recompute when it changes', () => {
  it.each(Object.entries(hooks))('%s', (_, useError) => {
    const { result, rerender } = renderHook(
      ({ policy }: { policy: DuplicateRowPolicy | undefined }) => useError(policy),
      { initialProps: { policy: undefined } as { policy: DuplicateRowPolicy | undefined } },
    );
    expect(result.current).toBeInstanceOf(MetricsInputError);
    expect((result.current as MetricsInputError).issues[0]).toMatchObject({ index: 2 });
    expect((result.current as MetricsInputError).issues[0]?.message).toMatch(/duplicate of row 1/);
    rerender({ policy: 'sum' });
    expect(result.current).toBeNull();
    rerender({ policy: 'error' });
    expect(result.current).toBeInstanceOf(MetricsInputError);
  });

  it('sums the copies with duplicateRows: "sum"', () => {
    const { result } = renderHook(() =>
      useMrrMovements({ snapshots, ...window, duplicateRows: 'sum' }),
    );
    expect(result.current.data?.endingMrr).toBe(200);
  });
});
