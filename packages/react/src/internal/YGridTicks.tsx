/** Props of {@link YGridTicks}. */
export interface YGridTicksProps {
  ticks: ReadonlyArray<{ value: number; y: number }>;
  /** Left and right edges of the plot area: gridlines span them, labels sit left of `left`. */
  left: number;
  right: number;
  /** The label of one tick value, formatted through the provider. */
  label: (value: number) => string;
}

/**
 * Horizontal gridlines with their value labels on the left: the y axis every Vitals chart shares.
 * Decorative for assistive technology (the data table carries the numbers), so render it inside
 * an `aria-hidden` group.
 */
export function YGridTicks({ ticks, left, right, label }: YGridTicksProps) {
  return ticks.map((tick) => (
    <g key={tick.value} className="vitals-axis-tick">
      <line className="vitals-gridline" x1={left} x2={right} y1={tick.y} y2={tick.y} />
      <text className="vitals-axis-label" x={left - 8} y={tick.y} dy="0.32em" textAnchor="end">
        {label(tick.value)}
      </text>
    </g>
  ));
}
