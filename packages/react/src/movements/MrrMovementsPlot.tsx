import { type KeyboardEvent, useId, useRef } from 'react';
import {
  ChartTooltip,
  TooltipItem,
  bandHitAreas,
  plotSvgProps,
  useChartMarks,
} from '../internal/chart';
import type { Formatters } from '../provider/format';
import {
  type MovementKind,
  type MovementsGeometry,
  type MovementsPeriodInput,
  movementMarks,
  neighbourMark,
} from './movements.geometry';
import { fill } from '../messages/template';
import { ALL_MOVEMENTS, movementValueText, periodDescription } from './movements.text';
import type { MovementsMessages } from '../messages/types';
import { periodLabel } from '../internal/time';
import { YGridTicks } from '../internal/YGridTicks';
import { axisLabels } from '../provider/ticks';

interface Props {
  geometry: MovementsGeometry;
  series: readonly MovementsPeriodInput[];
  format: Formatters;
  /** The chart's words in the reader's language. */
  messages: MovementsMessages;
  width: number;
  height: number;
  /**
   * Called when a mark is clicked or selected by keyboard: with its period and movement (`null`
   * for a period without movements, drawn as one mark).
   */
  onSelect?: ((period: string, movement: MovementKind | null) => void) | undefined;
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
  onSelect,
}: Props) {
  const prefix = useSvgId();
  const { inner, columns } = geometry;
  // One mark per stacked segment: one tab stop for the chart, arrows left and right between
  // periods, up and down between a period's movements.
  const markList = movementMarks(geometry, height);
  const marks = useChartMarks({
    count: markList.length,
    onSelect:
      onSelect &&
      ((index) => onSelect(columns[markList[index]!.column]!.period, markList[index]!.kind)),
  });
  const nodes = useRef<Array<SVGElement | HTMLElement | null>>([]);
  const markProps = (index: number) => {
    const props = marks.getMarkProps(index);
    return {
      ...props,
      ref: (node: SVGElement | HTMLElement | null) => {
        props.ref(node);
        nodes.current[index] = node;
      },
      onKeyDown: (event: KeyboardEvent) => {
        const to = neighbourMark(markList, index, event.key);
        if (to === undefined) return props.onKeyDown(event);
        event.preventDefault();
        nodes.current[to]?.focus();
      },
    };
  };
  const hits = bandHitAreas(
    columns.map((column) => column.centerX),
    inner.left,
    inner.right,
  );
  const activeMark = marks.activeIndex === null ? undefined : markList[marks.activeIndex];
  const active = activeMark?.column ?? null;
  const activeColumn = active === null ? undefined : geometry.columns[active];
  const activeInput = active === null ? undefined : series[active];

  return (
    <>
      <svg
        className="vitals-movements-svg"
        {...plotSvgProps(width, height)}
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
          <g
            key={column.period}
            className="vitals-movements-column"
            data-period={column.period}
            data-tone={column.net > 0 ? 'positive' : column.net < 0 ? 'negative' : 'neutral'}
          >
            {markList.map((mark, index) => {
              if (mark.column !== column.index) return null;
              const input = series[column.index]!;
              const { kind } = mark;
              return (
                // Marks with a roving tabindex (the WAI-ARIA charts pattern): each states its value.
                <g
                  key={kind ?? 'none'}
                  className="vitals-movements-mark"
                  data-mark={kind ?? 'none'}
                  role="img"
                  aria-label={
                    kind === null
                      ? periodDescription(input, format, m)
                      : fill(m.segmentLabel, {
                          movement: m.kinds[kind],
                          period: periodLabel(column.period, format.locale, 'long'),
                          value: movementValueText(input, kind, format),
                        })
                  }
                  {...markProps(index)}
                >
                  <rect
                    className="vitals-chart-hit"
                    x={hits[column.index]!.x}
                    y={mark.hitY}
                    width={hits[column.index]!.width}
                    height={mark.hitHeight}
                  />
                  {kind === null ? (
                    <rect
                      className="vitals-movements-hit"
                      x={column.x - 2}
                      y={inner.top}
                      width={column.width + 4}
                      height={inner.bottom - inner.top}
                      rx={3}
                    />
                  ) : (
                    <rect
                      className="vitals-movements-segment"
                      data-movement={kind}
                      x={column.x}
                      y={mark.y}
                      width={column.width}
                      height={mark.height}
                      fill={movementFill(prefix, kind)}
                    />
                  )}
                </g>
              );
            })}
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
      {activeMark && activeColumn && activeInput && (
        <ChartTooltip
          {...marks.tooltipProps}
          anchor={{
            x: activeColumn.centerX,
            y: activeMark.kind === null ? activeColumn.top : activeMark.y,
          }}
          box={{ width, height }}
        >
          <strong>{periodLabel(activeInput.period, format.locale, 'long')}</strong>
          {/* A segment's tooltip names its movement; an empty period's lists them all at zero. */}
          {(activeMark.kind === null ? ALL_MOVEMENTS : [activeMark.kind]).map((kind) => (
            <TooltipItem
              key={kind}
              data-movement={kind}
              label={m.kinds[kind]}
              value={movementValueText(activeInput, kind, format)}
            />
          ))}
          <TooltipItem
            data-movement="net"
            label={m.net}
            value={format.signedCurrency(activeColumn.net)}
          />
        </ChartTooltip>
      )}
    </>
  );
}
