// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('RetentionTrend on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { RetentionTrend, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <RetentionTrend
          window="ttm"
          data={[
            { period: '2025-01', nrr: 1.12, grr: 0.91, logoChurn: 0.05 },
            { period: '2025-02', nrr: 1.21, grr: 0.96, logoChurn: 0.04 },
          ]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('viewBox="0 0 640 ');
    expect(html).toContain('2025年2月');
    expect(html).toContain('Top quartile ≥ 120%');
  });
});
