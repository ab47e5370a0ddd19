import type { MrrSnapshot } from '@vitals/metrics';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VitalsProvider } from '../provider/VitalsProvider';
import { expectNoAxeViolations } from '../test/axe';
import { expectHydratesCleanly } from '../test/hydrate';
import { describeHostContract } from '../test/hostContract';
import { renderStrict } from '../test/render';
import { benchmarkBands } from '@vitals/metrics';
import { enTrend } from '../messages/en';
import { createFormatters } from '../provider/format';
import { bandLabel } from './bands.text';
import { RetentionTrendPlot } from './RetentionTrendPlot';
import { EN_TREND_WORDS } from './trend.text';
import { retentionTrendGeometry } from './trend.geometry';
import { RetentionTrend } from './RetentionTrend';

/**
 * January: nobody paid in December, so no rates (a gap).
 * February: S 2,000; a +100, b −100: NRR 100 %, GRR 95 %, no logo lost.
 * March: S 2,000; b (900) churns: NRR = GRR = 55 %, logo churn 50 %.
 * April: S 1,100; a +100, c is new (never in NRR): NRR 109.1 %, GRR 100 %.
 */
const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 1_000 },
  { accountId: 'a', period: '2025-02', mrr: 1_100 },
  { accountId: 'a', period: '2025-03', mrr: 1_100 },
  { accountId: 'a', period: '2025-04', mrr: 1_200 },
  { accountId: 'b', period: '2025-01', mrr: 1_000 },
  { accountId: 'b', period: '2025-02', mrr: 900 },
  { accountId: 'c', period: '2025-04', mrr: 500 },
];
const window = { snapshots, from: '2024-12', to: '2025-04' };

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('RetentionTrend', () => {
  it('states the window, the latest, lowest and highest value and the bands in words', () => {
    renderStrict(<RetentionTrend {...window} />);
    const figure = screen.getByRole('figure', { name: 'Retention trend' });
    const description = figure.getAttribute('aria-describedby')!;
    expect(document.getElementById(description)).toHaveTextContent(
      'Retention month over month, January 2025 to April 2025. Net revenue retention: latest 109.1% (top quartile) in April 2025, lowest 55.0% in March 2025, highest 109.1% in April 2025. Benchmark per month: top quartile ≥ 101.5%, good 100.0%–101.5%, fair 99.1%–100.0%, poor < 99.1%.',
    );
    expect(document.getElementById(description)).toHaveTextContent(
      '1 period has no value; see the table.',
    );
    expect(figure.querySelector('[data-metric="grr"].vitals-kpi')).toHaveTextContent(
      'GRR 100.0% (excellent)',
    );
  });

  it('lets a keyboard user reach each point and read its value and rating', async () => {
    const user = userEvent.setup();
    renderStrict(<RetentionTrend {...window} />);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('NRR, February 2025: 100.0%, fair');
    expect(screen.getByRole('tooltip')).toHaveTextContent('fair 99.1%–100.0%');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('NRR, April 2025: 109.1%, top quartile');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('GRR, February 2025: 95.0%, poor');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName('GRR, April 2025: 100.0%, excellent');
    // Three valued months per panel: January is a gap, not a mark; one tab stop for all six.
    expect(screen.getAllByRole('img')).toHaveLength(6);
    expect(screen.getAllByRole('img').filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
  });

  it('fires onSelect with the metric and period of the selected point', async () => {
    const user = userEvent.setup();
    const selections: unknown[] = [];
    renderStrict(<RetentionTrend {...window} onSelect={(s) => selections.push(s)} />);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown} ');
    // The window's starting accounts with their MRR at its end: Σ 1,100 ÷ starting 2,000 = NRR 55%.
    expect(selections).toEqual([
      {
        component: 'RetentionTrend',
        metric: 'nrr',
        period: '2025-03',
        accounts: [
          { accountId: 'a', value: 1_100 },
          { accountId: 'b', value: 0 },
        ],
      },
    ]);
  });

  it('explains a gap in the table and rates every value', () => {
    renderStrict(<RetentionTrend {...window} />);
    expect(cells(screen.getByRole('table', { name: 'Retention trend: data' }))).toEqual([
      "January 2025——No starting MRR at the end of December 2024, so the rates can't be computed (a gap in the line).",
      'February 2025100.0% (fair)95.0% (poor)',
      'March 202555.0% (poor)55.0% (poor)',
      'April 2025109.1% (top quartile)100.0% (excellent)',
    ]);
  });

  it('names every drawn band right of the plot or in the legend, never under the line', () => {
    const { container } = renderStrict(<RetentionTrend {...window} />);
    for (const panel of container.querySelectorAll('.vitals-trend-panel')) {
      const metric = panel.getAttribute('data-metric')!;
      const plotRight = Math.max(
        ...[...panel.querySelectorAll('.vitals-trend-band')].map(
          (band) => Number(band.getAttribute('x')) + Number(band.getAttribute('width')),
        ),
      );
      const legend = screen.queryByRole('list', { name: enTrend.bandLegend });
      const legendRow = legend?.querySelector(`[data-metric="${metric}"]`);
      for (const band of panel.querySelectorAll('.vitals-trend-band')) {
        const rating = band.getAttribute('data-rating')!;
        const label = panel.querySelector(`.vitals-trend-band-label[data-rating="${rating}"]`);
        const inLegend = legendRow?.querySelector(`[data-rating="${rating}"]`);
        expect(label !== null || inLegend != null).toBe(true);
        if (label) expect(Number(label.getAttribute('x'))).toBeGreaterThan(plotRight);
      }
    }
    expect(container.textContent).toContain('Top quartile');
    const { container: bare } = renderStrict(<RetentionTrend {...window} showBenchmarks={false} />);
    expect(bare.querySelector('.vitals-trend-band')).toBeNull();
    expect(bare.querySelector('.vitals-trend-band-label')).toBeNull();
  });

  it('lists the bands a narrow plot names by rating alone under it, with their values', () => {
    const bands = { nrr: benchmarkBands('nrr', { period: 'monthly' }) };
    const format = createFormatters('en-US', 'USD');
    const points = ['2025-01', '2025-02', '2025-03'].map((period, i) => ({
      period,
      nrr: [0.97, 1.0, 1.02][i]!,
      grr: null,
      logoChurn: null,
    }));
    const geometry = (width: number) =>
      retentionTrendGeometry(points, ['nrr'], {
        width,
        panelHeight: 160,
        bands,
        bandLabel: (metric, range, form) =>
          bandLabel(
            metric,
            bands.nrr.ranges[range]!,
            bands.nrr.unit,
            format,
            undefined,
            undefined,
            form,
          ),
      });
    const plot = (width: number) => (
      <RetentionTrendPlot
        geometry={geometry(width)}
        bands={bands}
        format={format}
        width={width}
        window="month"
        words={EN_TREND_WORDS}
      />
    );
    const wide = renderStrict(plot(1200));
    expect(screen.queryByRole('list', { name: enTrend.bandLegend })).toBeNull();
    expect(wide.container.querySelector('.vitals-trend-band-label')).toHaveTextContent(/\d/);
    wide.unmount();
    const narrow = renderStrict(plot(340));
    const legend = screen.getByRole('list', { name: enTrend.bandLegend });
    expect(legend).toHaveTextContent('NRR:');
    expect(legend).toHaveTextContent('Top quartile ≥ 101.5%');
    const labels = [...narrow.container.querySelectorAll('.vitals-trend-band-label')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.textContent).not.toMatch(/\d/);
  });

  it('shows logo churn against its segment benchmark, and says when a segment is needed', () => {
    const { unmount } = renderStrict(
      <RetentionTrend {...window} metrics={['logoChurn']} benchmarkSegment="SMB" />,
    );
    expect(screen.getAllByRole('img').map((p) => p.getAttribute('aria-label'))).toEqual([
      'Logo churn, February 2025: 0.0%, excellent',
      'Logo churn, March 2025: 50.0%, poor',
      'Logo churn, April 2025: 0.0%, excellent',
    ]);
    unmount();
    renderStrict(<RetentionTrend {...window} metrics={['nrr', 'logoChurn']} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Logo churn benchmarks depend on the customer segment',
    );
  });

  it("computes trailing-twelve-month rates with window='ttm', banded annually", () => {
    const yearly: MrrSnapshot[] = [
      { accountId: 'a', period: '2024-01', mrr: 1_000 },
      { accountId: 'a', period: '2025-01', mrr: 1_200 },
      { accountId: 'b', period: '2024-01', mrr: 500 },
    ];
    renderStrict(<RetentionTrend snapshots={yearly} from="2024-12" to="2025-01" window="ttm" />);
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName('NRR, January 2025: 80.0%, poor');
    expect(
      screen.getByText(/trailing twelve months \(end of the same month a year earlier/),
    ).toBeInTheDocument();
  });

  it('takes precomputed points as data, and names bad ones', () => {
    const { unmount } = renderStrict(
      <RetentionTrend
        window="ttm"
        data={[
          { period: '2025-01', nrr: 1.24, grr: 0.93, logoChurn: 0.04 },
          { period: '2025-02', nrr: null, grr: null, logoChurn: null, reason: 'no-starting-mrr' },
        ]}
      />,
    );
    expect(screen.getAllByRole('img').map((p) => p.getAttribute('aria-label'))).toEqual([
      'NRR, January 2025: 124.0%, top quartile',
      'GRR, January 2025: 93.0%, good',
    ]);
    unmount();
    renderStrict(
      <RetentionTrend
        data={[
          { period: '2025-13', nrr: 1, grr: 1, logoChurn: 0 },
          { period: '2025-02', nrr: Number.NaN, grr: 1, logoChurn: 0 },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('2 rows are invalid');
    expect(alert).toHaveTextContent("Row 1 (index 0), period: must be a month 'YYYY-MM'");
    expect(alert).toHaveTextContent('Row 2 (index 1), nrr');
  });

  it('formats percentages and months in the provider locale', () => {
    renderStrict(
      <VitalsProvider locale="de-DE" currency="EUR">
        <RetentionTrend {...window} />
      </VitalsProvider>,
    );
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(
      'NRR, Februar 2025: 100,0\u00a0%, mittel',
    );
  });

  it('names bad rows, a missing window, and shows empty and loading states', () => {
    const { unmount } = renderStrict(
      <RetentionTrend
        {...window}
        snapshots={[...snapshots, { accountId: '', period: '2025-02', mrr: 1 }]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Row 8 (index 7), accountId');
    unmount();
    const second = renderStrict(<RetentionTrend snapshots={snapshots} />);
    expect(screen.getByRole('alert')).toHaveTextContent('needs a window');
    second.unmount();
    const third = renderStrict(<RetentionTrend snapshots={[]} from="2025-01" to="2025-03" />);
    expect(screen.getByText(/No MRR data yet/)).toBeInTheDocument();
    third.unmount();
    renderStrict(<RetentionTrend loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading retention trend…');
  });

  it('has no accessibility violations', async () => {
    const { container } = renderStrict(
      <RetentionTrend
        {...window}
        metrics={['nrr', 'grr', 'logoChurn']}
        benchmarkSegment="SMB"
        defaultShowTable
      />,
    );
    await expectNoAxeViolations(container);
  });

  it('hydrates server HTML without console errors or warnings', async () => {
    const { container, cleanup } = await expectHydratesCleanly(
      <VitalsProvider theme="dark" locale="ja-JP" currency="JPY">
        <RetentionTrend {...window} />
      </VitalsProvider>,
    );
    expect(container.querySelector('figure')).toHaveAttribute('data-state', 'ready');
    cleanup();
  });
});

describeHostContract('RetentionTrend', {
  readyTag: 'FIGURE',
  states: {
    ready: (host) => <RetentionTrend {...window} {...host} />,
    loading: (host) => <RetentionTrend loading {...host} />,
    empty: (host) => <RetentionTrend snapshots={[]} from="2025-01" to="2025-03" {...host} />,
    error: (host) => <RetentionTrend snapshots={snapshots} {...host} />,
  },
});
