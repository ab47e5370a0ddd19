/** Props of {@link YGridTicks}. */
export interface YGridTicksProps {
  ticks: ReadonlyArray<{ value: number; y: number }>;
  /** Left and right edges of the plot area: gridlines span them, labels sit left of `left`. */
  left: number;
  right: number;
  /**
   * The labels of all tick values at once, so one axis shares one unit and digit count: usually
   * `(values) => axisLabels(format, values, kind)` (see `provider/ticks.ts`).
   */
  labels: (values: readonly number[]) => readonly string[];
}

/**
 * Horizontal gridlines with their value labels on the left: the y axis every Vitals chart shares.
 * Decorative for assistive technology (the data table carries the numbers), so render it inside
 * an `aria-hidden` group.
 */
export function YGridTicks({ ticks, left, right, labels }: YGridTicksProps) {
  const text = labels(ticks.map((tick) => tick.value));
  return ticks.map((tick, index) => (
    <g key={tick.value} className="vitals-axis-tick">
      <line className="vitals-gridline" x1={left} x2={right} y1={tick.y} y2={tick.y} />
      <text className="vitals-axis-label" x={left - 8} y={tick.y} dy="0.32em" textAnchor="end">
        {text[index]}
      </text>
    </g>
  ));
}
