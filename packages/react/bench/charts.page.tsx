/**
 * The page of charts.bench.ts: each Vitals chart drawn from 36 months of data, and recharts'
 * BarChart drawing the same 36 months of net MRR movement, the alternative a vendor might pick.
 * Data is computed once before timing; a run times rendering only.
 */
import {
  cohortRetention,
  grossRevenueRetention,
  logoChurnRate,
  mrrMovements,
  mrrMovementsSeries,
  netRevenueRetention,
} from '@vitals/metrics';
import { generateSampleData, generateSurveyResponses } from '@vitals/sample-data';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { CohortHeatmap } from '../src/cohort-heatmap';
import { MetricCard } from '../src/metric-card';
import { MrrMovementsChart } from '../src/movements';
import { VitalsProvider } from '../src/provider/VitalsProvider';
import { RetentionTrend } from '../src/retention-trend';
import { NpsBreakdown } from '../src/voice';
import { NrrWaterfall } from '../src/waterfall';
import '../src/styles.css';

const book = generateSampleData({ seed: 36, accounts: 2_000, months: 37, endPeriod: '2025-12' });
const series = mrrMovementsSeries(book.snapshots, {
  from: book.periods[0]!,
  to: book.periods.at(-1)!,
  includeAccounts: false,
});
const year = mrrMovements(book.snapshots, { from: '2024-12', to: '2025-12' });
const trend = series.map((entry) => ({
  period: entry.period,
  nrr: netRevenueRetention(entry),
  grr: grossRevenueRetention(entry),
  logoChurn: logoChurnRate(entry),
}));
const cohorts = cohortRetention(book.snapshots);
const responses = generateSurveyResponses({ responses: 3_600, months: 36 });
const byMonth = new Map<string, typeof responses>();
for (const response of responses) {
  const period = response.date.slice(0, 7);
  byMonth.set(period, [...(byMonth.get(period) ?? []), response]);
}
const npsTrend = [...byMonth.keys()]
  .sort()
  .map((period) => ({ period, responses: byMonth.get(period)! }));
const net = series.map((e) => ({
  period: e.period,
  net: e.newMrr + e.reactivationMrr + e.expansionMrr - e.contractionMrr - e.churnedMrr,
}));

const CHARTS: Record<string, () => ReactElement> = {
  NrrWaterfall: () => <NrrWaterfall data={year} />,
  MrrMovementsChart: () => <MrrMovementsChart data={series} />,
  RetentionTrend: () => <RetentionTrend data={trend} />,
  CohortHeatmap: () => <CohortHeatmap data={cohorts} />,
  MetricCard: () => (
    <MetricCard
      label="NRR"
      value={trend.at(-1)!.nrr}
      history={trend.map((t) => t.nrr)}
      format="percent"
    />
  ),
  NpsBreakdown: () => <NpsBreakdown responses={responses} trend={npsTrend} />,
  'recharts BarChart': () => (
    <BarChart width={900} height={300} data={net}>
      <XAxis dataKey="period" />
      <YAxis />
      <Tooltip />
      <Bar dataKey="net" isAnimationActive={false} />
    </BarChart>
  ),
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

declare global {
  interface Window {
    chartsBench: {
      names: string[];
      periods: number;
      render(name: string): Promise<{ ms: number; commitMs: number; columns: number }>;
    };
  }
}

window.chartsBench = {
  names: Object.keys(CHARTS),
  periods: series.length,
  async render(name) {
    const container = document.createElement('div');
    container.style.width = '900px';
    document.getElementById('root')!.append(container);
    const root = createRoot(container);
    const start = performance.now();
    // Synchronous render and commit: the JavaScript work, free of frame timing.
    flushSync(() => root.render(<VitalsProvider>{CHARTS[name]!()}</VitalsProvider>));
    const commitMs = performance.now() - start;
    // The frame after the one that follows the commit: the chart is painted.
    await frame();
    await frame();
    const ms = performance.now() - start;
    const columns = container.querySelectorAll(
      '.vitals-movements-column, .recharts-bar-rectangle',
    ).length;
    root.unmount();
    container.remove();
    return { ms, commitMs, columns };
  },
};
