import { type ValidationIssue, showValue, throwInputError, throwMustBe } from '../core/errors';
import { assertObject } from '../core/options';
import { readOwn } from '../core/read';
import { logoChurnRateOf } from './accountRates';
import { mrrMovements } from './mrrMovements';
import {
  grossRevenueRetentionOf,
  netRevenueChurnRateOf,
  netRevenueRetentionOf,
  quickRatioOf,
} from './rates';
import type { AccountMovementKind, MrrMovements, MrrMovementsOptions, MrrSnapshot } from './types';

/** The named convention sets {@link reconcileConventions} knows. */
export type ConventionId = 'vitals' | 'chartmogul' | 'baremetrics' | 'profitwell' | 'stripe';

/** The metrics {@link reconcileConventions} compares across conventions. */
export type ConventionMetric =
  | 'netRevenueChurnRate'
  | 'logoChurnRate'
  | 'quickRatio'
  | 'netRevenueRetention'
  | 'grossRevenueRetention';

/**
 * The rules vendors disagree on, each an ordinary option of a rate function:
 * - `'reactivation-offset'`: reactivated MRR offsets losses in net MRR churn
 *   ({@link netRevenueChurnRate}'s `offsetReactivation`);
 * - `'new-and-churned'`: accounts that joined and left inside the window count as churned
 *   ({@link logoChurnRate}'s `newAndChurned`);
 * - `'new-in-logo-denominator'`: new accounts join the logo-churn denominator
 *   ({@link logoChurnRate}'s `denominator`);
 * - `'reactivation-in-quick-ratio'`: reactivated MRR counts as growth in the quick ratio
 *   ({@link quickRatio}'s `includeReactivation`).
 */
export type ConventionRule =
  | 'reactivation-offset'
  | 'new-and-churned'
  | 'new-in-logo-denominator'
  | 'reactivation-in-quick-ratio';

/** The option values a convention set chooses, one per {@link ConventionRule}. */
export interface ConventionOptions {
  /** {@link netRevenueChurnRate}'s `offsetReactivation`. */
  offsetReactivation: boolean;
  /** {@link logoChurnRate}'s `newAndChurned`. */
  newAndChurned: 'exclude' | 'count';
  /** {@link logoChurnRate}'s `denominator`. */
  logoChurnDenominator: 'start' | 'start-plus-new';
  /** {@link quickRatio}'s `includeReactivation`. */
  quickRatioReactivation: boolean;
}

/** A public page a preset follows for one rule, in our words (never a quotation). */
export interface ConventionCitation {
  rule: ConventionRule;
  url: string;
  /** What the page says about the rule, paraphrased. */
  says: string;
}

/** Where a convention set's options come from. */
export interface ConventionSource {
  /** The rules confirmed by a public page of the vendor's. */
  citations: readonly ConventionCitation[];
  /**
   * Rules no public page of the vendor's confirmed: the preset uses this SPEC's default for them,
   * and says so here rather than invent the vendor's rule.
   */
  unconfirmed: readonly ConventionRule[];
}

/** A named set of options: a preset, or a set the caller passes. */
export interface Convention {
  id: string;
  label: string;
  source: ConventionSource;
  options: ConventionOptions;
}

/** A convention set of the caller's own: any options not given are this SPEC's defaults. */
export interface CustomConvention {
  id: string;
  label?: string | undefined;
  options?: { [TKey in keyof ConventionOptions]?: ConventionOptions[TKey] | undefined } | undefined;
}

/** One convention set with its metrics computed on the caller's window. */
export interface ConventionResult extends Convention {
  metrics: Record<ConventionMetric, number | null>;
}

/** One account behind a cause, with the amount it brings to it where there is one. */
export interface ConventionAccount {
  accountId: string;
  /** The account's MRR in the movement behind the rule (reactivation or new MRR), if any. */
  value?: number | undefined;
}

/** One rule that makes two conventions' values of a metric differ. */
export interface ConventionCause {
  rule: ConventionRule;
  /**
   * How much this rule moves the metric, switched from the first convention's option to the
   * second's with the rules listed before it already switched; the amounts of a difference's
   * causes sum to `values[1] − values[0]`. `null` when the metric is `null` on either side of
   * this step (a zero denominator).
   */
  amount: number | null;
  /** The accounts the rule is about (reactivated, new, or joined-and-churned accounts). */
  accounts: readonly ConventionAccount[];
}

/** Two conventions whose values of one metric differ, and why. */
export interface ConventionDifference {
  metric: ConventionMetric;
  conventions: readonly [string, string];
  values: readonly [number | null, number | null];
  /** `values[1] − values[0]`, or `null` when either value is `null`. */
  difference: number | null;
  causes: readonly ConventionCause[];
}

/** What {@link reconcileConventions} returns. */
export interface ConventionReconciliation {
  from: string;
  to: string;
  conventions: readonly ConventionResult[];
  /** Every pair of conventions (in the order given) whose values of a metric differ. */
  differences: readonly ConventionDifference[];
  /** The window's movements, with the per-account rows the causes' accounts come from. */
  movements: MrrMovements;
  /** Rows skipped with `{ onInvalid: 'skip' }`. */
  issues: readonly ValidationIssue[];
}

/** Options of {@link reconcileConventions}: a window, and the conventions to compare. */
export type ReconcileConventionsOptions = MrrMovementsOptions & {
  /**
   * The convention sets to compare, by id or as sets of your own, in the order the table shows
   * them.
   * @default ['vitals', 'chartmogul', 'baremetrics', 'profitwell', 'stripe']
   */
  conventions?: readonly (ConventionId | CustomConvention)[] | undefined;
};

/** This SPEC's defaults: what every rate function does when given no options. */
const VITALS_OPTIONS: ConventionOptions = {
  offsetReactivation: true,
  newAndChurned: 'exclude',
  logoChurnDenominator: 'start',
  quickRatioReactivation: true,
};

const CHARTMOGUL_CUSTOMER_CHURN = 'https://help.chartmogul.com/hc/en-us/articles/203359321';
const STRIPE_CHURN = 'https://support.stripe.com/questions/calculating-churn-rate-in-billing';

/**
 * The preset convention sets. Each follows the vendor's public help pages as cited in its
 * `source`; a rule no page confirmed is listed in `source.unconfirmed` and keeps the default.
 */
export const CONVENTION_PRESETS: Readonly<Record<ConventionId, Convention>> = Object.freeze({
  vitals: {
    id: 'vitals',
    label: 'Vitals',
    source: { citations: [], unconfirmed: [] },
    options: VITALS_OPTIONS,
  },
  chartmogul: {
    id: 'chartmogul',
    label: 'ChartMogul',
    source: {
      citations: [
        {
          rule: 'reactivation-offset',
          url: 'https://help.chartmogul.com/hc/en-us/articles/4414075567250',
          says: 'Net MRR churn rate (standard B2B formula) subtracts expansion and reactivation MRR from churn and contraction MRR, over MRR at the start.',
        },
        {
          rule: 'new-and-churned',
          url: CHARTMOGUL_CUSTOMER_CHURN,
          says: 'Customer churn rate (B2B formula) leaves out customers who joined and churned in the same period.',
        },
        {
          rule: 'new-in-logo-denominator',
          url: CHARTMOGUL_CUSTOMER_CHURN,
          says: 'Customer churn rate (B2B formula) divides by the customers at the start of the period.',
        },
      ],
      unconfirmed: ['reactivation-in-quick-ratio'],
    },
    options: { ...VITALS_OPTIONS },
  },
  baremetrics: {
    id: 'baremetrics',
    label: 'Baremetrics',
    source: {
      citations: [
        {
          rule: 'reactivation-offset',
          url: 'https://updates.baremetrics.com/',
          says: 'Net revenue churn is churned MRR (cancellations and downgrades) minus expansion MRR, over MRR 30 days ago; reactivation is not in it.',
        },
        {
          rule: 'new-and-churned',
          url: 'https://changelog.baremetrics.com/churn-update-4pqo9O',
          says: 'Customers who sign up and cancel within the same window are included in the churn rate.',
        },
        {
          rule: 'new-in-logo-denominator',
          url: 'https://help.baremetrics.com/en/articles/5380347-user-and-revenue-churn',
          says: 'User churn divides cancelled customers by the customers active 30 days ago.',
        },
        {
          rule: 'reactivation-in-quick-ratio',
          url: 'https://changelog.baremetrics.com/new-quick-ratio-metric-4ohZDy',
          says: 'Quick ratio is new plus expansion MRR over contraction plus churned MRR; reactivation is not in it.',
        },
      ],
      unconfirmed: [],
    },
    options: {
      offsetReactivation: false,
      newAndChurned: 'count',
      logoChurnDenominator: 'start',
      quickRatioReactivation: false,
    },
  },
  profitwell: {
    id: 'profitwell',
    label: 'ProfitWell',
    source: {
      citations: [
        {
          rule: 'new-and-churned',
          url: 'https://www.paddle.com/help/profitwell-metrics/measure/subscription-retention/are-cancellations-in-the-first-month-counted-as-churn',
          says: 'Users who are new and churn in the same month are not counted as churned (their revenue is taken back out of new revenue).',
        },
      ],
      unconfirmed: [
        'reactivation-offset',
        'new-in-logo-denominator',
        'reactivation-in-quick-ratio',
      ],
    },
    options: { ...VITALS_OPTIONS },
  },
  stripe: {
    id: 'stripe',
    label: 'Stripe Billing',
    source: {
      citations: [
        {
          rule: 'new-in-logo-denominator',
          url: STRIPE_CHURN,
          says: 'Subscriber churn rate divides churned subscribers by the subscribers active at the start plus the new subscribers of the period.',
        },
        {
          rule: 'new-and-churned',
          url: STRIPE_CHURN,
          says: 'A subscriber who starts and churns inside the period is counted in both the numerator and the denominator.',
        },
      ],
      unconfirmed: ['reactivation-offset', 'reactivation-in-quick-ratio'],
    },
    options: {
      ...VITALS_OPTIONS,
      newAndChurned: 'count',
      logoChurnDenominator: 'start-plus-new',
    },
  },
} satisfies Record<ConventionId, Convention>);

/** The rules each metric depends on, in the order a difference's causes are switched. */
const RULES_OF: Record<ConventionMetric, readonly ConventionRule[]> = {
  netRevenueChurnRate: ['reactivation-offset'],
  logoChurnRate: ['new-in-logo-denominator', 'new-and-churned'],
  quickRatio: ['reactivation-in-quick-ratio'],
  netRevenueRetention: [],
  grossRevenueRetention: [],
};

/** The metrics compared, in the order of {@link RULES_OF}: the order of the differences. */
const METRICS = Object.keys(RULES_OF) as readonly ConventionMetric[];

const OPTION_OF: Record<ConventionRule, keyof ConventionOptions> = {
  'reactivation-offset': 'offsetReactivation',
  'new-and-churned': 'newAndChurned',
  'new-in-logo-denominator': 'logoChurnDenominator',
  'reactivation-in-quick-ratio': 'quickRatioReactivation',
};

/**
 * Each metric by its rate function's own formula, without the checks again: the movements come
 * from mrrMovements and the options from a preset or readCustom, all checked.
 */
const FORMULAS: Record<
  ConventionMetric,
  (movements: MrrMovements, options: ConventionOptions) => number | null
> = {
  netRevenueChurnRate: (m, o) => netRevenueChurnRateOf(m, o.offsetReactivation),
  logoChurnRate: (m, o) => logoChurnRateOf(m, o.logoChurnDenominator, o.newAndChurned),
  quickRatio: (m, o) => quickRatioOf(m, o.quickRatioReactivation),
  netRevenueRetention: netRevenueRetentionOf,
  grossRevenueRetention: grossRevenueRetentionOf,
};

/** The accounts a rule is about, given the options in force when it is switched. */
function ruleAccounts(
  rule: ConventionRule,
  movements: MrrMovements,
  state: ConventionOptions,
): ConventionAccount[] {
  const kinds: readonly AccountMovementKind[] =
    rule === 'new-and-churned'
      ? ['new-and-churned']
      : rule === 'new-in-logo-denominator'
        ? state.newAndChurned === 'count'
          ? ['new', 'new-and-churned']
          : ['new']
        : ['reactivation'];
  const accounts: ConventionAccount[] = [];
  for (const row of movements.accounts) {
    if (!kinds.includes(row.movement)) continue;
    accounts.push(
      row.movement === 'new-and-churned'
        ? { accountId: row.accountId }
        : { accountId: row.accountId, value: row.amount },
    );
  }
  return accounts;
}

function explain(
  metric: ConventionMetric,
  movements: MrrMovements,
  a: ConventionResult,
  b: ConventionResult,
): ConventionCause[] {
  const causes: ConventionCause[] = [];
  let state = { ...a.options };
  let before = a.metrics[metric];
  for (const rule of RULES_OF[metric]) {
    const option = OPTION_OF[rule];
    if (state[option] === b.options[option]) continue;
    const accounts = ruleAccounts(rule, movements, state);
    state = { ...state, [option]: b.options[option] };
    const after = FORMULAS[metric](movements, state);
    const amount = before === null || after === null ? null : after - before;
    if (amount !== 0) causes.push({ rule, amount, accounts });
    before = after;
  }
  return causes;
}

function readConventions(value: unknown): Convention[] {
  const name = 'reconcileConventions';
  if (value === undefined) return Object.values(CONVENTION_PRESETS);
  if (!Array.isArray(value) || value.length === 0) {
    throwMustBe(
      name,
      'options.conventions',
      'a non-empty array of convention ids or { id, options } objects',
      value,
    );
  }
  const seen = new Set<string>();
  return value.map((entry: unknown, position) => {
    const field = `options.conventions[${position}]`;
    let convention: Convention;
    if (typeof entry === 'string') {
      if (!Object.hasOwn(CONVENTION_PRESETS, entry)) {
        throwMustBe(
          name,
          field,
          `one of ${Object.keys(CONVENTION_PRESETS)
            .map((id) => `'${id}'`)
            .join(', ')}`,
          entry,
        );
      }
      convention = CONVENTION_PRESETS[entry as ConventionId];
    } else {
      convention = readCustom(entry, field);
    }
    if (seen.has(convention.id)) {
      throwInputError(name, field, `repeats the id '${convention.id}'`, convention.id);
    }
    seen.add(convention.id);
    return convention;
  });
}

const CHOICES: { [TKey in keyof ConventionOptions]: readonly ConventionOptions[TKey][] } = {
  offsetReactivation: [true, false],
  newAndChurned: ['exclude', 'count'],
  logoChurnDenominator: ['start', 'start-plus-new'],
  quickRatioReactivation: [true, false],
};

function readCustom(entry: unknown, field: string): Convention {
  const name = 'reconcileConventions';
  assertObject(name, field, entry, 'a convention id or { id, label?, options? }');
  const record = entry as Record<string, unknown>;
  const id = readOwn(record, 'id');
  if (typeof id !== 'string' || id === '') {
    throwMustBe(name, `${field}.id`, 'a non-empty string', id);
  }
  const label = readOwn(record, 'label');
  if (label !== undefined && typeof label !== 'string') {
    throwMustBe(name, `${field}.label`, 'a string', label);
  }
  const given = readOwn(record, 'options');
  const options: Record<string, unknown> = { ...VITALS_OPTIONS };
  if (given !== undefined) {
    assertObject(name, `${field}.options`, given, 'an object of convention options');
    for (const key of Object.keys(given as object)) {
      const choices = (CHOICES as Record<string, readonly unknown[]>)[key];
      const optionValue = (given as Record<string, unknown>)[key];
      if (choices === undefined) {
        throwInputError(
          name,
          `${field}.options.${key}`,
          `is not a convention option (${Object.keys(CHOICES).join(', ')})`,
          optionValue,
        );
      }
      if (optionValue === undefined) continue;
      if (!choices.includes(optionValue)) {
        throwMustBe(
          name,
          `${field}.options.${key}`,
          `${choices.map((choice) => showValue(choice)).join(' or ')}`,
          optionValue,
        );
      }
      options[key] = optionValue;
    }
  }
  return {
    id,
    label: (label as string | undefined) ?? id,
    source: { citations: [], unconfirmed: [] },
    options: options as unknown as ConventionOptions,
  };
}

/**
 * The same window's net MRR churn, logo churn, quick ratio, NRR and GRR under each vendor's
 * conventions, side by side, with every difference explained by the rules that cause it and the
 * accounts behind each rule: the answer to "why doesn't this match ChartMogul?".
 *
 * Each convention set is a preset (`'vitals'` is this SPEC's defaults; `'chartmogul'`,
 * `'baremetrics'`, `'profitwell'` and `'stripe'` follow the public pages cited in their `source`)
 * or a set of your own (`{ id, label?, options? }`). Every metric is computed by the formula of its rate
 * function with that set's options, so the `'vitals'` column equals the functions' defaults
 * exactly. A difference's causes are the rules switched one at a time, in a fixed order, from the
 * first convention's options to the second's; their amounts sum to the difference.
 *
 * Takes the snapshots and window options of {@link mrrMovements} (bad rows, duplicates and
 * `onInvalid` behave the same).
 *
 * @example
 * const r = reconcileConventions(snapshots, { from: '2025-01', to: '2025-04', conventions: ['vitals', 'baremetrics'] });
 * r.conventions.map((c) => c.metrics.quickRatio); // e.g. [4.2, 3.9]
 * r.differences[0]?.causes; // e.g. [{ rule: 'reactivation-offset', amount: 0.01, accounts: [{ accountId: 'acme', value: 100 }] }]
 */
export function reconcileConventions(
  snapshots: readonly MrrSnapshot[],
  options: ReconcileConventionsOptions,
): ConventionReconciliation {
  const name = 'reconcileConventions';
  assertObject(name, 'options', options, '{ from, to } or { period }, and conventions');
  const conventionSets = readConventions(readOwn(options, 'conventions'));
  const { conventions: _conventions, ...windowOptions } = options;
  const movements = mrrMovements(snapshots, windowOptions as MrrMovementsOptions);

  const results: ConventionResult[] = conventionSets.map((convention) => {
    const metrics = {} as Record<ConventionMetric, number | null>;
    for (const metric of METRICS) metrics[metric] = FORMULAS[metric](movements, convention.options);
    return { ...convention, metrics };
  });

  const differences: ConventionDifference[] = [];
  for (const metric of METRICS) {
    for (let i = 0; i < results.length; i++) {
      for (let j = i + 1; j < results.length; j++) {
        const a = results[i]!;
        const b = results[j]!;
        const x = a.metrics[metric];
        const y = b.metrics[metric];
        if (x === y) continue;
        differences.push({
          metric,
          conventions: [a.id, b.id],
          values: [x, y],
          difference: x === null || y === null ? null : y - x,
          causes: explain(metric, movements, a, b),
        });
      }
    }
  }

  return {
    from: movements.from,
    to: movements.to,
    conventions: results,
    differences,
    movements,
    issues: movements.issues,
  };
}
