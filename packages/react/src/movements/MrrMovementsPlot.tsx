import { useId, useState } from 'react';
import { ChartTooltip } from '../internal/ChartTooltip';
import type { Formatters } from '../provider/format';
import { fill } from '../messages/template';
import type { MovementsMessages } from '../messages/types';
import type { MovementKind, MovementsGeometry, MovementsPeriodInput } from './movements.geometry';
import { ALL_MOVEMENTS, movementValueText, periodDescription } from './movements.text';
import { periodLabel } from '../internal/time';
import { YGridTicks } from '../internal/YGridTicks';
import { axisLabels } from '../provider/ticks';

interface Props {
  geometry: MovementsGeometry;
  series: readonly MovementsPeriodInput[];
  format: Formatters;
  messages: MovementsMessages;
  width: number;
  height: number;
  tooltipId: string;
}

/** Movements drawn with a hatch on top of their colour, so they differ by more than hue. */
export const HATCHED: ReadonlySet<MovementKind> = new Set(['reactivation', 'churn']);

/** A DOM-id-safe prefix from `useId` (React 18's ids contain colons, awkward inside `url(#…)`). */
export function useSvgId(): string {
  return `vitals-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** The hatch patterns of the hatched movements; `fill` on a mark is `url(#<prefix>-<kind>)`. */
export function MovementPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {[...HATCHED].map((kind) => (
        <pattern
          key={kind}
          id={`${prefix}-${kind}`}
          className="vitals-movements-pattern"
          data-movement={kind}
          patternUnits="userSpaceOnUse"
          width={6}
          height={6}
          patternTransform="rotate(45)"
        >
          <rect className="vitals-movements-pattern-bg" width={6} height={6} />
          <line className="vitals-movements-pattern-hatch" x1={1.5} y1={0} x2={1.5} y2={6} />
        </pattern>
      ))}
    </defs>
  );
}

/** The fill of a movement's marks: its hatch pattern, or none (the CSS colour applies). */
export function movementFill(prefix: string, kind: MovementKind): string | undefined {
  return HATCHED.has(kind) ? `url(#${prefix}-${kind})` : undefined;
}

/** Draws laid-out movements as SVG; every position comes from `movementsGeometry`. */
export function MrrMovementsPlot({
  geometry,
  series,
  format,
  messages: m,
  width,
  height,
  tooltipId,
}: Props) {
  const [active, setActive] = useState<number | null>(null);
  const prefix = useSvgId();
  const { inner } = geometry;
  const activeColumn = active === null ? undefined : geometry.columns[active];
  const activeInput = active === null ? undefined : series[active];

  return (
    <>
      <svg
        className="vitals-movements-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={m.plotLabel}
      >
        <MovementPatterns prefix={prefix} />
        <g className="vitals-axis" aria-hidden="true">
          <YGridTicks
            ticks={geometry.ticks}
            left={inner.left}
            right={inner.right}
            labels={(values) => axisLabels(format, values, 'currency')}
          />
          {geometry.labelled.map((index) => {
            const column = geometry.columns[index]!;
            return (
              <text
                key={column.period}
                className="vitals-axis-label vitals-movements-period"
                x={column.centerX}
                y={inner.bottom + 18}
                textAnchor="middle"
              >
                {periodLabel(column.period, format.locale, 'short')}
              </text>
            );
          })}
        </g>
        {geometry.columns.map((column) => (
          // Focusable marks (the WAI-ARIA charts pattern): each period states its movements.
          <g
            key={column.period}
            className="vitals-movements-column"
            data-period={column.period}
            data-tone={column.net > 0 ? 'positive' : column.net < 0 ? 'negative' : 'neutral'}
            data-active={active === column.index ? '' : undefined}
            tabIndex={0}
            role="img"
            aria-label={periodDescription(series[column.index]!, format, m)}
            aria-describedby={active === column.index ? tooltipId : undefined}
            onFocus={() => setActive(column.index)}
            onBlur={() => setActive(null)}
            onMouseEnter={() => setActive(column.index)}
            onMouseLeave={() => setActive(null)}
          >
            <rect
              className="vitals-movements-hit"
              x={column.x - 2}
              y={inner.top}
              width={column.width + 4}
              height={inner.bottom - inner.top}
              rx={3}
            />
            {column.segments.map((segment) => (
              <rect
                key={segment.kind}
                className="vitals-movements-segment"
                data-movement={segment.kind}
                x={column.x}
                y={segment.y}
                width={column.width}
                height={segment.height}
                fill={movementFill(prefix, segment.kind)}
              />
            ))}
          </g>
        ))}
        <line
          className="vitals-baseline"
          x1={inner.left}
          x2={inner.right}
          y1={geometry.baselineY}
          y2={geometry.baselineY}
          aria-hidden="true"
        />
        <g className="vitals-movements-net" aria-hidden="true">
          <path className="vitals-movements-net-line" d={geometry.netPath} />
          {geometry.columns.map((column) => (
            <circle
              key={column.period}
              className="vitals-movements-net-point"
              cx={column.centerX}
              cy={column.netY}
              r={active === column.index ? 4.5 : 3.5}
            />
          ))}
        </g>
      </svg>
      {activeColumn && activeInput && (
        <ChartTooltip id={tooltipId} x={activeColumn.centerX} y={activeColumn.top}>
          <strong>{periodLabel(activeInput.period, format.locale, 'long')}</strong>
          {ALL_MOVEMENTS.map((kind) => (
            <span key={kind} className="vitals-movements-tooltip-row" data-movement={kind}>
              {fill(m.movementValue, {
                kind: m.kinds[kind],
                value: movementValueText(activeInput, kind, format),
              })}
            </span>
          ))}
          <span className="vitals-movements-tooltip-row" data-movement="net">
            {fill(m.movementValue, {
              kind: m.net,
              value: format.signedCurrency(activeColumn.net),
            })}
          </span>
        </ChartTooltip>
      )}
    </>
  );
}
