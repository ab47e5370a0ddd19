// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { HealthAccount, Scorecard } from './types';
import { useHealthScores } from './useHealthScores';
import { useHealthTiers } from './useHealthTiers';
import { useSustainedRisk } from './useSustainedRisk';

const scorecard: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [{ id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } }],
    },
  ],
};
const accounts: HealthAccount[] = [
  { id: 'a', mrr: 500, signals: { logins: 9 } },
  { id: 'b', mrr: 200, signals: { logins: 6 } },
  { id: 'c', mrr: 300, signals: { logins: 1 } },
];

describe('idle health hooks', () => {
  it('are idle on undefined, which their input types accept (SPEC §8)', () => {
    const idle = { data: null, error: null, issues: [] };
    const input = (isReady: boolean) => (isReady ? { accounts, scorecard } : undefined);
    expect(renderHook(() => useHealthScores(input(false))).result.current).toEqual(idle);
    expect(renderHook(() => useHealthTiers(input(false))).result.current).toEqual(idle);
    expect(renderHook(() => useHealthTiers(input(true))).result.current.data?.count).toBe(3);
  });
});

describe('useHealthScores', () => {
  it('scores accounts', () => {
    const { result } = renderHook(() => useHealthScores({ accounts, scorecard }));
    expect(result.current.error).toBeNull();
    expect(result.current.data?.accounts.map((r) => r.tier)).toEqual([
      'healthy',
      'at-risk',
      'critical',
    ]);
  });

  it('returns the same object while its inputs are unchanged, a new one when they change', () => {
    const { result, rerender } = renderHook(
      (props: { asOf: string }) => useHealthScores({ accounts, scorecard, ...props }),
      {
        initialProps: { asOf: '2025-01-01' },
      },
    );
    const first = result.current;
    rerender({ asOf: '2025-01-01' });
    expect(result.current).toBe(first);
    rerender({ asOf: '2025-01-02' });
    expect(result.current).not.toBe(first);
  });

  it('returns an error instead of throwing, for bad rows and for a bad scorecard', () => {
    const bad = [
      ...accounts,
      { id: 'd', signals: { logins: 'many' } },
    ] as unknown as HealthAccount[];
    const { result } = renderHook(() => useHealthScores({ accounts: bad, scorecard }));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((i) => i.field)).toEqual(['signals.logins']);

    const broken = { categories: [] } as Scorecard;
    const second = renderHook(() => useHealthScores({ accounts, scorecard: broken }));
    expect(second.result.current.error?.message).toContain('scorecard.categories');
  });

  it("with onInvalid: 'skip' returns data and the skipped rows", () => {
    const bad = [...accounts, { signals: {} }] as unknown as HealthAccount[];
    const { result } = renderHook(() =>
      useHealthScores({ accounts: bad, scorecard, onInvalid: 'skip' }),
    );
    expect(result.current.data?.accounts).toHaveLength(3);
    expect(result.current.issues).toHaveLength(1);
  });
});

describe('useHealthTiers', () => {
  it('counts accounts and sums MRR per tier', () => {
    const { result } = renderHook(() => useHealthTiers({ accounts, scorecard }));
    expect(result.current.data?.buckets.map((b) => [b.tier, b.count, b.mrr])).toEqual([
      ['healthy', 1, 500],
      ['at-risk', 1, 200],
      ['critical', 1, 300],
    ]);
  });

  it('counts overridden accounts in their override tier', () => {
    const overrides = [{ accountId: 'c', tier: 'healthy', reason: 'Renewal signed' }];
    const { result } = renderHook(() => useHealthTiers({ accounts, scorecard, overrides }));
    expect(result.current.data?.buckets[0]).toMatchObject({ tier: 'healthy', count: 2, mrr: 800 });
  });
});

describe('useSustainedRisk', () => {
  const history = ['2025-01-30', '2025-01-31', '2025-02-01'].map((date) => ({
    accountId: 'a',
    date,
    score: 60,
  }));

  it('lists accounts below the threshold for the run, and errors without asOf', () => {
    const { result } = renderHook(() => useSustainedRisk({ history, asOf: '2025-02-01', days: 3 }));
    expect(result.current.data?.accounts).toEqual([
      { accountId: 'a', since: '2025-01-30', days: 3, latestScore: 60 },
    ]);
    const missing = renderHook(() => useSustainedRisk({ history } as never));
    expect(missing.result.current.error?.message).toContain('options.asOf');
  });
});
