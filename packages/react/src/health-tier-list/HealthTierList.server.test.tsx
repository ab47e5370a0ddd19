// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decodeHtml as decode, readableText, saysPhrase } from '../test/words';

describe('HealthTierList on the server', () => {
  it('imports with no window and renders the first page of rows of a long list', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { HealthTierList, VitalsProvider } = await import('../index');
    const { generateHealthAccounts } = await import('@vitals/sample-data');
    const { SCORECARD_ADOPTION_FIRST } = await import('@vitals/metrics');
    const accounts = generateHealthAccounts({ seed: 3, accounts: 2_000 });
    const html = renderToString(
      <VitalsProvider locale="de-DE" currency="EUR">
        <HealthTierList
          accounts={accounts}
          scorecard={SCORECARD_ADOPTION_FIRST}
          asOf="2025-12-31"
          height={480}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('aria-rowcount="2001"');
    const rows = html.match(/<tr class="vitals-tier-list-row"/g) ?? [];
    // The first page (480 px of 52 px rows) plus overscan, not 2,000 rows.
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.length).toBeLessThan(30);
    expect(html).toContain('aria-rowindex="2"');
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toMatch(/\d\.\d{3}\s€/);
  });
});

describe('HealthTierList in German', () => {
  it('says its toolbar, states and tiers in German, in any state', async () => {
    const { HealthTierList, VitalsProvider, messagesDe, messagesEn } = await import('../index');
    const { SCORECARD_ADOPTION_FIRST } = await import('@vitals/metrics');
    const { generateHealthAccounts } = await import('@vitals/sample-data');
    const accounts = generateHealthAccounts({ seed: 3, accounts: 20 });
    const html = decode(
      renderToString(
        <VitalsProvider locale="de-DE" currency="EUR">
          <HealthTierList
            accounts={accounts}
            scorecard={SCORECARD_ADOPTION_FIRST}
            asOf="2025-12-31"
          />
          <HealthTierList accounts={[]} scorecard={SCORECARD_ADOPTION_FIRST} />
          <HealthTierList accounts={accounts} />
          <HealthTierList loading />
          <HealthTierList
            accounts={[{ id: '', signals: {} }]}
            scorecard={SCORECARD_ADOPTION_FIRST}
          />
        </VitalsProvider>,
      ),
    );
    const de = messagesDe.healthTierList;
    for (const word of [de.title, de.search, de.searchPlaceholder, de.allSegments, de.exportCsv]) {
      expect(html).toContain(word);
    }
    expect(html).toContain('20 Kunden');
    expect(html).toContain(de.empty);
    expect(html).toContain(de.needsScorecard);
    expect(html).toContain(de.loading);
    expect(html).toContain(messagesDe.common.couldNotShow.list);
    expect(html).toContain(de.tiers.critical);
    // None of the English words of the toolbar and states. (The column headers, the details and
    // the next-tier sentences and the select-all box are still English: not yet in the catalogue.)
    const en = messagesEn.healthTierList;
    const readable = readableText(html);
    for (const phrase of [
      en.title,
      en.search,
      en.searchPlaceholder,
      en.allSegments,
      en.exportCsv,
      en.loading,
      en.empty,
      en.needsScorecard,
      messagesEn.common.couldNotShow.list,
    ]) {
      expect(saysPhrase(readable, phrase), phrase).toBe(false);
    }
  });
});
