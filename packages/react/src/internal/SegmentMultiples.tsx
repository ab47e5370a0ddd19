import {
  type InvalidRowPolicy,
  type MrrSnapshot,
  type SegmentFilter,
  type ValidationIssue,
  mrrSegments,
} from '@vitals/metrics';
import { type ComponentType, type ReactNode, useId, useMemo } from 'react';
import { type ChartContentProps, type ChartProps, type ChartShellBase, ChartShell } from './chart';
import { type SegmentChartProps, warnUnusedCompareBy } from './segments';
import { enComparison } from '../messages/en';
import { useMessages } from '../messages/useMessages';

/** One segment's part of a comparison: its name, its computed result and the shared y range. */
export interface SegmentPart<TResult> {
  segment: string;
  result: TResult;
  /** The y range every part is drawn on, so the charts compare honestly. */
  domain: [number, number] | undefined;
  /** The part's frame: the chart's own, titled with the segment, bare, with no root props. */
  shell: ChartShellBase;
}

/** Props of {@link SegmentMultiples}. */
export interface SegmentMultiplesProps<TResult> {
  shell: ChartShellBase;
  snapshots: readonly MrrSnapshot[];
  /** The `segment` filter: the segments to draw, in this order; all present when left out. */
  segment: SegmentFilter | undefined;
  onInvalid: InvalidRowPolicy | undefined;
  /** One segment's result (a pure function of `@vitals/metrics`; may throw `MetricsInputError`). */
  compute: (segment: string) => TResult;
  /** What the memo depends on besides snapshots and segments (window, grain, …): plain values. */
  deps: readonly unknown[];
  /** The y range a result needs; the parts share the union. @default no shared range */
  extent?: ((result: TResult) => [number, number]) | undefined;
  /** Draws one part (its own chart content, given the part's shell). */
  render: (part: SegmentPart<TResult>) => ReactNode;
}

/** The segments to compare: the `segment` filter as given, else every segment in the data. */
function segmentsOf(
  snapshots: readonly MrrSnapshot[],
  segment: SegmentFilter | undefined,
  onInvalid: InvalidRowPolicy | undefined,
): string[] {
  if (typeof segment === 'string') return [segment];
  if (Array.isArray(segment)) return [...new Set(segment as readonly string[])];
  return mrrSegments(snapshots, onInvalid === undefined ? {} : { onInvalid });
}

/**
 * Small multiples of one chart, one per segment (`compareBy: 'segment'`): each part is the
 * chart's own content under the segment's name, all drawn on one y range, in one titled group.
 * Computing a part can fail like the chart: the group shows the chart's error state.
 */
export function SegmentMultiples<TResult>({
  shell,
  snapshots,
  segment,
  onInvalid,
  compute,
  deps,
  extent,
  render,
}: SegmentMultiplesProps<TResult>) {
  const m = useMessages('comparison', enComparison);
  const id = useId();
  const key = Array.isArray(segment) ? JSON.stringify(segment) : segment;
  // The window and options are strings, numbers and booleans: one key for all of them.
  const depsKey = JSON.stringify(deps);
  const computed = useMemo(() => {
    try {
      const segments = segmentsOf(snapshots, segment, onInvalid);
      const parts = segments.map((name) => ({ segment: name, result: compute(name) }));
      let domain: [number, number] | undefined;
      if (extent) {
        for (const part of parts) {
          const [low, high] = extent(part.result);
          domain = domain ? [Math.min(domain[0], low), Math.max(domain[1], high)] : [low, high];
        }
      }
      return { parts, domain, error: null };
    } catch (error) {
      return { parts: [], domain: undefined, error: error as Error };
    }
    // `compute` and `extent` are new functions each render: depend on what they read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshots, key, onInvalid, depsKey]);

  if (computed.error) {
    const issues = (computed.error as { issues?: readonly ValidationIssue[] }).issues;
    return <ChartShell shell={shell} status={{ state: 'error', error: computed.error, issues }} />;
  }
  if (computed.parts.length === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.noSegments }} />;
  }
  const { rootProps, baseClass, className, variant, title } = shell;
  return (
    <section
      {...rootProps}
      className={['vitals-chart', 'vitals-segment-multiples', `${baseClass}-multiples`, className]
        .filter(Boolean)
        .join(' ')}
      data-variant={variant}
      data-state="ready"
      data-compare-by="segment"
      aria-labelledby={`${id}-title`}
    >
      <div className="vitals-chart-header">
        <span id={`${id}-title`} className="vitals-chart-title">
          {title}
        </span>
      </div>
      <p className="vitals-chart-note">{m.multiplesNote}</p>
      <ul className="vitals-segment-multiples-grid">
        {computed.parts.map((part) => (
          <li
            key={part.segment}
            className="vitals-segment-multiples-item"
            data-segment={part.segment}
          >
            {render({
              ...part,
              domain: computed.domain,
              shell: {
                ...shell,
                title: part.segment,
                defaultTitle: part.segment,
                className: undefined,
                variant: 'bare',
                rootProps: {},
              },
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The props {@link bySegment} reads: a chart's own, with the raw-input and segment props. */
type SegmentableProps = ChartProps &
  SegmentChartProps & {
    snapshots?: readonly MrrSnapshot[] | undefined;
    onInvalid?: InvalidRowPolicy | undefined;
  };

/** How one chart compares segments: what {@link bySegment} needs besides the props. */
export interface BySegmentOptions<TProps extends SegmentableProps, TResult> {
  /** The component's name, for the development warning. */
  component: string;
  /** What is drawn when `compareBy` cannot be honoured ('chart', 'heatmap'). @default 'chart' */
  drawn?: string | undefined;
  /** Whatever else the comparison needs (a window, say). @default true */
  ready?: boolean | undefined;
  /** One segment's result, handed to `Single` as `data`. */
  compute: (segment: string) => TResult;
  /** What the results depend on besides snapshots and segments: plain values. */
  deps: readonly unknown[];
  /** The y range a result needs; the parts share the union (`Single` gets it as `domain`). */
  extent?: ((result: TResult) => [number, number]) | undefined;
  /** The chart's content for one input: the whole chart, or one part of the comparison. */
  Single: ComponentType<ChartContentProps<TProps> & { domain?: [number, number] | undefined }>;
}

/**
 * A chart's content with `compareBy: 'segment'` honoured: with non-empty `snapshots`, one `Single`
 * per segment (given that segment's `compute` result as `data`, the shared `domain`, and
 * selections carrying the `segment`); otherwise one `Single` with the props as given, after
 * warning (in development) when `compareBy` was asked for but cannot be honoured.
 */
export function bySegment<TProps extends SegmentableProps, TResult>(
  props: ChartContentProps<TProps>,
  options: BySegmentOptions<TProps, TResult>,
): ReactNode {
  const { compareBy, snapshots, select } = props;
  const { Single } = options;
  if (
    compareBy === 'segment' &&
    snapshots !== undefined &&
    snapshots.length > 0 &&
    options.ready !== false
  ) {
    return (
      <SegmentMultiples
        shell={props.shell}
        snapshots={snapshots}
        segment={props.segment}
        onInvalid={props.onInvalid}
        deps={options.deps}
        compute={options.compute}
        extent={options.extent}
        render={({ segment, result, domain, shell }) => (
          <Single
            {...props}
            snapshots={undefined}
            data={result}
            shell={shell}
            domain={domain}
            select={select && ((selection) => select({ ...selection, segment }))}
          />
        )}
      />
    );
  }
  warnUnusedCompareBy(
    options.component,
    compareBy,
    snapshots !== undefined,
    options.drawn ?? 'chart',
  );
  return <Single {...props} />;
}
