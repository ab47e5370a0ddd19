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
  type TierOfAccount,
  type ValidationIssue,
  healthTierAccounts,
  mrrAtRisk,
  scoreHealth,
  toHealthTierDistribution,
} from '@vitals/metrics';
import { useHealthTiers } from '@vitals/metrics/react';
import { type ReactNode, useMemo } from 'react';
import {
  type ChartContentProps,
  ChartShell,
  type ChartProps,
  defineChart,
} from '../internal/chart';
import { accountsPart } from '../internal/markAccounts';
import { warnOnce } from '../internal/warn';
import { enHealthDistribution } from '../messages/en';
import { plural } from '../messages/template';
import { useMessages } from '../messages/useMessages';
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
  translatedBuckets,
} from './health-distribution.text';

/** Props of {@link HealthDistribution}: `accounts` with a `scorecard`, or `data`. */
export interface HealthDistributionProps extends ChartProps {
  /**
   * A `healthTierDistribution()` / `useHealthTiers` result, a `scoreHealth()` result, or
   * `{ accountId, tier }` rows, checked like raw input (`toHealthTierDistribution`). Scores and
   * rows read MRR from `accounts` when given.
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
}

/**
 * Accounts and MRR per health tier (healthy / at risk / critical, and unknown for accounts with no
 * score), as two aligned sets of horizontal bars with the tier named on every row and each bar's
 * count, MRR and share printed beside it; headline: the MRR in at-risk tiers. Its bars are one tab
 * stop; Enter or Space on a bar (or a click) calls `onSelect({ component, tier, accounts })`, the
 * tier's accounts with their MRR from `accounts` (see `healthTierAccounts`): from `accounts` with
 * `scorecard` (scored again for the bar opened), a `scoreHealth()` result or `{ accountId, tier }`
 * rows; a precomputed distribution has no accounts to give.
 *
 * @example
 * <HealthDistribution accounts={accounts} scorecard={SCORECARD_ADOPTION_FIRST} />
 * <HealthDistribution data={scoreHealth(accounts, scorecard)} accounts={accounts} measure="mrr" />
 *
 * Loading, empty and error states keep `height` (default 114 px: three tiers side by side); ready,
 * the plot is as tall as its rows (stacked panels below about 600 px).
 */
export const HealthDistribution: (props: HealthDistributionProps) => ReactNode = defineChart({
  name: 'HealthDistribution',
  baseClass: 'vitals-health-distribution',
  messages: { group: 'healthDistribution', english: enHealthDistribution },
  height: 114,
  skeleton: 'bars',
  Content: HealthDistributionContent,
});

const MEASURES = new Set<string>(['accounts', 'mrr', 'both']);

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
  shell,
  select,
}: ChartContentProps<HealthDistributionProps>) {
  const { format } = useVitals();
  const m = useMessages('healthDistribution', enHealthDistribution);
  const isRaw = data === undefined || data === null;
  // Idle (undefined input) unless there are accounts and a scorecard to score.
  const scored = useHealthTiers(
    isRaw && accounts !== undefined && scorecard
      ? { accounts, scorecard, overrides, asOf, onInvalid, tiers }
      : undefined,
  );
  // `data` of any form is checked like raw input: a distribution's numbers too.
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

  if (isRaw && accounts === undefined) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.empty }} />;
  }
  if (isRaw && !scorecard) {
    return (
      <ChartShell shell={shell} status={{ state: 'error', error: new Error(m.needsScorecard) }} />
    );
  }
  const result = isRaw ? scored : given;
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
  const distribution = { ...result.data, buckets: translatedBuckets(result.data.buckets, m) };
  if (distribution.count === 0) {
    return <ChartShell shell={shell} status={{ state: 'empty', message: m.emptyScored }} />;
  }
  const atRisk = mrrAtRisk(distribution.buckets);
  const withoutMrr = distribution.accountsWithoutMrr;
  const withoutMrrNote =
    withoutMrr > 0 &&
    measure !== 'accounts' &&
    plural(m.withoutMrrNote, format.locale, withoutMrr, {
      count: format.count(withoutMrr),
      zero: format.currency(0),
    });
  const layout = (width: number) =>
    healthDistributionGeometry(distribution.buckets, {
      width,
      measure,
      valueText: (bar) => barValueText(bar, format, m),
    });

  return (
    <ChartShell
      shell={shell}
      status={{
        state: 'ready',
        summary: distributionSummary(distribution, atRisk, format, m),
        kpis: (
          <span className="vitals-kpi" data-metric="mrr-at-risk">
            {m.kpiAtRisk}{' '}
            <strong>
              {format.currency(atRisk.mrr)} ({shareText(atRisk.share, format)})
            </strong>
          </span>
        ),
        skipped: result.issues,
        note: withoutMrrNote ? (
          <p className="vitals-chart-note" role="note">
            {withoutMrrNote}
          </p>
        ) : undefined,
        table: {
          rowHeader: m.tableTier,
          columns: [
            { id: 'accounts', header: m.quantityAccounts },
            { id: 'accountShare', header: m.tableAccountShare },
            { id: 'mrr', header: m.quantityMrr },
            { id: 'mrrShare', header: m.tableMrrShare },
          ],
          rows: distributionTableRows(distribution.buckets, format),
        },
        plot: (width) => (
          <HealthDistributionPlot
            geometry={layout(width)}
            buckets={distribution.buckets}
            totals={distribution}
            format={format}
            width={width}
            messages={m}
            onSelect={
              select &&
              ((bar) =>
                select({
                  tier: bar.tier,
                  ...accountsPart('HealthDistribution', () => {
                    const results = isRaw
                      ? scoreHealth(accounts!, scorecard!, { overrides, asOf, onInvalid }).accounts
                      : scoredResults(data);
                    return results && healthTierAccounts(results, bar.tier, accounts);
                  }),
                }))
            }
          />
        ),
      }}
    />
  );
}

/** The per-account tiers a `data` carries (a `scoreHealth()` result or rows), if any. */
function scoredResults(data: HealthDistributionData): readonly TierOfAccount[] | undefined {
  if (Array.isArray(data)) return data as readonly TierOfAccount[];
  const scores = (data as { accounts?: unknown }).accounts;
  return Array.isArray(scores) ? (scores as readonly TierOfAccount[]) : undefined;
}

function scorecardTiers(scorecard: Scorecard | SegmentScorecards | undefined) {
  return scorecard && !('scorecards' in scorecard) ? scorecard.tiers : undefined;
}
