import type {
  BenchmarkMessages,
  CesMessages,
  CohortHeatmapMessages,
  ComparisonMessages,
  CommonMessages,
  ConventionDiffMessages,
  CsatMessages,
  HealthDistributionMessages,
  HealthTierListMessages,
  MetricCardMessages,
  MovementsMessages,
  NpsMessages,
  RetentionTrendMessages,
  VitalsMessages,
  VoiceMessages,
  WaterfallMessages,
} from './types';

// English, the default. One constant per group, so a bundle keeps only the groups its component
// reads; `messagesEn` gathers them for the provider.

/** English words every chart shares. */
export const enCommon: CommonMessages = {
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  tableCaption: '{title}: data',
  invalidRows: { one: '{count} row is invalid.', other: '{count} rows are invalid.' },
  showMoreProblems: { one: 'Show {count} more problem', other: 'Show {count} more problems' },
  skippedRows: {
    one: '{count} invalid row was skipped.',
    other: '{count} invalid rows were skipped.',
  },
  issueLine: 'Line {line}',
  issueRow: 'Row {row} (index {index})',
  legend: 'Legend',
  nrr: 'Net revenue retention',
  grr: 'Gross revenue retention',
  couldNotShow: {
    chart: "This chart couldn't be shown.",
    list: "This list couldn't be shown.",
    card: "This card couldn't be shown.",
    sparkline: "This sparkline couldn't be shown.",
  },
  errorDetail: 'Technical details',
};

/** English words of `RetentionTrend`. */
export const enTrend: RetentionTrendMessages = {
  title: 'Retention trend',
  loading: 'Loading retention trend…',
  empty: 'No MRR data yet: retention appears once there are snapshots.',
  noMonths: 'No months to show.',
  needsWindow: 'it needs a window: pass `from` and `to` (for example from="2024-12" to="2025-12").',
  metricNames: {
    nrr: 'Net revenue retention',
    grr: 'Gross revenue retention',
    logoChurn: 'Logo churn',
  },
  metricShort: { nrr: 'NRR', grr: 'GRR', logoChurn: 'Logo churn' },
  windows: { month: 'month over month', ttm: 'trailing twelve months' },
  windowsShort: { month: 'monthly', ttm: 'TTM' },
  windowNotes: {
    month: 'Each point: month over month (end of the previous month to end of the month).',
    ttm: 'Each point: trailing twelve months (end of the same month a year earlier to end of the month).',
  },
  segmentNote:
    'Logo churn benchmarks depend on the customer segment: pass `segment` (SMB, Mid-Market or Enterprise) to draw them.',
  panelTitle: '{metric}, {window}',
  ratedValue: '{value} ({rating})',
  bandLabel: '{rating} {range}',
  bandSeparator: ', ',
  plotLabel: 'Retention over time, one panel per rate; focus a point for its value',
  pointLabel: '{metric}, {period}: {value}',
  pointLabelRated: '{metric}, {period}: {value}, {rating}',
  gapNoStartingMrrAt:
    "No starting MRR at the end of {period}, so the rates can't be computed (a gap in the line).",
  gapNoStartingMrr: "No starting MRR, so the rates can't be computed (a gap in the line).",
  gapNoStartingAccountsAt:
    "No starting accounts at the end of {period}, so logo churn can't be computed (a gap in the line).",
  gapNoStartingAccounts:
    "No starting accounts, so logo churn can't be computed (a gap in the line).",
  gapUnknown: 'Not available (a gap in the line).',
  gapOther: '{reason} (a gap in the line).',
  summary: 'Retention {window}, {first} to {last}.',
  summaryMetric:
    '{metric}: latest {latest} in {latestPeriod}, lowest {lowest} in {lowestPeriod}, highest {highest} in {highestPeriod}.',
  summaryNoValues: '{metric}: no values.',
  summaryBenchmark: {
    monthly: 'Benchmark per month: {bands}.',
    annual: 'Benchmark per year: {bands}.',
    other: 'Benchmark: {bands}.',
  },
  summaryGaps: {
    one: '{count} period has no value; see the table.',
    other: '{count} periods have no value; see the table.',
  },
  tablePeriod: 'Period',
  tableNote: 'Note',
};

/** English words of `NrrWaterfall`. */
export const enWaterfall: WaterfallMessages = {
  title: 'Net revenue retention',
  loading: 'Loading net revenue retention…',
  empty: 'No MRR data yet: retention appears once there are snapshots.',
  noStartingMrrAt:
    "No starting MRR at the end of {period}, so NRR and GRR can't be computed for this window (shown as —).",
  noStartingMrr: "No starting MRR, so NRR and GRR can't be computed for this window (shown as —).",
  steps: {
    starting: 'Starting MRR',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Churn',
    retained: 'Retained MRR',
    new: 'New',
    reactivation: 'Reactivation',
    ending: 'Ending MRR',
  },
  stepsAxis: {
    starting: 'Starting',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Churn',
    retained: 'Retained',
    new: 'New',
    reactivation: 'Reactivation',
    ending: 'Ending',
  },
  stepsAbbreviated: {
    starting: 'Sta',
    expansion: 'Exp',
    contraction: 'Con',
    churn: 'Chu',
    retained: 'Ret',
    new: 'New',
    reactivation: 'Rea',
    ending: 'End',
  },
  tooltipRunning: 'Running MRR {value}',
  summaryRates: 'Net revenue retention {nrr}, gross revenue retention {grr}.',
  summaryStep: '{step} {value}',
  summaryStepSeparator: '; ',
  summarySteps: '{steps}.',
  tableFallbackCaption: 'Waterfall data',
  tableStep: 'Step',
  tableChange: 'Change',
  tableRunning: 'Running MRR',
  plotLabel: 'Waterfall bars, one per step; focus a bar for its value',
  barLabel: '{step}: {value}, running MRR {running}',
};

/** English words of `MrrMovementsChart`. */
export const enMovements: MovementsMessages = {
  title: 'MRR movements',
  loading: 'Loading MRR movements…',
  empty: 'No MRR data yet: movements appear once there are snapshots.',
  noPeriods: 'No periods to show: the series is empty.',
  kinds: {
    new: 'New',
    expansion: 'Expansion',
    reactivation: 'Reactivation',
    contraction: 'Contraction',
    churn: 'Churn',
  },
  kindsInSentence: {
    new: 'new',
    expansion: 'expansion',
    reactivation: 'reactivation',
    contraction: 'contraction',
    churn: 'churn',
  },
  net: 'Net',
  netChange: 'Net change',
  netNewMrr: 'Net new MRR',
  movementValue: '{kind} {value}',
  periodDescription: '{period}: {movements}; net {net}',
  separator: ', ',
  summaryRange: { other: '{first} to {last} ({count} periods)' },
  summary: 'MRR movements, {range}: {totals}; net {net}.',
  summaryBestWorst: 'Best: {best} (net {bestNet}); worst: {worst} (net {worstNet}).',
  tableFallbackCaption: 'MRR movements data',
  tablePeriod: 'Period',
  aboveZero: ' (above zero)',
  belowZero: ' (below zero)',
  plotLabel: 'MRR movements, one column per period; focus a column for its movements',
};

/** English benchmark ratings and ranges. */
export const enBenchmarks: BenchmarkMessages = {
  ratings: { excellent: 'excellent', good: 'good', fair: 'fair', poor: 'poor' },
  nrrExcellent: 'top quartile',
  anyValue: 'any value',
  days: { one: '{count} day', other: '{count} days' },
};

/** English words of `MetricCard`. */
export const enMetricCard: MetricCardMessages = {
  loading: 'Loading {label}…',
  noValue: 'No value',
  noReason: 'No value for this period.',
  reasons: {
    'no-starting-mrr': 'No starting MRR in this period, so the rate cannot be computed.',
    'no-starting-accounts': 'No starting accounts in this period.',
    'no-ending-accounts': 'No paying accounts at the end of this period.',
    'no-losses': 'No MRR was lost, so the ratio has no denominator.',
    'no-responses': 'No survey responses yet.',
    'zero-churn': 'No churn observed yet, so lifetime value is unbounded.',
    'not-provided': 'The data needed for this figure was not provided.',
  },
  noChange: 'No change',
  up: 'Up {change}',
  down: 'Down {change}',
  comparison: 'vs {comparison}',
  previousPeriod: 'previous period',
  improvement: '(an improvement)',
  decline: '(a decline)',
  withinNoise: 'Within noise ({change})',
  withinNoiseDetail:
    '(the previous value lies inside the {level} interval of this one, {low} to {high}, so the change may be sampling noise)',
  percentagePoints: { one: '{count} percentage point', other: '{count} percentage points' },
  lessThanPercentagePoints: 'less than {value} percentage points',
  benchmark: 'Benchmark:',
  ratingWithRange: '{rating} ({range})',
  sparkline: {
    one: 'Trend over {count} period: first {first}, last {last}, lowest {min}, highest {max}.',
    other: 'Trend over {count} periods: first {first}, last {last}, lowest {min}, highest {max}.',
  },
  valueAt: '{value} ({period})',
  errorOne: "This value can't be shown: {problem}.",
  errorMany: {
    one: "This value can't be shown: {count} number is invalid.",
    other: "This value can't be shown: {count} numbers are invalid.",
  },
  previousYear: 'same period last year',
};

/** English words every survey breakdown shares. */
export const enVoice: VoiceMessages = {
  responses: { one: '{count} response', other: '{count} responses' },
  noResponses: 'no responses',
  lowSample: '{detail}, low sample',
  ratings: { excellent: 'Excellent', good: 'Good', fair: 'Fair', poor: 'Poor' },
  benchmark: 'Benchmark',
  ratingSentence: '{rating} against the benchmark (good {good}, excellent {excellent}).',
  edgeFrom: 'from {value}',
  edgeAbove: 'above {value}',
  groupNames: { segment: 'Segment', channel: 'Channel' },
  byGroup: { segment: 'By segment', channel: 'By channel' },
  otherGroup: 'Other',
  unsetGroup: 'Not set',
  otherGroups: {
    segment: {
      one: '{count} more segment is pooled in the “Other” row.',
      other: '{count} more segments are pooled in the “Other” row.',
    },
    channel: {
      one: '{count} more channel is pooled in the “Other” row.',
      other: '{count} more channels are pooled in the “Other” row.',
    },
  },
  summaryGroups: 'By group: {rows}.',
  separator: '; ',
  partsSeparator: ', ',
  partInSentence: '{part} {count} ({share})',
  partTitle: '{part} ({range})',
  partLabel: '{part}: {responses}, {share}',
  score: 'Score {score}',
  scoreLabel: 'Score {score} ({part}): {responses}, {share}',
  scores: 'Scores {range}',
  sharePlotLabel: '{title}: one mark per part; focus a mark for its figures',
  distributionPlotLabel: '{title}: one bar per score; focus a bar for its count',
  rowsPlotLabel: '{title}: one row per group; focus a row for its figures',
  rowLabel: '{name}: {figures}',
  tableBreakdown: 'Breakdown',
  tableResponses: 'Responses',
  tableShare: 'Share of responses',
  allResponses: 'All responses',
  tableGroup: '{group}: {name}',
  meanOf: '{mean} of {scale}',
  mean: 'Mean',
  interval: '{level} interval: {low} to {high}',
  intervalTitle:
    'Where the true figure lies with this confidence, given how many answered: narrow with many answers, wide with few.',
  lowSampleShare:
    'Small sample: {responses}, fewer than {threshold}; read the share as a range ({interval}), not a point.',
};

/** English words of `NpsBreakdown`. */
export const enNps: NpsMessages = {
  title: 'Net Promoter Score',
  loading: 'Loading Net Promoter Score…',
  empty: 'No survey responses yet, so there is no NPS to show (—).',
  margin: 'Margin of error at 95 % confidence',
  parts: { detractor: 'Detractors', passive: 'Passives', promoter: 'Promoters' },
  partsInSentence: { detractor: 'detractors', passive: 'passives', promoter: 'promoters' },
  partsTitle: 'Promoters, passives and detractors',
  lowSample:
    'Low sample: {responses}, fewer than {threshold}, so the score can swing widely with a few more answers; treat it as a rough signal.',
  trendTitle: 'NPS over time',
  trendPlotLabel: 'NPS over time: one point per period; focus a point for its score',
  trendPoint: '{period}: NPS {score} {margin}, {responses}',
  trendPointLow: '{period}: NPS {score} {margin}, {responses}, low sample',
  trendNoResponses: '{period}: no responses',
  summary: 'Net Promoter Score {headline} from {responses}: {parts}.',
  summaryTrend: 'Over time: {points}.',
  row: 'NPS {headline}, {detail}; {parts}',
};

/** English words of `CsatBreakdown`. */
export const enCsat: CsatMessages = {
  title: 'Customer satisfaction',
  loading: 'Loading customer satisfaction…',
  empty: 'No survey responses yet, so there is no CSAT to show (—).',
  abbreviation: 'Customer satisfaction score',
  parts: { unsatisfied: 'Not satisfied', satisfied: 'Satisfied' },
  partsInSentence: { unsatisfied: 'not satisfied', satisfied: 'satisfied' },
  partsTitle: 'Satisfied and not satisfied',
  satisfiedKpi: '{satisfied} of {total} satisfied',
  satisfied: '{satisfied} of {responses} satisfied ({range} on {scale})',
  summary: 'Customer satisfaction {score}: {satisfied}; mean score {mean} of {scale}.',
  row: 'CSAT {score}, {satisfied} of {detail} satisfied',
};

/** English words of `CesBreakdown`. */
export const enCes: CesMessages = {
  title: 'Customer effort',
  loading: 'Loading customer effort…',
  empty: 'No survey responses yet, so there is no customer effort score to show (—).',
  parts: { disagree: 'Not agreeing', agree: 'Agreeing' },
  partsInSentence: { disagree: 'not agreeing', agree: 'agreeing' },
  partsTitle: 'Agreeing and not agreeing',
  agreeing: 'Agreeing',
  normalized: 'Normalized',
  flip: 'Reversed scale: this survey asks how much effort it took, so each answer s is shown as {plusOne} − s (a raw 1, least effort, counts as {top}). Every figure here is on the reversed scale, where higher is easier.',
  scoresReversed: '{title} (reversed: higher is easier)',
  summary:
    'Customer effort score: mean {mean}, {share} agreeing ({range}), normalized {normalized}, from {responses}.',
  rowDetail: 'mean {mean}, {detail}',
  row: '{share} agreeing, {detail}',
  tableFigure: '{mean} ({share} agree)',
};

/** English words of `HealthDistribution`. */
export const enHealthDistribution: HealthDistributionMessages = {
  title: 'Health distribution',
  loading: 'Loading health distribution…',
  empty: 'No accounts yet: pass accounts and a scorecard, or data.',
  emptyScored: 'No accounts to show: there is nothing to score yet.',
  needsScorecard: 'Accounts need a scorecard to be scored: pass scorecard, or pass data.',
  tiers: { healthy: 'Healthy', atRisk: 'At risk', critical: 'Critical', unknown: 'Unknown' },
  quantityAccounts: 'Accounts',
  quantityMrr: 'MRR',
  accounts: { one: '{count} account', other: '{count} accounts' },
  valueShare: '{value} ({share})',
  barValue: '{value} · {share}',
  barLabelAccounts: '{tier}: {accounts}, {share} of accounts',
  barLabelMrr: '{tier}: {mrr} MRR, {share} of MRR',
  summaryTier: '{tier} {accounts} ({accountShare}), {mrr} MRR ({mrrShare})',
  summaryHead: '{accounts}, {mrr} MRR.',
  summaryTierSeparator: '; ',
  summaryTiers: '{tiers}.',
  summaryRisk: 'MRR in at-risk tiers: {mrr} ({share}).',
  summaryWithoutMrr: {
    one: '{count} account without MRR counts as {zero}.',
    other: '{count} accounts without MRR count as {zero}.',
  },
  withoutMrrNote: {
    one: '{count} account has no MRR and counts as {zero}.',
    other: '{count} accounts have no MRR and count as {zero}.',
  },
  kpiAtRisk: 'MRR at risk',
  tableTier: 'Tier',
  tableAccountShare: 'Share of accounts',
  tableMrrShare: 'Share of MRR',
  plotLabel: 'Bars per health tier; focus a bar for its accounts and MRR',
};

/** English words of `HealthTierList`. */
export const enHealthTierList: HealthTierListMessages = {
  title: 'At-risk accounts',
  loading: 'Loading accounts…',
  empty: 'No accounts to show yet: the list fills in once accounts are scored.',
  needsScorecard: 'Pass a scorecard with the accounts to score them.',
  tiers: enHealthDistribution.tiers,
  search: 'Search',
  searchPlaceholder: 'Account or owner',
  tierFilter: 'Tier',
  segmentFilter: 'Segment',
  allSegments: 'All segments',
  clearFilters: 'Clear filters',
  exportCsv: 'Export CSV',
  rowCount: { one: '{count} account', other: '{count} accounts' },
  rowCountFiltered: { one: '{shown} of {count} account', other: '{shown} of {count} accounts' },
  selectedCount: { one: ', {count} selected', other: ', {count} selected' },
  noMatch: 'No accounts match these filters.',
  fallbackTitle: 'Accounts by health',
  caption:
    '{title}. Arrow keys move between rows, Space selects, Enter {enter}, Right and Left arrows show and hide details.',
  enterOpens: 'opens the account',
  enterShowsDetails: 'shows details',
};

/** English words of `CohortHeatmap`. */
export const enCohortHeatmap: CohortHeatmapMessages = {
  title: 'Cohort retention',
  loading: 'Loading cohort retention…',
  empty:
    "No cohorts yet: a cohort appears once its accounts' first paid period has ended in the data.",
  metricShort: { logo: 'Logo', revenue: 'Revenue' },
  metricLong: { logo: 'Logo retention', revenue: 'Revenue retention' },
  metricInSentence: { logo: 'logo retention', revenue: 'revenue retention' },
  retentionShown: 'Retention shown',
  cohorts: 'Cohorts',
  cohort: 'Cohort',
  cohortName: '{period} cohort',
  age: { month: 'month {age}', quarter: 'quarter {age}', year: 'year {age}' },
  ageHeader: { month: 'Month {age}', quarter: 'Quarter {age}', year: 'Year {age}' },
  ageAxis: {
    month: 'Months since first payment',
    quarter: 'Quarters since first payment',
    year: 'Years since first payment',
  },
  gridCaption: '{metric} by cohort · {axis}',
  accounts: { one: '{count} account', other: '{count} accounts' },
  accountsShort: { one: '{count} acct', other: '{count} accts' },
  smallTag: ' · small',
  rowHeaderLabel: '{cohort}: {accounts}, starting MRR {mrr}',
  smallCohort: {
    one: 'Small cohort: {count} account, fewer than {min}',
    other: 'Small cohort: {count} accounts, fewer than {min}',
  },
  smallCohortWeight: '; one account moves its rate by {share}',
  uncertainCell:
    'Greyed: with {accounts} the {level} interval of its logo retention is {low} to {high}, too wide to read as a rate',
  cellWhere: '{cohort}, {age}',
  notObserved: '{where}: not observed yet',
  notObservedUntil: '{where}: not observed yet (the data ends in {period})',
  cellLabel: '{where} ({period}): {rate}, {counts}',
  cellRate: '{metric} {value}',
  cellRateNoMrr: '{metric} — (no starting MRR)',
  cellCounts: '{active} of {size} accounts active, MRR {mrr}',
  tooltipCell: '{cohort}, {age} ({period})',
  tooltipCohort: '{accounts}, starting MRR {mrr}',
  tooltipNotObserved: 'Not observed yet',
  tooltipActive: 'Active accounts {active} of {size}',
  tooltipMrr: 'MRR {mrr} of {initial}',
  tooltipRates: 'Logo retention {logo}, revenue retention {revenue}',
  noStartingMrr: '— (no starting MRR)',
  summary: {
    month: {
      one: '{metric} of {count} monthly cohort {span}, {accounts}.',
      other: '{metric} of {count} monthly cohorts {span}, {accounts}.',
    },
    quarter: {
      one: '{metric} of {count} quarterly cohort {span}, {accounts}.',
      other: '{metric} of {count} quarterly cohorts {span}, {accounts}.',
    },
    year: {
      one: '{metric} of {count} yearly cohort {span}, {accounts}.',
      other: '{metric} of {count} yearly cohorts {span}, {accounts}.',
    },
  },
  summarySpan: 'from {first} to {last}',
  summarySpanOne: 'in {first}',
  summaryAfter: {
    month: {
      one: 'after {count} month {rate} ({cohorts})',
      other: 'after {count} months {rate} ({cohorts})',
    },
    quarter: {
      one: 'after {count} quarter {rate} ({cohorts})',
      other: 'after {count} quarters {rate} ({cohorts})',
    },
    year: {
      one: 'after {count} year {rate} ({cohorts})',
      other: 'after {count} years {rate} ({cohorts})',
    },
  },
  summaryCohorts: { one: '{count} cohort', other: '{count} cohorts' },
  summaryPooled: 'Pooled over cohorts: {rates}.',
  summaryRateSeparator: '; ',
  summarySmall: {
    one: '{count} cohort has fewer than {min} accounts and is greyed.',
    other: '{count} cohorts have fewer than {min} accounts and are greyed.',
  },
  omittedCohorts: {
    one: '{count} earlier cohort (showing the latest {shown})',
    other: '{count} earlier cohorts (showing the latest {shown})',
  },
  omittedAges: {
    month: {
      one: '{count} later month of age (showing months {first}–{last})',
      other: '{count} later months of age (showing months {first}–{last})',
    },
    quarter: {
      one: '{count} later quarter of age (showing quarters {first}–{last})',
      other: '{count} later quarters of age (showing quarters {first}–{last})',
    },
    year: {
      one: '{count} later year of age (showing years {first}–{last})',
      other: '{count} later years of age (showing years {first}–{last})',
    },
  },
  omitted: 'Left out: {parts}.',
  omittedJoin: ' and ',
  legendSmall: {
    one: 'Greyed: fewer than {count} account',
    other: 'Greyed: fewer than {count} accounts',
  },
  legendBlank: 'Blank: not observed yet',
  tableCaption: '{title}: {metric} data',
  tableAccounts: 'Accounts',
  tableStartingMrr: 'Starting MRR',
  tableNote: 'Note',
  tableLogoCell: '{value} ({active} of {size})',
  tableRevenueCell: '{value} ({mrr})',
};

/** English words of `ConventionDiff`. */
export const enConventionDiff: ConventionDiffMessages = {
  title: 'Conventions side by side',
  loading: 'Loading conventions…',
  empty: 'No MRR snapshots yet: pass snapshots with a window, or data.',
  noConventions: 'No conventions to compare.',
  metrics: {
    netRevenueChurnRate: 'Net MRR churn',
    logoChurnRate: 'Logo churn',
    quickRatio: 'Quick ratio',
    netRevenueRetention: 'Net revenue retention',
    grossRevenueRetention: 'Gross revenue retention',
  },
  rules: {
    'reactivation-offset': 'Reactivated MRR offsets losses in net MRR churn',
    'new-and-churned': 'Accounts that joined and left inside the window count as churned',
    'new-in-logo-denominator': 'New accounts are in the logo-churn denominator',
    'reactivation-in-quick-ratio': 'Reactivated MRR counts as growth in the quick ratio',
  },
  notComparable: 'not comparable (one side has no value)',
  points: '{value} pts',
  yes: 'yes',
  no: 'no',
  ruleSide: '{label}: {answer}',
  ruleSideSeparator: '; ',
  cause: { one: '{change}, from {count} account', other: '{change}, from {count} accounts' },
  range: '{from} to {to}',
  summarySame: 'From {range}, every convention gives the same numbers as {baseline}.',
  summaryDiffer: {
    one: 'From {range}, {count} number differs from {baseline}; it opens to the rules that cause it and the accounts behind them.',
    other:
      'From {range}, {count} numbers differ from {baseline}; each opens to the rules that cause it and the accounts behind them.',
  },
  tableLabel: 'Metrics under each convention, {range}',
  metric: 'Metric',
  baselineTag: ' (baseline)',
  differsFrom: ', differs from {baseline}',
  whyHeading: 'Why the numbers differ from {baseline}',
  difference: '{metric}: {label} {value} against {baselineValue} ({change})',
  sourcesHeading: 'Where each convention comes from',
  vitalsSource: 'the defaults of every Vitals rate function.',
  customSource: 'options you passed.',
  unconfirmed: 'Not confirmed by a public page, so the Vitals default is used: {rules}.',
  ruleSeparator: '; ',
  moreAccounts: { one: '…and {count} more', other: '…and {count} more' },
};

/** English words of segment filters and comparisons. */
export const enComparison: ComparisonMessages = {
  multiplesNote: 'One chart per segment, all on the same scale.',
  noSegments: 'No account in the data names a segment, so there is nothing to compare.',
  needsSnapshots: 'Comparing segments needs the snapshots: precomputed data has no segments.',
  allAccounts: 'All accounts',
  previousPeriod: 'Previous period',
  previousYear: 'Same period last year',
  current: 'This period',
  seriesColumn: '{metric} ({series})',
  comparisonSummary: '{series}: {metric} was {value}.',
};

/** Every English word of Vitals: the default catalogue. */
export const messagesEn: VitalsMessages = {
  common: enCommon,
  waterfall: enWaterfall,
  movements: enMovements,
  trend: enTrend,
  benchmarks: enBenchmarks,
  metricCard: enMetricCard,
  voice: enVoice,
  nps: enNps,
  csat: enCsat,
  ces: enCes,
  healthDistribution: enHealthDistribution,
  healthTierList: enHealthTierList,
  cohortHeatmap: enCohortHeatmap,
  conventionDiff: enConventionDiff,
  comparison: enComparison,
};
