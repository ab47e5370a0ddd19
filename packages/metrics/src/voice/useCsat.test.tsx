// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { csat } from './csat';
import { useCsat } from './useCsat';

const responses = [5, 4, 3, 2];

describe('useCsat', () => {
  it('computes CSAT from raw responses with options', () => {
    const { result } = renderHook(() => useCsat({ responses, satisfiedMin: 3 }));
    expect(result.current.data?.score).toBeCloseTo(0.75, 12);
  });

  it('accepts a precomputed result as data', () => {
    const data = csat(responses);
    const { result } = renderHook(() => useCsat({ data }));
    expect(result.current.data).toBe(data);
  });

  it('recomputes only when an input changes', () => {
    const { result, rerender } = renderHook(
      (props: { scale: number }) => useCsat({ responses, ...props }),
      {
        initialProps: { scale: 5 },
      },
    );
    const first = result.current;
    rerender({ scale: 5 });
    expect(result.current).toBe(first);
    rerender({ scale: 10 });
    expect(result.current.data?.satisfiedMin).toBe(9);
  });

  it('returns an error for a bad option instead of throwing', () => {
    const { result } = renderHook(() => useCsat({ responses, scale: 1 }));
    expect(result.current.error).toBeInstanceOf(MetricsInputError);
    expect(result.current.issues.map((i) => i.field)).toEqual(['options.scale']);
  });

  it('takes groupBy and maxGroups like csat()', () => {
    const rows = [
      { score: 5, channel: 'email' },
      { score: 1, channel: 'chat' },
    ];
    const { result } = renderHook(() => useCsat({ responses: rows, groupBy: 'channel' }));
    expect(result.current.data?.groups).toEqual(csat(rows, { groupBy: 'channel' }).groups);
    const bad = renderHook(() => useCsat({ responses: rows, groupBy: 'plan' as 'channel' }));
    expect(bad.result.current.error).toBeInstanceOf(MetricsInputError);
  });
});
