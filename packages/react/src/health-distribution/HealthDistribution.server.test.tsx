// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  readableText,
  saysPhrase,
  untranslatedFragments,
} from '../test/words';

describe('HealthDistribution on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { HealthDistribution, VitalsProvider } = await import('../index');
    const { DEFAULT_TIERS, healthTierDistribution } = await import('@vitals/metrics');
    const data = healthTierDistribution(
      [
        { accountId: 'a', tier: 'healthy' },
        { accountId: 'b', tier: 'critical' },
      ],
      [
        { id: 'a', mrr: 9_000 },
        { id: 'b', mrr: 1_000 },
      ],
      { tiers: DEFAULT_TIERS },
    );
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <HealthDistribution data={data} />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    // The server lays out for 640 px (the SVG then follows its container): side by side.
    expect(html).toContain('viewBox="0 0 640 ');
    // Japanese words (ja-JP), Japanese yen.
    expect(html).toContain(
      '2件のアカウント、MRR ￥10,000。 良好 1件のアカウント（50.0%）、MRR ￥9,000（90.0%）、',
    );
    expect(html).toContain('data-tier="at-risk"');
    // The only inline style is the shell's kept height.
    expect(html.match(/style="[^"]*"/g)).toEqual(['style="min-height:114px"']);
  });
});

describe('HealthDistribution in German', () => {
  it('says none of the English words that German says differently, in any state', async () => {
    const { HealthDistribution, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const { healthTierDistribution } = await import('@vitals/metrics');
    const data = healthTierDistribution(
      [
        { accountId: 'a', tier: 'healthy' },
        { accountId: 'b', tier: 'at-risk' },
        { accountId: 'c', tier: 'unknown' },
      ],
      [{ id: 'a', mrr: 9_000 }],
    );
    const scorecard = {
      categories: [
        {
          id: 'usage',
          weight: 1,
          measures: [
            { id: 'u', signal: 'u', normalize: { type: 'range', min: 0, max: 10 } as const },
          ],
        },
      ],
    };
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <HealthDistribution data={data} defaultShowTable />
          <HealthDistribution data={data} measure="mrr" />
          <HealthDistribution
            accounts={[{ id: 'a', mrr: 5, signals: { u: Number.NaN } }]}
            scorecard={scorecard}
          />
          <HealthDistribution accounts={[]} scorecard={scorecard} />
          <HealthDistribution />
          <HealthDistribution accounts={[]} />
          <HealthDistribution loading />
        </VitalsProvider>,
      ),
    );
    // The German words are there…
    expect(html).toContain('Gesund');
    expect(html).toContain(
      '2 Kunden haben keinen MRR und zählen als 0 €.'.replace(' €', '\u00a0€'),
    );
    expect(html).toContain(messagesDe.healthDistribution.empty);
    expect(html).toContain(messagesDe.healthDistribution.emptyScored);
    expect(html).toContain(messagesDe.healthDistribution.needsScorecard);
    expect(html).toContain(messagesDe.healthDistribution.loading);
    expect(html).toContain(messagesDe.common.couldNotShow.chart);
    // …and no English word that German replaces.
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.healthDistribution],
      [messagesDe.common, messagesDe.healthDistribution],
    );
    expect(english.length).toBeGreaterThan(20);
    const readable = readableText(html);
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
