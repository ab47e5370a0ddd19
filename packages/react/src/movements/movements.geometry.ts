import { netNewMrr } from '@vitals/metrics';
import { scaleBand } from 'd3-scale';
import { line, stack, stackOffsetDiverging } from 'd3-shape';
import { linearScale, niceDomain } from '../internal/chart/layout';
import { estimateTextWidth, thinTicks } from '../internal/time';

/** The five movements, in stacking order: gains up from zero, losses down from zero. */
export type MovementKind = 'new' | 'expansion' | 'reactivation' | 'contraction' | 'churn';

/** Gains, stacked upwards from zero in this order. */
export const GAINS: readonly MovementKind[] = ['new', 'expansion', 'reactivation'];
/** Losses, stacked downwards from zero in this order. */
export const LOSSES: readonly MovementKind[] = ['contraction', 'churn'];

/** One period's movement totals, as `mrrMovementsSeries` returns them (or a warehouse would). */
export interface MovementsPeriodInput {
  period: string;
  newMrr?: number | undefined;
  expansionMrr: number;
  reactivationMrr?: number | undefined;
  contractionMrr: number;
  churnedMrr: number;
}

/** One stacked segment: a movement's amount in one period, in pixels. */
export interface MovementSegment {
  kind: MovementKind;
  /** The movement's size, ≥ 0. */
  amount: number;
  /** The signed change it makes to MRR: + for gains, − for losses. */
  value: number;
  y: number;
  height: number;
}

/** One period's column: its segments, net change and hit area. */
export interface MovementsColumn {
  period: string;
  index: number;
  x: number;
  width: number;
  centerX: number;
  /** Non-zero movements only, gains first. */
  segments: MovementSegment[];
  /** new + expansion + reactivation − contraction − churn. */
  net: number;
  netY: number;
  /** The column's top and bottom edges (the extent of its stacks), for the tooltip anchor. */
  top: number;
  bottom: number;
}

/** Options of {@link movementsGeometry}. */
export interface MovementsLayout {
  width: number;
  height: number;
  /** Space around the plot for the y axis (left) and month labels (bottom). */
  margin?: { top: number; right: number; bottom: number; left: number };
  /**
   * The text of each period's axis label, to decide how many fit side by side without overlap.
   * Without it every label is assumed 48 px wide.
   */
  tickLabel?: (period: string) => string;
  /** Font size of axis labels in pixels, for the width estimate. @default 12 */
  fontSize?: number;
  /**
   * A y range to include besides the data's own (small multiples share one, so their columns
   * compare honestly). @default the data's extent
   */
  domain?: readonly [number, number] | undefined;
}

/** The laid-out chart. */
export interface MovementsGeometry {
  columns: MovementsColumn[];
  /** y-axis ticks in ascending value. */
  ticks: Array<{ value: number; y: number }>;
  /** Indexes of the columns whose period label is drawn: evenly thinned, never overlapping. */
  labelled: number[];
  baselineY: number;
  /** SVG path of the net line through each column's net change. */
  netPath: string;
  inner: { left: number; top: number; right: number; bottom: number };
}

const DEFAULT_MARGIN = { top: 16, right: 12, bottom: 32, left: 64 };

/** A period's amount for a movement (missing new or reactivation counts as zero). */
export function movementAmount(input: MovementsPeriodInput, kind: MovementKind): number {
  switch (kind) {
    case 'new':
      return input.newMrr ?? 0;
    case 'expansion':
      return input.expansionMrr;
    case 'reactivation':
      return input.reactivationMrr ?? 0;
    case 'contraction':
      return input.contractionMrr;
    case 'churn':
      return input.churnedMrr;
  }
}

/**
 * The net change of MRR in a period (new + expansion + reactivation − contraction − churn), as
 * `@vitals/metrics`' `netNewMrr` defines it.
 */
export function netMovement(input: MovementsPeriodInput): number {
  return netNewMrr(input);
}

/**
 * The y range a movements chart needs: zero, each period's stacked gains and losses and its net
 * change, widened to `domain` when given.
 */
export function movementsExtent(
  series: readonly MovementsPeriodInput[],
  domain?: readonly [number, number],
): [number, number] {
  const sum = (input: MovementsPeriodInput, kinds: readonly MovementKind[]) =>
    kinds.reduce((total, kind) => total + movementAmount(input, kind), 0);
  const high = Math.max(0, ...series.map((p) => Math.max(sum(p, GAINS), netMovement(p))));
  const low = Math.min(0, ...series.map((p) => Math.min(-sum(p, LOSSES), netMovement(p))));
  return domain ? [Math.min(low, domain[0]), Math.max(high, domain[1])] : [low, high];
}

/**
 * Lays out a stacked movements chart: one band per period; new, expansion and reactivation stacked
 * up from zero, contraction and churn down from it; a net line through each period's net change.
 * The y scale always includes zero, so all-negative or all-zero periods still draw.
 */
export function movementsGeometry(
  series: readonly MovementsPeriodInput[],
  layout: MovementsLayout,
): MovementsGeometry {
  const margin = layout.margin ?? DEFAULT_MARGIN;
  const inner = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 1, layout.width - margin.right),
    bottom: Math.max(margin.top + 1, layout.height - margin.bottom),
  };
  const [low, high] = movementsExtent(series, layout.domain);
  const y = linearScale(niceDomain([low, high === low ? low + 1 : high], 5), [
    inner.bottom,
    inner.top,
  ]);
  const x = scaleBand<number>()
    .domain(series.map((_, index) => index))
    .range([inner.left, inner.right])
    .paddingInner(series.length > 24 ? 0.2 : 0.3)
    .paddingOuter(0.15);
  const width = x.bandwidth();
  // d3's diverging stack: gains (positive) pile up from zero in GAINS order, losses (negative)
  // down from zero in LOSSES order. One series per movement, one point per period.
  const kinds = [...GAINS, ...LOSSES];
  const layers = stack<MovementsPeriodInput, MovementKind>()
    .keys(kinds)
    .value((input, kind) => (GAINS.includes(kind) ? 1 : -1) * movementAmount(input, kind))
    .offset(stackOffsetDiverging)(series);

  const columns = series.map((input, index): MovementsColumn => {
    const segments: MovementSegment[] = [];
    let up = 0;
    let down = 0;
    for (const layer of layers) {
      const amount = movementAmount(input, layer.key);
      if (amount === 0) continue;
      const [low, high] = layer[index]!;
      up = Math.max(up, high);
      down = Math.min(down, low);
      const top = y(high);
      segments.push({
        kind: layer.key,
        amount,
        value: (GAINS.includes(layer.key) ? 1 : -1) * amount,
        y: top,
        height: y(low) - top,
      });
    }
    const left = x(index) ?? inner.left;
    const net = netMovement(input);
    return {
      period: input.period,
      index,
      x: left,
      width,
      centerX: left + width / 2,
      segments,
      net,
      netY: y(net),
      top: y(Math.max(up, net)),
      bottom: y(Math.min(down, net)),
    };
  });

  const fontSize = layout.fontSize ?? 12;
  const labelWidth = Math.max(
    0,
    ...series.map((p) =>
      layout.tickLabel ? estimateTextWidth(layout.tickLabel(p.period), fontSize) : 48,
    ),
  );
  return {
    columns,
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    labelled: thinTicks(series.length, x.step(), labelWidth),
    baselineY: y(0),
    netPath:
      line<MovementsColumn>()
        .x((column) => column.centerX)
        .y((column) => column.netY)(columns) ?? '',
    inner,
  };
}

/**
 * One mark of the chart: a stacked segment (one movement of one period), or a whole column when
 * its period has no movement, with the part of the column's band that hovers and clicks it.
 */
export interface MovementMark {
  /** The column's index (its period's). */
  column: number;
  /** The movement, or `null` for a column with none. */
  kind: MovementKind | null;
  /** The segment's (or the empty column's) top and height, for the tooltip and focus ring. */
  y: number;
  height: number;
  /** The band's slice that targets this mark: the column's hit area cut between its segments. */
  hitY: number;
  hitHeight: number;
}

/**
 * The marks in reading order: columns left to right, each column's segments top to bottom; a
 * column without movements is one mark. Each column's hit areas split its band from `top` to
 * `bottom` at the edges between its segments (the top segment takes everything above it, the
 * bottom one everything below), so they tile the band without overlap and a thin segment is
 * still hit where it is drawn.
 */
export function movementMarks(
  geometry: Pick<MovementsGeometry, 'columns' | 'inner'>,
  bottom: number = geometry.inner.bottom,
): MovementMark[] {
  const top = geometry.inner.top;
  const marks: MovementMark[] = [];
  for (const column of geometry.columns) {
    const segments = [...column.segments].sort((a, b) => a.y - b.y);
    if (segments.length === 0) {
      marks.push({
        column: column.index,
        kind: null,
        y: top,
        height: geometry.inner.bottom - top,
        hitY: top,
        hitHeight: bottom - top,
      });
      continue;
    }
    segments.forEach((segment, i) => {
      const next = segments[i + 1];
      const start = i === 0 ? top : marks.at(-1)!.hitY + marks.at(-1)!.hitHeight;
      const end = next ? Math.max(start, Math.min(bottom, segment.y + segment.height)) : bottom;
      marks.push({
        column: column.index,
        kind: segment.kind,
        y: segment.y,
        height: segment.height,
        hitY: start,
        hitHeight: Math.max(0, end - start),
      });
    });
  }
  return marks;
}

/**
 * Where an arrow key moves from mark `index`: up and down to the segment above or below in the
 * same column, left and right to the column beside it, on the same movement when that column has
 * it, else on the segment nearest in height. At an edge it stays. `undefined` for other keys.
 */
export function neighbourMark(
  marks: readonly MovementMark[],
  index: number,
  key: string,
): number | undefined {
  const here = marks[index];
  if (!here) return undefined;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const to = index + (key === 'ArrowUp' ? -1 : 1);
    return marks[to]?.column === here.column ? to : index;
  }
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return undefined;
  const column = here.column + (key === 'ArrowLeft' ? -1 : 1);
  const candidates = marks.flatMap((mark, i) => (mark.column === column ? [i] : []));
  if (candidates.length === 0) return index;
  const same = candidates.find((i) => here.kind !== null && marks[i]!.kind === here.kind);
  if (same !== undefined) return same;
  const middle = (mark: MovementMark) => mark.y + mark.height / 2;
  return candidates.reduce((best, i) =>
    Math.abs(middle(marks[i]!) - middle(here)) < Math.abs(middle(marks[best]!) - middle(here))
      ? i
      : best,
  );
}
