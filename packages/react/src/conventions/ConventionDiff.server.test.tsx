// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('ConventionDiff on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { ConventionDiff, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <ConventionDiff
          snapshots={[
            { accountId: 'a', period: '2025-01', mrr: 100 },
            { accountId: 'a', period: '2025-02', mrr: 90 },
            { accountId: 'b', period: '2024-12', mrr: 50 },
            { accountId: 'b', period: '2025-02', mrr: 40 },
          ]}
          period="2025-02"
        />
      </VitalsProvider>,
    );
    const text = html.replaceAll('<!-- -->', '');
    expect(text).toContain('data-state="ready"');
    expect(text).toContain('Net MRR churn: Baremetrics 10% against −30% (+40 pts)');
    expect(text).toContain('b ￥40');
    expect(text).toContain('Quick ratio: Baremetrics 0× against 4× (−4×)');
  });
});
