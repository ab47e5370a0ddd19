import {
  type CompareTo,
  type InvalidRowPolicy,
  type MrrSnapshot,
  type RetentionSeriesPoint,
  type SegmentFilter,
  comparisonWindow,
  mrrSegments,
  retentionSeries,
} from '@vitals/metrics';
import { useRetentionSeries } from '@vitals/metrics/react';
import { useMemo } from 'react';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import { fill } from '../messages/template';
import type { ComparisonMessages, RetentionTrendMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type { RetentionTrendMetric, RetentionTrendWindow } from './trend.data';
import type { RetentionTrendOverlay } from './trend.geometry';
import { rateText } from './trend.text';

/** One named line beside the main one: a comparison period or a segment. */
export interface TrendSeries extends RetentionTrendOverlay {
  /** Its name in the legend, the table and the summary. */
  name: string;
  /** `'comparison'` (dashed) or `'segment'`. */
  kind: 'comparison' | 'segment';
}

/** What {@link useTrendOverlays} needs from the chart's props. */
export interface TrendOverlayInput {
  snapshots: readonly MrrSnapshot[] | undefined;
  from: string | undefined;
  to: string | undefined;
  window: RetentionTrendWindow;
  segment: SegmentFilter | undefined;
  onInvalid: InvalidRowPolicy | undefined;
  compareTo: CompareTo | undefined;
  compareBy: 'segment' | undefined;
}

/**
 * The lines a retention trend draws over its main one: the comparison window's series
 * (`compareTo`: the window of the same length before, or a year earlier, aligned point by point)
 * and one series per segment (`compareBy: 'segment'`). Both need raw snapshots; an error in them
 * is returned, never thrown.
 */
export function useTrendOverlays(
  input: TrendOverlayInput,
  c: ComparisonMessages,
): { overlays: TrendSeries[]; error: Error | null } {
  const { snapshots, from, to, window, segment, onInvalid, compareTo, compareBy } = input;
  let compared: { from: string; to: string } | undefined;
  if (compareTo && snapshots && from && to) {
    try {
      compared = comparisonWindow({ from, to }, compareTo);
    } catch {
      // The main series reports a bad window; the comparison just stays out.
    }
  }
  const comparison = useRetentionSeries(
    compared && snapshots
      ? { snapshots, ...compared, window, onInvalid, ...(segment === undefined ? {} : { segment }) }
      : undefined,
  );
  const key = Array.isArray(segment) ? JSON.stringify(segment) : segment;
  const segments = useMemo(() => {
    if (compareBy !== 'segment' || !snapshots || !from || !to) return { series: [], error: null };
    try {
      const names =
        typeof segment === 'string'
          ? [segment]
          : Array.isArray(segment)
            ? [...new Set(segment as readonly string[])]
            : mrrSegments(snapshots, onInvalid === undefined ? {} : { onInvalid });
      const series = names.map((name): TrendSeries => ({
        id: `segment:${name}`,
        name,
        kind: 'segment',
        points: retentionSeries(snapshots, { from, to, window, onInvalid, segment: name }).points,
      }));
      return { series, error: null };
    } catch (error) {
      return { series: [], error: error as Error };
    }
    // `segment` is read through its key (a new array literal each render is the same filter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compareBy, snapshots, from, to, window, onInvalid, key]);

  const overlays: TrendSeries[] = [];
  if (compareTo && comparison.data) {
    overlays.push({
      id: compareTo,
      name: compareTo === 'previous-year' ? c.previousYear : c.previousPeriod,
      kind: 'comparison',
      points: comparison.data.points,
    });
  }
  overlays.push(...segments.series);
  return { overlays, error: comparison.error ?? segments.error };
}

/** The table's extra columns: each overlay's value of each metric. */
export function overlayColumns(
  overlays: readonly TrendSeries[],
  metrics: readonly RetentionTrendMetric[],
  t: RetentionTrendMessages,
  c: ComparisonMessages,
): DataTableColumn[] {
  return overlays.flatMap((overlay) =>
    metrics.map((metric) => ({
      id: `${overlay.id}|${metric}`,
      header: fill(c.seriesColumn, { metric: t.metricShort[metric], series: overlay.name }),
    })),
  );
}

/** The rows with each overlay's values added, point by point (the comparison's own period noted). */
export function withOverlayCells(
  rows: readonly DataTableRow[],
  overlays: readonly TrendSeries[],
  metrics: readonly RetentionTrendMetric[],
  format: Formatters,
): DataTableRow[] {
  return rows.map((row, index) => {
    const cells = { ...row.cells };
    for (const overlay of overlays) {
      const point = overlay.points[index] as RetentionSeriesPoint | null | undefined;
      for (const metric of metrics) {
        cells[`${overlay.id}|${metric}`] = rateText(point?.[metric] ?? null, format);
      }
    }
    return { ...row, cells };
  });
}

/** A sentence per overlay and metric with its latest value, for the text alternative. */
export function overlaySummary(
  overlays: readonly TrendSeries[],
  metrics: readonly RetentionTrendMetric[],
  format: Formatters,
  t: RetentionTrendMessages,
  c: ComparisonMessages,
): string {
  return overlays
    .flatMap((overlay) =>
      metrics.flatMap((metric) => {
        const latest = [...overlay.points].reverse().find((p) => p?.[metric] != null)?.[metric];
        return latest == null
          ? []
          : [
              fill(c.comparisonSummary, {
                series: overlay.name,
                metric: t.metricShort[metric],
                value: rateText(latest, format),
              }),
            ];
      }),
    )
    .join(' ');
}

/** The key of the lines: the main one and each overlay, with a swatch drawn like its line. */
export function TrendLegend({
  main,
  overlays,
  label,
}: {
  main: string;
  overlays: readonly TrendSeries[];
  label: string;
}) {
  return (
    <ul className="vitals-trend-legend" aria-label={label}>
      <li className="vitals-trend-legend-item">
        <svg width={18} height={12} aria-hidden="true">
          <line className="vitals-trend-line" x1={0} x2={18} y1={6} y2={6} />
        </svg>
        {main}
      </li>
      {overlays.map((overlay, index) => (
        <li key={overlay.id} className="vitals-trend-legend-item">
          <svg width={18} height={12} aria-hidden="true">
            <line
              className="vitals-trend-overlay"
              data-kind={overlay.kind}
              data-index={index % 4}
              x1={0}
              x2={18}
              y1={6}
              y2={6}
            />
          </svg>
          {overlay.name}
        </li>
      ))}
    </ul>
  );
}
