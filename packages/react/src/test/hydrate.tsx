import { act } from '@testing-library/react';
import { type ReactElement, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, vi } from 'vitest';

/**
 * Renders `ui` to a string as a server would, hydrates that HTML in StrictMode, and fails on any
 * console error or warning (hydration mismatches, key warnings, act warnings). Returns the
 * hydrated container for further queries; call `cleanup()` from the result when done.
 */
export async function expectHydratesCleanly(
  ui: ReactElement,
): Promise<{ container: HTMLElement; cleanup: () => void }> {
  const strict = <StrictMode>{ui}</StrictMode>;
  const html = renderToString(strict);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const error = vi.spyOn(console, 'error');
  const warn = vi.spyOn(console, 'warn');
  let root: ReturnType<typeof hydrateRoot> | undefined;
  try {
    await act(async () => {
      root = hydrateRoot(container, strict);
    });
    expect(error.mock.calls).toEqual([]);
    expect(warn.mock.calls).toEqual([]);
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
  return {
    container,
    cleanup: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}
