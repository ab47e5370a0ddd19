import type { MovementTotals } from '@vitals/metrics';
import { scaleBand } from 'd3-scale';
import { linearScale, niceDomain } from '../internal/chart/layout';

/** The steps a waterfall can show, in drawing order. */
export type WaterfallStepId =
  | 'starting'
  | 'expansion'
  | 'contraction'
  | 'churn'
  | 'retained'
  | 'new'
  | 'reactivation'
  | 'ending';

/**
 * How the y axis is drawn: `'full'` from zero, so the totals' heights compare; `'zoomed'` from
 * just below the lowest running total, so the movements are visible, with the axis and the total
 * bars marked as broken.
 */
export type WaterfallView = 'full' | 'zoomed';

/** A total bar from zero, or a floating bar that adds or removes MRR. */
export type WaterfallStepKind = 'total' | 'increase' | 'decrease';

/** The amounts a waterfall needs: the movement totals of one window. */
export type WaterfallInput = Pick<
  MovementTotals,
  'startingMrr' | 'expansionMrr' | 'contractionMrr' | 'churnedMrr' | 'newMrr' | 'reactivationMrr'
>;

/** One bar of the waterfall, in data units and in pixels. */
export interface WaterfallStep {
  id: WaterfallStepId;
  kind: WaterfallStepKind;
  /** The bar's amount: the total for totals, the (positive) size of the change otherwise. */
  amount: number;
  /** Running MRR before this bar (0 for totals). */
  from: number;
  /** Running MRR after this bar. */
  to: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** y of the running MRR after this bar, where the connector to the next bar starts. */
  toY: number;
  /** Centre of the bar, for its value label. */
  centerX: number;
  /** Where the value label's baseline goes: above the bar's top edge. */
  labelY: number;
  /** Whether the value label fits above the bar without colliding with its neighbours. */
  showLabel: boolean;
}

/** Options of {@link waterfallGeometry}. */
export interface WaterfallLayout {
  width: number;
  height: number;
  /** Space for the axis on the left and labels at the top and bottom. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /**
   * Adds + new and + reactivation steps and an ending-MRR total after the retained bar.
   * @default false
   */
  includeNewAndReactivation?: boolean;
  /**
   * The text of each bar's value label, used to decide whether labels fit side by side: a label
   * is shown only if it is narrower than the distance between bar centres, so labels never overlap.
   * Without it every label is assumed 56 px wide.
   */
  labelText?: (step: Pick<WaterfallStep, 'id' | 'kind' | 'amount'>) => string;
  /** Font size of value labels in pixels, for the width estimate. @default 12 */
  labelFontSize?: number;
  /**
   * A y range to include besides the data's own (small multiples share one, so their bars compare
   * honestly). @default the data's extent
   */
  domain?: readonly [number, number] | undefined;
  /**
   * The y axis: `'full'` from zero, `'zoomed'` around the running totals (when a zoomed range
   * that excludes zero exists; else full), `'auto'` zoomed when the movements are small against
   * the totals (see {@link defaultWaterfallView}).
   * @default 'auto'
   */
  view?: WaterfallView | 'auto' | undefined;
}

/** The laid-out waterfall: bars, y-axis ticks and the chart's inner box. */
export interface WaterfallGeometry {
  steps: WaterfallStep[];
  ticks: Array<{ value: number; y: number }>;
  /** y of the zero line. */
  baselineY: number;
  inner: { left: number; top: number; right: number; bottom: number };
  /** The y range drawn, bottom to top. */
  domain: [number, number];
  /** The view drawn: `'zoomed'` only when it was asked for (or picked by `'auto'`) and possible. */
  view: WaterfallView;
  /** Whether a zoomed view exists for this input (the movements are not all zero). */
  canZoom: boolean;
  /** The view `'auto'` picks for this input (and shared domain). */
  autoView: WaterfallView;
  /**
   * Where the break mark goes, on the y axis and across every total bar: set iff the domain does
   * not include zero (the bars of the totals are cut), else `null`.
   */
  breakY: number | null;
  /** The distance between bar centres: the room each step's name has under its bar. */
  bandStep: number;
}

const DEFAULT_MARGIN = { top: 24, right: 12, bottom: 32, left: 64 };

/** The running totals of each step, before any pixels. */
export function waterfallSteps(
  input: WaterfallInput,
  includeNewAndReactivation = false,
): Array<Pick<WaterfallStep, 'id' | 'kind' | 'amount' | 'from' | 'to'>> {
  const start = input.startingMrr;
  const afterExpansion = start + input.expansionMrr;
  const afterContraction = afterExpansion - input.contractionMrr;
  const retained = afterContraction - input.churnedMrr;
  const steps: Array<Pick<WaterfallStep, 'id' | 'kind' | 'amount' | 'from' | 'to'>> = [
    { id: 'starting', kind: 'total', amount: start, from: 0, to: start },
    {
      id: 'expansion',
      kind: 'increase',
      amount: input.expansionMrr,
      from: start,
      to: afterExpansion,
    },
    {
      id: 'contraction',
      kind: 'decrease',
      amount: input.contractionMrr,
      from: afterExpansion,
      to: afterContraction,
    },
    {
      id: 'churn',
      kind: 'decrease',
      amount: input.churnedMrr,
      from: afterContraction,
      to: retained,
    },
    { id: 'retained', kind: 'total', amount: retained, from: 0, to: retained },
  ];
  if (includeNewAndReactivation) {
    const newMrr = input.newMrr ?? 0;
    const reactivation = input.reactivationMrr ?? 0;
    const afterNew = retained + newMrr;
    const ending = afterNew + reactivation;
    steps.push(
      { id: 'new', kind: 'increase', amount: newMrr, from: retained, to: afterNew },
      { id: 'reactivation', kind: 'increase', amount: reactivation, from: afterNew, to: ending },
      { id: 'ending', kind: 'total', amount: ending, from: 0, to: ending },
    );
  }
  return steps;
}

/**
 * The y range a waterfall needs: zero and every running total, widened to `domain` when given.
 */
export function waterfallExtent(
  input: WaterfallInput,
  includeNewAndReactivation = false,
  domain?: readonly [number, number],
): [number, number] {
  const values = waterfallSteps(input, includeNewAndReactivation).flatMap((step) => [
    step.from,
    step.to,
  ]);
  if (domain) values.push(domain[0], domain[1]);
  return [Math.min(0, ...values), Math.max(0, ...values)];
}

/**
 * The range of the running MRR: the lowest and highest value any bar's top or bottom reaches,
 * zero left out (the total bars start from it in the full view only).
 */
export function waterfallRunningExtent(
  input: WaterfallInput,
  includeNewAndReactivation = false,
): [number, number] {
  const values = waterfallSteps(input, includeNewAndReactivation).flatMap((step) =>
    step.kind === 'total' ? [step.to] : [step.from, step.to],
  );
  return [Math.min(...values), Math.max(...values)];
}

/** Below the lowest running total, the zoomed axis keeps this share of the range for the totals. */
const ZOOM_FOOT = 0.6;
/** Above the highest, this share (the value labels have the margin). */
const ZOOM_HEAD = 0.1;

/**
 * The y range of the zoomed view for a running extent (from {@link waterfallRunningExtent}): the
 * range, with room below it for stubs of the total bars, rounded to nice ticks. `undefined` when
 * there is none: the movements are all zero, or the rounded range reaches zero or below (then the
 * full view already shows the movements as well as a zoom would).
 */
export function zoomedDomain(running: readonly [number, number]): [number, number] | undefined {
  const [low, high] = running;
  const range = high - low;
  if (!(range > 0) || !Number.isFinite(range)) return undefined;
  const nice = niceDomain([low - range * ZOOM_FOOT, high + range * ZOOM_HEAD], 5);
  return nice[0] > 0 ? nice : undefined;
}

/** The movements are "small" when their range is under this share of the highest running MRR. */
const SMALL_MOVEMENTS = 0.1;

/**
 * The view `'auto'` picks: `'zoomed'` when the running MRR moves by less than a tenth of its
 * highest value (drawn from zero, the movements would share under a tenth of the plot: +$2,428
 * on $634K is a hairline) and a zoomed range exists; else `'full'`.
 */
export function defaultWaterfallView(running: readonly [number, number]): WaterfallView {
  const [low, high] = running;
  return high - low < SMALL_MOVEMENTS * Math.abs(high) && zoomedDomain(running) ? 'zoomed' : 'full';
}

/** Space between the bottom of the plot and the break mark drawn across the cut bars. */
const BREAK_OFFSET = 9;

/**
 * Lays out an NRR waterfall: starting MRR → + expansion → − contraction → − churn → retained MRR
 * (optionally → + new → + reactivation → ending MRR). Totals stand on the zero line; changes float
 * between the running totals before and after them. The y scale always includes zero, so a
 * retained total below zero (possible only with inconsistent pre-aggregated input) still draws.
 */
export function waterfallGeometry(
  input: WaterfallInput,
  layout: WaterfallLayout,
): WaterfallGeometry {
  const margin = layout.margin ?? DEFAULT_MARGIN;
  const fontSize = layout.labelFontSize ?? 12;
  // Average glyph width of a UI sans-serif with tabular figures, plus a little air on each side.
  const labelWidth = (step: Pick<WaterfallStep, 'id' | 'kind' | 'amount'>) =>
    layout.labelText ? layout.labelText(step).length * fontSize * 0.62 + 6 : 56;
  const raw = waterfallSteps(input, layout.includeNewAndReactivation);
  const inner = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 1, layout.width - margin.right),
    bottom: Math.max(margin.top + 1, layout.height - margin.bottom),
  };

  // The running range, joined with the shared domain of small multiples: every part decides the
  // view on the same range, so the parts draw on one scale.
  const own = waterfallRunningExtent(input, layout.includeNewAndReactivation);
  const running: [number, number] = layout.domain
    ? [Math.min(own[0], layout.domain[0]), Math.max(own[1], layout.domain[1])]
    : own;
  const zoomed = zoomedDomain(running);
  const asked = layout.view ?? 'auto';
  const autoView = defaultWaterfallView(running);
  const view: WaterfallView =
    zoomed && (asked === 'zoomed' || (asked === 'auto' && autoView === 'zoomed'))
      ? 'zoomed'
      : 'full';
  const [low, high] = waterfallExtent(input, layout.includeNewAndReactivation, layout.domain);
  const domain =
    view === 'zoomed' && zoomed ? zoomed : niceDomain([low, high === low ? low + 1 : high], 5);
  const y = linearScale(domain, [inner.bottom, inner.top]);
  // Bars are cut at the plot's edges: in the zoomed view the totals start below its bottom.
  const clampY = (value: number) => Math.min(inner.bottom, Math.max(inner.top, y(value)));
  const x = scaleBand<WaterfallStepId>()
    .domain(raw.map((step) => step.id))
    .range([inner.left, inner.right])
    .paddingInner(0.28)
    .paddingOuter(0.14);
  const bandWidth = x.bandwidth();
  const step = x.step();

  const steps = raw.map((s): WaterfallStep => {
    const top = clampY(Math.max(s.from, s.to));
    const bottom = clampY(Math.min(s.from, s.to));
    const left = x(s.id) ?? inner.left;
    // A zero change still gets a hairline so the reader sees the step exists (inside the plot).
    const height = Math.max(1, bottom - top);
    return {
      ...s,
      x: left,
      y: Math.min(top, inner.bottom - height),
      width: bandWidth,
      height,
      toY: clampY(s.to),
      centerX: left + bandWidth / 2,
      labelY: top - 6,
      showLabel: labelWidth(s) <= step,
    };
  });

  const broken = domain[0] > 0;
  return {
    steps,
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    baselineY: broken ? inner.bottom : y(0),
    inner,
    domain,
    view,
    canZoom: zoomed !== undefined,
    autoView,
    breakY: broken ? inner.bottom - BREAK_OFFSET : null,
    bandStep: step,
  };
}
