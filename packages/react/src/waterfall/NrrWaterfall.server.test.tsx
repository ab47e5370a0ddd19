// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  untranslatedFragments,
  saysPhrase,
  readableText,
} from '../test/words';

describe('NrrWaterfall on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { NrrWaterfall, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <NrrWaterfall
          data={{
            startingMrr: 10_000,
            expansionMrr: 5_000,
            contractionMrr: 500,
            churnedMrr: 1_500,
          }}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    // Laid out at the fallback width, sized by CSS so it follows its container.
    expect(html).toContain('viewBox="0 0 640 280"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('NRR 130.0%、GRR 80.0%。');
    expect(html).toContain('￥10,000');
  });
});

describe('NrrWaterfall in German', () => {
  it('says none of the English words that German says differently, in any state', async () => {
    const { NrrWaterfall, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const rows = [
      { accountId: 'a', period: '2025-01', mrr: 1000 },
      { accountId: 'b', period: '2025-01', mrr: 500 },
      { accountId: 'a', period: '2025-02', mrr: 1200 },
      { accountId: 'b', period: '2025-02', mrr: -5 },
    ];
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <NrrWaterfall
            data={{
              startingMrr: 10_000,
              expansionMrr: 5_000,
              contractionMrr: 500,
              churnedMrr: 1_500,
            }}
            showNewAndReactivation
            defaultShowTable
          />
          <NrrWaterfall snapshots={rows} from="2025-01" to="2025-02" onInvalid="skip" />
          <NrrWaterfall snapshots={rows} from="2025-01" to="2025-02" />
          <NrrWaterfall snapshots={[]} />
          <NrrWaterfall loading />
          <NrrWaterfall
            data={{ startingMrr: 0, expansionMrr: 0, contractionMrr: 0, churnedMrr: 0 }}
          />
        </VitalsProvider>,
      ),
    );
    // The German words are there…
    expect(html).toContain('Datentabelle ausblenden');
    expect(html).toContain('Anfangs-MRR');
    expect(html).toContain('1 ungültige Zeile wurde übersprungen.');
    expect(html).toContain(messagesDe.common.couldNotShow.chart);
    expect(html).toContain('1 Zeile ist ungültig.');
    expect(html).toContain(messagesDe.waterfall.empty);
    expect(html).toContain(messagesDe.waterfall.loading);
    // …and no English word that German replaces.
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.waterfall],
      [messagesDe.common, messagesDe.waterfall],
    );
    expect(english.length).toBeGreaterThan(30);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });

  it('shows a per-key override and keeps every other word from the locale', async () => {
    const { NrrWaterfall, VitalsProvider } = await import('../index');
    const html = decode(
      renderToString(
        <VitalsProvider
          locale="de-DE"
          currency="EUR"
          messages={{
            common: { showTable: 'Zahlen zeigen' },
            waterfall: { title: 'NRR im Quartal' },
          }}
        >
          <NrrWaterfall
            data={{
              startingMrr: 10_000,
              expansionMrr: 5_000,
              contractionMrr: 500,
              churnedMrr: 1_500,
            }}
          />
        </VitalsProvider>,
      ),
    );
    expect(html).toContain('Zahlen zeigen');
    expect(html).toContain('NRR im Quartal');
    expect(html).toContain('Anfangs-MRR');
    expect(html).not.toContain('Datentabelle anzeigen');
  });
});
