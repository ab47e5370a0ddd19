import {
  ces,
  cohortRetention,
  csat,
  grossRevenueRetention,
  healthTierDistribution,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueRetention,
  nps,
  scoreHealth,
} from '@vitals/metrics';
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
import { AS_OF, LOCALES, SCORECARD, WINDOW, book, currencyOf } from '../../../book.js';

/** Every locale in both themes is prerendered by `next build`. */
export function generateStaticParams() {
  return LOCALES.flatMap(({ locale }) => ['light', 'dark'].map((theme) => ({ locale, theme })));
}

export const dynamicParams = false;

/**
 * A React Server Component: it computes every metric with `@vitals/metrics` on the server and
 * hands the plain results to the client components as `data`.
 */
export default async function Page({
  params,
}: {
  params: Promise<{ locale: string; theme: string }>;
}) {
  const { locale, theme } = await params;
  const data = book();
  const year = mrrMovements(data.snapshots, WINDOW);
  const health = scoreHealth(data.accounts, SCORECARD);
  return (
    <VitalsProvider
      locale={locale}
      currency={currencyOf(locale)}
      theme={theme === 'dark' ? 'dark' : 'light'}
    >
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
          <NrrWaterfall data={year} />
          <RetentionTrend snapshots={data.snapshots} from={WINDOW.from} to={WINDOW.to} />
        </div>
        <MrrMovementsChart data={mrrMovementsSeries(data.snapshots, WINDOW)} />
        <CohortHeatmap data={cohortRetention(data.snapshots, { from: '2024-01', to: WINDOW.to })} />
        <div className="host-grid">
          <HealthDistribution
            data={healthTierDistribution(health.accounts, data.accounts, {
              tiers: SCORECARD.tiers,
            })}
          />
          <NpsBreakdown data={nps(data.npsResponses)} />
        </div>
        <HealthTierList
          data={health}
          accounts={data.accounts}
          scorecard={SCORECARD}
          history={data.history}
          asOf={AS_OF}
        />
        <div className="host-grid">
          <CsatBreakdown data={csat(data.csatResponses)} />
          <CesBreakdown data={ces(data.cesResponses)} />
        </div>
      </main>
    </VitalsProvider>
  );
}
