import { mrrMovements, netRevenueRetention, grossRevenueRetention } from '@vitals/metrics';
import {
  type ChartSelection,
  MetricCard,
  MrrMovementsChart,
  NrrWaterfall,
  RetentionTrend,
} from '@vitals/react';
import { useState } from 'react';
import { revenue } from '../data';
import { accountHref } from '../router';
import { DrillThroughList } from './DrillThrough';

const year = mrrMovements(revenue.snapshots, { from: '2024-12', to: '2025-12' });
const previousYear = mrrMovements(revenue.snapshots, { from: '2024-11', to: '2025-11' });

/**
 * Retention at a glance: headline cards, the year's waterfall, the trend and monthly movements.
 * Selecting a waterfall step (click, Enter or Space) lists the accounts behind it, each a link
 * to its account page.
 */
export function Overview() {
  const [selection, setSelection] = useState<ChartSelection | null>(null);
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
          onSelect={(selected) => setSelection(selected.accounts ? selected : null)}
          getAccountHref={accountHref}
        />
        <RetentionTrend snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
      </div>
      {selection && (
        <DrillThroughList
          selection={selection}
          getAccountHref={accountHref}
          onClose={() => setSelection(null)}
        />
      )}
      <MrrMovementsChart snapshots={revenue.snapshots} from="2024-12" to="2025-12" />
    </>
  );
}
