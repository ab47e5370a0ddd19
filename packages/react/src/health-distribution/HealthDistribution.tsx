import {
  type HealthAccount,
  type HealthDistributionData,
  type HealthOverride,
  type HealthTier,
  type HealthTierDistribution,
  type InvalidRowPolicy,
  MetricsInputError,
  type Scorecard,
  type SegmentScorecards,
  type ValidationIssue,
  mrrAtRisk,
  toHealthTierDistribution,
} from '@vitals/metrics';
import { useHealthTiers } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import { ChartBoundary } from '../internal/ChartBoundary';
import { ChartFrame } from '../internal/ChartFrame';
import { ChartEmpty, ChartError, ChartLoading, SkippedRowsNote } from '../internal/ChartStates';
import { warnOnce } from '../internal/warn';
import { useVitals } from '../provider/context';
import { HealthDistributionPlot } from './HealthDistributionPlot';
import {
  type HealthDistributionMeasure,
  healthDistributionGeometry,
} from './health-distribution.geometry';
import {
  barValueText,
  distributionSummary,
  distributionTableRows,
  shareText,
} from './health-distribution.text';

/** Props of {@link HealthDistribution}: `accounts` with a `scorecard`, or `data`. */
export interface HealthDistributionProps {
  /**
   * A `healthTierDistribution()` / `useHealthTiers` result, a `scoreHealth()` result, or
   * `{ accountId, tier }` rows. Scores and rows read MRR from `accounts` when given.
   */
  data?: HealthDistributionData | null | undefined;
  /** Accounts to score with `scorecard` (or, with scored `data`, to read MRR from). */
  accounts?: readonly HealthAccount[] | undefined;
  /** The scorecard, or `{ scorecards, fallback }` per segment, that scores `accounts`. */
  scorecard?: Scorecard | SegmentScorecards | undefined;
  /** Manual overrides applied while scoring. @default [] */
  overrides?: readonly HealthOverride[] | undefined;
  /** `'YYYY-MM-DD'` against which overrides expire. @default undefined */
  asOf?: string | undefined;
  /**
   * The tiers to list, even when empty.
   * @default the scorecard's tiers, else DEFAULT_TIERS
   */
  tiers?: readonly HealthTier[] | undefined;
  /**
   * What to do with bad accounts: `'throw'` shows the error state listing them; `'skip'` draws
   * from the good ones and says how many were skipped.
   * @default 'throw'
   */
  onInvalid?: InvalidRowPolicy | undefined;
  /**
   * The bar sets to draw: accounts per tier, MRR per tier, or both on shared rows.
   * @default 'both'
   */
  measure?: HealthDistributionMeasure | undefined;
  /** Shows a loading placeholder instead of the chart. @default false */
  loading?: boolean | undefined;
  /** The chart's heading. @default 'Health distribution' */
  title?: ReactNode | undefined;
  /** Shows the data table under the chart from the start (screen readers always have it). @default false */
  defaultShowTable?: boolean | undefined;
  /** Extra class on the root element. @default undefined */
  className?: string | undefined;
}

/**
 * Accounts and MRR per health tier (healthy / at risk / critical, and unknown for accounts with no
 * score), as two aligned sets of horizontal bars with the tier named on every row and each bar's
 * count, MRR and share printed beside it; headline: the MRR in at-risk tiers.
 *
 * @example
 * <HealthDistribution accounts={accounts} scorecard={SCORECARD_ADOPTION_FIRST} />
 * <HealthDistribution data={scoreHealth(accounts, scorecard)} accounts={accounts} measure="mrr" />
 */
export function HealthDistribution(props: HealthDistributionProps) {
  const title = props.title ?? 'Health distribution';
  return (
    <ChartBoundary baseClass="vitals-health-distribution" title={title} className={props.className}>
      <HealthDistributionContent {...props} title={title} />
    </ChartBoundary>
  );
}

const MEASURES = new Set<string>(['accounts', 'mrr', 'both']);
const TABLE_COLUMNS = [
  { id: 'accounts', header: 'Accounts' },
  { id: 'accountShare', header: 'Share of accounts' },
  { id: 'mrr', header: 'MRR' },
  { id: 'mrrShare', header: 'Share of MRR' },
];

interface Resolved {
  data: HealthTierDistribution | null;
  error: Error | null;
  issues: readonly ValidationIssue[];
}

function HealthDistributionContent({
  data,
  accounts,
  scorecard,
  overrides,
  asOf,
  tiers,
  onInvalid,
  measure: measureProp = 'both',
  loading = false,
  title,
  defaultShowTable = false,
  className,
}: HealthDistributionProps & { title: ReactNode }) {
  const { format } = useVitals();
  const isRaw = data === undefined || data === null;
  // Idle (undefined input) unless there are accounts and a scorecard to score.
  const scored = useHealthTiers(
    isRaw && accounts !== undefined && scorecard
      ? { accounts, scorecard, overrides, asOf, onInvalid, tiers }
      : undefined,
  );
  const given = useMemo((): Resolved => {
    if (isRaw) return { data: null, error: null, issues: [] };
    try {
      const distribution = toHealthTierDistribution(data, {
        accounts,
        tiers: tiers ?? scorecardTiers(scorecard),
        onInvalid,
      });
      return { data: distribution, error: null, issues: distribution.issues };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      return { data: null, error, issues: error instanceof MetricsInputError ? error.issues : [] };
    }
  }, [isRaw, data, accounts, tiers, scorecard, onInvalid]);
  let measure = measureProp;
  if (!MEASURES.has(measure)) {
    warnOnce(
      `HealthDistribution: measure must be 'accounts', 'mrr' or 'both', got ${JSON.stringify(measure)}; showing both.`,
    );
    measure = 'both';
  }
  const common = { baseClass: 'vitals-health-distribution', title, className };

  if (loading) return <ChartLoading {...common} label="Loading health distribution…" />;
  if (isRaw && accounts === undefined) {
    return (
      <ChartEmpty {...common} message="No accounts yet: pass accounts and a scorecard, or data." />
    );
  }
  if (isRaw && !scorecard) {
    return (
      <ChartError
        {...common}
        error={new Error('accounts need a scorecard to be scored: pass scorecard, or pass data.')}
      />
    );
  }
  const result = isRaw ? scored : given;
  if (result.error || !result.data) {
    return (
      <ChartError
        {...common}
        error={result.error ?? new Error('no result')}
        issues={result.issues}
      />
    );
  }
  const distribution = result.data;
  if (distribution.count === 0) {
    return <ChartEmpty {...common} message="No accounts to show: there is nothing to score yet." />;
  }
  const atRisk = mrrAtRisk(distribution.buckets);
  const withoutMrr = distribution.accountsWithoutMrr;
  const withoutMrrNote =
    withoutMrr > 0 &&
    measure !== 'accounts' &&
    `${format.count(withoutMrr)} account${withoutMrr === 1 ? ' has' : 's have'} no MRR and count as ${format.currency(0)}.`;

  return (
    <ChartFrame
      baseClass="vitals-health-distribution"
      className={className}
      title={title}
      summary={distributionSummary(distribution, atRisk, format)}
      kpis={
        <span className="vitals-kpi" data-metric="mrr-at-risk">
          MRR at risk{' '}
          <strong>
            {format.currency(atRisk.mrr)} ({shareText(atRisk.share, format)})
          </strong>
        </span>
      }
      note={
        <>
          <SkippedRowsNote issues={result.issues} />
          {withoutMrrNote && (
            <p className="vitals-chart-note" role="note">
              {withoutMrrNote}
            </p>
          )}
        </>
      }
      table={{
        caption: typeof title === 'string' ? `${title}: data` : 'Health distribution data',
        rowHeader: 'Tier',
        columns: TABLE_COLUMNS,
        rows: distributionTableRows(distribution.buckets, format),
      }}
      defaultShowTable={defaultShowTable}
    >
      {(width, ids) => (
        <HealthDistributionPlot
          geometry={healthDistributionGeometry(distribution.buckets, {
            width,
            measure,
            valueText: (bar) => barValueText(bar, format),
          })}
          buckets={distribution.buckets}
          totals={distribution}
          format={format}
          width={width}
          tooltipId={ids.tooltip}
        />
      )}
    </ChartFrame>
  );
}

function scorecardTiers(scorecard: Scorecard | SegmentScorecards | undefined) {
  return scorecard && !('scorecards' in scorecard) ? scorecard.tiers : undefined;
}
