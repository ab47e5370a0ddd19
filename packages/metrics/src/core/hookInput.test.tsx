// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useCohortRetention } from '../cohorts/useCohortRetention';
import { useHealthScores } from '../health/useHealthScores';
import { useHealthTierRows } from '../health/useHealthTierRows';
import { useHealthTiers } from '../health/useHealthTiers';
import { useSustainedRisk } from '../health/useSustainedRisk';
import { useMrrMovements } from '../revenue/useMrrMovements';
import { useMrrMovementsSeries } from '../revenue/useMrrMovementsSeries';
import { useRetention } from '../revenue/useRetention';
import { useCes } from '../voice/useCes';
import { useCsat } from '../voice/useCsat';
import { useNps } from '../voice/useNps';
import { MetricsInputError } from './errors';
import type { HookResult } from './hook';

// SPEC §8: `undefined` input is idle, `null` or a wrong shape is `{ error }`; a hook never throws
// during render.
const hooks: Record<string, (input: never) => HookResult<unknown>> = {
  useMrrMovements,
  useMrrMovementsSeries,
  useRetention,
  useHealthScores,
  useHealthTiers,
  useHealthTierRows,
  useSustainedRisk,
  useCohortRetention,
  useNps,
  useCsat,
  useCes,
};

describe.each(Object.keys(hooks))('%s', (name) => {
  const useHook = hooks[name]!;

  it('is idle on undefined input', () => {
    const { result } = renderHook(() => useHook(undefined as never));
    expect(result.current).toEqual({ data: null, error: null, issues: [] });
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['an array', []],
  ])('returns a MetricsInputError naming input for %s', (_label, input) => {
    const { result } = renderHook(() => useHook(input as never));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((issue) => issue.field)).toEqual(['input']);
  });

  it('returns a MetricsInputError for an object of the wrong shape', () => {
    const { result } = renderHook(() => useHook({ rows: [1, 2] } as never));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
  });

  it('goes from idle to an error and back as the input changes', () => {
    const { result, rerender } = renderHook(
      (props: { input: unknown }) => useHook(props.input as never),
      {
        initialProps: { input: undefined as unknown },
      },
    );
    expect(result.current.error).toBeNull();
    rerender({ input: null });
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    rerender({ input: undefined });
    expect(result.current).toEqual({ data: null, error: null, issues: [] });
  });
});

it('useMrrMovementsSeries: data that is not an array is a MetricsInputError naming data', () => {
  const { result } = renderHook(() => useMrrMovementsSeries({ data: { startingMrr: 1 } } as never));
  expect(result.current.error).toBeInstanceOf(MetricsInputError);
  expect(result.current.issues.map((issue) => issue.field)).toEqual(['data']);
});

describe('property: a hook never throws during render', () => {
  it.each(Object.keys(hooks))('%s', (name) => {
    const useHook = hooks[name]!;
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { result, unmount } = renderHook(() => useHook(input as never));
        const { error } = result.current;
        unmount();
        if (error !== null) expect(error).toBeInstanceOf(MetricsInputError);
      }),
      { numRuns: 100 },
    );
  });
});
