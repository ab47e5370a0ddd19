/**
 * The chart shell: everything a chart shares, so a chart file holds only its data handling and
 * its plot. To move a chart onto it:
 *
 * 1. Props: `export interface XProps extends ChartProps { data?, …raw-input props, own options }`.
 *    `ChartProps` documents `title`, `loading`, `defaultShowTable`, `className`, `height`,
 *    `variant`, `onSelect`, `getAccountHref`, `id`, `style`, `data-*`, `aria-*` and `ref` once;
 *    do not repeat them.
 * 2. Component: `export const X: (props: XProps) => ReactNode = defineChart({ name, baseClass,
 *    title, loadingLabel, height, skeleton, Content })`. Write the type out: the README's props
 *    tables find components by it. `defineChart` adds the error boundary, the loading state,
 *    `forwardRef` (React 18 and 19), the pass-through props and `data-variant`.
 * 3. Content: `function XContent({ shell, select, ...props }: ChartContentProps<XProps>)` calls
 *    its hook and returns `<ChartShell shell={shell} status={…} />` with
 *    `{ state: 'empty', message }`, `{ state: 'error', error, issues }`, or
 *    `{ state: 'ready', summary, kpis, note, table, plot: (width) => <XPlot … /> }`. Every state
 *    keeps the plot's height (`plotHeight`, plus `reserve` for a legend above it).
 * 4. Plot: `const marks = useChartMarks({ count, onSelect })`; spread `marks.getMarkProps(i)` on
 *    each mark (one tab stop, arrows, Home/End, Enter/Space → `onSelect`, Escape), put a
 *    `<rect className="vitals-chart-hit">` from `bandHitAreas` in each mark so its whole column is
 *    the hover target, draw the SVG with `plotSvgProps(width, height)` (its width follows the
 *    container), and render `<ChartTooltip {...marks.tooltipProps} anchor box>` with
 *    `<TooltipItem data-tone=… label value />` rows when `marks.activeIndex !== null`.
 * 5. Words: every new user-visible word goes through `words.ts` (replaced by the provider's
 *    `messages` later), never a literal in the component.
 *
 * Geometry helpers (`innerBox`, `linearScale`, `niceDomain`, `zeroBasedYScale`, `bandHitAreas`, `tooltipPosition`,
 * `estimateTextWidth`) are pure and tested in `layout.test.ts`.
 */
export { ChartShell } from './ChartShell';
export type { ChartShellBase, ChartShellProps, ChartStatus, ReadyChart } from './ChartShell';
export { ChartSkeleton } from './ChartSkeleton';
export type { SkeletonShape } from './ChartSkeleton';
export { ChartTooltip, TooltipItem } from './ChartTooltip';
export { defineChart, rootPropsOf } from './defineChart';
export type { ChartContentProps, ChartDefinition } from './defineChart';
export { ErrorWords, VitalsErrorBoundary } from './ErrorBoundary';
export {
  DEFAULT_MARGINS,
  bandHitAreas,
  estimateTextWidth,
  innerBox,
  linearScale,
  niceDomain,
  plotSvgProps,
  tooltipPosition,
  zeroBasedYScale,
} from './layout';
export type { HitArea, InnerBox, LinearScale, Margins, TooltipPlacement } from './layout';
export type { ChartProps, ChartSelection, ChartVariant } from './types';
export { useChartMarks } from './useChartMarks';
export type { ChartMarkProps, ChartMarks, UseChartMarksOptions } from './useChartMarks';
