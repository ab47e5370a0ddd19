import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Tracks an element's content width with a ResizeObserver. Before the first measurement (and on
 * the server) it returns `fallback`, so server and first client render agree and hydrate cleanly.
 * It measures in an effect, not a layout effect, because React 18 warns about layout effects in any
 * server render.
 */
export function useElementWidth<TElement extends HTMLElement>(
  fallback: number,
): [(node: TElement | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const [node, setNode] = useState<TElement | null>(null);
  const frame = useRef(0);
  const ref = useCallback((next: TElement | null) => setNode(next), []);

  useEffect(() => {
    if (!node) return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.round(measured));
    };
    measure(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => measure(entry.contentRect.width));
    });
    observer.observe(node);
    return () => {
      cancelAnimationFrame(frame.current);
      observer.disconnect();
    };
  }, [node]);

  return [ref, width];
}
