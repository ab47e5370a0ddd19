// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

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

  it('renders the error state naming the problem for an invalid value', async () => {
    const { MetricCard } = await import('../index');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(
      <MetricCard label="NRR" value={Number.POSITIVE_INFINITY} format="percent" />,
    );
    expect(html).toContain('data-state="error"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('value must be a finite number or null, got Infinity');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keeps a null value with a reason as the empty state', async () => {
    const { MetricCard } = await import('../index');
    const html = renderToString(<MetricCard label="NRR" value={null} reason="no-responses" />);
    expect(html).toContain('data-state="empty"');
    expect(html).toContain('No survey responses yet.');
    expect(html).not.toContain('role="alert"');
  });
});
