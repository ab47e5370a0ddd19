// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('NrrWaterfall on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { NrrWaterfall, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <NrrWaterfall
          data={{
            startingMrr: 10_000,
            expansionMrr: 5_000,
            contractionMrr: 500,
            churnedMrr: 1_500,
          }}
        />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    // Laid out at the fallback width, sized by CSS so it follows its container.
    expect(html).toContain('viewBox="0 0 640 280"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('Net revenue retention 130%, gross revenue retention 80%.');
    expect(html).toContain('￥10,000');
  });
});
