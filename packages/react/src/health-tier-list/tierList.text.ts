import {
  type HealthDriver,
  type NextTierPath,
  type Scorecard,
  nextTierPath,
  topDrivers as healthDrivers,
} from '@vitals/metrics';
import { enHealthTierList } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { HealthTierListMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type { TierListRow } from './tierList.model';

/** A measure that pulls an account's score down, with the points it costs (`@vitals/metrics`). */
export type TierDriver = HealthDriver;

const labelCache = new WeakMap<Scorecard, Map<string, string>>();

/** Measure and category labels of a scorecard, keyed by id. */
function labelsOf(scorecard: Scorecard | null): Map<string, string> {
  if (!scorecard) return new Map();
  let labels = labelCache.get(scorecard);
  if (!labels) {
    labels = new Map();
    for (const category of scorecard.categories) {
      labels.set(`c:${category.id}`, category.label ?? category.id);
      for (const measure of category.measures) labels.set(measure.id, measure.label ?? measure.id);
    }
    labelCache.set(scorecard, labels);
  }
  return labels;
}

/** The label of a measure. */
export function measureLabel(row: TierListRow, measureId: string): string {
  return labelsOf(row.scorecard).get(measureId) ?? measureId;
}

/** The label of a category. */
export function categoryLabel(row: TierListRow, categoryId: string): string {
  return labelsOf(row.scorecard).get(`c:${categoryId}`) ?? categoryId;
}

/**
 * The measures that cost an account the most points, largest first: `topDrivers` of
 * `@vitals/metrics` for the row's result and scorecard.
 *
 * @example
 * topDrivers(row, 3).map((d) => d.label); // ['Escalations', 'Open tickets', 'NPS']
 */
export function topDrivers(row: TierListRow, limit = 3): TierDriver[] {
  return healthDrivers(row.result, row.scorecard, { limit });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with up to 2 decimals in `locale`, a minus sign (U+2212) for negatives. */
function numberText(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value).replace(/^-/, '\u2212');
}

/** A signal value in words: up to 2 decimals, yes/no for booleans, "missing" for `null`. */
export function signalText(
  value: number | boolean | null,
  locale: string,
  m: HealthTierListMessages,
): string {
  if (value === null) return m.valueMissing;
  if (typeof value === 'boolean') return value ? m.valueYes : m.valueNo;
  return numberText(value, locale);
}

/** The drivers in words, e.g. "Escalations 3 (−6 pts); Open tickets 7 (−5 pts)". */
export function driversText(
  drivers: readonly TierDriver[],
  locale: string,
  m: HealthTierListMessages = enHealthTierList,
): string {
  if (drivers.length === 0) return m.noDrivers;
  return drivers
    .map((d) => {
      const cost = Math.round(d.cost);
      return fill(m.driver, {
        measure: d.label,
        value: signalText(d.value, locale, m),
        points: plural(m.driverPoints, locale, cost, { count: numberText(cost, locale) }),
      });
    })
    .join(m.driverSeparator);
}

const pathCache = new WeakMap<object, NextTierPath | null>();

/** `nextTierPath` for a row, computed once per result (only for rows that are drawn or exported). */
export function rowNextTierPath(row: TierListRow): NextTierPath | null {
  if (!row.scorecard || row.score === null) return null;
  if (pathCache.has(row.result)) return pathCache.get(row.result)!;
  let path: NextTierPath | null = null;
  try {
    path = nextTierPath(row.result, row.scorecard);
  } catch {
    path = null;
  }
  pathCache.set(row.result, path);
  return path;
}

/**
 * The cheapest single change that lifts the account a tier, in words, e.g. "Raise Active users
 * from 0.42 to 0.61 → Healthy", or why there is none.
 */
export function nextTierText(
  row: TierListRow,
  tierLabel: (tierId: string) => string,
  locale: string,
  m: HealthTierListMessages = enHealthTierList,
): string {
  if (row.score === null) return '—';
  if (!row.scorecard) return '—';
  const path = rowNextTierPath(row);
  if (!path) return row.isTopTier ? m.topTier : m.noSingleChange;
  const step = path.best;
  const values = {
    measure: measureLabel(row, step.measureIds[0] ?? step.signal),
    tier: tierLabel(path.toTier),
    to: signalText(step.to, locale, m),
  };
  if (typeof step.to === 'boolean') return fill(m.nextSet, values);
  if (step.from === null) return fill(m.nextRecord, values);
  const from = signalText(step.from, locale, m);
  const isUp = step.to > (step.from as number);
  const template = step.exclusive
    ? isUp
      ? m.nextRaiseAbove
      : m.nextLowerBelow
    : isUp
      ? m.nextRaise
      : m.nextLower;
  return fill(template, { ...values, from });
}

/** The score change in words for screen readers, e.g. "down 4.2 points over 30 days". */
export function trendText(
  change: number | null,
  days: number,
  locale: string,
  m: HealthTierListMessages,
): string {
  if (change === null) return m.trendNone;
  const values = { count: numberText(days, locale) };
  if (Math.abs(change) < 0.05) return plural(m.trendUnchanged, locale, days, values);
  const size = numberText(Math.abs(Math.round(change * 10) / 10), locale);
  return plural(change > 0 ? m.trendUp : m.trendDown, locale, days, { ...values, size });
}

/** The score change as a signed number, e.g. "+4.2" or "−3". */
export function trendLabel(change: number | null, locale: string): string {
  if (change === null) return '—';
  const rounded = Math.round(change * 10) / 10;
  const text = numberText(Math.abs(rounded), locale);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `\u2212${text}` : text;
}

/** Day-precision date formatters for a locale, relative to `asOf`. */
export interface DateTexts {
  /** "in 12 days", "3 months ago", "today". */
  relative(date: string): string;
  /** "Jan 12, 2026". */
  absolute(date: string): string;
  /** Whole days from `asOf` to `date`. */
  daysUntil(date: string): number;
}

/** Builds the renewal date texts with `Intl.RelativeTimeFormat` and `Intl.DateTimeFormat`. */
export function dateTexts(locale: string, asOf: string): DateTexts {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const start = Date.parse(`${asOf}T00:00:00Z`);
  const daysUntil = (date: string) =>
    Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000);
  return {
    daysUntil,
    relative(date) {
      const days = daysUntil(date);
      if (Number.isNaN(days)) return '—';
      if (Math.abs(days) < 60) return relative.format(days, 'day');
      return relative.format(Math.round(days / 30.4), 'month');
    },
    absolute(date) {
      const time = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(time) ? date : absolute.format(time);
    },
  };
}

/** Formatters shared by every cell of one table, read from `table.options.meta`. */
export interface TierListTableMeta {
  format: Formatters;
  dates: DateTexts;
  /** The label of a tier id. */
  tierLabel: (tierId: string) => string;
  /** Days in the trend window. */
  trendDays: number;
  /** The list's words in the reader's language. */
  messages: HealthTierListMessages;
  /** The host's link for an account (`getAccountHref`): the account's name becomes a link. */
  getAccountHref?: ((accountId: string) => string | undefined) | undefined;
}
