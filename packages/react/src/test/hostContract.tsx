import { render, screen } from '@testing-library/react';
import {
  type CSSProperties,
  type ReactElement,
  type RefObject,
  StrictMode,
  createRef,
} from 'react';
import { describe, expect, it } from 'vitest';
import type { ChartVariant } from '../internal/chart/types';

/** The states a component's root can report in `data-state`. */
export type HostState = 'ready' | 'loading' | 'empty' | 'error';

/** What a host puts on a component: the pass-through props of SPEC §9 and a `ref`. */
export interface HostProps {
  /** Typed `RefObject<null>`, which every component's root element ref accepts. */
  ref: RefObject<null>;
  id: string;
  style: CSSProperties;
  'data-testid': string;
  'aria-describedby': string;
  variant?: ChartVariant;
}

/** How {@link describeHostContract} draws one component. */
export interface HostContractCase {
  /** The root's tag when ready: `FIGURE` for the charts. */
  readyTag: 'FIGURE' | 'SECTION' | 'DIV';
  /**
   * The component in each state it has, with the host's props spread on it. `ready` is required;
   * give every other state the component can be put in from its props.
   */
  states: { ready: (host: HostProps) => ReactElement } & Partial<
    Record<Exclude<HostState, 'ready'>, (host: HostProps) => ReactElement>
  >;
  /**
   * `'appended'` (charts): when ready, the root names its own summary first and the host's
   * description last; `'host'`: the host's `aria-describedby` stands alone in every state.
   * @default 'appended'
   */
  describedBy?: 'appended' | 'host';
}

const HOST = {
  id: 'host-id',
  style: { maxWidth: 500 },
  'data-testid': 'host-root',
  'aria-describedby': 'host-help',
} as const;

const hostProps = (ref: RefObject<null>, variant?: ChartVariant): HostProps => ({
  ...HOST,
  ref,
  ...(variant ? { variant } : {}),
});

/**
 * The host contract of SPEC §9, the same for every component: `id`, `style`, `data-*`, `aria-*`
 * and `ref` reach the root in every state, `variant="bare"` is set as `data-variant` (a card by
 * default), and the ref follows the root from state to state. One call per component test file,
 * so no component is left out and none checks less than the others.
 */
export function describeHostContract(name: string, component: HostContractCase): void {
  const { states, readyTag, describedBy = 'appended' } = component;
  const entries = Object.entries(states) as [HostState, (host: HostProps) => ReactElement][];

  describe(`${name}: host contract (SPEC §9)`, () => {
    it.each(entries.map(([state, draw]) => ({ state, draw })))(
      'passes id, style, data-*, aria-* and ref to its root when $state, with data-variant',
      ({ state, draw }) => {
        const ref = createRef<null>();
        render(<StrictMode>{draw(hostProps(ref, 'bare'))}</StrictMode>);
        const root = screen.getByTestId(HOST['data-testid']);
        expect(ref.current).toBe(root);
        expect(root).toHaveAttribute('id', HOST.id);
        expect(root).toHaveAttribute('data-variant', 'bare');
        expect(root).toHaveAttribute('data-state', state);
        expect(root.style.maxWidth).toBe('500px');
        if (state === 'ready') expect(root.tagName).toBe(readyTag);
        const described = root.getAttribute('aria-describedby') ?? '';
        if (describedBy === 'host') expect(described).toBe(HOST['aria-describedby']);
        // Ready, a chart is described by its own summary first, then by the host's words.
        else if (state === 'ready') expect(described).toMatch(/ host-help$/);
        else expect(described).toMatch(/(^| )host-help$/);
        // Whatever the component adds in front of the host's description points inside the root.
        for (const own of described.split(' ').slice(0, -1)) {
          expect(root.querySelector(`[id="${own}"]`), own).not.toBeNull();
        }
      },
    );

    it('is a card unless the host asks for variant="bare"', () => {
      render(<StrictMode>{states.ready(hostProps(createRef()))}</StrictMode>);
      expect(screen.getByTestId(HOST['data-testid'])).toHaveAttribute('data-variant', 'card');
    });

    it('keeps the ref on the root as it moves from state to state', () => {
      const ref = createRef<null>();
      const { rerender } = render(states.ready(hostProps(ref, 'bare')));
      for (const [state, draw] of [...entries, entries[0]!]) {
        rerender(draw(hostProps(ref, 'bare')));
        const root = screen.getByTestId(HOST['data-testid']);
        expect(ref.current, state).toBe(root);
        expect(root, state).toHaveAttribute('data-state', state);
        expect(root, state).toHaveAttribute('data-variant', 'bare');
      }
    });
  });
}
