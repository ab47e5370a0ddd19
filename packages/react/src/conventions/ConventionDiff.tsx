import type {
  ConventionDifference,
  ConventionId,
  ConventionReconciliation,
  ConventionResult,
  CustomConvention,
  DuplicateRowPolicy,
  Grain,
  InvalidRowPolicy,
  MrrSnapshot,
} from '@vitals/metrics';
import { useReconcileConventions } from '@vitals/metrics/react';
import { type ReactNode, useId } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { useVitals } from '../provider/context';
import {
  METRIC_LABELS,
  METRIC_ORDER,
  RULE_LABELS,
  causeText,
  changeText,
  metricText,
  ruleSides,
} from './conventions.text';

/** Props of {@link ConventionDiff}: `snapshots` with a window, or `data`. */
export interface ConventionDiffProps {
  /** A `reconcileConventions()` / `useReconcileConventions` result, e.g. computed on a server. */
  data?: ConventionReconciliation | null | undefined;
  /** MRR snapshots to reconcile over the window `from`–`to` (or `period`). */
  snapshots?: readonly MrrSnapshot[] | undefined;
  /** First month of the window, `'YYYY-MM'`. */
  from?: string | undefined;
  /** Last month of the window, `'YYYY-MM'`. */
  to?: string | undefined;
  /** Shorthand for the one-month window ending at `period`. */
  period?: string | undefined;
  /** The length of a period of the window, with `snapshots`. @default 'month' */
  grain?: Grain | undefined;
  /**
   * The conventions to compare, by preset id or as sets of your own.
   * @default ['vitals', 'chartmogul', 'baremetrics', 'profitwell', 'stripe']
   */
  conventions?: readonly (ConventionId | CustomConvention)[] | undefined;
  /**
   * The id of the convention every other one is explained against.
   * @default the first convention
   */
  baseline?: string | undefined;
  /**
   * What to do with bad rows: `'throw'` shows the error state listing them; `'skip'` reconciles
   * the good rows and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * Two rows identical in every field are an error (`'error'`) or split subscriptions to add up
   * (`'sum'`), as in `mrrMovements`.
   * @default 'error'
   */
  duplicateRows?: DuplicateRowPolicy | undefined;
  /** Turns an account id into a link in the host app. @default undefined (plain text) */
  getAccountHref?: ((accountId: string) => string | undefined) | undefined;
  /** How many accounts each cause lists before "and N more". @default 12 */
  maxAccounts?: number | undefined;
  /** Shows a loading placeholder. @default false */
  loading?: boolean | undefined;
  /** The heading. @default 'Conventions side by side' */
  title?: ReactNode | undefined;
  /** Extra class on the root element. @default undefined */
  className?: string | undefined;
}

const BASE_CLASS = 'vitals-convention-diff';
/**
 * A table wider than a narrow host scrolls sideways: its wrapper is a named region that takes
 * keyboard focus, so the scroll is reachable without a mouse (as the charts' data tables do).
 */
const SCROLL_REGION = { role: 'region', tabIndex: 0 } as const;

/**
 * The same window's net MRR churn, logo churn, quick ratio, NRR and GRR under each vendor's
 * conventions (Vitals, ChartMogul, Baremetrics, ProfitWell, Stripe Billing), in one table; below
 * it, every number that differs from the baseline opens to the rules that make it differ, how much
 * each moves it, and the accounts behind each rule; and the public page each preset follows.
 *
 * @example
 * <ConventionDiff snapshots={snapshots} from="2025-01" to="2025-04" />
 * <ConventionDiff data={reconcileConventions(rows, { period: '2025-04' })} baseline="chartmogul" />
 */
export function ConventionDiff(props: ConventionDiffProps) {
  const title = props.title ?? 'Conventions side by side';
  return (
    <ChartBoundary baseClass={BASE_CLASS} title={title} className={props.className}>
      <ConventionDiffContent {...props} title={title} />
    </ChartBoundary>
  );
}

function ConventionDiffContent({
  data,
  snapshots,
  from,
  to,
  period,
  grain,
  conventions,
  baseline,
  onInvalid,
  duplicateRows,
  getAccountHref,
  maxAccounts = 12,
  loading = false,
  title,
  className,
}: ConventionDiffProps & { title: ReactNode }) {
  const { format } = useVitals();
  const id = useId();
  const hasData = data !== undefined && data !== null;
  const bounds = period !== undefined ? { period } : { from, to };
  const result = useReconcileConventions(
    hasData
      ? { data }
      : snapshots === undefined
        ? undefined
        : ({
            snapshots,
            ...bounds,
            grain,
            conventions,
            onInvalid,
            duplicateRows,
          } as Parameters<typeof useReconcileConventions>[0]),
  );
  const common = { baseClass: BASE_CLASS, title, className };

  if (loading) return <ChartLoading {...common} label="Loading conventions…" />;
  if (!hasData && snapshots === undefined) {
    return (
      <ChartEmpty
        {...common}
        message="No MRR snapshots yet: pass snapshots with a window, or data."
      />
    );
  }
  if (result.error || !result.data) {
    return (
      <ChartError
        {...common}
        error={result.error ?? new Error('no result')}
        issues={result.issues}
      />
    );
  }
  const reconciliation = result.data;
  const columns = reconciliation.conventions;
  const base = columns.find((c) => c.id === baseline) ?? columns[0];
  if (!base) return <ChartEmpty {...common} message="No conventions to compare." />;
  const others = columns.filter((c) => c !== base);
  const against = (other: ConventionResult) =>
    reconciliation.differences.filter(
      (d) =>
        (d.conventions[0] === base.id && d.conventions[1] === other.id) ||
        (d.conventions[1] === base.id && d.conventions[0] === other.id),
    );
  const explained = others.flatMap((other) =>
    against(other).map((difference) => ({ other, difference: oriented(difference, base.id) })),
  );
  const differing = new Set(
    explained.map(({ other, difference }) => `${other.id}|${difference.metric}`),
  );
  const ids = { title: `${id}-title`, summary: `${id}-summary` };
  const range = `${reconciliation.from} to ${reconciliation.to}`;
  const summary =
    explained.length === 0
      ? `From ${range}, every convention gives the same numbers as ${base.label}.`
      : `From ${range}, ${format.count(explained.length)} number${explained.length === 1 ? '' : 's'} differ from ${base.label}; each opens to the rules that cause it and the accounts behind them.`;

  return (
    <section
      className={['vitals-chart', BASE_CLASS, className].filter(Boolean).join(' ')}
      data-state="ready"
      aria-labelledby={ids.title}
      aria-describedby={ids.summary}
    >
      <div className="vitals-chart-header">
        <span id={ids.title} className="vitals-chart-title">
          {title}
        </span>
      </div>
      <p id={ids.summary} className="vitals-convention-diff-summary">
        {summary}
      </p>
      <SkippedRowsNote issues={reconciliation.issues} />
      <div
        className="vitals-data-table-wrap"
        aria-label={`Metrics under each convention, ${range}`}
        {...SCROLL_REGION}
      >
        <table className="vitals-data-table">
          <caption>Metrics under each convention, {range}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" data-align="end">
                  {c.label}
                  {c === base && <span className="vitals-convention-diff-tag"> (baseline)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {METRIC_ORDER.map((metric) => (
              <tr key={metric}>
                <th scope="row">{METRIC_LABELS[metric]}</th>
                {columns.map((c) => {
                  const differs = differing.has(`${c.id}|${metric}`);
                  return (
                    <td key={c.id} data-align="end" data-differs={differs || undefined}>
                      {metricText(format, metric, c.metrics[metric])}
                      {differs && (
                        <span className="vitals-visually-hidden">, differs from {base.label}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {explained.length > 0 && (
        <div className="vitals-convention-diff-causes">
          <p className="vitals-convention-diff-heading">Why the numbers differ from {base.label}</p>
          {explained.map(({ other, difference }) => (
            <details
              key={`${other.id}|${difference.metric}`}
              className="vitals-convention-diff-item"
            >
              <summary>
                {METRIC_LABELS[difference.metric]}: {other.label}{' '}
                {metricText(format, difference.metric, difference.values[1])} against{' '}
                {metricText(format, difference.metric, difference.values[0])} (
                {changeText(format, difference.metric, difference.difference)})
              </summary>
              <ul className="vitals-convention-diff-rules">
                {difference.causes.map((cause) => (
                  <li key={cause.rule}>
                    <span className="vitals-convention-diff-rule">{RULE_LABELS[cause.rule]}</span>{' '}
                    <span className="vitals-convention-diff-sides">
                      ({ruleSides(cause.rule, base, other)})
                    </span>
                    : {causeText(format, difference.metric, cause)}
                    {cause.accounts.length > 0 && (
                      <AccountList
                        accounts={cause.accounts}
                        max={maxAccounts}
                        getAccountHref={getAccountHref}
                        format={format}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      )}
      <details className="vitals-convention-diff-sources">
        <summary>Where each convention comes from</summary>
        <ul>
          {columns.map((c) => (
            <li key={c.id}>
              <span className="vitals-convention-diff-rule">{c.label}</span>
              {c.id === 'vitals' ||
              (c.source.citations.length === 0 && c.source.unconfirmed.length === 0) ? (
                <>
                  :{' '}
                  {c.id === 'vitals'
                    ? 'the defaults of every Vitals rate function.'
                    : 'options you passed.'}
                </>
              ) : (
                <ul>
                  {c.source.citations.map((citation) => (
                    <li key={citation.rule}>
                      {RULE_LABELS[citation.rule]}:{' '}
                      <a href={citation.url} rel="noreferrer">
                        {citation.says}
                      </a>
                    </li>
                  ))}
                  {c.source.unconfirmed.length > 0 && (
                    <li>
                      Not confirmed by a public page, so the Vitals default is used:{' '}
                      {c.source.unconfirmed.map((rule) => RULE_LABELS[rule]).join('; ')}.
                    </li>
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** A difference turned so that `values[0]` is the baseline's. */
function oriented(difference: ConventionDifference, baseId: string): ConventionDifference {
  if (difference.conventions[0] === baseId) return difference;
  // The causes were switched from the other side; walking that path backwards negates each step,
  // and the steps still sum to the (negated) difference.
  return {
    ...difference,
    conventions: [difference.conventions[1], difference.conventions[0]],
    values: [difference.values[1], difference.values[0]],
    difference: difference.difference === null ? null : -difference.difference,
    causes: difference.causes.map((cause) => ({
      ...cause,
      amount: cause.amount === null ? null : -cause.amount,
    })),
  };
}

function AccountList({
  accounts,
  max,
  getAccountHref,
  format,
}: {
  accounts: ConventionDifference['causes'][number]['accounts'];
  max: number;
  getAccountHref: ConventionDiffProps['getAccountHref'];
  format: ReturnType<typeof useVitals>['format'];
}) {
  const shown = accounts.slice(0, Math.max(1, max));
  const rest = accounts.length - shown.length;
  return (
    <ul className="vitals-convention-diff-accounts">
      {shown.map((account) => {
        const href = getAccountHref?.(account.accountId);
        return (
          <li key={account.accountId}>
            {href ? <a href={href}>{account.accountId}</a> : account.accountId}
            {account.value !== undefined && ` ${format.currency(account.value)}`}
          </li>
        );
      })}
      {rest > 0 && <li>…and {format.count(rest)} more</li>}
    </ul>
  );
}
