import { type SharePart, type ShareSegment, stackShares } from './voice.geometry';

/** One row of the per-segment breakdown: a name and the parts of its own 100 % bar. */
export interface SegmentRowInput<TId extends string = string> {
  id: string;
  parts: ReadonlyArray<SharePart<TId>>;
}

/** A laid-out per-segment row. */
export interface SegmentRowGeometry<TId extends string = string> {
  id: string;
  /** Top of the row. */
  y: number;
  /** Height of the row. */
  height: number;
  /** Vertical centre of the row, for its texts. */
  centerY: number;
  bar: { x: number; y: number; width: number; height: number };
  segments: ShareSegment<TId>[];
}

/** Options of {@link segmentRowsGeometry}. */
export interface SegmentRowsLayout {
  width: number;
  /** @default 32 */
  rowHeight?: number;
  /** @default 14 */
  barHeight?: number;
  /** Room left of the bars for the segment name. @default 120 (less on narrow widths) */
  nameWidth?: number;
  /** Room right of the bars for the score and count. @default 132 (less on narrow widths) */
  valueWidth?: number;
}

/** The laid-out rows and the total height they need. */
export interface SegmentRowsGeometry<TId extends string = string> {
  rows: SegmentRowGeometry<TId>[];
  height: number;
  nameX: number;
  valueX: number;
}

/**
 * Lays out one row per segment: its name on the left, its own 100 % bar in the middle (every
 * bar on the same horizontal scale, so rows compare at a glance), and room for its score on the
 * right. Name and value columns shrink on narrow widths so the bar keeps at least a third.
 *
 * @example
 * segmentRowsGeometry([{ id: 'SMB', parts: [{ id: 'promoter', count: 3 }] }], { width: 600 }).height; // 32
 */
export function segmentRowsGeometry<TId extends string>(
  rows: ReadonlyArray<SegmentRowInput<TId>>,
  layout: SegmentRowsLayout,
): SegmentRowsGeometry<TId> {
  const rowHeight = layout.rowHeight ?? 32;
  const barHeight = Math.min(layout.barHeight ?? 14, rowHeight);
  const width = Math.max(1, layout.width);
  const squeeze = Math.min(
    1,
    (width * 2) / 3 / ((layout.nameWidth ?? 120) + (layout.valueWidth ?? 132)),
  );
  const nameWidth = (layout.nameWidth ?? 120) * squeeze;
  const valueWidth = (layout.valueWidth ?? 132) * squeeze;
  const barX = nameWidth;
  const barWidth = Math.max(1, width - nameWidth - valueWidth);
  return {
    rows: rows.map((row, index) => {
      const y = index * rowHeight;
      const centerY = y + rowHeight / 2;
      const bar = { x: barX, y: centerY - barHeight / 2, width: barWidth, height: barHeight };
      return {
        id: row.id,
        y,
        height: rowHeight,
        centerY,
        bar,
        segments: stackShares(row.parts, barX, barWidth),
      };
    }),
    height: rows.length * rowHeight,
    nameX: 0,
    valueX: barX + barWidth + 12,
  };
}
