import { mrrMovements, netRevenueRetention, grossRevenueRetention } from '@vitals/metrics';
import { MetricCard, MrrMovementsChart, NrrWaterfall, RetentionTrend } from '@vitals/react';
import { revenue } from '../data';

const year = mrrMovements(revenue.snapshots, { from: '2024-12', to: '2025-12' });
const previousYear = mrrMovements(revenue.snapshots, { from: '2024-11', to: '2025-11' });

/** Retention at a glance: headline cards, the year's waterfall, the trend and monthly movements. */
export function Overview() {
  return (
    <>
      <h2>Overview</h2>
      <div className="app-cards">
        <MetricCard
          label="Net revenue retention (12 months)"
          value={netRevenueRetention(year)}
          previousValue={netRevenueRetention(previousYear)}
          format="percent"
          benchmark={{ metric: 'nrr' }}
        />
        <MetricCard
          label="Gross revenue retention (12 months)"
          value={grossRevenueRetention(year)}
          previousValue={grossRevenueRetention(previousYear)}
          format="percent"
          benchmark={{ metric: 'grr' }}
        />
        <MetricCard
          label="Ending MRR"
          value={year.endingMrr}
          previousValue={year.startingMrr}
          format="currency"
        />
      </div>
      <div className="app-grid">
        <NrrWaterfall
          snapshots={revenue.snapshots}
          from="2024-12"
          to="2025-12"
          title="Net revenue retention, last 12 months"
        />
        <RetentionTrend snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
      </div>
      <MrrMovementsChart snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
    </>
  );
}
