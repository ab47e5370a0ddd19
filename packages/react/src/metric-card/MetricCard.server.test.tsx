// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('MetricCard on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { MetricCard, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <MetricCard
          label="MRR"
          value={1_240_000}
          previousValue={1_200_000}
          format="currency"
          history={[1_100_000, 1_200_000, 1_240_000]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('￥1,240,000');
    expect(html).toContain('width="200"');
    expect(html).toContain('Trend over 3 periods');
  });
});
