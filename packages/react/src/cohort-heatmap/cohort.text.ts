import { type AgeAverage, type CohortGrain, cohortTotals, parsePeriodLabel } from '@vitals/metrics';
import type { DataTableColumn, DataTableRow } from '../internal/DataTable';
import { enCohortHeatmap } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { CohortHeatmapMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type { CohortHeatmapModel, CohortMetric, HeatmapCell, HeatmapRow } from './cohort.geometry';

/** The words for each metric, in English (the catalogue's `cohortHeatmap` group has every language). */
export const METRIC_LABELS: Record<CohortMetric, { short: string; long: string }> = {
  logo: { short: enCohortHeatmap.metricShort.logo, long: enCohortHeatmap.metricLong.logo },
  revenue: { short: enCohortHeatmap.metricShort.revenue, long: enCohortHeatmap.metricLong.revenue },
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
export function ageLabel(
  age: number,
  grain: CohortGrain,
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): string {
  return fill(m.age[grain], { age: format.count(age) });
}

/** The caption above the age columns, e.g. "Months since first payment". */
export function ageAxisLabel(grain: CohortGrain, m: CohortHeatmapMessages = enCohortHeatmap) {
  return m.ageAxis[grain];
}

/** A number of accounts in words: "1 account", "12 accounts". */
export function accountsText(
  count: number,
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): string {
  return plural(m.accounts, format.locale, count, { count: format.count(count) });
}

/** A cohort's name: "Mar 2025 cohort". */
export function cohortName(
  cohort: string,
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): string {
  return fill(m.cohortName, { period: periodLabel(cohort, format.locale) });
}

/** Why a cohort is greyed, in words: its size, the threshold, and what one account weighs. */
export function smallCohortReason(
  size: number,
  minCohortSize: number,
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): string {
  const reason = plural(m.smallCohort, format.locale, size, {
    count: format.count(size),
    min: format.count(minCohortSize),
  });
  const weight = size > 0 ? fill(m.smallCohortWeight, { share: format.percent(1 / size) }) : '';
  return `${reason}${weight}`;
}

/** Why a cell is greyed for its wide interval, in words: the accounts and the interval. */
export function uncertainCellReason(
  size: number,
  interval: { low: number; high: number; level: number },
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): string {
  return fill(m.uncertainCell, {
    accounts: accountsText(size, format, m),
    level: format.level(interval.level),
    low: format.percent(interval.low),
    high: format.percent(interval.high),
  });
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
  /** The words. @default English */
  m?: CohortHeatmapMessages | undefined;
}

/** A cell's accessible name: cohort, age, period, the rate, the counts and any caveat. */
export function cellLabel(row: HeatmapRow, cell: HeatmapCell, context: CohortTextContext): string {
  const { format, grain, m = enCohortHeatmap } = context;
  const where = fill(m.cellWhere, {
    cohort: cohortName(row.cohort.cohort, format, m),
    age: ageLabel(cell.age, grain, format, m),
  });
  if (cell.state === 'future' || cell.source === null) {
    return context.lastPeriod
      ? fill(m.notObservedUntil, { where, period: periodLabel(context.lastPeriod, format.locale) })
      : fill(m.notObserved, { where });
  }
  const metric = m.metricLong[context.metric];
  const rate =
    cell.state === 'no-initial-mrr'
      ? fill(m.cellRateNoMrr, { metric })
      : fill(m.cellRate, { metric, value: cellText(cell, format) });
  const counts = plural(m.cellCounts, format.locale, row.cohort.size, {
    active: format.count(cell.source.activeAccounts),
    size: format.count(row.cohort.size),
    mrr: format.currency(cell.source.mrr),
  });
  const caveat = row.isSmall
    ? `. ${smallCohortReason(row.cohort.size, context.minCohortSize, format, m)}`
    : cell.isUncertain && cell.interval
      ? `. ${uncertainCellReason(row.cohort.size, cell.interval, format, m)}`
      : '';
  const label = fill(m.cellLabel, {
    where,
    period: periodLabel(cell.source.period, format.locale),
    rate,
    counts,
  });
  return `${label}${caveat}`;
}

/** The chart's text alternative: what is shown, how many cohorts, and pooled rates at key ages. */
export function heatmapSummary(
  model: CohortHeatmapModel,
  averages: readonly AgeAverage[],
  context: CohortTextContext,
): string {
  const { format, grain, m = enCohortHeatmap } = context;
  const { locale } = format;
  const first = model.rows[0]?.cohort.cohort;
  const last = model.rows.at(-1)?.cohort.cohort;
  const { accounts } = cohortTotals(model.rows.map((row) => row.cohort));
  const span =
    first && last && first !== last
      ? fill(m.summarySpan, { first: periodLabel(first, locale), last: periodLabel(last, locale) })
      : first
        ? fill(m.summarySpanOne, { first: periodLabel(first, locale) })
        : '';
  const count = model.rows.length;
  const head = plural(m.summary[grain], locale, count, {
    count: format.count(count),
    metric: m.metricLong[context.metric],
    span,
    accounts: accountsText(accounts, format, m),
  });
  const rates = averages
    .filter((average) => average.retention !== null)
    .map((average) =>
      plural(m.summaryAfter[grain], locale, average.age, {
        count: format.count(average.age),
        rate: format.percent(average.retention!),
        cohorts: plural(m.summaryCohorts, locale, average.cohorts, {
          count: format.count(average.cohorts),
        }),
      }),
    );
  const pooled =
    rates.length > 0
      ? ` ${fill(m.summaryPooled, { rates: rates.join(m.summaryRateSeparator) })}`
      : '';
  const small =
    model.smallCohorts > 0
      ? ` ${plural(m.summarySmall, locale, model.smallCohorts, {
          count: format.count(model.smallCohorts),
          // "fewer than 1 account": the noun agrees with the floor, not with the cohorts.
          fewer: plural(m.fewerAccounts, locale, context.minCohortSize, {
            count: format.count(context.minCohortSize),
          }),
          min: format.count(context.minCohortSize),
        })}`
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
  m: CohortHeatmapMessages = enCohortHeatmap,
): string | null {
  const { cohorts, ages } = model.omitted;
  const parts: string[] = [];
  if (cohorts > 0) {
    parts.push(
      plural(m.omittedCohorts, format.locale, cohorts, {
        count: format.count(cohorts),
        shown: format.count(model.rows.length),
      }),
    );
  }
  if (ages > 0) {
    parts.push(
      plural(m.omittedAges[grain], format.locale, ages, {
        count: format.count(ages),
        first: format.count(0),
        last: format.count(model.ages.length - 1),
      }),
    );
  }
  return parts.length > 0 ? fill(m.omitted, { parts: parts.join(m.omittedJoin) }) : null;
}

/** The columns of the data table: size, starting MRR, one per age, and a note. */
export function heatmapTableColumns(
  model: CohortHeatmapModel,
  grain: CohortGrain,
  format: Formatters,
  m: CohortHeatmapMessages = enCohortHeatmap,
): DataTableColumn[] {
  return [
    { id: 'size', header: m.tableAccounts },
    { id: 'initialMrr', header: m.tableStartingMrr },
    ...model.ages.map((age) => ({
      id: `age-${age}`,
      header: fill(m.ageHeader[grain], { age: format.count(age) }),
    })),
    { id: 'note', header: m.tableNote, align: 'start' as const },
  ];
}

/** The heatmap as table rows: each cell's rate with its counts; future cells stay empty. */
export function heatmapTableRows(
  model: CohortHeatmapModel,
  context: CohortTextContext,
): DataTableRow[] {
  const { format, m = enCohortHeatmap } = context;
  return model.rows.map((row) => {
    const cells: Record<string, string> = {
      size: format.count(row.cohort.size),
      initialMrr: format.currency(row.cohort.initialMrr),
      note: row.isSmall ? smallCohortReason(row.cohort.size, context.minCohortSize, format, m) : '',
    };
    for (const cell of row.cells) {
      const value = cellText(cell, format);
      cells[`age-${cell.age}`] =
        cell.source === null
          ? ''
          : context.metric === 'logo'
            ? fill(m.tableLogoCell, {
                value,
                active: format.count(cell.source.activeAccounts),
                size: format.count(row.cohort.size),
              })
            : fill(m.tableRevenueCell, { value, mrr: format.currency(cell.source.mrr) });
    }
    return {
      id: row.cohort.cohort,
      header: periodLabel(row.cohort.cohort, format.locale),
      cells,
      data: row.isSmall ? { 'data-small': '' } : undefined,
    } satisfies DataTableRow;
  });
}
