// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

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
    expect(html).toContain(
      'Logo retention of 2 monthly cohorts from 2025年1月 to 2025年2月, 3 accounts.',
    );
    expect(html).toContain('data-state="future"');
    expect(html).toContain('Small cohort: 1 account, fewer than 2');
    // No inline styles in server HTML (CSP without 'unsafe-inline').
    expect(html).not.toContain('style=');
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
    // A full 36 × 36 grid with its data table: about 330 KB, not the 414 MB it was.
    expect(html.length).toBeLessThan(400_000);
    expect(html).toContain('Left out: 2,364 earlier cohorts (showing the latest 36)');
  });
});
