// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decodeHtml, untranslatedFragments, saysPhrase, readableText } from '../test/words';

describe('MrrMovementsChart on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { MrrMovementsChart, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <MrrMovementsChart
          data={[
            {
              period: '2025-03',
              startingMrr: 10_000,
              newMrr: 1_000,
              expansionMrr: 500,
              contractionMrr: 200,
              churnedMrr: 300,
            },
          ]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('viewBox="0 0 640 300"');
    expect(html).toContain('2025年3月');
    expect(html).toContain('+￥1,000');
    expect(html).not.toContain('role="tooltip"');
  });
});

describe('MrrMovementsChart in German', () => {
  it('says none of the English words that German says differently', async () => {
    const { MrrMovementsChart, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const html = decodeHtml(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <MrrMovementsChart
            data={[
              {
                period: '2025-02',
                startingMrr: 10000,
                newMrr: 400,
                expansionMrr: 500,
                reactivationMrr: 600,
                contractionMrr: 100,
                churnedMrr: 1300,
              },
              {
                period: '2025-03',
                startingMrr: 10100,
                newMrr: 0,
                expansionMrr: 0,
                reactivationMrr: 0,
                contractionMrr: 0,
                churnedMrr: 0,
              },
            ]}
            defaultShowTable
          />
          <MrrMovementsChart data={[]} />
          <MrrMovementsChart snapshots={[]} from="2025-01" to="2025-02" />
          <MrrMovementsChart loading />
        </VitalsProvider>,
      ),
    );
    expect(html).toContain('Netto-Neu-MRR');
    expect(html).toContain('Nettoveränderung');
    expect(html).toContain('(2 Perioden)');
    expect(html).toContain(messagesDe.movements.noPeriods);
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.movements],
      [messagesDe.common, messagesDe.movements],
    );
    expect(english.length).toBeGreaterThan(25);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
