// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

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
