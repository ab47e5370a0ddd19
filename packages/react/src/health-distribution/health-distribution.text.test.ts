import { healthTierDistribution, mrrAtRisk } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../messages/de';
import { enHealthDistribution as en } from '../messages/en';
import { createFormatters } from '../provider/format';
import {
  barValueText,
  distributionSummary,
  distributionTableRows,
  shareText,
  tierName,
  translatedBuckets,
} from './health-distribution.text';

const us = createFormatters('en-US', 'USD');
const de = createFormatters('de-DE', 'EUR');

describe('health distribution text', () => {
  it('writes shares, or — when the total is 0', () => {
    expect(shareText(0.25, us)).toBe('25.0%');
    expect(shareText(null, us)).toBe('—');
  });

  it('labels a bar with its value and share in the locale', () => {
    expect(barValueText({ quantity: 'accounts', value: 1_204, share: 0.5 }, us, en)).toBe(
      '1,204 · 50.0%',
    );
    expect(barValueText({ quantity: 'mrr', value: 45_000, share: 0.625 }, de, en)).toBe(
      '45.000\u00a0€ · 62,5\u00a0%',
    );
  });

  it('summarises no accounts without dividing by zero, and names accounts without MRR', () => {
    const none = healthTierDistribution([], []);
    expect(distributionSummary(none, mrrAtRisk(none.buckets), us, en)).toBe(
      '0 accounts, $0 MRR. Healthy 0 accounts (—), $0 MRR (—); At risk 0 accounts (—), $0 MRR (—); Critical 0 accounts (—), $0 MRR (—). MRR in at-risk tiers: $0 (—).',
    );
    const unpriced = healthTierDistribution([{ accountId: 'a', tier: 'at-risk' }], []);
    expect(distributionSummary(unpriced, mrrAtRisk(unpriced.buckets), us, en)).toMatch(
      / 1 account without MRR counts as \$0\.$/,
    );
  });

  it("speaks the reader's language: German tiers, plurals and sentences", () => {
    const de2 = messagesDe.healthDistribution;
    const one = healthTierDistribution([{ accountId: 'a', tier: 'at-risk' }], []);
    const buckets = translatedBuckets(one.buckets, de2);
    expect(buckets.map((b) => b.label)).toEqual(['Gesund', 'Gefährdet', 'Kritisch']);
    const text = distributionSummary({ ...one, buckets }, mrrAtRisk(buckets), de, de2);
    expect(text).toMatch(/^1 Kunde, 0\u00a0€ MRR\. Gesund 0 Kunden/);
    expect(text).toMatch(/1 Kunde ohne MRR zählt als 0\u00a0€\.$/);
  });

  it('keeps a custom tier label as the host wrote it', () => {
    expect(
      tierName({ tier: 'healthy', label: 'Thriving' }, messagesDe.healthDistribution.tiers),
    ).toBe('Thriving');
    expect(tierName({ tier: 'loyal', label: 'Loyal' }, messagesDe.healthDistribution.tiers)).toBe(
      'Loyal',
    );
  });

  it('gives one table row per tier with tier and tone for styling', () => {
    const one = healthTierDistribution(
      [{ accountId: 'a', tier: 'healthy' }],
      [{ id: 'a', mrr: 10 }],
    );
    expect(distributionTableRows(one.buckets, us)[0]).toEqual({
      id: 'healthy',
      header: 'Healthy',
      cells: { accounts: '1', accountShare: '100.0%', mrr: '$10', mrrShare: '100.0%' },
      data: { 'data-tier': 'healthy', 'data-tone': 'positive' },
    });
  });
});
