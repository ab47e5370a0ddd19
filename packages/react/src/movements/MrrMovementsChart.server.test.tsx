// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('MrrMovementsChart on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { MrrMovementsChart, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <MrrMovementsChart
          data={[
            {
              period: '2025-03',
              startingMrr: 10_000,
              newMrr: 1_000,
              expansionMrr: 500,
              contractionMrr: 200,
              churnedMrr: 300,
            },
          ]}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('viewBox="0 0 640 300"');
    expect(html).toContain('2025年3月');
    expect(html).toContain('+￥1,000');
    expect(html).not.toContain('role="tooltip"');
  });
});
