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
import { SkippedRowsNote } from '../internal/ChartStates';
import {
  type ChartContentProps,
  type ChartProps,
  ChartShell,
  defineChart,
} from '../internal/chart';
import { enConventionDiff } from '../messages/en';
import { fill, plural } from '../messages/template';
import type { ConventionDiffMessages } from '../messages/types';
import { useMessages } from '../messages/useMessages';
import { useVitals } from '../provider/context';
import { METRIC_ORDER, causeText, changeText, metricText, ruleSides } from './conventions.text';

/** Props of {@link ConventionDiff}: `snapshots` with a window, or `data`. */
export interface ConventionDiffProps extends Omit<ChartProps, 'onSelect'> {
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
  /** How many accounts each cause lists before "and N more". @default 12 */
  maxAccounts?: number | undefined;
  /**
   * The height the loading, empty and error states keep (the ready table and its causes take
   * the height they need).
   * @default 240
   */
  height?: number | undefined;
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
export const ConventionDiff: (props: ConventionDiffProps) => ReactNode = defineChart({
  name: 'ConventionDiff',
  baseClass: BASE_CLASS,
  messages: { group: 'conventionDiff', english: enConventionDiff },
  height: 240,
  skeleton: 'bars',
  noun: 'list',
  Content: ConventionDiffContent,
});

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
  shell,
}: ChartContentProps<ConventionDiffProps>) {
  const { format } = useVitals();
  const m = useMessages('conventionDiff', enConventionDiff);
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
  if (!hasData && snapshots === undefined) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.empty }} />;
  }
  if (result.error || !result.data) {
    return (
      <ChartShell
        shell={shell}
        status={{
          state: 'error',
          error: result.error ?? new Error('no result'),
          issues: result.issues,
        }}
      />
    );
  }
  const reconciliation = result.data;
  const columns = reconciliation.conventions;
  const base = columns.find((c) => c.id === baseline) ?? columns[0];
  if (!base) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.noConventions }} />;
  }
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
  const range = fill(m.range, { from: reconciliation.from, to: reconciliation.to });
  const summary =
    explained.length === 0
      ? fill(m.summarySame, { range, baseline: base.label })
      : plural(m.summaryDiffer, format.locale, explained.length, {
          count: format.count(explained.length),
          range,
          baseline: base.label,
        });
  const tableLabel = fill(m.tableLabel, { range });
  const { rootProps } = shell;

  return (
    <section
      {...rootProps}
      className={['vitals-chart', BASE_CLASS, shell.className].filter(Boolean).join(' ')}
      data-variant={shell.variant}
      data-state="ready"
      aria-labelledby={ids.title}
      aria-describedby={[ids.summary, rootProps['aria-describedby']].filter(Boolean).join(' ')}
    >
      <div className="vitals-chart-header">
        <span id={ids.title} className="vitals-chart-title">
          {shell.title}
        </span>
      </div>
      <p id={ids.summary} className="vitals-convention-diff-summary">
        {summary}
      </p>
      <SkippedRowsNote issues={reconciliation.issues} />
      <div className="vitals-data-table-wrap" aria-label={tableLabel} {...SCROLL_REGION}>
        <table className="vitals-data-table">
          <caption>{tableLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{m.metric}</th>
              {columns.map((c) => (
                <th key={c.id} scope="col" data-align="end">
                  {c.label}
                  {c === base && (
                    <span className="vitals-convention-diff-tag">{m.baselineTag}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {METRIC_ORDER.map((metric) => (
              <tr key={metric}>
                <th scope="row">{m.metrics[metric]}</th>
                {columns.map((c) => {
                  const differs = differing.has(`${c.id}|${metric}`);
                  return (
                    <td key={c.id} data-align="end" data-differs={differs || undefined}>
                      {metricText(format, metric, c.metrics[metric])}
                      {differs && (
                        <span className="vitals-visually-hidden">
                          {fill(m.differsFrom, { baseline: base.label })}
                        </span>
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
          <p className="vitals-convention-diff-heading">
            {fill(m.whyHeading, { baseline: base.label })}
          </p>
          {explained.map(({ other, difference }) => (
            <details
              key={`${other.id}|${difference.metric}`}
              className="vitals-convention-diff-item"
            >
              <summary>
                {fill(m.difference, {
                  metric: m.metrics[difference.metric],
                  label: other.label,
                  value: metricText(format, difference.metric, difference.values[1]),
                  baselineValue: metricText(format, difference.metric, difference.values[0]),
                  change: changeText(format, difference.metric, difference.difference, m),
                })}
              </summary>
              <ul className="vitals-convention-diff-rules">
                {difference.causes.map((cause) => (
                  <li key={cause.rule}>
                    <span className="vitals-convention-diff-rule">{m.rules[cause.rule]}</span>{' '}
                    <span className="vitals-convention-diff-sides">
                      ({ruleSides(cause.rule, base, other, m)})
                    </span>
                    : {causeText(format, difference.metric, cause, m)}
                    {cause.accounts.length > 0 && (
                      <AccountList
                        accounts={cause.accounts}
                        max={maxAccounts}
                        getAccountHref={getAccountHref}
                        format={format}
                        m={m}
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
        <summary>{m.sourcesHeading}</summary>
        <ul>
          {columns.map((c) => (
            <li key={c.id}>
              <span className="vitals-convention-diff-rule">{c.label}</span>
              {c.id === 'vitals' ||
              (c.source.citations.length === 0 && c.source.unconfirmed.length === 0) ? (
                <>: {c.id === 'vitals' ? m.vitalsSource : m.customSource}</>
              ) : (
                <ul>
                  {c.source.citations.map((citation) => (
                    <li key={citation.rule}>
                      {m.rules[citation.rule]}:{' '}
                      <a href={citation.url} rel="noreferrer">
                        {citation.says}
                      </a>
                    </li>
                  ))}
                  {c.source.unconfirmed.length > 0 && (
                    <li>
                      {fill(m.unconfirmed, {
                        rules: c.source.unconfirmed
                          .map((rule) => m.rules[rule])
                          .join(m.ruleSeparator),
                      })}
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
  m,
}: {
  accounts: ConventionDifference['causes'][number]['accounts'];
  max: number;
  getAccountHref: ConventionDiffProps['getAccountHref'];
  format: ReturnType<typeof useVitals>['format'];
  m: ConventionDiffMessages;
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
      {rest > 0 && (
        <li>{plural(m.moreAccounts, format.locale, rest, { count: format.count(rest) })}</li>
      )}
    </ul>
  );
}
