import type {
  BenchmarkOptions,
  HookResult,
  NpsTrendPoint,
  ScoreCount,
  VoiceGroup,
} from '@vitals/metrics';
import type { ReactNode } from 'react';
import { ChartFrame } from '../internal/ChartFrame';
import { SkippedRowsNote } from '../internal/ChartStates';
import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import { useVitals } from '../provider/context';
import { VoiceBody } from './VoiceBody';
import { OtherGroupsNote, VoiceBenchmarkNote, VoiceRating, voiceStatus } from './VoiceStatus';
import type { RatingWords } from './voice.format';
import { type VoicePart, type VoiceRow, voiceColumns } from './voice.parts';

/** The fields every survey result shares, as the breakdown reads them. */
interface SurveyResultBase<TResult> {
  distribution: readonly ScoreCount[];
  groups?: readonly VoiceGroup<TResult>[] | undefined;
  otherGroups?: number | undefined;
}

/** What a configuration's text functions get: the result and what was derived from it. */
export interface SurveyView<TResult> {
  data: TResult;
  format: Formatters;
  rating: RatingWords | null;
  /** The per-group rows, ready to draw. */
  rows: VoiceRow[];
  /** The groups behind `rows`. */
  groups: ReadonlyArray<VoiceGroup<TResult>>;
  /** What the rows are called: `Segment` or `Channel`. */
  prefix: string;
  /** NPS only: the score per period. */
  trend: readonly NpsTrendPoint[];
}

/**
 * One survey breakdown's words and pieces: NPS, CSAT and CES are three configurations of
 * {@link SurveyBreakdownView}. Every number comes from the result; a configuration only words it.
 */
export interface SurveyConfig<TResult> {
  baseClass: string;
  /** The metric's abbreviation: the table's column and the caption fallback (`NPS data`). */
  metric: string;
  loadingLabel: string;
  emptyMessage: string;
  /** True when the result has no score to show. */
  isEmpty: (data: TResult) => boolean;
  rating: (
    data: TResult,
    format: Formatters,
    benchmarks: BenchmarkOptions['table'] | undefined,
  ) => RatingWords | null;
  segmentRow: (group: VoiceGroup<TResult>, index: number, format: Formatters) => VoiceRow;
  summary: (view: SurveyView<TResult>) => string;
  kpis: (view: SurveyView<TResult>) => ReactNode;
  /** Notes under the header besides the benchmark, "Other" and skipped-rows notes. */
  notes?: (view: SurveyView<TResult>) => ReactNode;
  tableRows: (view: SurveyView<TResult>) => DataTableRow[];
  partsTitle: string;
  parts: (data: TResult) => VoicePart[];
  distributionTitle: (data: TResult, format: Formatters) => string;
  /** Drawn between the distribution and the rows (the NPS trend). */
  plot?: (view: SurveyView<TResult>, width: number, tooltipId: string) => ReactNode;
}

/** What a breakdown hands the shared view: its hook results and its frame props. */
export interface SurveyBreakdownViewProps<TResult> {
  config: SurveyConfig<TResult>;
  /** The hook result of the headline figures (with groups and trend from raw responses). */
  result: HookResult<TResult>;
  /** The groups and trend computed beside a precomputed `data`, when the props ask for them. */
  extras?: HookResult<TResult> | undefined;
  hasInput: boolean;
  /** What the rows are called: `Segment` or `Channel`. */
  prefix: string;
  loading: boolean;
  title: ReactNode;
  height: number;
  defaultShowTable: boolean;
  className?: string | undefined;
  /** The benchmark table the rating reads (NPS and CSAT). */
  benchmarks?: BenchmarkOptions['table'] | undefined;
}

/**
 * The frame every survey breakdown shares: loading, empty and error states, headline figures,
 * notes, data table and the drawn sections, all read from hook results.
 */
export function SurveyBreakdownView<TResult extends SurveyResultBase<TResult>>({
  config,
  result,
  extras,
  hasInput,
  prefix,
  loading,
  title,
  height,
  defaultShowTable,
  className,
  benchmarks,
}: SurveyBreakdownViewProps<TResult>) {
  const { format } = useVitals();
  const error = result.error ?? extras?.error ?? null;
  const status = voiceStatus({
    baseClass: config.baseClass,
    title,
    className,
    isLoading: loading,
    loadingLabel: config.loadingLabel,
    isEmpty: !hasInput || (result.data !== null && config.isEmpty(result.data)),
    emptyMessage: config.emptyMessage,
    error,
    issues: result.error ? result.issues : (extras?.issues ?? []),
  });
  if (status || !result.data) return status;

  const data = result.data;
  // Rows and trend computed beside `data` win over those `data` carries.
  const extra = extras?.data;
  const grouped = extra?.groups ? extra : data;
  const groups = grouped.groups ?? [];
  const trendOf = (r: TResult | null | undefined) =>
    (r as { trend?: readonly NpsTrendPoint[] } | null | undefined)?.trend;
  const trend = trendOf(extra) ?? trendOf(data) ?? [];
  const rows = groups.map((group, i) => config.segmentRow(group, i, format));
  const view: SurveyView<TResult> = {
    data,
    format,
    rating: config.rating(data, format, benchmarks),
    rows,
    groups,
    prefix,
    trend,
  };
  return (
    <ChartFrame
      baseClass={config.baseClass}
      className={className}
      title={title}
      summary={config.summary(view)}
      kpis={
        <>
          {config.kpis(view)}
          {view.rating && <VoiceRating rating={view.rating} />}
        </>
      }
      note={
        <>
          <VoiceBenchmarkNote rating={view.rating} />
          {config.notes?.(view)}
          <OtherGroupsNote count={grouped.otherGroups ?? 0} prefix={prefix} format={format} />
          <SkippedRowsNote issues={result.issues} />
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : `${config.metric} data`,
        rowHeader: 'Breakdown',
        columns: voiceColumns(config.metric),
        rows: config.tableRows(view),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <VoiceBody
          format={format}
          width={width}
          tooltipId={ids.tooltip}
          partsTitle={config.partsTitle}
          parts={config.parts(data)}
          distributionTitle={config.distributionTitle(data, format)}
          distribution={data.distribution}
          distributionHeight={height}
          rowsTitle={`By ${prefix.toLowerCase()}`}
          rows={rows}
        >
          {config.plot?.(view, width, `${ids.tooltip}-trend`)}
        </VoiceBody>
      )}
    </ChartFrame>
  );
}
