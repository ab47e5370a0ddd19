import type {
  ConventionCause,
  ConventionMetric,
  ConventionOptions,
  ConventionResult,
  ConventionRule,
} from '@vitals/metrics';
import type { Formatters } from '../provider/format';
import { numberFormat, withMinus } from '../provider/intl';

/** The metrics in the order the table lists them, with their row headers. */
export const METRIC_LABELS: Record<ConventionMetric, string> = {
  netRevenueChurnRate: 'Net MRR churn',
  logoChurnRate: 'Logo churn',
  quickRatio: 'Quick ratio',
  netRevenueRetention: 'Net revenue retention',
  grossRevenueRetention: 'Gross revenue retention',
};

export const METRIC_ORDER = Object.keys(METRIC_LABELS) as ConventionMetric[];

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
): string {
  if (change === null) return 'not comparable (one side has no value)';
  const signed = (value: number, digits: number) =>
    withMinus(
      numberFormat(format.locale, {
        maximumFractionDigits: digits,
        signDisplay: 'exceptZero',
      }).format(value),
    );
  if (metric === 'quickRatio') return `${signed(change, 2)}×`;
  return `${signed(change * 100, 1)} pts`;
}

const OPTION_OF: Record<ConventionRule, keyof ConventionOptions> = {
  'reactivation-offset': 'offsetReactivation',
  'new-and-churned': 'newAndChurned',
  'new-in-logo-denominator': 'logoChurnDenominator',
  'reactivation-in-quick-ratio': 'quickRatioReactivation',
};

/** What a rule is about, as a heading for its cause. */
export const RULE_LABELS: Record<ConventionRule, string> = {
  'reactivation-offset': 'Reactivated MRR offsets losses in net MRR churn',
  'new-and-churned': 'Accounts that joined and left inside the window count as churned',
  'new-in-logo-denominator': 'New accounts are in the logo-churn denominator',
  'reactivation-in-quick-ratio': 'Reactivated MRR counts as growth in the quick ratio',
};

const yes = (options: ConventionOptions, rule: ConventionRule): boolean => {
  const value = options[OPTION_OF[rule]];
  return value === true || value === 'count' || value === 'start-plus-new';
};

/** Who applies a rule and who does not, e.g. "Vitals: yes; Baremetrics: no". */
export function ruleSides(
  rule: ConventionRule,
  a: Pick<ConventionResult, 'label' | 'options'>,
  b: Pick<ConventionResult, 'label' | 'options'>,
): string {
  const side = (c: typeof a) => `${c.label}: ${yes(c.options, rule) ? 'yes' : 'no'}`;
  return `${side(a)}; ${side(b)}`;
}

/** The one-sentence account of a cause's effect on its metric. */
export function causeText(
  format: Formatters,
  metric: ConventionMetric,
  cause: ConventionCause,
): string {
  const count = cause.accounts.length;
  const accounts = `${format.count(count)} account${count === 1 ? '' : 's'}`;
  return `${changeText(format, metric, cause.amount)}, from ${accounts}`;
}
