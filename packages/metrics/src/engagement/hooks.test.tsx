// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { stickinessFromActivity } from './stickinessFromActivity';
import { timeToValue } from './timeToValue';
import { useEngagementRate } from './useEngagementRate';
import { useStickinessFromActivity } from './useStickinessFromActivity';
import { useTimeToValue } from './useTimeToValue';

const IDLE = { data: null, error: null, issues: [] };
const events = [
  { userId: 'u1', date: '2025-02-01' },
  { userId: 'u1', date: '2025-02-02' },
  { userId: 'u2', date: '2025-02-02' },
];
const accounts = [
  { accountId: 'a', startedAt: '2025-01-01', firstValueAt: '2025-01-11' },
  { accountId: 'b', startedAt: '2025-01-01', firstValueAt: '2025-01-31' },
  { accountId: 'c', startedAt: '2025-02-01' },
];

describe('useEngagementRate', () => {
  it.each([
    [{ rate: 'stickiness', dau: 20, mau: 100 }, 0.2],
    [{ rate: 'activation', activated: 42, signedUp: 60 }, 0.7],
    [{ rate: 'activation', activated: 0, signedUp: 0 }, null],
  ])('%j is %j', (input, expected) => {
    const { result } = renderHook(() => useEngagementRate(input as never));
    expect(result.current.error).toBeNull();
    expect(result.current.data).toBe(expected);
  });

  it('is idle on undefined and an error for null, an unknown rate or bad counts', () => {
    expect(renderHook(() => useEngagementRate(undefined)).result.current).toEqual(IDLE);
    for (const input of [
      null,
      { rate: 'toString', dau: 1, mau: 2 },
      { rate: 'stickiness', dau: 3, mau: 2 },
      { rate: 'activation', activated: '4', signedUp: 6 },
    ]) {
      const { result } = renderHook(() => useEngagementRate(input as never));
      expect(result.current.data).toBeNull();
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
    }
  });

  it('returns the same object while the counts are unchanged', () => {
    const { result, rerender } = renderHook(
      (props: { dau: number }) => useEngagementRate({ rate: 'stickiness', mau: 100, ...props }),
      { initialProps: { dau: 20 } },
    );
    const first = result.current;
    rerender({ dau: 20 });
    expect(result.current).toBe(first);
    rerender({ dau: 30 });
    expect(result.current.data).toBe(0.3);
  });
});

describe('useStickinessFromActivity', () => {
  it('equals stickinessFromActivity, from events or as data', () => {
    const expected = stickinessFromActivity(events, { month: '2025-02' });
    const raw = renderHook(() => useStickinessFromActivity({ events, month: '2025-02' })).result
      .current;
    expect(raw.data).toEqual(expected);
    const given = renderHook(() => useStickinessFromActivity({ data: expected })).result.current;
    expect(given.data).toBe(expected);
  });

  it('is idle on undefined and an error for null, a bad month or bad rows', () => {
    expect(renderHook(() => useStickinessFromActivity(undefined)).result.current).toEqual(IDLE);
    for (const input of [
      null,
      { events, month: '2025-13' },
      { events: [{ userId: '', date: '2025-02-01' }], month: '2025-02' },
      { data: null },
    ]) {
      const { result } = renderHook(() => useStickinessFromActivity(input as never));
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
    }
  });
});

describe('useTimeToValue', () => {
  it('equals timeToValue, from accounts or as data', () => {
    const expected = timeToValue(accounts);
    const raw = renderHook(() => useTimeToValue({ accounts })).result.current;
    expect(raw.data).toEqual(expected);
    expect(raw.data?.waiting).toBe(1);
    const given = renderHook(() => useTimeToValue({ data: expected })).result.current;
    expect(given.data).toBe(expected);
  });

  it('is idle on undefined and an error for null or bad rows', () => {
    expect(renderHook(() => useTimeToValue(undefined)).result.current).toEqual(IDLE);
    for (const input of [
      null,
      { accounts: [{ accountId: 'a', startedAt: 'soon' }] },
      { data: 1 },
    ]) {
      const { result } = renderHook(() => useTimeToValue(input as never));
      expect(result.current.error).toBeInstanceOf(MetricsInputError);
    }
  });
});
