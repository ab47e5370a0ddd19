import type { SegmentFilter } from '@vitals/metrics';
import { warnOnce } from './warn';

/** The segment props of the revenue charts and the cohort heatmap, documented once. */
export interface SegmentChartProps {
  /**
   * With `snapshots`: draw only the accounts of this segment, or of any of these segments
   * (`'SMB'`, `['SMB', 'Mid-Market']`). An account's segment is the one its first row naming a
   * segment gives (the `segment` option of `@vitals/metrics`).
   * @default every account
   */
  segment?: SegmentFilter | undefined;
  /**
   * With `snapshots`: `'segment'` compares the segments side by side, one small chart per segment
   * present (or per `segment` given), each titled with its segment and all on one shared scale.
   * `RetentionTrend` draws one line per segment instead.
   * @default undefined (one chart)
   */
  compareBy?: 'segment' | undefined;
}

/**
 * Warns once, in development, when `compareBy` cannot be honoured and the chart draws one
 * `drawn` ('chart', 'heatmap') instead: an unknown value, or `'segment'` without `snapshots`
 * (precomputed data carries no segments).
 */
export function warnUnusedCompareBy(
  component: string,
  compareBy: unknown,
  hasSnapshots: boolean,
  drawn: string,
): void {
  if (compareBy !== undefined && compareBy !== 'segment') {
    warnOnce(
      `${component}: compareBy must be 'segment', got ${JSON.stringify(compareBy)}; drawing one ${drawn}.`,
    );
  } else if (compareBy === 'segment' && !hasSnapshots) {
    warnOnce(
      `${component}: compareBy='segment' needs snapshots (precomputed data carries no segments); drawing one ${drawn}.`,
    );
  }
}
