import { afterEach, beforeEach } from 'vitest';

/**
 * jsdom lays nothing out, so every element measures 0×0 and @tanstack/react-virtual renders no
 * rows. Call this at the top of a describe block: it gives every element a `clientHeight` and
 * `clientWidth` (and `offsetHeight` for measured lines) for the duration of each test, so the
 * virtualiser renders the rows that would fit in a `height`-pixel viewport.
 */
export function stubTierListLayout({ width = 1200, height = 480 } = {}): void {
  const saved: Array<[string, PropertyDescriptor | undefined]> = [];
  const props: Record<string, number> = {
    clientHeight: height,
    clientWidth: width,
    offsetHeight: 52,
    offsetWidth: width,
  };
  beforeEach(() => {
    for (const [name, value] of Object.entries(props)) {
      saved.push([name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)]);
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    }
  });
  afterEach(() => {
    for (const [name, descriptor] of saved.splice(0)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
    }
  });
}
