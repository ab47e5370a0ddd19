import { grossRevenueRetention, mrrMovements, netRevenueRetention } from '@vitals/metrics';
import {
  CesBreakdown,
  CohortHeatmap,
  CsatBreakdown,
  HealthDistribution,
  HealthTierList,
  MetricCard,
  MrrMovementsChart,
  NpsBreakdown,
  NrrWaterfall,
  RetentionTrend,
  VitalsProvider,
} from '@vitals/react';
import { AS_OF, SCORECARD, WINDOW, book, currencyOf } from './book.js';

const data = book();
const year = mrrMovements(data.snapshots, WINDOW);

export interface DashboardProps {
  locale: string;
  theme: 'light' | 'dark';
}

/**
 * The whole Vitals dashboard as a vendor writes it in a client-rendered app: raw rows in, every
 * component, the host's own layout around them.
 */
export function Dashboard({ locale, theme }: DashboardProps) {
  return (
    <VitalsProvider locale={locale} currency={currencyOf(locale)} theme={theme}>
      <main className="host-page" data-host-theme={theme}>
        <h1>Customer health</h1>
        <section className="host-cards" aria-label="Headline figures">
          <MetricCard
            label="Net revenue retention"
            value={netRevenueRetention(year)}
            format="percent"
            benchmark={{ metric: 'nrr' }}
          />
          <MetricCard
            label="Gross revenue retention"
            value={grossRevenueRetention(year)}
            format="percent"
            benchmark={{ metric: 'grr' }}
          />
          <MetricCard label="Ending MRR" value={year.endingMrr} format="currency" />
        </section>
        <div className="host-grid">
          <NrrWaterfall snapshots={data.snapshots} from={WINDOW.from} to={WINDOW.to} />
          <RetentionTrend snapshots={data.snapshots} from={WINDOW.from} to={WINDOW.to} />
        </div>
        <MrrMovementsChart snapshots={data.snapshots} from={WINDOW.from} to={WINDOW.to} />
        <CohortHeatmap snapshots={data.snapshots} from="2024-01" to={WINDOW.to} />
        <div className="host-grid">
          <HealthDistribution accounts={data.accounts} scorecard={SCORECARD} asOf={AS_OF} />
          <NpsBreakdown responses={data.npsResponses} />
        </div>
        <HealthTierList
          accounts={data.accounts}
          scorecard={SCORECARD}
          history={data.history}
          asOf={AS_OF}
        />
        <div className="host-grid">
          <CsatBreakdown responses={data.csatResponses} />
          <CesBreakdown responses={data.cesResponses} />
        </div>
      </main>
    </VitalsProvider>
  );
}
