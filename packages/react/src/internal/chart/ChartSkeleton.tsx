/** The shape a chart's loading placeholder takes. */
export type SkeletonShape = 'bars' | 'columns' | 'lines';

// Heights (as fractions of the plot) of the placeholder's marks: a fixed, chart-like pattern.
const BARS = [0.7, 0.85, 0.75, 0.6, 0.8];
const COLUMNS = [0.3, 0.22, 0.35, 0.28, 0.4, 0.25, 0.33, 0.38, 0.2, 0.3, 0.36, 0.27];
const LINE = [0.55, 0.5, 0.58, 0.45, 0.5, 0.4, 0.46, 0.38, 0.42, 0.35, 0.4, 0.32];

/**
 * A placeholder shaped like the chart (bars, columns around a baseline, or a line per panel) at
 * the plot's height, in `--vitals-skeleton`; it pulses only without `prefers-reduced-motion`.
 * Drawn in a 100-unit-wide viewBox stretched to the container, so it never sets a width.
 */
export function ChartSkeleton({ shape, height }: { shape: SkeletonShape; height: number }) {
  const h = height;
  return (
    <svg
      className="vitals-chart-skeleton"
      data-shape={shape}
      width="100%"
      height={h}
      viewBox={`0 0 100 ${h}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'bars' &&
        BARS.map((f, i) => (
          <rect key={i} x={6 + i * 19} y={h * (1 - f) - 8} width={12} height={h * f} rx={1} />
        ))}
      {shape === 'columns' &&
        COLUMNS.map((f, i) => (
          <rect key={i} x={4 + i * 8} y={h / 2 - h * f} width={5} height={h * f * 1.6} rx={0.5} />
        ))}
      {shape === 'lines' &&
        [0, 1].map((panel) => {
          const top = (panel * h) / 2;
          const points = LINE.map((f, i) => `${2 + i * 8.7},${top + (h / 2) * f}`).join(' ');
          return (
            <g key={panel}>
              <rect x={0} y={top + 4} width={40} height={8} rx={1} />
              <polyline
                points={points}
                fill="none"
                strokeWidth={4}
                vectorEffect="non-scaling-stroke"
              />
            </g>
          );
        })}
    </svg>
  );
}
