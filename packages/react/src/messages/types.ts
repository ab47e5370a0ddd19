import type { PluralMessage } from './template';

// Every word a Vitals component says, grouped by component, with a `common` group for the words
// every chart shares. A message is a template with `{name}` placeholders filled with formatted
// values; a `PluralMessage` has one form per plural category of `Intl.PluralRules`.

/** Words every chart shares: the data-table toggle, the error state and the skipped-rows note. */
export interface CommonMessages {
  /** The data-table toggle while the table is hidden. */
  showTable: string;
  /** The data-table toggle while the table is shown. */
  hideTable: string;
  /** A chart's data-table caption. `{title}`: the chart's title. */
  tableCaption: string;
  /** How many input rows are invalid, in the error state. `{count}`. */
  invalidRows: PluralMessage;
  /** The control that shows the problems past the first five. `{count}`: how many more. */
  showMoreProblems: PluralMessage;
  /** The note that invalid rows were skipped (`onInvalid: 'skip'`). `{count}`. */
  skippedRows: PluralMessage;
  /** A problem's row by its CSV line. `{line}`. */
  issueLine: string;
  /** A problem's row by its position. `{row}`: counted from 1; `{index}`: the array index. */
  issueRow: string;
  /** A chart's legend, for screen readers. */
  legend: string;
  /** Net revenue retention, in full (NRR stays as the abbreviation). */
  nrr: string;
  /** Gross revenue retention, in full (GRR stays as the abbreviation). */
  grr: string;
  /** The error state's sentence for the reader, by what failed (never "chart" for a list). */
  couldNotShow: { chart: string; list: string; card: string; sparkline: string };
  /** The disclosure that holds the technical detail (the issue list or the error message). */
  errorDetail: string;
  /** The data table's download as shown (formatted, in the reader's language). */
  downloadCsv: string;
  /** The data table's download as plain numbers (no currency or percent signs, `.` decimals). */
  downloadCsvRaw: string;
}

/** The words of a chart the shell needs: its default title and its loading announcement. */
export interface ChartTitleMessages {
  /** The chart's default title. */
  title: string;
  /** The loading state's announcement, e.g. "Loading MRR movements…". */
  loading: string;
}

/** Words of `RetentionTrend`. */
export interface RetentionTrendMessages extends ChartTitleMessages {
  /** The empty state without snapshots. */
  empty: string;
  /** The empty state when the window holds no month. */
  noMonths: string;
  /** The error state when `snapshots` come without `from` and `to` (after "can't be drawn:"). */
  needsWindow: string;
  /** Each metric's name in full (panel titles, tooltips, the text alternative). */
  metricNames: TrendMetricMessages;
  /** Each metric's short name (headline figures, the table's columns, point labels). */
  metricShort: TrendMetricMessages;
  /** What a window means, inside a sentence. */
  windows: TrendWindowMessages;
  /** A window in a narrow panel title. */
  windowsShort: TrendWindowMessages;
  /** The note under the plot saying what each point compares. */
  windowNotes: TrendWindowMessages;
  /** The note that logo churn benchmarks need `segment`. */
  segmentNote: string;
  /** A panel's title. `{metric}`, `{window}`. */
  panelTitle: string;
  /** A value with its benchmark rating. `{value}`, `{rating}`. */
  ratedValue: string;
  /** A benchmark band's label. `{rating}`: capitalised; `{range}`: e.g. "≥ 120.0%". */
  bandLabel: string;
  /** Joins the bands of one metric in the text alternative. */
  bandSeparator: string;
  /** The legend of the bands not named in full beside the plot, for screen readers. */
  bandLegend: string;
  /** A metric's entry in that legend. `{metric}`: its short name. */
  bandLegendMetric: string;
  /** The plot, for screen readers. */
  plotLabel: string;
  /** One point, for screen readers. `{metric}`, `{period}`, `{value}`. */
  pointLabel: string;
  /** One point with its rating, for screen readers. `{metric}`, `{period}`, `{value}`, `{rating}`. */
  pointLabelRated: string;
  /** Why a point is missing: no starting MRR at the end of a month. `{period}`. */
  gapNoStartingMrrAt: string;
  /** Why a point is missing: no starting MRR. */
  gapNoStartingMrr: string;
  /** Why a point is missing: no starting accounts at the end of a month. `{period}`. */
  gapNoStartingAccountsAt: string;
  /** Why a point is missing: no starting accounts. */
  gapNoStartingAccounts: string;
  /** Why a point is missing, with no reason given. */
  gapUnknown: string;
  /** Why a point is missing, with a reason this catalogue does not know. `{reason}`: as written. */
  gapOther: string;
  /** The text alternative's opening. `{window}`, `{first}`, `{last}`: months. */
  summary: string;
  /** One metric in the text alternative. `{metric}`, `{latest}`, `{latestPeriod}`, `{lowest}`, `{lowestPeriod}`, `{highest}`, `{highestPeriod}`. */
  summaryMetric: string;
  /** One metric with no value in the text alternative. `{metric}`. */
  summaryNoValues: string;
  /** A metric's benchmark bands in the text alternative, by the bands' period. `{bands}`. */
  summaryBenchmark: { monthly: string; annual: string; other: string };
  /** How many periods have a gap, in the text alternative. `{count}`. */
  summaryGaps: PluralMessage;
  /** The table's row-header column. */
  tablePeriod: string;
  /** The table's column explaining a gap. */
  tableNote: string;
  /**
   * Before the header's latest values, what window they cover, so they are not read as the
   * 12-month NRR of a waterfall beside them.
   */
  kpiWindow: { month: string; ttm: string };
}

/** The steps of the NRR waterfall. */
export interface WaterfallStepMessages {
  starting: string;
  expansion: string;
  contraction: string;
  churn: string;
  retained: string;
  new: string;
  reactivation: string;
  ending: string;
}

/** Words of `NrrWaterfall`. */
export interface WaterfallMessages {
  /** The default title. */
  title: string;
  /** The loading state, for screen readers. */
  loading: string;
  /** The empty state without snapshots. */
  empty: string;
  /** The empty state when the window has no starting MRR. `{period}`: its first month. */
  noStartingMrrAt: string;
  /** The empty state when the window has no starting MRR (pre-aggregated data). */
  noStartingMrr: string;
  /** The step names, in tooltips, the table and the text alternative. */
  steps: WaterfallStepMessages;
  /**
   * Before the header's NRR and GRR, the window's length in months, so they are not read as the
   * month-over-month rates of a trend beside them. `{count}`.
   */
  kpiWindow: PluralMessage;
  /** The step names under the bars, where there is room. */
  stepsAxis: WaterfallStepMessages;
  /**
   * The step names under the bars when the axis names do not fit: short forms a reader knows
   * (`'Exp.'`), never letters cut without a mark (a name that still does not fit is cut with "…").
   */
  stepsAbbreviated: WaterfallStepMessages;
  /** The tooltip's running total. `{value}`. */
  tooltipRunning: string;
  /** The text alternative's first sentence. `{nrr}`, `{grr}`: the rates. */
  summaryRates: string;
  /** One step in the text alternative. `{step}`, `{value}`. */
  summaryStep: string;
  /** Joins the steps in the text alternative. */
  summaryStepSeparator: string;
  /** Ends the list of steps in the text alternative. `{steps}`. */
  summarySteps: string;
  /** The caption of the data table when the title is not plain text. */
  tableFallbackCaption: string;
  /** The table's row-header column. */
  tableStep: string;
  /** The table's change column. */
  tableChange: string;
  /** The table's running-MRR column. */
  tableRunning: string;
  /** The plot, for screen readers. */
  plotLabel: string;
  /** One bar, for screen readers. `{step}`, `{value}`, `{running}`: the MRR after it. */
  barLabel: string;
  /** Under a zoomed plot: where its y axis starts. `{value}`: the axis's lowest value. */
  axisStartsAt: string;
  /** The text alternative's sentence for a zoomed plot. `{value}`: the axis's lowest value. */
  summaryAxisStartsAt: string;
  /** The name of the header toggle between the two y axes. */
  viewLabel: string;
  /** The toggle's option for the y axis from zero. */
  viewFull: string;
  /** The toggle's option for the zoomed y axis (movements visible, totals cut). */
  viewZoomed: string;
}

/** The five MRR movements. */
export interface MovementKindMessages {
  new: string;
  expansion: string;
  reactivation: string;
  contraction: string;
  churn: string;
}

/** Words of `MrrMovementsChart`. */
export interface MovementsMessages {
  /** The default title. */
  title: string;
  /** The loading state, for screen readers. */
  loading: string;
  /** The empty state without snapshots. */
  empty: string;
  /** The empty state when the series has no period. */
  noPeriods: string;
  /** The movement names, as labels (legend, tooltips, table headers). */
  kinds: MovementKindMessages;
  /** The movement names inside a sentence (lower case where the language has case). */
  kindsInSentence: MovementKindMessages;
  /** The net change: the table header and the tooltip row. */
  net: string;
  /** The net line in the legend. */
  netChange: string;
  /** The headline figure: the net change over the whole series. */
  netNewMrr: string;
  /** One movement with its amount. `{kind}`, `{value}`. */
  movementValue: string;
  /** One period as a column's accessible name. `{period}`, `{movements}`, `{net}`. */
  periodDescription: string;
  /** Joins movements in a sentence. */
  separator: string;
  /** A range of two or more periods in the text alternative. `{first}`, `{last}`, `{count}`. */
  summaryRange: PluralMessage;
  /** The text alternative. `{range}`, `{totals}`, `{net}`. */
  summary: string;
  /** The text alternative's best and worst periods. `{best}`, `{bestNet}`, `{worst}`, `{worstNet}`. */
  summaryBestWorst: string;
  /** The caption of the data table when the title is not plain text. */
  tableFallbackCaption: string;
  /** The table's row-header column. */
  tablePeriod: string;
  /** After a gain's legend entry, for screen readers. */
  aboveZero: string;
  /** After a loss's legend entry, for screen readers. */
  belowZero: string;
  /** The plot, for screen readers. */
  plotLabel: string;
  /** One movement of one period (a stacked segment), for screen readers. `{movement}`, `{period}`, `{value}`. */
  segmentLabel: string;
}

/** The parts of a survey's answers, by part id. */
export interface NpsPartMessages {
  detractor: string;
  passive: string;
  promoter: string;
}

/** Words every survey breakdown shares (`NpsBreakdown`, `CsatBreakdown`, `CesBreakdown`). */
export interface VoiceMessages {
  /** A number of responses. `{count}`: formatted. */
  responses: PluralMessage;
  /** A group or period with no responses. */
  noResponses: string;
  /** A figure with a low-sample mark. `{detail}`: e.g. "12 responses". */
  lowSample: string;
  /** Benchmark ratings as a label (capitalised where the language has case). */
  ratings: { excellent: string; good: string; fair: string; poor: string };
  /** The benchmark rating's headline label, before the rating. */
  benchmark: string;
  /** The benchmark sentence. `{rating}`, `{good}`, `{excellent}`: edges from `edgeFrom`/`edgeAbove`. */
  ratingSentence: string;
  /** A benchmark edge that is reached at the value. `{value}`. */
  edgeFrom: string;
  /** A benchmark edge that is passed above the value. `{value}`. */
  edgeAbove: string;
  /** What the per-group rows are called, as a table row prefix. */
  groupNames: { segment: string; channel: string };
  /** The heading of the per-group rows. */
  byGroup: { segment: string; channel: string };
  /** The name of the row that pools the groups past `maxGroups` (the notes call it this too). */
  otherGroup: string;
  /** The name of the row of responses without the grouping field. */
  unsetGroup: string;
  /** The note that groups past `maxGroups` are pooled in "Other". `{count}`. */
  otherGroups: { segment: PluralMessage; channel: PluralMessage };
  /** The text alternative's per-group sentence. `{rows}`: joined by `separator`. */
  summaryGroups: string;
  /** Joins items in a list inside a sentence. */
  separator: string;
  /** Joins the parts in a sentence. */
  partsSeparator: string;
  /** One part in a sentence. `{part}` (from `partsInSentence`), `{count}`, `{share}`. */
  partInSentence: string;
  /** A part's name with its scores. `{part}`, `{range}`. */
  partTitle: string;
  /** A share-bar mark, for screen readers. `{part}`, `{responses}`, `{share}`. */
  partLabel: string;
  /** A score's name. `{score}`. */
  score: string;
  /** A distribution bar, for screen readers. `{score}`, `{part}`, `{responses}`, `{share}`. */
  scoreLabel: string;
  /** The distribution's heading. `{range}`: e.g. "0–10". */
  scores: string;
  /** The share bar, for screen readers. `{title}`: its heading. */
  sharePlotLabel: string;
  /** The distribution, for screen readers. `{title}`: its heading. */
  distributionPlotLabel: string;
  /** The per-group rows, for screen readers. `{title}`: their heading. */
  rowsPlotLabel: string;
  /** A per-group row in words. `{name}`, `{figures}`. */
  rowLabel: string;
  /** The table's row-header column. */
  tableBreakdown: string;
  /** The table's responses column. */
  tableResponses: string;
  /** The table's share column. */
  tableShare: string;
  /** The table's first row. */
  allResponses: string;
  /** A per-group table row. `{group}`: from `groupNames`; `{name}`. */
  tableGroup: string;
  /** A mean on its scale. `{mean}`, `{scale}`. */
  meanOf: string;
  /** The mean's headline label. */
  mean: string;
  /** The confidence interval as a headline figure. `{level}`: e.g. "95 %"; `{low}`, `{high}`. */
  interval: string;
  /** The interval, explained on hover. */
  intervalTitle: string;
  /** The table's column of the interval's low bound. `{level}`: e.g. "95 %". */
  tableIntervalLow: string;
  /** The table's column of the interval's high bound. `{level}`: e.g. "95 %". */
  tableIntervalHigh: string;
  /** The interval under a headline that shows a margin. `{low}`, `{high}`, `{level}`. */
  likelyBetween: string;
  /** The interval as a sentence of the text alternative. `{interval}`: the `interval` text. */
  summaryInterval: string;
  /** The low-sample note of a share (CSAT, CES). `{responses}`, `{threshold}`, `{interval}`. */
  lowSampleShare: string;
}

/** Words of `NpsBreakdown`. */
export interface NpsMessages extends ChartTitleMessages {
  /** The empty state. */
  empty: string;
  /** The margin of error, explained on hover. */
  margin: string;
  /** The parts as labels. */
  parts: NpsPartMessages;
  /** The parts inside a sentence (lower case where the language has case). */
  partsInSentence: NpsPartMessages;
  /** The share bar's heading. */
  partsTitle: string;
  /** The low-sample warning. `{responses}`, `{threshold}`. */
  lowSample: string;
  /** The trend's heading. */
  trendTitle: string;
  /** The trend, for screen readers. */
  trendPlotLabel: string;
  /** One period of the trend. `{period}`, `{score}`, `{margin}`, `{responses}`. */
  trendPoint: string;
  /** One period of the trend with a low sample. `{period}`, `{score}`, `{margin}`, `{responses}`. */
  trendPointLow: string;
  /** A period without responses. `{period}`. */
  trendNoResponses: string;
  /** The trend's legend: a filled point. */
  trendLegendScore: string;
  /** The trend's legend: a hollow point. `{responses}`: the low-sample threshold in responses. */
  trendLegendLow: string;
  /** The trend's legend: the shaded band. `{level}`: e.g. "95 %". */
  trendLegendInterval: string;
  /** The text alternative's first sentence. `{headline}`, `{responses}`, `{parts}`. */
  summary: string;
  /** The text alternative's trend sentence. `{points}`. */
  summaryTrend: string;
  /** A per-segment row's figures. `{headline}`, `{detail}`, `{parts}`. */
  row: string;
}

/** Words of `CsatBreakdown`. */
export interface CsatMessages extends ChartTitleMessages {
  /** The empty state. */
  empty: string;
  /** CSAT in full, for its abbreviation. */
  abbreviation: string;
  /** The parts as labels. */
  parts: { unsatisfied: string; satisfied: string };
  /** The parts inside a sentence. */
  partsInSentence: { unsatisfied: string; satisfied: string };
  /** The share bar's heading. */
  partsTitle: string;
  /** The satisfied count as a headline figure. `{satisfied}`, `{total}`. */
  satisfiedKpi: string;
  /** The satisfied count in a sentence. `{satisfied}`, `{responses}`, `{range}`, `{scale}`. */
  satisfied: string;
  /** The text alternative. `{score}`, `{satisfied}`, `{mean}`, `{scale}`. */
  summary: string;
  /** A per-group row's figures. `{score}`, `{satisfied}`, `{detail}`. */
  row: string;
}

/** Words of `CesBreakdown`. */
export interface CesMessages extends ChartTitleMessages {
  /** The empty state. */
  empty: string;
  /** The parts as labels. */
  parts: { disagree: string; agree: string };
  /** The parts inside a sentence. */
  partsInSentence: { disagree: string; agree: string };
  /** The share bar's heading. */
  partsTitle: string;
  /** The agree share's headline label. */
  agreeing: string;
  /** The normalized score's headline label. */
  normalized: string;
  /** The note on a reversed scale. `{plusOne}`: scale + 1; `{top}`: the scale. */
  flip: string;
  /** After the distribution's heading on a reversed scale. `{title}`. */
  scoresReversed: string;
  /** The text alternative. `{mean}`, `{share}`, `{range}`, `{normalized}`, `{responses}`. */
  summary: string;
  /** A per-group row's detail. `{mean}`, `{detail}`. */
  rowDetail: string;
  /** A per-group row's figures. `{share}`, `{detail}`. */
  row: string;
  /** The table's figure. `{mean}`, `{share}`. */
  tableFigure: string;
}

/** Benchmark ratings and ranges, shared by `MetricCard` and `RetentionTrend`. */
export interface BenchmarkMessages {
  /** Each rating in words (lower case where the language has case, as inside a sentence). */
  ratings: { excellent: string; good: string; fair: string; poor: string };
  /** NRR's best rating, the "top quartile" of the source articles. */
  nrrExcellent: string;
  /** A range with no bound on either side. */
  anyValue: string;
  /** A benchmark edge in days. `{count}`. */
  days: PluralMessage;
}

/** Why a `MetricCard` value is missing, by its `reason` code. */
export interface MetricCardReasonMessages {
  'no-starting-mrr': string;
  'no-starting-accounts': string;
  'no-ending-accounts': string;
  'no-losses': string;
  'no-responses': string;
  'zero-churn': string;
  'not-provided': string;
}

/** Words of `MetricCard`. */
export interface MetricCardMessages {
  /** The loading state, for screen readers. `{label}`: the card's label. */
  loading: string;
  /** A missing value, for screen readers (the card shows —). */
  noValue: string;
  /** A missing value without a `reason`. */
  noReason: string;
  /** Known `reason` codes in words; any other reason is shown as written. */
  reasons: MetricCardReasonMessages;
  /** No change from the previous value. */
  noChange: string;
  /**
   * A rise. `{change}`: the signed change, the one visible cue; the words around it are read by
   * screen readers only.
   */
  up: string;
  /** A fall. `{change}`: the signed change, shown; the words around it, screen readers only. */
  down: string;
  /** What the change is measured against. `{comparison}`: `comparisonLabel`. */
  comparison: string;
  /** The default `comparisonLabel`. */
  previousPeriod: string;
  /** After a change that is good news, for screen readers. */
  improvement: string;
  /** After a change that is bad news, for screen readers. */
  decline: string;
  /** A change inside the value's interval, instead of `up`/`down`. `{change}`: the signed change. */
  withinNoise: string;
  /** Why a change is noise, for screen readers. `{level}`, `{low}`, `{high}`. */
  withinNoiseDetail: string;
  /** A change of a percentage in points. `{count}`: the signed number of points. */
  percentagePoints: PluralMessage;
  /** A change of a percentage too small to show. `{value}`: the smallest shown, signed. */
  lessThanPercentagePoints: string;
  /** The benchmark line's label, before the rating. */
  benchmark: string;
  /** A rating with its range. `{rating}`, `{range}`. */
  ratingWithRange: string;
  /** The sparkline's text alternative. `{count}`, `{first}`, `{last}`, `{min}`, `{max}`. */
  sparkline: PluralMessage;
  /** A sparkline point with its period. `{value}`, `{period}`. */
  valueAt: string;
  /** The error state with one problem. `{problem}`: field and message (developer words). */
  errorOne: string;
  /** The error state with several problems. `{count}`. */
  errorMany: PluralMessage;
  /** The default `comparisonLabel` with `compareTo: 'previous-year'`. */
  previousYear: string;
}

/**
 * Every word of every Vitals component: English by default, German, French, Spanish and Japanese
 * shipped (`messagesDe`, …), chosen by the provider's `locale`, and overridable per key through its
 * `messages` prop.
 */
/** The default tiers' names (DEFAULT_TIERS and the unknown tier), translated; custom tier labels are shown as given. */
export interface HealthTierNameMessages {
  /** `healthy` (DEFAULT_TIERS' "Healthy"). */
  healthy: string;
  /** `at-risk` (DEFAULT_TIERS' "At risk"). */
  atRisk: string;
  /** `critical` (DEFAULT_TIERS' "Critical"). */
  critical: string;
  /** `unknown`: accounts with no score. */
  unknown: string;
}

/** Words of `HealthDistribution`. */
export interface HealthDistributionMessages extends ChartTitleMessages {
  /** The empty state with neither accounts nor data. */
  empty: string;
  /** The empty state when there are no accounts to count. */
  emptyScored: string;
  /** The error when `accounts` come without a `scorecard`. */
  needsScorecard: string;
  /** The default tiers' names. */
  tiers: HealthTierNameMessages;
  /** The accounts panel's heading and table column. */
  quantityAccounts: string;
  /** The MRR panel's heading and table column. */
  quantityMrr: string;
  /** A number of accounts. `{count}`: formatted. */
  accounts: PluralMessage;
  /** The label after a bar and a tooltip value. `{value}`, `{share}`. */
  valueShare: string;
  /** The label after a bar. `{value}`, `{share}`. */
  barValue: string;
  /** An accounts bar, for screen readers. `{tier}`, `{accounts}`, `{share}`. */
  barLabelAccounts: string;
  /** An MRR bar, for screen readers. `{tier}`, `{mrr}`, `{share}`. */
  barLabelMrr: string;
  /** One tier in the text alternative. `{tier}`, `{accounts}`, `{accountShare}`, `{mrr}`, `{mrrShare}`. */
  summaryTier: string;
  /** The text alternative's first sentence. `{accounts}`, `{mrr}`. */
  summaryHead: string;
  /** Joins the tiers in the text alternative. */
  summaryTierSeparator: string;
  /** Ends the list of tiers in the text alternative. `{tiers}`. */
  summaryTiers: string;
  /** MRR in at-risk tiers, in the text alternative. `{mrr}`, `{share}`. */
  summaryRisk: string;
  /** Accounts without MRR, in the text alternative. `{count}`, `{zero}`: no money. */
  summaryWithoutMrr: PluralMessage;
  /** The note above the plot about accounts without MRR. `{count}`, `{zero}`. */
  withoutMrrNote: PluralMessage;
  /** The headline figure's name. */
  kpiAtRisk: string;
  /** The table's row-header column. */
  tableTier: string;
  /** The table's share-of-accounts column. */
  tableAccountShare: string;
  /** The table's share-of-MRR column. */
  tableMrrShare: string;
  /** The plot, for screen readers. */
  plotLabel: string;
}

/** Words of `HealthTierList` (its toolbar, states and keyboard caption). */
export interface HealthTierListMessages extends ChartTitleMessages {
  /** The empty state: no accounts scored yet. */
  empty: string;
  /** The error when `accounts` come without a `scorecard`. */
  needsScorecard: string;
  /** The default tiers' names. */
  tiers: HealthTierNameMessages;
  /** The search box's label. */
  search: string;
  /** The search box's placeholder. */
  searchPlaceholder: string;
  /** The tier filter's legend. */
  tierFilter: string;
  /** The segment filter's label. */
  segmentFilter: string;
  /** The segment filter's "no filter" option. */
  allSegments: string;
  /** The button that clears search and filters. */
  clearFilters: string;
  /** The CSV export button. */
  exportCsv: string;
  /** The row count with no filter. `{count}`: formatted. */
  rowCount: PluralMessage;
  /** The row count with a filter. `{count}`: the total, `{shown}`: the rows shown. */
  rowCountFiltered: PluralMessage;
  /** Added to the row count when rows are selected. `{count}`. */
  selectedCount: PluralMessage;
  /** The empty list when the filters match nothing. */
  noMatch: string;
  /** The table's caption when the title is not plain text. */
  fallbackTitle: string;
  /** The table's caption for screen readers. `{title}`, `{enter}`: what Enter does. */
  caption: string;
  /** What Enter does with `onRowAction` or `onSelect`. */
  enterOpens: string;
  /** What Enter does otherwise. */
  enterShowsDetails: string;
  /** The default columns' headers. */
  columns: TierListColumnMessages;
  /** The trend column's header. `{count}`: the days in the trend window, formatted. */
  trendHeader: PluralMessage;
  /** The CSV export's headers where they differ from the columns'. */
  csvHeaders: TierListCsvMessages;
  /** The select-all box of the shown rows. */
  selectAll: string;
  /** The selection column's header, for screen readers, when rows cannot be selected. */
  selectionColumn: string;
  /** The details column's header, for screen readers. */
  detailsColumn: string;
  /** Added to a sort button's name for a column that sorts after the first. `{position}`: 2, 3, …; `{direction}`. */
  sortedLater: string;
  /** The ascending sort direction, inside `sortedLater`. */
  ascending: string;
  /** The descending sort direction, inside `sortedLater`. */
  descending: string;
  /** A row's selection box. `{name}`: the account. */
  selectAccount: string;
  /** A row's details toggle while hidden. `{name}`. */
  showDetails: string;
  /** A row's details toggle while shown. `{name}`. */
  hideDetails: string;
  /** The details panel's category scores, for screen readers. `{name}`. */
  categoryScoresOf: string;
  /** The details panel's category scores heading. */
  categoryScores: string;
  /** A manual override. `{reason}`. */
  overridden: string;
  /** A manual override with its author. `{reason}`, `{author}`. */
  overriddenBy: string;
  /** The contributions table's caption. `{name}`. */
  contributionsCaption: string;
  /** The contributions table's column headers. */
  contributionColumns: { measure: string; value: string; measureScore: string; points: string };
  /** A tier's group header totals. `{accounts}`: `groupAccounts`; `{mrr}`: formatted. */
  groupTotals: string;
  /** The accounts of a tier's group header. `{count}`: formatted. */
  groupAccounts: PluralMessage;
  /** A signal with no value. */
  valueMissing: string;
  /** A yes/no signal that is true. */
  valueYes: string;
  /** A yes/no signal that is false. */
  valueNo: string;
  /** One driver: `{measure}`, `{value}`, `{points}` (`driverPoints`). */
  driver: string;
  /** The points a driver costs. `{count}`: formatted, without sign. */
  driverPoints: PluralMessage;
  /** Joins the drivers of one account. */
  driverSeparator: string;
  /** No measure holds the account back. */
  noDrivers: string;
  /** The next-tier column of an account already in the top tier. */
  topTier: string;
  /** The next-tier column when no single change lifts the account. */
  noSingleChange: string;
  /** The next step for a yes/no measure. `{measure}`, `{to}`, `{tier}`. */
  nextSet: string;
  /** The next step for a missing measure. `{measure}`, `{to}`, `{tier}`. */
  nextRecord: string;
  /** The next step raising a measure. `{measure}`, `{from}`, `{to}`, `{tier}`. */
  nextRaise: string;
  /** The next step lowering a measure. `{measure}`, `{from}`, `{to}`, `{tier}`. */
  nextLower: string;
  /** Raising past a bound that is not itself enough. `{measure}`, `{from}`, `{to}`, `{tier}`. */
  nextRaiseAbove: string;
  /** Lowering past a bound that is not itself enough. `{measure}`, `{from}`, `{to}`, `{tier}`. */
  nextLowerBelow: string;
  /** The trend for screen readers without history. */
  trendNone: string;
  /** The trend for screen readers, unchanged. `{count}`: days. */
  trendUnchanged: PluralMessage;
  /** The trend for screen readers, up. `{size}`: points; `{count}`: days. */
  trendUp: PluralMessage;
  /** The trend for screen readers, down. `{size}`: points; `{count}`: days. */
  trendDown: PluralMessage;
}

/** The headers of `HealthTierList`'s default columns. */
export interface TierListColumnMessages {
  account: string;
  segment: string;
  mrr: string;
  score: string;
  tier: string;
  drivers: string;
  nextStep: string;
  renewal: string;
  owner: string;
}

/**
 * The CSV export's headers that differ from the column headers (the other CSV columns are headed
 * like the columns of the table).
 */
export interface TierListCsvMessages {
  /** The trend column's number: the score change over the window. */
  scoreChange: string;
  /** The renewal column's date. */
  renewalDate: string;
}

/** One word per `RetentionTrend` metric. */
export interface TrendMetricMessages {
  nrr: string;
  grr: string;
  logoChurn: string;
}

/** One word per `RetentionTrend` window. */
export interface TrendWindowMessages {
  month: string;
  ttm: string;
}

/** One word per `CohortHeatmap` metric. */
export interface CohortMetricMessages {
  logo: string;
  revenue: string;
}

/** One message per cohort grain (the length of a cohort and of one step of age). */
export interface CohortGrainMessages<T = string> {
  month: T;
  quarter: T;
  year: T;
}

/** Words of `CohortHeatmap`. */
export interface CohortHeatmapMessages extends ChartTitleMessages {
  /** The empty state without cohorts. */
  empty: string;
  /** The metric switch's options. */
  metricShort: CohortMetricMessages;
  /** Each metric in full, as a label (captions, cell names, the text alternative). */
  metricLong: CohortMetricMessages;
  /** Each metric inside a sentence (lower case where the language has case). */
  metricInSentence: CohortMetricMessages;
  /** The metric switch's name, for screen readers. */
  retentionShown: string;
  /** The headline figure: how many cohorts are shown. */
  cohorts: string;
  /** The cohort column's header (grid corner and table). */
  cohort: string;
  /** A cohort by its first period. `{period}`. */
  cohortName: string;
  /** An age, by grain. `{age}`. */
  age: CohortGrainMessages;
  /** An age as a table column header, by grain. `{age}`. */
  ageHeader: CohortGrainMessages;
  /** The caption over the age columns, by grain. */
  ageAxis: CohortGrainMessages;
  /** The grid's caption. `{metric}`, `{axis}`. */
  gridCaption: string;
  /** A number of accounts. `{count}`. */
  accounts: PluralMessage;
  /** A number of accounts in a row header, abbreviated. `{count}`. */
  accountsShort: PluralMessage;
  /** After the accounts of a small cohort in its row header. */
  smallTag: string;
  /** A row header's accessible name. `{cohort}`, `{accounts}`, `{mrr}`. */
  rowHeaderLabel: string;
  /** Why a cohort is greyed. `{count}`: its accounts; `{min}`: `minCohortSize`. */
  smallCohort: PluralMessage;
  /** What one account weighs in a small cohort, after `smallCohort`. `{share}`. */
  smallCohortWeight: string;
  /** Why a cell is greyed for its wide interval. `{accounts}`, `{level}`, `{low}`, `{high}`. */
  uncertainCell: string;
  /** Where a cell is. `{cohort}`, `{age}`. */
  cellWhere: string;
  /** A cell not observed yet. `{where}`. */
  notObserved: string;
  /** A cell not observed yet, with the data's last period. `{where}`, `{period}`. */
  notObservedUntil: string;
  /** A cell's accessible name. `{where}`, `{period}`, `{rate}`, `{counts}`. */
  cellLabel: string;
  /** A cell's rate. `{metric}`, `{value}`. */
  cellRate: string;
  /** A cell's rate without starting MRR. `{metric}`. */
  cellRateNoMrr: string;
  /**
   * A cell's counts, in the plural form of the cohort's size (`{size}`: "1 of 1 account active").
   * `{active}`, `{size}`, `{mrr}`.
   */
  cellCounts: PluralMessage;
  /** The tooltip's heading on a cell. `{cohort}`, `{age}`, `{period}`. */
  tooltipCell: string;
  /** The tooltip of a row header. `{accounts}`, `{mrr}`. */
  tooltipCohort: string;
  /** The tooltip of a cell not observed yet. */
  tooltipNotObserved: string;
  /** The tooltip's accounts line. `{active}`, `{size}`. */
  tooltipActive: string;
  /** The tooltip's MRR line. `{mrr}`, `{initial}`. */
  tooltipMrr: string;
  /** The tooltip's rates line. `{logo}`, `{revenue}`. */
  tooltipRates: string;
  /** A revenue retention without starting MRR, in the tooltip. */
  noStartingMrr: string;
  /** The text alternative's opening, by grain. `{metric}`, `{count}`: cohorts, `{span}`, `{accounts}`. */
  summary: CohortGrainMessages<PluralMessage>;
  /** The span of two or more cohorts. `{first}`, `{last}`. */
  summarySpan: string;
  /** The span of one cohort. `{first}`. */
  summarySpanOne: string;
  /** A pooled rate at an age, by grain. `{count}`: the age, `{rate}`, `{cohorts}`. */
  summaryAfter: CohortGrainMessages<PluralMessage>;
  /** How many cohorts a pooled rate covers. `{count}`. */
  summaryCohorts: PluralMessage;
  /** The pooled rates. `{rates}`. */
  summaryPooled: string;
  /** Joins the pooled rates. */
  summaryRateSeparator: string;
  /**
   * How many cohorts are greyed. `{count}`: the greyed cohorts; `{fewer}`: `fewerAccounts` for
   * `minCohortSize` (`{min}`: `minCohortSize` alone).
   */
  summarySmall: PluralMessage;
  /** "fewer than N accounts", in the plural form of `{count}` (`minCohortSize`). */
  fewerAccounts: PluralMessage;
  /** What `maxCohorts` left out. `{count}`, `{shown}`. */
  omittedCohorts: PluralMessage;
  /** What `maxAge` left out, by grain. `{count}`, `{first}`, `{last}`: the ages shown. */
  omittedAges: CohortGrainMessages<PluralMessage>;
  /** The note of what was left out. `{parts}`. */
  omitted: string;
  /** Joins the parts of the left-out note. */
  omittedJoin: string;
  /** The legend's greyed swatch. `{count}`: `minCohortSize`. */
  legendSmall: PluralMessage;
  /**
   * The legend's greyed swatch for cells whose interval is too wide. `{level}`: e.g. "95 %";
   * `{width}`: `maxIntervalWidth` in percentage points of retention.
   */
  legendUncertain: string;
  /** The legend's blank swatch. */
  legendBlank: string;
  /** The data table's caption. `{title}`, `{metric}` (in a sentence). */
  tableCaption: string;
  /** The data table's accounts column. */
  tableAccounts: string;
  /** The data table's starting-MRR column. */
  tableStartingMrr: string;
  /** The data table's note column. */
  tableNote: string;
  /** A logo-retention cell of the table. `{value}`, `{active}`, `{size}`. */
  tableLogoCell: string;
  /** A revenue-retention cell of the table. `{value}`, `{mrr}`. */
  tableRevenueCell: string;
}

/** Words of `ConventionDiff` (preset and vendor names stay as they are). */
export interface ConventionDiffMessages extends ChartTitleMessages {
  /** The empty state without snapshots or data. */
  empty: string;
  /** The empty state with no convention to compare. */
  noConventions: string;
  /** Each metric, as a row header and inside a difference. */
  metrics: {
    netRevenueChurnRate: string;
    logoChurnRate: string;
    quickRatio: string;
    netRevenueRetention: string;
    grossRevenueRetention: string;
  };
  /** What each convention rule is about. */
  rules: {
    'reactivation-offset': string;
    'new-and-churned': string;
    'new-in-logo-denominator': string;
    'reactivation-in-quick-ratio': string;
  };
  /** A change that cannot be computed. */
  notComparable: string;
  /** A change of a rate in percentage points. `{value}`: the signed number. */
  points: string;
  /** A convention applies a rule. */
  yes: string;
  /** A convention does not apply a rule. */
  no: string;
  /** One side of a rule. `{label}`: the convention, `{answer}`: yes or no. */
  ruleSide: string;
  /** Joins the two sides of a rule. */
  ruleSideSeparator: string;
  /** A cause's effect. `{change}`, `{count}`: accounts. */
  cause: PluralMessage;
  /** The window. `{from}`, `{to}`. */
  range: string;
  /** The summary when nothing differs. `{range}`, `{baseline}`. */
  summarySame: string;
  /** The summary when numbers differ. `{range}`, `{count}`, `{baseline}`. */
  summaryDiffer: PluralMessage;
  /** The table's name and caption. `{range}`. */
  tableLabel: string;
  /** The table's metric column. */
  metric: string;
  /** After the baseline's column header. */
  baselineTag: string;
  /** After a differing value, for screen readers. `{baseline}`. */
  differsFrom: string;
  /** The heading of the causes. `{baseline}`. */
  whyHeading: string;
  /** One difference. `{metric}`, `{label}`, `{value}`, `{baselineValue}`, `{change}`. */
  difference: string;
  /** The disclosure of the sources. */
  sourcesHeading: string;
  /** The source of the Vitals preset. */
  vitalsSource: string;
  /** The source of a custom convention. */
  customSource: string;
  /** Rules no public page confirms. `{rules}`. */
  unconfirmed: string;
  /** Joins rules. */
  ruleSeparator: string;
  /** Accounts past `maxAccounts`. `{count}`. */
  moreAccounts: PluralMessage;
}

export interface VitalsMessages {
  common: CommonMessages;
  waterfall: WaterfallMessages;
  movements: MovementsMessages;
  trend: RetentionTrendMessages;
  benchmarks: BenchmarkMessages;
  metricCard: MetricCardMessages;
  voice: VoiceMessages;
  nps: NpsMessages;
  csat: CsatMessages;
  ces: CesMessages;
  healthDistribution: HealthDistributionMessages;
  healthTierList: HealthTierListMessages;
  cohortHeatmap: CohortHeatmapMessages;
  conventionDiff: ConventionDiffMessages;
  comparison: ComparisonMessages;
}

/** Words of segment filters and comparisons (`compareBy`, `compareTo`) on the revenue charts and cards. */
export interface ComparisonMessages {
  /** Under the title of charts drawn once per segment (`compareBy: 'segment'`). */
  multiplesNote: string;
  /** `compareBy: 'segment'` when no account in the data names a segment. */
  noSegments: string;
  /** `compareBy: 'segment'` with precomputed `data`, which carries no segments. */
  needsSnapshots: string;
  /** The line of the whole book (or the filtered segments) beside one line per segment. */
  allAccounts: string;
  /** The comparison series of `compareTo: 'previous-period'`, in a legend or column header. */
  previousPeriod: string;
  /** The comparison series of `compareTo: 'previous-year'`, in a legend or column header. */
  previousYear: string;
  /** The current series beside a comparison series, in a legend. */
  current: string;
  /** A line's name with its metric, in a column header. `{metric}`, `{series}`. */
  seriesColumn: string;
  /** The text alternative's sentence about a comparison. `{series}`, `{metric}`, `{value}`. */
  comparisonSummary: string;
}

/** A message group's keys, any of them left out (nested groups too). */
export type DeepPartial<T> = {
  [K in keyof T]?: (T[K] extends string ? T[K] : DeepPartial<T[K]>) | undefined;
};

/** Per-key overrides of the messages: any group, any key, the rest from the locale's catalogue. */
export type VitalsMessagesOverrides = DeepPartial<VitalsMessages>;
