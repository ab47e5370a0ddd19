import type { HealthTierBucket, HealthTone } from '@vitals/metrics';
import { scaleBand } from 'd3-scale';
import { linearScale } from '../internal/chart/layout';

/** Which bar sets to draw: accounts per tier, MRR per tier, or both side by side. */
export type HealthDistributionMeasure = 'accounts' | 'mrr' | 'both';

/** One measured quantity of a tier. */
export type HealthDistributionQuantity = 'accounts' | 'mrr';

/** One bar: a tier's accounts or MRR, in data units and pixels. */
export interface HealthDistributionBar {
  tier: string;
  label: string;
  tone: HealthTone;
  quantity: HealthDistributionQuantity;
  /** Accounts, or MRR in major units. */
  value: number;
  /** Share of all accounts (or of all MRR), or `null` when the total is 0. */
  share: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The row band the bar sits in, for a hit area and the focus ring. */
  band: { x: number; y: number; width: number; height: number };
  /** Where the value label starts: just right of the bar's end, vertically centred. */
  labelX: number;
  labelY: number;
}

/** One bar set: a title and one bar per tier, with its own scale. */
export interface HealthDistributionPanel {
  quantity: HealthDistributionQuantity;
  /** Left edge of the bars (their zero). */
  x: number;
  /** The room for bars and their value labels. */
  width: number;
  /** Baseline of the panel title. */
  titleY: number;
  /** Tier label rows of this panel (repeated per panel when the panels are stacked). */
  rows: Array<{ tier: string; label: string; tone: HealthTone; labelX: number; centerY: number }>;
  bars: HealthDistributionBar[];
}

/** The laid-out distribution. */
export interface HealthDistributionGeometry {
  /** `'side'`: the two bar sets share the tier rows; `'stacked'`: one above the other. */
  arrangement: 'side' | 'stacked';
  panels: HealthDistributionPanel[];
  /** The SVG height the layout needs. */
  height: number;
}

/** Options of {@link healthDistributionGeometry}. */
export interface HealthDistributionLayout {
  width: number;
  /** @default 'both' */
  measure?: HealthDistributionMeasure;
  /**
   * The value label of a bar, used to reserve room after the longest bar so labels never clip.
   * Without it every label is assumed 80 px wide.
   */
  valueText?: (bar: Pick<HealthDistributionBar, 'quantity' | 'value' | 'share'>) => string;
  /** Height of one tier row in pixels. @default 30 */
  rowHeight?: number;
  /** Font size of the labels in pixels, for width estimates. @default 12 */
  fontSize?: number;
}

/** Below this width the two bar sets stack instead of sitting side by side. */
export const SIDE_BY_SIDE_MIN_WIDTH = 560;
const TITLE_HEIGHT = 24;
const PANEL_GAP = 24;
const LABEL_GAP = 6;

/** The quantities a measure draws, in order. */
export function measureQuantities(
  measure: HealthDistributionMeasure,
): HealthDistributionQuantity[] {
  return measure === 'both' ? ['accounts', 'mrr'] : [measure];
}

/**
 * Lays out a health distribution as horizontal bars: one row per tier (highest first, then
 * `unknown`), one bar set per quantity, each scaled from zero to its largest tier. With both
 * quantities the sets sit side by side on shared rows when the width allows, and stack below
 * `SIDE_BY_SIDE_MIN_WIDTH`. Room for each value label is reserved after the bars.
 *
 * @example
 * const geometry = healthDistributionGeometry(healthTierDistribution(results, accounts).buckets, {
 *   width: 640,
 * });
 * geometry.panels.map((panel) => panel.quantity); // ['accounts', 'mrr']
 */
export function healthDistributionGeometry(
  buckets: readonly HealthTierBucket[],
  layout: HealthDistributionLayout,
): HealthDistributionGeometry {
  const quantities = measureQuantities(layout.measure ?? 'both');
  const rowHeight = layout.rowHeight ?? 30;
  const fontSize = layout.fontSize ?? 12;
  const textWidth = (text: string) => text.length * fontSize * 0.62 + 4;
  const arrangement =
    quantities.length > 1 && layout.width >= SIDE_BY_SIDE_MIN_WIDTH ? 'side' : 'stacked';
  const longestLabel = Math.max(0, ...buckets.map((bucket) => textWidth(bucket.label)));
  const labelWidth = Math.min(Math.max(72, longestLabel + 12), layout.width * 0.4);
  const columns = arrangement === 'side' ? quantities.length : 1;
  const panelWidth = Math.max(
    40,
    (layout.width - labelWidth - PANEL_GAP * (columns - 1)) / columns,
  );
  const blockHeight = TITLE_HEIGHT + rowHeight * buckets.length;

  const panels = quantities.map((quantity, index): HealthDistributionPanel => {
    const column = arrangement === 'side' ? index : 0;
    const top = arrangement === 'side' ? 0 : index * (blockHeight + PANEL_GAP);
    const x = labelWidth + column * (panelWidth + PANEL_GAP);
    const bars = buckets.map((bucket) => ({
      bucket,
      value: quantity === 'accounts' ? bucket.count : bucket.mrr,
      share: quantity === 'accounts' ? bucket.countShare : bucket.mrrShare,
    }));
    const labelRoom = Math.max(
      0,
      ...bars.map(({ value, share }) =>
        layout.valueText ? textWidth(layout.valueText({ quantity, value, share })) : 80,
      ),
    );
    const max = Math.max(0, ...bars.map((bar) => bar.value));
    const length = linearScale(
      [0, max > 0 ? max : 1],
      [0, Math.max(0, panelWidth - labelRoom - LABEL_GAP)],
    );
    // One row per tier, in the buckets' order; each bar is 70 % of its row.
    const rowScale = scaleBand<number>()
      .domain(buckets.map((_, row) => row))
      .range([top + TITLE_HEIGHT, top + blockHeight])
      .paddingInner(0.3)
      .paddingOuter(0.15);
    const step = rowScale.step();
    const barHeight = rowScale.bandwidth();
    const rowTop = (row: number) => rowScale(row)!;
    return {
      quantity,
      x,
      width: panelWidth,
      titleY: top + TITLE_HEIGHT - 8,
      rows:
        column === 0
          ? buckets.map((bucket, row) => ({
              tier: bucket.tier,
              label: bucket.label,
              tone: bucket.tone,
              labelX: labelWidth - 10,
              centerY: rowTop(row) + barHeight / 2,
            }))
          : [],
      bars: bars.map(({ bucket, value, share }, row): HealthDistributionBar => {
        const y = rowTop(row);
        const width = length(value);
        return {
          tier: bucket.tier,
          label: bucket.label,
          tone: bucket.tone,
          quantity,
          value,
          share,
          x,
          y,
          width,
          height: barHeight,
          band: {
            x: x - 4,
            y: y - (step - barHeight) / 2,
            width: panelWidth + 4,
            height: step,
          },
          labelX: x + width + LABEL_GAP,
          labelY: y + barHeight / 2,
        };
      }),
    };
  });

  const height =
    arrangement === 'side'
      ? blockHeight
      : quantities.length * (blockHeight + PANEL_GAP) - PANEL_GAP;
  return { arrangement, panels, height: Math.ceil(height) };
}
