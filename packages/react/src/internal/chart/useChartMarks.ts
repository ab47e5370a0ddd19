import { type FocusEvent, type KeyboardEvent, useCallback, useId, useRef, useState } from 'react';

/** Options of {@link useChartMarks}. */
export interface UseChartMarksOptions {
  /** How many marks the chart draws, in reading order. */
  count: number;
  /** Called with a mark's index when it is clicked, or Enter or Space is pressed on it. @default undefined */
  onSelect?: ((index: number) => void) | undefined;
}

/** The props a mark element spreads: one bundle per mark, React Aria style. */
export interface ChartMarkProps {
  ref: (node: SVGElement | HTMLElement | null) => void;
  tabIndex: 0 | -1;
  'data-active': '' | undefined;
  'aria-describedby': string | undefined;
  onFocus: (event: FocusEvent) => void;
  onBlur: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onClick: () => void;
}

/** What {@link useChartMarks} returns. */
export interface ChartMarks {
  /** The mark whose tooltip is open (hovered or focused), or `null`. */
  activeIndex: number | null;
  /** The props of the mark at `index`. */
  getMarkProps: (index: number) => ChartMarkProps;
  /** The props of the tooltip: its id (each active mark's `aria-describedby`) and role. */
  tooltipProps: { id: string; role: 'tooltip' };
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The behaviour of a chart's marks (the WAI-ARIA roving tabindex): one tab stop per chart (the
 * last focused mark, the first at the start), arrow keys move between marks, Home and End jump to
 * the first and last, Enter and Space select, Escape closes the tooltip; hover opens it too.
 * Returns prop bundles to spread on each mark and on the tooltip.
 */
export function useChartMarks({ count, onSelect }: UseChartMarksOptions): ChartMarks {
  const tooltipId = `vitals-tooltip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [focusIndex, setFocusIndex] = useState(0);
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const nodes = useRef<Array<SVGElement | HTMLElement | null>>([]);
  const tabStop = Math.min(focusIndex, Math.max(0, count - 1));

  const move = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(count - 1, to));
      setFocusIndex(next);
      setActiveIndex(next);
      nodes.current[next]?.focus();
    },
    [count],
  );

  const getMarkProps = (index: number): ChartMarkProps => ({
    ref: (node) => {
      nodes.current[index] = node;
    },
    tabIndex: index === tabStop ? 0 : -1,
    'data-active': activeIndex === index ? '' : undefined,
    'aria-describedby': activeIndex === index ? tooltipId : undefined,
    onFocus: () => {
      setFocusIndex(index);
      setActiveIndex(index);
    },
    onBlur: () => setActiveIndex(null),
    onPointerEnter: () => setActiveIndex(index),
    onPointerLeave: () => setActiveIndex((current) => (current === index ? null : current)),
    onKeyDown: (event) => {
      if (event.key in STEP) move(index + STEP[event.key]!);
      else if (event.key === 'Home') move(0);
      else if (event.key === 'End') move(count - 1);
      else if (event.key === 'Escape' && activeIndex !== null) {
        // Closes the tooltip only; a host's dialog keeps its own Escape when no tooltip is open.
        event.stopPropagation();
        setActiveIndex(null);
      } else if (event.key === 'Enter' || event.key === ' ') onSelect?.(index);
      else return;
      event.preventDefault();
    },
    onClick: () => {
      setFocusIndex(index);
      onSelect?.(index);
    },
  });

  return { activeIndex, getMarkProps, tooltipProps: { id: tooltipId, role: 'tooltip' } };
}
