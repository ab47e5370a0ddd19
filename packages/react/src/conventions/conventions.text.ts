import type {
  ConventionCause,
  ConventionMetric,
  ConventionOptions,
  ConventionResult,
  ConventionRule,
} from '@vitals/metrics';
import { enConventionDiff } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { ConventionDiffMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import { numberFormat, withMinus } from '../provider/intl';

/** The metrics' row headers in English (the catalogue's `conventionDiff` group has every language). */
export const METRIC_LABELS: Record<ConventionMetric, string> = enConventionDiff.metrics;

/** The metrics in the order the table lists them. */
export const METRIC_ORDER: readonly ConventionMetric[] = [
  'netRevenueChurnRate',
  'logoChurnRate',
  'quickRatio',
  'netRevenueRetention',
  'grossRevenueRetention',
];

/** A metric's value as the table shows it: rates as percentages, the quick ratio as a multiple. */
export function metricText(
  format: Formatters,
  metric: ConventionMetric,
  value: number | null,
): string {
  if (value === null) return '—';
  if (metric === 'quickRatio') {
    return `${withMinus(numberFormat(format.locale, { maximumFractionDigits: 2 }).format(value))}×`;
  }
  return format.percent(value);
}

/** A change in a metric: percentage points for rates, a signed multiple for the quick ratio. */
export function changeText(
  format: Formatters,
  metric: ConventionMetric,
  change: number | null,
  m: ConventionDiffMessages = enConventionDiff,
): string {
  if (change === null) return m.notComparable;
  const signed = (value: number, digits: number) =>
    withMinus(
      numberFormat(format.locale, {
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
      }).format(value),
    );
  if (metric === 'quickRatio') return `${signed(change, 2)}×`;
  return fill(m.points, { value: signed(change * 100, 1) });
}

const OPTION_OF: Record<ConventionRule, keyof ConventionOptions> = {
  'reactivation-offset': 'offsetReactivation',
  'new-and-churned': 'newAndChurned',
  'new-in-logo-denominator': 'logoChurnDenominator',
  'reactivation-in-quick-ratio': 'quickRatioReactivation',
};

/** What a rule is about, as a heading for its cause, in English. */
export const RULE_LABELS: Record<ConventionRule, string> = enConventionDiff.rules;

const yes = (options: ConventionOptions, rule: ConventionRule): boolean => {
  const value = options[OPTION_OF[rule]];
  return value === true || value === 'count' || value === 'start-plus-new';
};

/** Who applies a rule and who does not, e.g. "Vitals: yes; Baremetrics: no". */
export function ruleSides(
  rule: ConventionRule,
  a: Pick<ConventionResult, 'label' | 'options'>,
  b: Pick<ConventionResult, 'label' | 'options'>,
  m: ConventionDiffMessages = enConventionDiff,
): string {
  const side = (c: typeof a) =>
    fill(m.ruleSide, { label: c.label, answer: yes(c.options, rule) ? m.yes : m.no });
  return `${side(a)}${m.ruleSideSeparator}${side(b)}`;
}

/** The one-sentence account of a cause's effect on its metric. */
export function causeText(
  format: Formatters,
  metric: ConventionMetric,
  cause: ConventionCause,
  m: ConventionDiffMessages = enConventionDiff,
): string {
  const count = cause.accounts.length;
  return plural(m.cause, format.locale, count, {
    count: format.count(count),
    change: changeText(format, metric, cause.amount, m),
  });
}
