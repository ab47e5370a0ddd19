import {
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type TooltipPlacement, tooltipPosition } from './layout';

// A layout effect on the client (the tooltip is placed before it paints); never on the server,
// where the tooltip does not render anyway (it opens on hover or focus).
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps {
  /** From `useChartMarks().tooltipProps`: the id marks point at and `role="tooltip"`. */
  id: string;
  role: 'tooltip';
  /** The mark's anchor point in the plot's pixel space (e.g. the top centre of a bar). */
  anchor: { x: number; y: number };
  /** The plot box the tooltip must stay inside. */
  box: { width: number; height: number };
  children: ReactNode;
}

/**
 * The tooltip of the active mark, inside the plot area: measured, then placed above its anchor or
 * flipped below, and shifted to stay inside the plot (`tooltipPosition`), so it never widens the
 * page nor covers the header or legend. It renders only after an interaction, so its inline
 * position never appears in server HTML.
 */
export function ChartTooltip({ id, role, anchor, box, children }: ChartTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<TooltipPlacement | null>(null);
  useClientLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // The fractional size: offsetWidth rounds, and a tooltip 180.7 px wide placed as 180 would
    // reach 0.7 px past the plot's edge.
    const { width, height } = node.getBoundingClientRect();
    const size = { width, height };
    const next = tooltipPosition(anchor, size, box);
    setPlacement((current) =>
      current &&
      current.left === next.left &&
      current.top === next.top &&
      current.side === next.side
        ? current
        : next,
    );
  });
  return (
    <div
      ref={ref}
      id={id}
      role={role}
      className="vitals-chart-tooltip"
      data-side={placement?.side}
      style={
        placement
          ? { left: placement.left, top: placement.top }
          : { left: 0, top: 0, visibility: 'hidden' }
      }
    >
      {children}
    </div>
  );
}

/** One line of a tooltip: a colour key (styled by its `data-*` attributes), a label and a value. */
export function TooltipItem({
  label,
  value,
  ...keyAttributes
}: { label: ReactNode; value: ReactNode } & HTMLAttributes<HTMLSpanElement> & {
    [attribute: `data-${string}`]: string | undefined;
  }) {
  return (
    <span className="vitals-chart-tooltip-item">
      <span className="vitals-chart-tooltip-key" aria-hidden="true" {...keyAttributes} />
      <span className="vitals-chart-tooltip-label">{label}</span>{' '}
      <span className="vitals-chart-tooltip-value">{value}</span>
    </span>
  );
}
