// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { nps } from './nps';
import type { SurveyResponseInput } from './types';
import { useNps } from './useNps';

const responses: SurveyResponseInput[] = [10, 9, 9, 8, 3];

describe('useNps', () => {
  it('computes NPS from raw responses', () => {
    const { result } = renderHook(() => useNps({ responses }));
    expect(result.current.error).toBeNull();
    // 3 promoters, 1 detractor of 5
    expect(result.current.data?.score).toBeCloseTo(40, 12);
    expect(result.current.data?.lowSample).toBe(true);
  });

  it('passes options through', () => {
    const { result } = renderHook(() => useNps({ responses, lowSampleThreshold: 5 }));
    expect(result.current.data?.lowSample).toBe(false);
  });

  it('accepts a precomputed result as data', () => {
    const data = nps(responses);
    const { result } = renderHook(() => useNps({ data }));
    expect(result.current.data).toBe(data);
    expect(result.current.issues).toEqual([]);
  });

  it('uses the responses when data is passed as undefined (a component forwarding both props)', () => {
    const { result } = renderHook(() => useNps({ data: undefined, responses }));
    expect(result.current.error).toBeNull();
    expect(result.current.data?.total).toBe(5);
  });

  it('returns the same object while its inputs are unchanged, a new one when they change', () => {
    const { result, rerender } = renderHook(
      (props: { lowSampleThreshold: number }) => useNps({ responses, ...props }),
      {
        initialProps: { lowSampleThreshold: 30 },
      },
    );
    const first = result.current;
    rerender({ lowSampleThreshold: 30 });
    expect(result.current).toBe(first);
    rerender({ lowSampleThreshold: 3 });
    expect(result.current).not.toBe(first);
    expect(result.current.data?.lowSample).toBe(false);
  });

  it('returns an error instead of throwing on bad rows, with every issue', () => {
    const { result } = renderHook(() => useNps({ responses: [9, 11, { score: -2 }] }));
    expect(result.current.data).toBeNull();
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'score'],
      [2, 'score'],
    ]);
  });

  it("with onInvalid: 'skip' returns data and the skipped rows", () => {
    const { result } = renderHook(() => useNps({ responses: [9, 11, 0], onInvalid: 'skip' }));
    expect(result.current.error).toBeNull();
    expect(result.current.data?.score).toBe(0);
    expect(result.current.issues).toHaveLength(1);
  });

  it('is idle on undefined input and returns an error, not a throw, for null or bad data', () => {
    const idle = renderHook(() => useNps(undefined as never));
    expect(idle.result.current).toEqual({ data: null, error: null, issues: [] });
    const missing = renderHook(() => useNps(null as never));
    expect(missing.result.current.error).toBeInstanceOf(MetricsInputError);
    const bad = renderHook(() => useNps({ data: null as never }));
    expect(bad.result.current.issues.map((i) => i.field)).toEqual(['data']);
  });

  it('takes groupBy, maxGroups and trend, recomputing when one changes', () => {
    const rows = [
      { score: 10, segment: 'A' },
      { score: 2, segment: 'B' },
      { score: 9, segment: 'C' },
    ];
    const trend = [{ period: '2025-01', responses: [10, 0] }];
    const { result, rerender } = renderHook(
      (props: { maxGroups: number }) =>
        useNps({ responses: rows, groupBy: 'segment', trend, ...props }),
      { initialProps: { maxGroups: 12 } },
    );
    expect(result.current.data?.groups?.map((g) => g.name)).toEqual(['A', 'B', 'C']);
    expect(result.current.data?.trend?.[0]?.score).toBe(0);
    rerender({ maxGroups: 2 });
    expect(result.current.data?.groups?.map((g) => g.name)).toEqual(['A', 'Other']);
    expect(result.current.data?.otherGroups).toBe(2);
    rerender({ maxGroups: 0 });
    expect(result.current.issues.map((i) => i.field)).toEqual(['options.maxGroups']);
  });
});
