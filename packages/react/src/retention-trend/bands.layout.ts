/**
 * Where the benchmark bands' labels go: in a gutter right of the plot, never inside it, so the
 * line never runs through a label. Pure, so its promises are property-tested
 * (`bands.layout.property.test.ts`): labels never overlap each other, never leave the chart, and
 * each sits beside its own band. What does not fit is left out here and named by the legend under
 * the plot and the text alternative.
 */

/** How much of a band's label the gutter shows: rating and values, the rating alone, or none. */
export type BandLabelForm = 'full' | 'short' | 'none';

/** The gutter right of the plot: how wide, and which form of label it holds. */
export interface BandGutter {
  form: BandLabelForm;
  /** Pixels taken from the plot's right edge, the range ticks included. */
  width: number;
}

/** Gap between the plot and the range tick, the tick's width, and the gap to the text. */
export const BAND_TICK_GAP = 4;
export const BAND_TICK_WIDTH = 3;
export const BAND_TEXT_GAP = 5;
/** Height of one band label's line: 11 px text in a 15 px line box (Noto Sans and most UI fonts). */
export const BAND_LINE = 15;

/**
 * Chooses the gutter: full labels when the widest of them takes at most `share` of the chart (30 %),
 * else the ratings alone within the same share, else no labels (only the range ticks). With no
 * labels at all (`full` empty), no gutter.
 *
 * @example
 * bandGutter({ full: [120, 96], short: [70, 30] }, 1200); // { form: 'full', width: 132 }
 */
export function bandGutter(
  widths: { full: readonly number[]; short: readonly number[] },
  chartWidth: number,
  share = 0.3,
): BandGutter {
  if (widths.full.length === 0) return { form: 'none', width: 0 };
  const room = Math.max(0, chartWidth * share);
  const ticks = BAND_TICK_GAP + BAND_TICK_WIDTH;
  const need = (list: readonly number[]) => ticks + BAND_TEXT_GAP + Math.max(0, ...list);
  if (need(widths.full) <= room) return { form: 'full', width: need(widths.full) };
  if (widths.short.length > 0 && need(widths.short) <= room)
    return { form: 'short', width: need(widths.short) };
  return { form: 'none', width: ticks + 2 };
}

/** One band to label: its extent on screen (`top` < `bottom`) and its label's width. */
export interface BandLabelRequest {
  top: number;
  bottom: number;
  width: number;
}

/** Where the labels may go: a column from `x` to `right`, from `top` to `bottom`. */
export interface BandLabelArea {
  x: number;
  right: number;
  top: number;
  bottom: number;
  /** @default BAND_LINE */
  lineHeight?: number;
}

/** A placed label: the left end of its text and the vertical centre of its line. */
export interface BandLabelPlacement {
  x: number;
  centerY: number;
}

/** Whether the line box centred on `centerY` meets the band (1 px of slack). */
function besideBand(centerY: number, band: BandLabelRequest, line: number): boolean {
  return centerY - line / 2 <= band.bottom + 1 && centerY + line / 2 >= band.top - 1;
}

/**
 * Stacks the chosen labels in band order (top to bottom) at their bands' centres, nudged apart
 * so that they do not overlap and clamped into the column; `null` when they cannot all fit.
 */
function stack(
  chosen: readonly number[],
  bands: readonly BandLabelRequest[],
  top: number,
  bottom: number,
  line: number,
): Map<number, number> | null {
  if (chosen.length * line > bottom - top + 1e-9) return null;
  const order = [...chosen].sort(
    (a, b) => bands[a]!.top + bands[a]!.bottom - (bands[b]!.top + bands[b]!.bottom),
  );
  const ys = order.map((i) =>
    Math.min(bottom - line / 2, Math.max(top + line / 2, (bands[i]!.top + bands[i]!.bottom) / 2)),
  );
  // Down, then up: each label at least a line below the one above and above the bottom.
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + line);
  for (let k = ys.length - 1; k >= 0; k--) {
    const limit = k === ys.length - 1 ? bottom - line / 2 : ys[k + 1]! - line;
    ys[k] = Math.min(ys[k]!, limit);
  }
  return new Map(order.map((i, k) => [i, ys[k]!]));
}

/**
 * Places one panel's band labels in the column `area`: each at its band's vertical centre, nudged
 * apart by whole lines, and kept only when it still meets its own band and fits the column's
 * width; when they cannot all fit, the thinnest bands give up their labels first. Returns one
 * entry per band, `null` for a band left to the legend.
 *
 * Guarantees: no two placed labels overlap; every placed label lies inside `area`; every placed
 * label's line meets its band's extent.
 */
export function layoutBandLabels(
  bands: readonly BandLabelRequest[],
  area: BandLabelArea,
): Array<BandLabelPlacement | null> {
  const line = area.lineHeight ?? BAND_LINE;
  const room = area.right - area.x;
  // Widest bands first keep their labels; thin ones are dropped first.
  let chosen = bands
    .map((band, index) => ({ band, index }))
    .filter(({ band }) => band.width <= room + 1e-9 && band.bottom > band.top)
    .sort((a, b) => b.band.bottom - b.band.top - (a.band.bottom - a.band.top) || a.index - b.index)
    .map(({ index }) => index);
  while (chosen.length > 0) {
    const ys = stack(chosen, bands, area.top, area.bottom, line);
    const strays = ys ? chosen.filter((i) => !besideBand(ys.get(i)!, bands[i]!, line)) : [];
    if (ys && strays.length === 0) {
      return bands.map((_, i) => (ys.has(i) ? { x: area.x, centerY: ys.get(i)! } : null));
    }
    // Too many to fit, or one pushed off its band: drop the thinnest (a stray first).
    const drop = strays.length > 0 ? strays.at(-1)! : chosen.at(-1)!;
    chosen = chosen.filter((i) => i !== drop);
  }
  return bands.map(() => null);
}
