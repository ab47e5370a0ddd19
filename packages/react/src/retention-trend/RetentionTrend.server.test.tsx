// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  readableText,
  saysPhrase,
  untranslatedFragments,
} from '../test/words';

describe('RetentionTrend on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { RetentionTrend, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <RetentionTrend
          window="ttm"
          data={[
            { period: '2025-01', nrr: 1.12, grr: 0.91, logoChurn: 0.05 },
            { period: '2025-02', nrr: 1.21, grr: 0.96, logoChurn: 0.04 },
          ]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('viewBox="0 0 640 ');
    expect(html).toContain('2025年2月');
    // The band labels come from the benchmarks group: Japanese rating, the same range.
    expect(html).toContain('上位25% ≥ 120.0%');
    expect(html).not.toContain('Top quartile');
  });
});

describe('RetentionTrend in German', () => {
  const snapshots = [
    { accountId: 'a', period: '2025-01', mrr: 1_000 },
    { accountId: 'a', period: '2025-02', mrr: 1_100 },
    { accountId: 'a', period: '2025-03', mrr: 1_100 },
    { accountId: 'b', period: '2025-01', mrr: 1_000 },
    { accountId: 'b', period: '2025-02', mrr: 900 },
    { accountId: 'b', period: '2025-03', mrr: -5 },
  ];

  it('says none of the English words that German says differently, in any state', async () => {
    const { RetentionTrend, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <RetentionTrend
            data={[
              { period: '2025-01', nrr: 1.01, grr: 0.99, logoChurn: 0.01 },
              {
                period: '2025-02',
                nrr: null,
                grr: null,
                logoChurn: null,
                reason: 'no-starting-mrr',
                from: '2025-01',
              },
              { period: '2025-03', nrr: null, grr: null, logoChurn: null },
              { period: '2025-04', nrr: 0.97, grr: 0.95, logoChurn: 0.02 },
            ]}
            metrics={['nrr', 'grr', 'logoChurn']}
            defaultShowTable
          />
          <RetentionTrend
            snapshots={snapshots}
            from="2024-12"
            to="2025-03"
            window="ttm"
            onInvalid="skip"
            benchmarkSegment="SMB"
            metrics={['logoChurn']}
            defaultShowTable
          />
          <RetentionTrend snapshots={snapshots} from="2024-12" to="2025-03" />
          <RetentionTrend snapshots={snapshots.slice(0, 2)} />
          <RetentionTrend snapshots={[]} />
          <RetentionTrend loading />
        </VitalsProvider>,
      ),
    );
    const t = messagesDe.trend;
    // The German words are there…
    expect(html).toContain(t.windowNotes.month);
    expect(html).toContain(t.windowNotes.ttm);
    expect(html).toContain(t.segmentNote);
    expect(html).toContain(t.plotLabel);
    expect(html).toContain('Net Revenue Retention, im Monatsvergleich');
    expect(html).toContain(
      'Kein Anfangs-MRR Ende Januar 2025, daher lassen sich die Raten nicht berechnen',
    );
    expect(html).toContain(t.gapUnknown);
    expect(html).toContain('2 Zeiträume haben keinen Wert; siehe Tabelle.');
    expect(html).toContain('Benchmark pro Monat: oberes Quartil ≥ 101,5\u00a0%');
    expect(html).toContain('Gut 100,0\u00a0%–101,5\u00a0%');
    expect(html).toContain(`${t.tablePeriod}<`);
    expect(html).toContain(t.needsWindow);
    expect(html).toContain(t.empty);
    expect(html).toContain(t.loading);
    // …and no English word that German replaces.
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.trend, messagesEn.benchmarks],
      [messagesDe.common, messagesDe.trend, messagesDe.benchmarks],
    );
    expect(english.length).toBeGreaterThan(40);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
