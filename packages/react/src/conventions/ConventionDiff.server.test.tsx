// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  decodeHtml as decode,
  readableText,
  saysPhrase,
  untranslatedFragments,
} from '../test/words';

const snapshots = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 90 },
  { accountId: 'b', period: '2024-12', mrr: 50 },
  { accountId: 'b', period: '2025-02', mrr: 40 },
];

describe('ConventionDiff on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { ConventionDiff, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <ConventionDiff snapshots={snapshots} period="2025-02" />
      </VitalsProvider>,
    );
    const text = html.replaceAll('<!-- -->', '');
    expect(text).toContain('data-state="ready"');
    expect(text).toContain('純MRR解約率：Baremetrics 10.0%、基準 −30.0%（+40ポイント）');
    expect(text).toContain('b ￥40');
    expect(text).toContain('クイックレシオ：Baremetrics 0×、基準 4×（−4×）');
  });
});

describe('ConventionDiff in German', () => {
  it('says none of the English words that German says differently, in any state', async () => {
    const { ConventionDiff, VitalsProvider, messagesEn, messagesDe } = await import('../index');
    const many = Array.from({ length: 15 }, (_, i) => [
      { accountId: `n${i}`, period: '2025-01', mrr: 0 },
      { accountId: `n${i}`, period: '2025-02', mrr: 10 },
      { accountId: `n${i}`, period: '2025-03', mrr: 0 },
    ]).flat();
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <ConventionDiff snapshots={snapshots} period="2025-02" />
          <ConventionDiff
            snapshots={[...snapshots, ...many]}
            from="2025-01"
            to="2025-03"
            maxAccounts={2}
          />
          <ConventionDiff
            snapshots={[...snapshots, { accountId: '', period: '2025-02', mrr: 1 }]}
            period="2025-02"
            onInvalid="skip"
          />
          <ConventionDiff
            snapshots={[...snapshots, { accountId: '', period: '2025-02', mrr: 1 }]}
            period="2025-02"
          />
          <ConventionDiff />
          <ConventionDiff loading />
        </VitalsProvider>,
      ),
    ).replaceAll('<!-- -->', '');
    const m = messagesDe.conventionDiff;
    // The German words are there…
    expect(html).toContain(
      'Netto-MRR-Abwanderung: Baremetrics 10,0\u00a0% gegenüber −30,0\u00a0% (+40 Pp.)',
    );
    expect(html).toContain(m.sourcesHeading);
    expect(html).toContain(m.rules['reactivation-offset']);
    expect(html).toContain('…und ');
    expect(html).toContain('1 ungültige Zeile wurde übersprungen.');
    expect(html).toContain(messagesDe.common.couldNotShow.list);
    expect(html).toContain(m.empty);
    expect(html).toContain(m.loading);
    // …and no English word that German replaces.
    const english = untranslatedFragments(
      [messagesEn.common, messagesEn.conventionDiff],
      [messagesDe.common, messagesDe.conventionDiff],
    );
    expect(english.length).toBeGreaterThan(30);
    // The sources quote each vendor's public page in its own words (English): leave the quotes out.
    const quotes = /<a href="https:[^"]*" rel="noreferrer">[^<]*<\/a>/g;
    expect(html.match(quotes)?.length).toBeGreaterThan(0);
    const readable = readableText(html.replace(quotes, ''));
    for (const fragment of english) expect(saysPhrase(readable, fragment), fragment).toBe(false);
  });
});
