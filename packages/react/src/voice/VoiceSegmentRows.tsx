import { ChartTooltip, TooltipItem, estimateTextWidth, plotSvgProps } from '../internal/chart';
import { fill } from '../messages/template';
import type { VoiceMessages } from '../messages/types';
import { segmentRowsGeometry } from './segments.geometry';
import { type VoiceSectionMarks, activeIn } from './voice.marks';
import type { VoiceRow } from './voice.parts';

interface Props {
  /** Heading of the section, e.g. "By segment". */
  title: string;
  rows: readonly VoiceRow[];
  width: number;
  v: VoiceMessages;
  /** The breakdown's marks: each row is one of them. */
  marks: VoiceSectionMarks;
}

/** Shortens a name to fit `maxWidth` pixels, with an ellipsis (the full name is in its label). */
export function fitName(name: string, maxWidth: number): string {
  if (estimateTextWidth(name) <= maxWidth) return name;
  let cut = name;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * One row per group: its name, its own 100 % bar on a shared scale, and its headline figure with
 * the number of responses. Each row, its whole band the hover target, is a mark of the
 * breakdown's one roving group, with a tooltip.
 */
export function VoiceSegmentRows({ title, rows, width, v, marks: section }: Props) {
  const valueWidth = Math.max(
    80,
    ...rows.map((row) => estimateTextWidth(`${row.value} ${row.detail}`) + 12),
  );
  const nameWidth = Math.min(
    160,
    Math.max(64, ...rows.map((row) => estimateTextWidth(row.name) + 12)),
  );
  const geometry = segmentRowsGeometry(
    rows.map((row) => ({ id: row.id, parts: row.parts })),
    { width, nameWidth, valueWidth },
  );
  const active = activeIn(section, rows.length);
  const activeRow = active === null ? undefined : geometry.rows[active];
  const height = Math.max(1, geometry.height);
  const { marks, first } = section;

  return (
    <div className="vitals-voice-section" data-section="segments">
      <p className="vitals-voice-section-title">{title}</p>
      <div className="vitals-voice-plot">
        <svg
          className="vitals-voice-rows-svg"
          {...plotSvgProps(width, height)}
          role="group"
          aria-label={fill(v.rowsPlotLabel, { title })}
        >
          {geometry.rows.map((laid, index) => {
            const row = rows[index]!;
            return (
              <g
                key={row.id}
                className="vitals-voice-row"
                data-low-sample={row.isLowSample ? '' : undefined}
                role="img"
                aria-label={row.label}
                {...marks.getMarkProps(first + index)}
              >
                <rect
                  className="vitals-chart-hit vitals-voice-hit"
                  x={0}
                  y={laid.y}
                  width={width}
                  height={laid.height}
                />
                <text
                  className="vitals-voice-row-name"
                  x={geometry.nameX}
                  y={laid.centerY}
                  dy="0.32em"
                >
                  {fitName(row.name, laid.bar.x - 8)}
                </text>
                <rect
                  className="vitals-voice-track"
                  x={laid.bar.x}
                  y={laid.bar.y}
                  width={laid.bar.width}
                  height={laid.bar.height}
                  rx={2}
                />
                {laid.segments.map((segment, i) =>
                  segment.width > 0 ? (
                    <rect
                      key={segment.id}
                      className="vitals-voice-bar"
                      data-category={segment.id}
                      data-tone={row.parts[i]!.tone}
                      x={segment.x}
                      y={laid.bar.y}
                      width={segment.width}
                      height={laid.bar.height}
                      rx={2}
                    />
                  ) : null,
                )}
                <text
                  className="vitals-voice-row-value"
                  x={geometry.valueX}
                  y={laid.centerY}
                  dy="0.32em"
                >
                  {row.value}
                  {/* The detail only where it fits: the row's name, tooltip and table keep it. */}
                  {estimateTextWidth(`${row.value} ${row.detail}`) <= width - geometry.valueX && (
                    <tspan className="vitals-voice-row-detail" dx={6}>
                      {row.detail}
                    </tspan>
                  )}
                </text>
              </g>
            );
          })}
        </svg>
        {activeRow && active !== null && (
          <ChartTooltip
            {...marks.tooltipProps}
            anchor={{ x: activeRow.bar.x + activeRow.bar.width / 2, y: activeRow.bar.y }}
            box={{ width, height }}
          >
            <TooltipItem data-tone="neutral" label={rows[active]!.label} value={null} />
          </ChartTooltip>
        )}
      </div>
    </div>
  );
}
