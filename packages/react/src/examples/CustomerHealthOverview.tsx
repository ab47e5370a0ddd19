import {
  SCORECARD_ADOPTION_FIRST,
  grossRevenueRetention,
  mrrMovements,
  netRevenueRetention,
  scoreHealth,
} from '@vitals/metrics';
import {
  generateHealthAccounts,
  generateHealthHistory,
  generateSampleData,
  generateSurveyResponses,
} from '@vitals/sample-data';
import { useMemo } from 'react';
import { CohortHeatmap } from '../cohort-heatmap';
import { HealthDistribution } from '../health-distribution';
import { HealthTierList } from '../health-tier-list';
import { MetricCard } from '../metric-card';
import { MrrMovementsChart } from '../movements';
import { RetentionTrend } from '../retention-trend';
import { NpsBreakdown } from '../voice';
import { NrrWaterfall } from '../waterfall';

/** Props of {@link CustomerHealthOverview}. */
export interface CustomerHealthOverviewProps {
  /** Number of accounts in the generated book of business. */
  accounts: number;
  /** Seed of the sample generator. */
  seed: number;
}

const SCORECARD = SCORECARD_ADOPTION_FIRST;

/**
 * A full customer-health page composed only from Vitals' public components: what a vendor can
 * assemble in an afternoon. The data comes from `@vitals/sample-data`.
 */
export function CustomerHealthOverview({ accounts, seed }: CustomerHealthOverviewProps) {
  const data = useMemo(() => {
    const revenue = generateSampleData({ seed, accounts });
    const health = generateHealthAccounts({ seed, accounts });
    const scored = scoreHealth(health, SCORECARD);
    const history = generateHealthHistory(
      scored.accounts.map((result) => ({ id: result.accountId, currentScore: result.score ?? 50 })),
      { seed, days: 40 },
    );
    const year = mrrMovements(revenue.snapshots, { from: '2024-12', to: '2025-12' });
    const before = mrrMovements(revenue.snapshots, { from: '2024-11', to: '2025-11' });
    const responses = generateSurveyResponses({ seed, responses: Math.min(2_000, accounts * 3) });
    return { revenue, health, scored, history, year, before, responses };
  }, [accounts, seed]);
  const { revenue, health, scored, history, year, before, responses } = data;

  return (
    <div className="vitals-overview">
      <h1 className="vitals-overview-title">Customer health</h1>
      <h2 className="vitals-overview-section">Revenue and retention</h2>
      <div className="vitals-metric-card-row">
        <MetricCard
          label="Net revenue retention, 12 months"
          value={netRevenueRetention(year)}
          previousValue={netRevenueRetention(before)}
          format="percent"
          benchmark={{ metric: 'nrr' }}
        />
        <MetricCard
          label="Gross revenue retention, 12 months"
          value={grossRevenueRetention(year)}
          previousValue={grossRevenueRetention(before)}
          format="percent"
          benchmark={{ metric: 'grr' }}
        />
        <MetricCard
          label="MRR"
          value={year.endingMrr}
          previousValue={year.startingMrr}
          format="currency"
        />
        <MetricCard
          label="Paying accounts"
          value={year.endingAccounts}
          previousValue={year.startingAccounts}
          format="count"
        />
      </div>
      <div className="vitals-overview-grid">
        <NrrWaterfall data={year} title="Net revenue retention, last 12 months" height={390} />
        <RetentionTrend snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
      </div>
      <MrrMovementsChart snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
      {/* Quarterly cohorts: most monthly cohorts of a 120-account book (one to six new logos) have
          95% intervals wider than 50% and are greyed; a quarter's nine to twelve logos are not. */}
      <CohortHeatmap snapshots={revenue.snapshots} from="2025-01" grain="quarter" height={180} />
      <h2 className="vitals-overview-section">Health and voice of the customer</h2>
      <div className="vitals-overview-grid">
        <HealthDistribution data={scored} accounts={health} />
        <NpsBreakdown responses={responses} />
      </div>
      <h2 className="vitals-overview-section">Who to call first</h2>
      <HealthTierList
        data={scored}
        accounts={health}
        history={history}
        scorecard={SCORECARD}
        asOf="2025-12-31"
      />
    </div>
  );
}
