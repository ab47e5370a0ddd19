import type { ReactNode } from 'react';

/** Props of {@link ChartTooltip}. */
export interface ChartTooltipProps {
  id: string;
  /** Anchor in the plot's pixel space: the tooltip sits centred above it. */
  x: number;
  y: number;
  children: ReactNode;
}

/**
 * The tooltip of the focused or hovered mark. It only renders after an interaction, so its
 * position (an inline style) never appears in server HTML.
 */
export function ChartTooltip({ id, x, y, children }: ChartTooltipProps) {
  return (
    <div
      id={id}
      className="vitals-tooltip"
      role="tooltip"
      style={{ left: x, top: Math.max(0, y - 8) }}
    >
      {children}
    </div>
  );
}
