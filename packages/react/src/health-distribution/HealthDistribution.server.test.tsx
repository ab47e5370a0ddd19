// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('HealthDistribution on the server', () => {
  it('imports and renders with no window or document', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const { HealthDistribution, VitalsProvider } = await import('../index');
    const { DEFAULT_TIERS, healthTierDistribution } = await import('@vitals/metrics');
    const data = healthTierDistribution(
      [
        { accountId: 'a', tier: 'healthy' },
        { accountId: 'b', tier: 'critical' },
      ],
      [
        { id: 'a', mrr: 9_000 },
        { id: 'b', mrr: 1_000 },
      ],
      { tiers: DEFAULT_TIERS },
    );
    const html = renderToString(
      <VitalsProvider locale="ja-JP" currency="JPY">
        <HealthDistribution data={data} />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    // The server lays out for 640 px: the two bar sets sit side by side.
    expect(html).toContain('width="640"');
    expect(html).toContain('2 accounts, ￥10,000 MRR. Healthy 1 account (50%), ￥9,000 MRR (90%);');
    expect(html).toContain('data-tier="at-risk"');
    expect(html).not.toContain('style=');
  });
});
