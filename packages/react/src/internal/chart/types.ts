import type { CSSProperties, ReactNode, Ref } from 'react';

/**
 * What a mark stands for, handed to `onSelect` when a reader clicks a mark or presses Enter or
 * Space on it (SPEC §9, drill-through). Each chart fills the fields its marks have.
 */
export interface ChartSelection {
  /** The component the mark belongs to, e.g. `'MrrMovementsChart'`. */
  component: string;
  /** The period of the mark (`'YYYY-MM'`, `'YYYY-Qn'`), when it has one. */
  period?: string | undefined;
  /** The movement of the mark (`'expansion'`, `'churn'`, …, or a waterfall step such as `'retained'`). */
  movement?: string | undefined;
  /** The rate of the mark (`'nrr'`, `'grr'`, `'logoChurn'`) on a trend. */
  metric?: string | undefined;
  /** The customer segment of the mark. */
  segment?: string | undefined;
  /** The cohort of the mark (`'YYYY-MM'`). */
  cohort?: string | undefined;
  /** The age of the mark, in periods since its cohort started. */
  age?: number | undefined;
  /**
   * The sales or support channel of the mark, on a survey breakdown grouped by channel (a row of
   * `NpsBreakdown`, `CsatBreakdown` or `CesBreakdown` with `groupBy="channel"`).
   */
  channel?: string | undefined;
  /**
   * The part of a survey's answers the mark stands for: `'promoter'`, `'passive'`, `'detractor'`
   * (NPS), `'satisfied'`, `'unsatisfied'` (CSAT), `'agree'`, `'disagree'` (CES). A score bar names
   * the part its score belongs to.
   */
  part?: string | undefined;
  /** The survey score of a distribution bar (0–10 for NPS, 1..scale for CSAT and CES). */
  score?: number | undefined;
  /** The health tier of the mark. */
  tier?: string | undefined;
  /** The accounts behind the mark, where the data has them. */
  accounts?: ReadonlyArray<{ accountId: string; value?: number | undefined }> | undefined;
}

/** How a component sits in the host: in its own card, or bare inside the host's. */
export type ChartVariant = 'card' | 'bare';

/** The `data-*` and `aria-*` attributes a host may pass through to the root element. */
export interface PassThroughAttributes {
  [attribute: `data-${string}`]: string | number | boolean | undefined;
  [attribute: `aria-${string}`]: string | number | boolean | undefined;
}

/**
 * The props every chart takes, documented once. A chart's props type extends it with `data`, its
 * raw-input props and its own options.
 */
export interface ChartProps extends PassThroughAttributes {
  /**
   * The chart's heading.
   * @default the chart's name, e.g. 'MRR movements'
   */
  title?: ReactNode | undefined;
  /**
   * Shows a placeholder shaped like the chart, at the chart's height, instead of the chart.
   * @default false
   */
  loading?: boolean | undefined;
  /**
   * Shows the data table under the chart from the start (it is always available to screen readers).
   * @default false
   */
  defaultShowTable?: boolean | undefined;
  /** Extra class on the root element. @default undefined */
  className?: string | undefined;
  /**
   * Height of the plot in pixels; the width follows the container. Loading, empty and error
   * states keep this height, so a dashboard does not jump as data arrives.
   * @default depends on the chart
   */
  height?: number | undefined;
  /**
   * `'card'` draws the component's own frame; `'bare'` draws no frame, padding or background, so
   * it sits inside the host's card. Set as `data-variant` on the root.
   * @default 'card'
   */
  variant?: ChartVariant | undefined;
  /**
   * Called when a reader selects a mark (click, or Enter or Space on the focused mark), with what
   * the mark stands for and, when the data has them, the accounts behind it (docs/drill-through.md).
   * @default undefined
   */
  onSelect?: ((selection: ChartSelection) => void) | undefined;
  /**
   * Turns an account id into the host's own link, for account names in tooltips and tables (used
   * by the components that name accounts; the revenue charts name none yet).
   * @default undefined
   */
  getAccountHref?: ((accountId: string) => string | undefined) | undefined;
  /** The root element's id. @default undefined */
  id?: string | undefined;
  /** Inline style on the root element. @default undefined */
  style?: CSSProperties | undefined;
  /** The root element (`figure` when ready, `section` otherwise). @default undefined */
  ref?: Ref<HTMLElement> | undefined;
}
