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
});
