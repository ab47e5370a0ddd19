// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { ces } from './ces';
import { useCes } from './useCes';

describe('useCes', () => {
  it('computes CES on the chosen scale and direction', () => {
    // raw effort answers 1 and 3 on 1–5 → easier-is-higher 5 and 3: mean 4
    const { result } = renderHook(() =>
      useCes({ responses: [1, 3], scale: 5, higherIsEasier: false }),
    );
    expect(result.current.data?.mean).toBe(4);
    expect(result.current.data?.normalized).toBeCloseTo(0.8, 12);
  });

  it('accepts a precomputed result as data', () => {
    const data = ces([3, 3, 3], { scale: 5 });
    const { result } = renderHook(() => useCes({ data }));
    expect(result.current.data?.normalized).toBeCloseTo(0.6, 12);
  });

  it('recomputes when the direction flips, not on an identical rerender', () => {
    const responses = [2, 7];
    const { result, rerender } = renderHook(
      (props: { higherIsEasier: boolean }) => useCes({ responses, ...props }),
      { initialProps: { higherIsEasier: true } },
    );
    const first = result.current;
    rerender({ higherIsEasier: true });
    expect(result.current).toBe(first);
    rerender({ higherIsEasier: false });
    expect(result.current).not.toBe(first);
    expect(result.current.data?.distribution.map((d) => d.count)).toEqual([1, 0, 0, 0, 0, 1, 0]);
  });

  it('returns an error for scores off the scale instead of throwing', () => {
    const { result } = renderHook(() => useCes({ responses: [8] }));
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues[0]).toMatchObject({ index: 0, field: 'score' });
  });

  it('takes groupBy and maxGroups like ces()', () => {
    const rows = [
      { score: 7, segment: 'A' },
      { score: 1, segment: 'B' },
      { score: 4, segment: 'C' },
    ];
    const { result } = renderHook(() =>
      useCes({ responses: rows, groupBy: 'segment', maxGroups: 2 }),
    );
    expect(result.current.data?.groups?.map((g) => g.name)).toEqual(['A', 'Other']);
    expect(result.current.data?.groups?.[1]?.result.mean).toBe(2.5);
  });
});
