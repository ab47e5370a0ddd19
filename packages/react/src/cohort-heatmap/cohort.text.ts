import { type AgeAverage, type CohortGrain, cohortTotals, parsePeriodLabel } from '@vitals/metrics';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import type { CohortHeatmapModel, CohortMetric, HeatmapCell, HeatmapRow } from './cohort.geometry';

/** The words for each metric. */
export const METRIC_LABELS: Record<CohortMetric, { short: string; long: string }> = {
  logo: { short: 'Logo', long: 'Logo retention' },
  revenue: { short: 'Revenue', long: 'Revenue retention' },
};

const UNIT: Record<CohortGrain, { one: string; many: string; adjective: string }> = {
  month: { one: 'month', many: 'months', adjective: 'monthly' },
  quarter: { one: 'quarter', many: 'quarters', adjective: 'quarterly' },
  year: { one: 'year', many: 'years', adjective: 'yearly' },
};

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cohort or cell period in words for a locale: `'2025-03'` → "Mar 2025" (through
 * `Intl.DateTimeFormat`), `'2025-Q1'` → "Q1 2025", `'2025'` → "2025".
 *
 * @example
 * periodLabel('2025-03', 'de-DE'); // 'März 2025'
 */
export function periodLabel(period: string, locale: string): string {
  const label = parsePeriodLabel(period);
  if (label?.grain === 'month') {
    let formatter = monthFormats.get(locale);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      });
      monthFormats.set(locale, formatter);
    }
    // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(label.year, label.month - 1, 1);
    return formatter.format(date);
  }
  if (label?.grain === 'quarter') return `Q${(label.month + 2) / 3} ${period.slice(0, 4)}`;
  return period;
}

/** An age in words: "month 0", "quarter 2", "year 1". */
export function ageLabel(age: number, grain: CohortGrain, format: Formatters): string {
  return `${UNIT[grain].one} ${format.count(age)}`;
}

/** The caption above the age columns, e.g. "Months since first payment". */
export function ageAxisLabel(grain: CohortGrain): string {
  const many = UNIT[grain].many;
  return `${many[0]!.toUpperCase()}${many.slice(1)} since first payment`;
}

/** Why a cohort is greyed, in words: its size, the threshold, and what one account weighs. */
export function smallCohortReason(size: number, minCohortSize: number, format: Formatters): string {
  const accounts = `${format.count(size)} account${size === 1 ? '' : 's'}`;
  const weight = size > 0 ? `; one account moves its rate by ${format.percent(1 / size)}` : '';
  return `Small cohort: ${accounts}, fewer than ${format.count(minCohortSize)}${weight}`;
}

/** The text inside a cell: the rate, "—" without starting MRR, or nothing for a future cell. */
export function cellText(cell: Pick<HeatmapCell, 'state' | 'retention'>, format: Formatters) {
  if (cell.state === 'future') return '';
  if (cell.state === 'no-initial-mrr' || cell.retention === null) return '—';
  return format.percent(cell.retention);
}

/** Context the labels need beyond the cell itself. */
export interface CohortTextContext {
  metric: CohortMetric;
  grain: CohortGrain;
  minCohortSize: number;
  lastPeriod: string | null;
  format: Formatters;
}

/** A cell's accessible name: cohort, age, period, the rate, the counts and any caveat. */
export function cellLabel(row: HeatmapRow, cell: HeatmapCell, context: CohortTextContext): string {
  const { format, grain } = context;
  const where = `${periodLabel(row.cohort.cohort, format.locale)} cohort, ${ageLabel(cell.age, grain, format)}`;
  if (cell.state === 'future' || cell.source === null) {
    const until = context.lastPeriod
      ? ` (the data ends in ${periodLabel(context.lastPeriod, format.locale)})`
      : '';
    return `${where}: not observed yet${until}`;
  }
  const period = periodLabel(cell.source.period, format.locale);
  const rate =
    cell.state === 'no-initial-mrr'
      ? `${METRIC_LABELS[context.metric].long} — (no starting MRR)`
      : `${METRIC_LABELS[context.metric].long} ${cellText(cell, format)}`;
  const counts = `${format.count(cell.source.activeAccounts)} of ${format.count(row.cohort.size)} accounts active, MRR ${format.currency(cell.source.mrr)}`;
  const caveat = row.isSmall
    ? `. ${smallCohortReason(row.cohort.size, context.minCohortSize, format)}`
    : '';
  return `${where} (${period}): ${rate}, ${counts}${caveat}`;
}

/** The chart's text alternative: what is shown, how many cohorts, and pooled rates at key ages. */
export function heatmapSummary(
  model: CohortHeatmapModel,
  averages: readonly AgeAverage[],
  context: CohortTextContext,
): string {
  const { format, grain } = context;
  const first = model.rows[0]?.cohort.cohort;
  const last = model.rows.at(-1)?.cohort.cohort;
  const { accounts } = cohortTotals(model.rows.map((row) => row.cohort));
  const span =
    first && last && first !== last
      ? `from ${periodLabel(first, format.locale)} to ${periodLabel(last, format.locale)}`
      : first
        ? `in ${periodLabel(first, format.locale)}`
        : '';
  const count = model.rows.length;
  const head = `${METRIC_LABELS[context.metric].long} of ${format.count(count)} ${UNIT[grain].adjective} cohort${count === 1 ? '' : 's'} ${span}, ${format.count(accounts)} accounts.`;
  const rates = averages
    .filter((average) => average.retention !== null)
    .map(
      (average) =>
        `after ${format.count(average.age)} ${average.age === 1 ? UNIT[grain].one : UNIT[grain].many} ${format.percent(average.retention!)} (${format.count(average.cohorts)} cohort${average.cohorts === 1 ? '' : 's'})`,
    );
  const pooled = rates.length > 0 ? ` Pooled over cohorts: ${rates.join('; ')}.` : '';
  const small =
    model.smallCohorts > 0
      ? ` ${format.count(model.smallCohorts)} cohort${model.smallCohorts === 1 ? ' has' : 's have'} fewer than ${format.count(context.minCohortSize)} accounts and ${model.smallCohorts === 1 ? 'is' : 'are'} greyed.`
      : '';
  return `${head}${pooled}${small}`;
}

/**
 * What `maxCohorts` and `maxAge` left out, in words, or `null` when nothing was: "Left out: 12
 * earlier cohorts (showing the latest 36) and 4 later months of age (showing months 0–35)."
 */
export function omittedText(
  model: Pick<CohortHeatmapModel, 'omitted' | 'rows' | 'ages'>,
  grain: CohortGrain,
  format: Formatters,
): string | null {
  const { cohorts, ages } = model.omitted;
  const parts: string[] = [];
  if (cohorts > 0) {
    parts.push(
      `${format.count(cohorts)} earlier cohort${cohorts === 1 ? '' : 's'} (showing the latest ${format.count(model.rows.length)})`,
    );
  }
  if (ages > 0) {
    const unit = UNIT[grain];
    parts.push(
      `${format.count(ages)} later ${ages === 1 ? unit.one : unit.many} of age (showing ${unit.many} ${format.count(0)}–${format.count(model.ages.length - 1)})`,
    );
  }
  return parts.length > 0 ? `Left out: ${parts.join(' and ')}.` : null;
}

/** The columns of the data table: size, starting MRR, one per age, and a note. */
export function heatmapTableColumns(
  model: CohortHeatmapModel,
  grain: CohortGrain,
  format: Formatters,
): DataTableColumn[] {
  const label = (age: number) => {
    const text = ageLabel(age, grain, format);
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  };
  return [
    { id: 'size', header: 'Accounts' },
    { id: 'initialMrr', header: 'Starting MRR' },
    ...model.ages.map((age) => ({ id: `age-${age}`, header: label(age) })),
    { id: 'note', header: 'Note', align: 'start' as const },
  ];
}

/** The heatmap as table rows: each cell's rate with its counts; future cells stay empty. */
export function heatmapTableRows(
  model: CohortHeatmapModel,
  context: CohortTextContext,
): DataTableRow[] {
  const { format } = context;
  return model.rows.map((row) => {
    const cells: Record<string, string> = {
      size: format.count(row.cohort.size),
      initialMrr: format.currency(row.cohort.initialMrr),
      note: row.isSmall ? smallCohortReason(row.cohort.size, context.minCohortSize, format) : '',
    };
    for (const cell of row.cells) {
      const text = cellText(cell, format);
      cells[`age-${cell.age}`] =
        cell.source === null
          ? ''
          : context.metric === 'logo'
            ? `${text} (${format.count(cell.source.activeAccounts)} of ${format.count(row.cohort.size)})`
            : `${text} (${format.currency(cell.source.mrr)})`;
    }
    return {
      id: row.cohort.cohort,
      header: periodLabel(row.cohort.cohort, format.locale),
      cells,
      data: row.isSmall ? { 'data-small': '' } : undefined,
    } satisfies DataTableRow;
  });
}
