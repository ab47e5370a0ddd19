// @vitest-environment jsdom
/**
 * The public API as a host compiling under `strict`, `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess` (this repository's settings) uses it: `readonly` data, `as const`
 * lists, and options that may be `undefined`. Imports only the two public entries. `pnpm
 * typecheck` is the main assertion: each call below failed to compile before the public types
 * accepted readonly arrays and `| undefined`.
 */
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIERS,
  type Grain,
  type InvalidRowPolicy,
  MetricsInputError,
  type MrrSnapshot,
  POINTS_TIERS,
  SCORECARD_ADOPTION_FIRST,
  type Scorecard,
  mrrMovements,
  nps,
  scoreHealth,
} from './index';
import { useNps } from './react';

/** A value the compiler only knows as `T | undefined`, as a host's optional prop would be. */
function maybe<T>(value: T | undefined): T | undefined {
  return value;
}

const snapshots = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
  { accountId: 'b', period: '2025-01', mrr: 50 },
] as const satisfies readonly MrrSnapshot[];

describe('public types', () => {
  it('take readonly tier lists: tiers: DEFAULT_TIERS compiles', () => {
    const scorecard: Scorecard = { ...SCORECARD_ADOPTION_FIRST, tiers: DEFAULT_TIERS };
    const points: Scorecard = { ...SCORECARD_ADOPTION_FIRST, tiers: POINTS_TIERS };
    const accounts = [{ id: 'a', signals: {} }] as const;
    const scores = scoreHealth(accounts, scorecard, { onInvalid: maybe<InvalidRowPolicy>('skip') });
    expect(scores.accounts.map((account) => account.accountId)).toEqual(['a']);
    expect(points.tiers).toBe(POINTS_TIERS);
  });

  it('take readonly rows and options that may be undefined', () => {
    const result = mrrMovements(snapshots, {
      period: '2025-02',
      grain: maybe<Grain>(undefined),
      onInvalid: maybe<InvalidRowPolicy>(undefined),
    });
    expect(result.expansionMrr).toBe(20);
    expect(result.churnedMrr).toBe(50);
    const score = nps([10, 9, 3] as const, { lowSampleThreshold: maybe<number>(undefined) });
    expect(score.score).toBeCloseTo(100 / 3, 12);
  });

  it("give the hooks' errors the class the root entry exports", () => {
    const responses: readonly number[] = [10, 11];
    const { result } = renderHook(() =>
      useNps({ responses, onInvalid: maybe<InvalidRowPolicy>(undefined) }),
    );
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
  });
});
