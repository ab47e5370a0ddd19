// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  readableText,
  saysPhrase,
  untranslatedFragments,
} from '../test/words';

describe('CohortHeatmap on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { CohortHeatmap, VitalsProvider } = await import('../index');
    const snapshots = [
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 100 },
      { accountId: 'b', period: '2025-01', mrr: 100 },
      { accountId: 'c', period: '2025-02', mrr: 50 },
    ];
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <CohortHeatmap snapshots={snapshots} minCohortSize={2} />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('role="grid"');
    // The server assumes 640 px: two age columns are comfortable there.
    expect(html).toContain('data-density="comfortable"');
    expect(html).toContain('月次コホート2件の顧客維持率（2025年1月～2025年2月、3社）。');
    expect(html).toContain('data-state="future"');
    expect(html).toContain('少数のコホート：1社（2社未満）');
    // No inline styles in the grid's server HTML (CSP without 'unsafe-inline'); the shell's
    // plot area keeps the chart's height with an inline min-height, as on every chart.
    const grid = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(grid).toContain('role="grid"');
    expect(grid).not.toContain('style=');
  });

  it('bounds its markup: two rows 9,999 years apart render < 300 KB, quickly', async () => {
    const { CohortHeatmap } = await import('../index');
    const started = performance.now();
    const html = renderToString(
      <CohortHeatmap
        snapshots={[
          { accountId: 'a', period: '0001-01', mrr: 100 },
          { accountId: 'b', period: '9999-12', mrr: 100 },
        ]}
        minCohortSize={1}
      />,
    );
    // A sanity bound with a wide margin (unbounded, this took 12–17 s and 84 MB).
    expect(performance.now() - started).toBeLessThan(5000);
    expect(html.length).toBeLessThan(300_000);
    expect(html).toContain('data-state="ready"');
    // Both cohorts fit; the oldest one's ages past 35 are left out, and the note says how many.
    const later = (9999 - 1) * 12 + 12 - 36;
    expect(html).toContain(
      `Left out: ${later.toLocaleString('en-US')} later months of age (showing months 0–35).`,
    );
  });

  it('bounds a precomputed table too: 2,400 monthly cohorts over 200 years', async () => {
    const { CohortHeatmap } = await import('../index');
    const { cohortRetention } = await import('@vitals/metrics');
    const snapshots = Array.from({ length: 2400 }, (_, at) => ({
      accountId: `a${at}`,
      period: `${String(1800 + Math.floor(at / 12)).padStart(4, '0')}-${String((at % 12) + 1).padStart(2, '0')}`,
      mrr: 100,
    }));
    const data = cohortRetention(snapshots, { maxAge: 40 });
    const html = renderToString(<CohortHeatmap data={data} minCohortSize={1} />);
    // A full 36 × 36 grid with its data table: about 406 KB (every rate with its one decimal,
    // 2 characters more per rate than before), not the 414 MB it was.
    expect(html.length).toBeLessThan(450_000);
    expect(html).toContain('Left out: 2,364 earlier cohorts (showing the latest 36)');
  });
});

describe('CohortHeatmap in German', () => {
  it('says none of the English words that German says differently, in any state', async () => {
    const { CohortHeatmap, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const snapshots = [
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 100 },
      { accountId: 'a', period: '2025-03', mrr: 100 },
      { accountId: 'b', period: '2025-01', mrr: 50 },
      { accountId: 'c', period: '2025-02', mrr: 80 },
      { accountId: 'c', period: '2025-03', mrr: 80 },
      { accountId: 'd', period: '2025-03', mrr: -1 },
    ];
    const good = snapshots.slice(0, 6);
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <CohortHeatmap snapshots={good} minCohortSize={2} defaultShowTable />
          <CohortHeatmap
            snapshots={snapshots}
            onInvalid="skip"
            defaultMetric="revenue"
            maxCohorts={1}
            maxAge={1}
            defaultShowTable
          />
          <CohortHeatmap snapshots={snapshots} />
          <CohortHeatmap snapshots={[]} />
          <CohortHeatmap loading />
        </VitalsProvider>,
      ),
    );
    const m = messagesDe.cohortHeatmap;
    // The German words are there…
    expect(html).toContain('Monatskohorten von Jan. 2025 bis Feb. 2025, 3 Kunden.');
    expect(html).toContain('Kleine Kohorte: 1 Kunde, weniger als 2');
    expect(html).toContain('Ausgegraut: weniger als 2 Kunden');
    expect(html).toContain('Kundenbindung nach Kohorte · Monate seit der ersten Zahlung');
    expect(html).toContain('Ausgelassen: 1 frühere Kohorte (gezeigt werden die letzten 1)');
    expect(html).toContain('1 ungültige Zeile wurde übersprungen.');
    expect(html).toContain(messagesDe.common.couldNotShow.chart);
    expect(html).toContain(m.retentionShown);
    expect(html).toContain(m.legendBlank);
    expect(html).toContain(m.tableStartingMrr);
    expect(html).toContain(m.empty);
    expect(html).toContain(m.loading);
    // …and no English word that German replaces.
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.cohortHeatmap],
      [messagesDe.common, messagesDe.cohortHeatmap],
    );
    expect(english.length).toBeGreaterThan(60);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
