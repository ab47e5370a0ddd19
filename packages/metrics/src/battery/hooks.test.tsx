// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCohortRetention } from '../cohorts/useCohortRetention';
import { MetricsInputError } from '../core/errors';
import { where } from '../core/errors.test-helper';
import type { HookResult } from '../core/hook';
import { useMrrMovements } from '../revenue/useMrrMovements';
import { useMrrMovementsSeries } from '../revenue/useMrrMovementsSeries';
import { useRetention } from '../revenue/useRetention';
import { useCes } from '../voice/useCes';
import { useCsat } from '../voice/useCsat';
import { useNps } from '../voice/useNps';
import { inherited, throwingGetter, withHole } from './battery.test-helper';
import { goodSnapshots, snapshotBadRows } from './snapshots.test-helper';

// The hooks of the revenue, cohort and voice families under the bad-input battery: every bad
// input is `{ data: null, error: MetricsInputError }` with issues naming index and field, and the
// hook never throws during render (SPEC §2, §8; issue 13).

type Hook = (input: never) => HookResult<unknown>;

function expectHookError(
  useHook: Hook,
  input: unknown,
  expected: Array<[number | null, string]>,
): void {
  const { result } = renderHook(() => useHook(input as never));
  expect(result.current.data).toBeNull();
  expect(result.current.error).toBeInstanceOf(MetricsInputError);
  const found = where(result.current.error as MetricsInputError);
  for (const pair of expected) expect(found).toContainEqual(pair);
}

const snapshotHooks: Record<string, [Hook, object]> = {
  useMrrMovements: [useMrrMovements as Hook, { period: '2025-02' }],
  useMrrMovementsSeries: [useMrrMovementsSeries as Hook, { from: '2025-01', to: '2025-02' }],
  useRetention: [useRetention as Hook, { period: '2025-02' }],
  useCohortRetention: [useCohortRetention as Hook, {}],
};

describe.each(Object.keys(snapshotHooks))('%s', (name) => {
  const [useHook, window] = snapshotHooks[name]!;
  const inputs = snapshotBadRows().map(
    ({ label, rows, expected }) => [label, rows, expected] as const,
  );

  it.each(inputs)('%s', (_label, rows, expected) => {
    expectHookError(useHook, { snapshots: rows, ...window }, expected);
  });

  it.each<[string, object, string]>([
    ['onInvalid upper case', { onInvalid: 'SKIP' }, 'options.onInvalid'],
    ['duplicateRows unknown', { duplicateRows: 'SUM' }, 'options.duplicateRows'],
    ['grain null', { grain: null }, 'options.grain'],
  ])('option %s', (_label, options, field) => {
    expectHookError(useHook, { snapshots: goodSnapshots(), ...window, ...options }, [
      [null, field],
    ]);
  });

  it('returns the error of snapshots that are not an array', () => {
    const { result } = renderHook(() => useHook({ snapshots: 'rows', ...window } as never));
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
  });
});

describe('precomputed data', () => {
  const totals = { startingMrr: 1e308, expansionMrr: 1e308, contractionMrr: 0, churnedMrr: 0 };

  it('useRetention: totals whose NRR overflows are an error, not Infinity', () => {
    expectHookError(useRetention as Hook, { data: totals }, [[null, 'startingMrr']]);
  });

  it('useMrrMovements: an inherited total is missing', () => {
    expectHookError(
      useMrrMovements as Hook,
      { data: inherited({ ...totals, startingMrr: 10 }, 'startingMrr') },
      [[null, 'data.startingMrr']],
    );
  });

  it('useMrrMovementsSeries: a NaN total in one entry', () => {
    expectHookError(
      useMrrMovementsSeries as Hook,
      { data: [{ ...totals, period: '2025-01', startingMrr: Number.NaN }] },
      [[null, 'data[0].startingMrr']],
    );
  });
});

const surveyHooks: Record<string, [Hook, number]> = {
  useNps: [useNps as Hook, 9],
  useCsat: [useCsat as Hook, 4],
  useCes: [useCes as Hook, 5],
};

describe.each(Object.keys(surveyHooks))('%s', (name) => {
  const [useHook, good] = surveyHooks[name]!;

  it.each<[string, unknown[], string]>([
    ['a numeric string', [good, '9'], 'row'],
    ['NaN', [good, Number.NaN], 'score'],
    ['1e308', [good, 1e308], 'score'],
    ['an inherited score', [good, inherited({ score: good }, 'score')], 'score'],
    ['a score getter that throws', [good, throwingGetter({ score: good }, 'score')], 'score'],
    ['a hole', withHole([good, good], 1), 'row'],
  ])('%s', (_label, responses, field) => {
    expectHookError(useHook, { responses }, [[1, field]]);
  });

  it('onInvalid null', () => {
    expectHookError(useHook, { responses: [good], onInvalid: null }, [[null, 'options.onInvalid']]);
  });

  it('skip mode returns the rows it left out', () => {
    const { result } = renderHook(() =>
      useHook({ responses: [good, Number.NaN], onInvalid: 'skip' } as never),
    );
    expect(result.current.error).toBeNull();
    expect(where(result.current)).toEqual([[1, 'score']]);
  });
});
