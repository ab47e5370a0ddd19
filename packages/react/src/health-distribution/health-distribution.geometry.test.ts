import { POINTS_TIERS, healthTierDistribution } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../provider/format';
import {
  SIDE_BY_SIDE_MIN_WIDTH,
  healthDistributionGeometry,
  measureQuantities,
} from './health-distribution.geometry';
import { enHealthDistribution } from '../messages/en';
import { barValueText } from './health-distribution.text';

const format = createFormatters('en-US', 'USD');
const valueText = (bar: Parameters<typeof barValueText>[0]) =>
  barValueText(bar, format, enHealthDistribution);

/** 6 healthy (6,000), 3 at risk (3,000), 0 critical, 1 unknown (1,000): 10 accounts, 10,000 MRR. */
const tiers = [
  ...Array.from({ length: 6 }, (_, i) => ['h' + i, 'healthy', 1_000] as const),
  ...Array.from({ length: 3 }, (_, i) => ['r' + i, 'at-risk', 1_000] as const),
  ['u0', 'unknown', 1_000] as const,
];
const distribution = healthTierDistribution(
  tiers.map(([accountId, tier]) => ({ accountId, tier })),
  tiers.map(([id, , mrr]) => ({ id, mrr })),
);

describe('healthDistributionGeometry', () => {
  it('puts accounts and MRR side by side on shared tier rows when the width allows', () => {
    const geometry = healthDistributionGeometry(distribution.buckets, { width: 640, valueText });
    expect(geometry.arrangement).toBe('side');
    const [accounts, mrr] = geometry.panels;
    expect(accounts!.quantity).toBe('accounts');
    expect(mrr!.quantity).toBe('mrr');
    expect(mrr!.x).toBeGreaterThan(accounts!.x + accounts!.width);
    expect(accounts!.bars.map((b) => b.y)).toEqual(mrr!.bars.map((b) => b.y));
    // Tier labels are drawn once, in the column left of the first set.
    expect(accounts!.rows.map((r) => r.label)).toEqual([
      'Healthy',
      'At risk',
      'Critical',
      'Unknown',
    ]);
    expect(mrr!.rows).toEqual([]);
    expect(accounts!.rows.every((r) => r.labelX < accounts!.x)).toBe(true);
  });

  it('stacks the two sets below the side-by-side width, each with its own tier labels', () => {
    const geometry = healthDistributionGeometry(distribution.buckets, {
      width: SIDE_BY_SIDE_MIN_WIDTH - 1,
      valueText,
    });
    expect(geometry.arrangement).toBe('stacked');
    const [accounts, mrr] = geometry.panels;
    expect(mrr!.x).toBe(accounts!.x);
    expect(mrr!.bars[0]!.y).toBeGreaterThan(
      accounts!.bars.at(-1)!.y + accounts!.bars.at(-1)!.height,
    );
    expect(mrr!.rows).toHaveLength(4);
    expect(geometry.height).toBeGreaterThan(mrr!.bars.at(-1)!.y + mrr!.bars.at(-1)!.height);
  });

  it('draws one set for measure accounts or mrr', () => {
    expect(measureQuantities('both')).toEqual(['accounts', 'mrr']);
    for (const measure of ['accounts', 'mrr'] as const) {
      const geometry = healthDistributionGeometry(distribution.buckets, { width: 640, measure });
      expect(geometry.panels.map((p) => p.quantity)).toEqual([measure]);
    }
  });

  it('scales each set from zero to its largest tier, in proportion', () => {
    const [accounts] = healthDistributionGeometry(distribution.buckets, {
      width: 640,
      valueText,
    }).panels;
    const [healthy, atRisk, critical, unknown] = accounts!.bars;
    expect(healthy!.width / atRisk!.width).toBeCloseTo(6 / 3, 9);
    expect(unknown!.width / atRisk!.width).toBeCloseTo(1 / 3, 9);
    expect(healthy!.x).toBe(accounts!.x);
    // A tier with no accounts keeps its row, with a zero-length bar.
    expect(critical).toMatchObject({ tier: 'critical', value: 0, width: 0, share: 0 });
  });

  it('reserves room for every value label inside its set, so labels never clip or overlap', () => {
    for (const width of [320, 480, 640, 960]) {
      const geometry = healthDistributionGeometry(distribution.buckets, { width, valueText });
      for (const panel of geometry.panels) {
        for (const bar of panel.bars) {
          const textWidth = valueText(bar).length * 12 * 0.62 + 4;
          expect(bar.labelX + textWidth).toBeLessThanOrEqual(panel.x + panel.width + 1e-9);
        }
      }
      expect(geometry.panels.at(-1)!.x + geometry.panels.at(-1)!.width).toBeLessThanOrEqual(
        width + 1e-9,
      );
    }
  });

  it('carries tier, tone and share on every bar', () => {
    const [, mrr] = healthDistributionGeometry(distribution.buckets, { width: 640 }).panels;
    expect(mrr!.bars.map((b) => [b.tier, b.tone, b.value, b.share])).toEqual([
      ['healthy', 'positive', 6_000, 0.6],
      ['at-risk', 'notice', 3_000, 0.3],
      ['critical', 'negative', 0, 0],
      ['unknown', 'neutral', 1_000, 0.1],
    ]);
  });

  it('lists custom tiers (POINTS_TIERS) highest first, every one even when empty', () => {
    const points = healthTierDistribution(
      [{ accountId: 'a', tier: 'code-red' }],
      [{ id: 'a', mrr: 5 }],
      {
        tiers: POINTS_TIERS,
      },
    );
    const [accounts] = healthDistributionGeometry(points.buckets, { width: 640 }).panels;
    expect(accounts!.rows.map((r) => r.tier)).toEqual([
      'loyal',
      'satisfied',
      'needs-improvement',
      'code-red',
    ]);
    expect(accounts!.bars.map((b) => b.width > 0)).toEqual([false, false, false, true]);
  });

  it('draws no bar lengths for no accounts, and full length for a single tier', () => {
    const none = healthTierDistribution([], []);
    const [accounts] = healthDistributionGeometry(none.buckets, { width: 640 }).panels;
    expect(accounts!.bars.map((b) => [b.width, b.share])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    const allUnknown = healthTierDistribution(
      [
        { accountId: 'a', tier: 'unknown' },
        { accountId: 'b', tier: 'unknown' },
      ],
      [],
    );
    const geometry = healthDistributionGeometry(allUnknown.buckets, { width: 640 });
    const unknown = geometry.panels[0]!.bars.at(-1)!;
    expect(unknown.tier).toBe('unknown');
    expect(unknown.width).toBeGreaterThan(0);
    // Without MRR the MRR set has no total: every share is null and every length 0.
    expect(geometry.panels[1]!.bars.map((b) => [b.width, b.share])).toEqual(
      Array.from({ length: 4 }, () => [0, null]),
    );
  });
});
