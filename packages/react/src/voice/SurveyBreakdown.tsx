import { UNSET_GROUP } from '@vitals/metrics';
import type {
  BenchmarkOptions,
  HookResult,
  InvalidRowPolicy,
  MarkAccount,
  SurveyAccountsOptions,
  NpsTrendPoint,
  ScoreCount,
  VoiceGroup,
  VoiceGroupBy,
  VoiceSegmentInput,
} from '@vitals/metrics';
import type { ReactNode } from 'react';
import { type ChartContentProps, ChartShell, type ChartProps } from '../internal/chart';
import type { DataTableRow } from '../internal/DataTable';
import { accountsPart } from '../internal/markAccounts';
import { enVoice } from '../messages/en';
import type { VoiceMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import type { Formatters } from '../provider/format';
import { useVitals } from '../provider/context';
import { VoiceBody, type VoiceTrend } from './VoiceBody';
import {
  OtherGroupsNote,
  VoiceBenchmarkNote,
  type VoiceGroupKind,
  VoiceRating,
} from './VoiceStatus';
import type { RatingWords } from './voice.format';
import { type VoicePart, type VoiceRow, voiceColumns } from './voice.parts';

/** The fields every survey result shares, as the breakdown reads them. */
interface SurveyResultBase<TResult> {
  distribution: readonly ScoreCount[];
  groups?: readonly VoiceGroup<TResult>[] | undefined;
  otherGroups?: number | undefined;
}

/** What a configuration's text functions get: the result, what was derived from it, the words. */
/**
 * The props every survey breakdown (`NpsBreakdown`, `CsatBreakdown`, `CesBreakdown`) shares beside
 * its `data` or raw `responses`: what to do with bad rows, and the per-group rows.
 */
export interface SurveyBreakdownProps<TResult> extends ChartProps {
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` draws from
   * the good rows and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * Per-group rows, `{ name, responses }` or `{ name, result }`, in the order given.
   * @default undefined (no rows, unless `groupBy` is set)
   */
  segments?: ReadonlyArray<VoiceSegmentInput<TResult>> | undefined;
  /**
   * Computes one row per value of this field of `responses` (largest group first). Ignored
   * when `segments` is given or without raw `responses`.
   * @default undefined
   */
  groupBy?: VoiceGroupBy | undefined;
  /**
   * The most per-group rows drawn: past it, the first `maxGroups − 1` stay and the rest are
   * pooled into one "Other" row, with a note saying how many it holds.
   * @default 12
   */
  maxGroups?: number | undefined;
  /**
   * Fewer valid responses than this shows the low-sample note and reads the figure as a range.
   * @default 30
   */
  lowSampleThreshold?: number | undefined;
  /**
   * The confidence level of the interval shown beside the figure, from 0.5 to 0.9999.
   * @default 0.95
   */
  confidence?: number | undefined;
}

export interface SurveyView<TResult, TMessages> {
  data: TResult;
  format: Formatters;
  rating: RatingWords | null;
  /** The per-group rows, ready to draw. */
  rows: VoiceRow[];
  /** The groups behind `rows`. */
  groups: ReadonlyArray<VoiceGroup<TResult>>;
  /** What the rows are: segments or channels. */
  kind: VoiceGroupKind;
  /** What the rows are called in the table: `Segment` or `Channel`, in the reader's language. */
  groupName: string;
  /** NPS only: the score per period. */
  trend: readonly NpsTrendPoint[];
  /** The words every survey breakdown shares. */
  v: VoiceMessages;
  /** The breakdown's own words. */
  m: TMessages;
}

/**
 * One survey breakdown's words and pieces: NPS, CSAT and CES are three configurations of
 * {@link SurveyBreakdownView}. Every number comes from the result; a configuration only words it.
 */
export interface SurveyConfig<TResult, TMessages> {
  /** The metric's abbreviation: the table's figure column. */
  metric: string;
  /** True when the result has no score to show. */
  isEmpty: (data: TResult) => boolean;
  rating: (
    data: TResult,
    format: Formatters,
    v: VoiceMessages,
    benchmarks: BenchmarkOptions['table'] | undefined,
  ) => RatingWords | null;
  segmentRow: (
    group: VoiceGroup<TResult>,
    index: number,
    format: Formatters,
    v: VoiceMessages,
    m: TMessages,
  ) => VoiceRow;
  summary: (view: SurveyView<TResult, TMessages>) => string;
  kpis: (view: SurveyView<TResult, TMessages>) => ReactNode;
  /** Notes under the header besides the benchmark and "Other" notes. */
  notes?: (view: SurveyView<TResult, TMessages>) => ReactNode;
  tableRows: (view: SurveyView<TResult, TMessages>) => DataTableRow[];
  parts: (data: TResult, m: TMessages) => VoicePart[];
  distributionTitle: (view: SurveyView<TResult, TMessages>) => string;
  /** The NPS trend drawn between the distribution and the rows, with its words. */
  trend?: (view: SurveyView<TResult, TMessages>) => VoiceTrend;
}

/** The words of a breakdown's own group that the shared view reads. */
interface SurveyMessages {
  empty: string;
  partsTitle: string;
}

/** What a breakdown hands the shared view: its hook results, its words and the shell. */
export interface SurveyBreakdownViewProps<TResult, TMessages extends SurveyMessages> {
  config: SurveyConfig<TResult, TMessages>;
  /** The breakdown's own words. */
  m: TMessages;
  /** The hook result of the headline figures (with groups and trend from raw responses). */
  result: HookResult<TResult>;
  /** The groups and trend computed beside a precomputed `data`, when the props ask for them. */
  extras?: HookResult<TResult> | undefined;
  hasInput: boolean;
  /** What the rows are: segments or channels. */
  kind: VoiceGroupKind;
  shell: ChartContentProps<ChartProps>['shell'];
  select: ChartContentProps<ChartProps>['select'];
  /** The benchmark table the rating reads (NPS and CSAT). */
  benchmarks?: BenchmarkOptions['table'] | undefined;
  /**
   * The accounts behind a mark, from the raw responses (`surveyAccounts`), or `undefined` when
   * the data has none (a precomputed result, or rows given as `segments`).
   */
  accountsOf?: ((filter: SurveyMarkFilter) => readonly MarkAccount[] | undefined) | undefined;
}

/** What a survey mark selects: a part, a score, or a segment's or channel's row. */
export type SurveyMarkFilter = Pick<
  SurveyAccountsOptions,
  'part' | 'score' | 'segment' | 'channel'
>;

/**
 * The shell every survey breakdown shares: empty and error states, headline figures, notes, data
 * table and the drawn sections, all read from hook results (loading and the error boundary come
 * from `defineChart`).
 */
export function SurveyBreakdownView<
  TResult extends SurveyResultBase<TResult>,
  TMessages extends SurveyMessages,
>({
  config,
  m,
  result,
  extras,
  hasInput,
  kind,
  shell,
  select,
  benchmarks,
  accountsOf,
}: SurveyBreakdownViewProps<TResult, TMessages>) {
  const { format } = useVitals();
  const v = useMessages('voice', enVoice);
  const error = result.error ?? extras?.error ?? null;
  // An error wins over empty, so bad rows are named even when none of the rows was valid.
  if (error) {
    return (
      <ChartShell
        shell={shell}
        status={{
          state: 'error',
          error,
          issues: result.error ? result.issues : (extras?.issues ?? []),
        }}
      />
    );
  }
  if (!hasInput || !result.data || config.isEmpty(result.data)) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.empty }} />;
  }

  const data = result.data;
  // Rows and trend computed beside `data` win over those `data` carries.
  const extra = extras?.data;
  const grouped = extra?.groups ? extra : data;
  const dataGroups = grouped.groups ?? [];
  // The pooled and the unset rows are named in the reader's language; the data's own names stay
  // in `onSelect`, so a host can match them.
  const groups = dataGroups.map((group) =>
    group.isOther
      ? { ...group, name: v.otherGroup }
      : group.name === UNSET_GROUP
        ? { ...group, name: v.unsetGroup }
        : group,
  );
  const trendOf = (r: TResult | null | undefined) =>
    (r as { trend?: readonly NpsTrendPoint[] } | null | undefined)?.trend;
  const trend = trendOf(extra) ?? trendOf(data) ?? [];
  const rows = groups.map((group, i) => config.segmentRow(group, i, format, v, m));
  const view: SurveyView<TResult, TMessages> = {
    data,
    format,
    rating: config.rating(data, format, v, benchmarks),
    rows,
    groups,
    kind,
    groupName: v.groupNames[kind],
    trend,
    v,
    m,
  };
  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary: config.summary(view),
        kpis: (
          <>
            {config.kpis(view)}
            {view.rating && <VoiceRating rating={view.rating} v={v} />}
          </>
        ),
        skipped: result.issues,
        note: (
          <>
            <VoiceBenchmarkNote rating={view.rating} />
            {config.notes?.(view)}
            <OtherGroupsNote count={grouped.otherGroups ?? 0} kind={kind} format={format} v={v} />
          </>
        ),
        table: {
          rowHeader: v.tableBreakdown,
          columns: voiceColumns(
            config.metric,
            v,
            // Old results without an interval derive one at 95 %.
            format.level((data as { interval?: { level: number } | null }).interval?.level ?? 0.95),
          ),
          rows: config.tableRows(view),
        },
        plot: (width) => (
          <VoiceBody
            format={format}
            width={width}
            v={v}
            partsTitle={m.partsTitle}
            parts={config.parts(data, m)}
            distributionTitle={config.distributionTitle(view)}
            distribution={data.distribution}
            distributionHeight={shell.height}
            trend={config.trend?.(view)}
            rowsTitle={v.byGroup[kind]}
            rows={rows}
            groups={dataGroups.map((group) => group.name)}
            onSelect={
              select &&
              ((mark) => {
                const accounts = (filter: SurveyMarkFilter) =>
                  accountsOf ? accountsPart(shell.name, () => accountsOf(filter)) : {};
                if (mark.kind === 'part')
                  select({
                    part: mark.part,
                    ...accounts({ part: mark.part as SurveyMarkFilter['part'] }),
                  });
                else if (mark.kind === 'score')
                  select({
                    score: mark.score,
                    part: mark.part,
                    ...accounts({ score: mark.score }),
                  });
                else if (mark.kind === 'period') select({ period: mark.period });
                else {
                  const row = kind === 'channel' ? { channel: mark.name } : { segment: mark.name };
                  // The pooled "Other" row names no one field value: its accounts are left out.
                  const pooled = dataGroups.find((group) => group.name === mark.name)?.isOther;
                  select({ ...row, ...(pooled ? {} : accounts(row)) });
                }
              })
            }
          />
        ),
      }}
    />
  );
}
