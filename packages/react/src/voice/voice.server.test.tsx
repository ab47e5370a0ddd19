// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  readableText,
  saysPhrase,
  untranslatedFragments,
} from '../test/words';

describe('NpsBreakdown, CsatBreakdown and CesBreakdown on the server', () => {
  it('import and render with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { CesBreakdown, CsatBreakdown, NpsBreakdown, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="de-DE" currency="EUR">
        <NpsBreakdown
          responses={[10, 10, 9, 8, 3, { score: 9, segment: 'SMB' }]}
          groupBy="segment"
          trend={[{ period: '2025-01', responses: [9, 2] }]}
        />
        <CsatBreakdown responses={[5, 4, 2]} />
        <CesBreakdown responses={[1, 2]} higherIsEasier={false} />
      </VitalsProvider>,
    );
    expect(html.match(/data-state="ready"/g)).toHaveLength(3);
    // The server width: every plot is laid out at the frame's 640 px fallback, sized by CSS.
    expect(html).toContain('viewBox="0 0 640 160"');
    expect(html).toContain('width="100%"');
    // 4 promoters, 1 passive, 1 detractor of 6 → 100 × 3 / 6 = +50; CSAT 2 of 3; CES mean 6,5.
    expect(html).toContain('+50');
    expect(html).toContain('66,7');
    expect(html).toContain('6,5 von 7');
    expect(html).not.toContain('role="tooltip"');
  });
});

describe('The survey breakdowns in German', () => {
  it('say none of the English words that German says differently, in any state', async () => {
    const { CesBreakdown, CsatBreakdown, NpsBreakdown, VitalsProvider, messagesEn, messagesDe } =
      await import('../index');
    const many = Array.from({ length: 20 }, (_, i) => ({ score: i % 11, segment: `S${i}` }));
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <NpsBreakdown
            responses={[10, 9, 8, 3, { score: 9, segment: 'SMB' }]}
            groupBy="segment"
            trend={[
              { period: '2025-01', responses: [9, 2] },
              { period: '2025-02', responses: [] },
            ]}
            defaultShowTable
          />
          <NpsBreakdown responses={many} groupBy="segment" maxGroups={5} />
          <NpsBreakdown responses={[]} />
          <NpsBreakdown loading />
          <CsatBreakdown
            responses={[
              { score: 5, channel: 'email' },
              { score: 2, channel: 'chat' },
            ]}
            groupBy="channel"
            defaultShowTable
          />
          <CsatBreakdown responses={[]} />
          <CsatBreakdown loading />
          <CesBreakdown
            responses={[
              { score: 1, segment: 'SMB' },
              { score: 5, segment: 'SMB' },
            ]}
            groupBy="segment"
            higherIsEasier={false}
            defaultShowTable
          />
          <CesBreakdown responses={[]} />
          <CesBreakdown loading />
        </VitalsProvider>,
      ),
    );
    // The German words are there…
    expect(html).toContain('Promotoren, Passive und Kritiker');
    expect(html).toContain('Kleine Stichprobe');
    expect(html).toContain('16 weitere Segmente sind in der Zeile „Sonstige“ zusammengefasst.');
    expect(html).toContain('Nach Kanal');
    expect(html).toContain('Umgekehrte Skala');
    expect(html).toContain(messagesDe.nps.empty);
    expect(html).toContain(messagesDe.csat.loading);
    expect(html).toContain(messagesDe.ces.empty);
    expect(html).toContain('Nicht angegeben');
    // …and no English word that German replaces.
    const groups = ['common', 'voice', 'nps', 'csat', 'ces'] as const;
    // "Score" alone is English's word for a scale point (German: "Wert"), but it stays inside
    // the product names German keeps, "Net Promoter Score" and "Customer Effort Score".
    const english = untranslatedFragments(
      groups.map((g) => messagesEn[g]),
      groups.map((g) => messagesDe[g]),
    ).filter((fragment) => fragment !== 'Score');
    expect(english.length).toBeGreaterThan(60);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });

  it('show the error state in German words (the row details are the developer’s, in English)', async () => {
    const { NpsBreakdown, VitalsProvider, messagesDe } = await import('../index');
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE">
          <NpsBreakdown responses={[10, 11]} />
          <NpsBreakdown responses={[10, 11, 9]} onInvalid="skip" />
        </VitalsProvider>,
      ),
    );
    expect(html).toContain(messagesDe.common.couldNotShow.chart);
    expect(html).toContain('1 Zeile ist ungültig.');
    expect(html).toContain('1 ungültige Zeile wurde übersprungen.');
  });
});
