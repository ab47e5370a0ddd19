// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('NpsBreakdown, CsatBreakdown and CesBreakdown on the server', () => {
  it('import and render with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { CesBreakdown, CsatBreakdown, NpsBreakdown, VitalsProvider } = await import('../index');
    const html = renderToString(
      <VitalsProvider locale="de-DE" currency="EUR">
        <NpsBreakdown
          responses={[10, 10, 9, 8, 3, { score: 9, segment: 'SMB' }]}
          groupBy="segment"
          trend={[{ period: '2025-01', responses: [9, 2] }]}
        />
        <CsatBreakdown responses={[5, 4, 2]} />
        <CesBreakdown responses={[1, 2]} higherIsEasier={false} />
      </VitalsProvider>,
    );
    expect(html.match(/data-state="ready"/g)).toHaveLength(3);
    // The server width: every plot is laid out at the frame's 640 px fallback.
    expect(html).toContain('width="640"');
    // 4 promoters, 1 passive, 1 detractor of 6 → 100 × 3 / 6 = +50; CSAT 2 of 3; CES mean 6,5.
    expect(html).toContain('+50');
    expect(html).toContain('66,7');
    expect(html).toContain('6,5 of 7');
    expect(html).not.toContain('role="tooltip"');
  });
});
