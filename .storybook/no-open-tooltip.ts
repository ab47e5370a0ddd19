import { expect } from 'vitest';

/**
 * Fails when a story ends with a tooltip open: an open tooltip sits above its mark and can cover
 * the chart's title, so a story that shows one (on hover or focus) must close it again (blur)
 * before its play function ends.
 */
export function expectNoOpenTooltip(root: ParentNode = document.body): void {
  const open = [...root.querySelectorAll('[role="tooltip"]')].map((tip) => tip.textContent);
  expect(open, 'the story ended with a tooltip open').toEqual([]);
}
