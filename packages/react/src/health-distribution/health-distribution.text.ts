import type { HealthTierBucket, HealthTierDistribution, MrrAtRisk } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import type { HealthDistributionMessages, HealthTierNameMessages } from '../messages/types';
import { fill, plural } from '../messages/template';
import type { Formatters } from '../provider/format';
import type {
  HealthDistributionBar,
  HealthDistributionQuantity,
} from './health-distribution.geometry';

/** The default tiers' English labels by id, and their keys in the catalogue. */
const DEFAULT_TIER_NAMES: Readonly<Record<string, [string, keyof HealthTierNameMessages]>> = {
  healthy: ['Healthy', 'healthy'],
  'at-risk': ['At risk', 'atRisk'],
  critical: ['Critical', 'critical'],
  unknown: ['Unknown', 'unknown'],
};

/**
 * A tier's name in the reader's language: the default tiers (DEFAULT_TIERS and `unknown`) with
 * their English labels are translated; a custom tier's label is the host's own word, shown as given.
 */
export function tierName(
  tier: { tier: string; label: string },
  names: HealthTierNameMessages,
): string {
  const known = Object.prototype.hasOwnProperty.call(DEFAULT_TIER_NAMES, tier.tier)
    ? DEFAULT_TIER_NAMES[tier.tier]
    : undefined;
  return known && known[0] === tier.label ? names[known[1]] : tier.label;
}

/** Buckets with their labels in the reader's language. */
export function translatedBuckets(
  buckets: readonly HealthTierBucket[],
  m: HealthDistributionMessages,
): HealthTierBucket[] {
  return buckets.map((bucket) => ({ ...bucket, label: tierName(bucket, m.tiers) }));
}

/** The words for each quantity. */
export function quantityLabel(
  quantity: HealthDistributionQuantity,
  m: HealthDistributionMessages,
): string {
  return quantity === 'accounts' ? m.quantityAccounts : m.quantityMrr;
}

/** A share as text, or "—" when the total is 0. */
export function shareText(share: number | null, format: Formatters): string {
  return share === null ? '—' : format.percent(share);
}

/** "1 account" / "120 accounts". */
export function accountsText(
  count: number,
  format: Formatters,
  m: HealthDistributionMessages,
): string {
  return plural(m.accounts, format.locale, count, { count: format.count(count) });
}

/** A bar's value: "120" or "$45,000". */
function valueText(
  bar: Pick<HealthDistributionBar, 'quantity' | 'value'>,
  format: Formatters,
): string {
  return bar.quantity === 'accounts' ? format.count(bar.value) : format.currency(bar.value);
}

/** The label after a bar: "120 · 50%" or "$45,000 · 62%". */
export function barValueText(
  bar: Pick<HealthDistributionBar, 'quantity' | 'value' | 'share'>,
  format: Formatters,
  m: HealthDistributionMessages,
): string {
  return fill(m.barValue, { value: valueText(bar, format), share: shareText(bar.share, format) });
}

/** A bar's accessible name: "Healthy: 120 accounts, 50% of accounts". */
export function barLabel(
  bar: HealthDistributionBar,
  format: Formatters,
  m: HealthDistributionMessages,
): string {
  const share = shareText(bar.share, format);
  return bar.quantity === 'accounts'
    ? fill(m.barLabelAccounts, {
        tier: bar.label,
        accounts: accountsText(bar.value, format, m),
        share,
      })
    : fill(m.barLabelMrr, { tier: bar.label, mrr: format.currency(bar.value), share });
}

/** One tier in words, both quantities: "Healthy 120 accounts (50%), $45,000 MRR (62%)". */
export function bucketText(
  bucket: HealthTierBucket,
  format: Formatters,
  m: HealthDistributionMessages,
): string {
  return fill(m.summaryTier, {
    tier: bucket.label,
    accounts: accountsText(bucket.count, format, m),
    accountShare: shareText(bucket.countShare, format),
    mrr: format.currency(bucket.mrr),
    mrrShare: shareText(bucket.mrrShare, format),
  });
}

/** The chart's text alternative: totals, each tier, MRR at risk, and accounts without MRR. */
export function distributionSummary(
  distribution: Pick<HealthTierDistribution, 'buckets' | 'count' | 'mrr' | 'accountsWithoutMrr'>,
  atRisk: MrrAtRisk,
  format: Formatters,
  m: HealthDistributionMessages,
): string {
  const head = fill(m.summaryHead, {
    accounts: accountsText(distribution.count, format, m),
    mrr: format.currency(distribution.mrr),
  });
  const tiers = fill(m.summaryTiers, {
    tiers: distribution.buckets
      .map((bucket) => bucketText(bucket, format, m))
      .join(m.summaryTierSeparator),
  });
  const risk = fill(m.summaryRisk, {
    mrr: format.currency(atRisk.mrr),
    share: shareText(atRisk.share, format),
  });
  const without = distribution.accountsWithoutMrr;
  const missing =
    without > 0
      ? plural(m.summaryWithoutMrr, format.locale, without, {
          count: format.count(without),
          zero: format.currency(0),
        })
      : '';
  return [head, tiers, risk, missing].filter(Boolean).join(' ');
}

/** The distribution as table rows: accounts and MRR per tier, each with its share. */
export function distributionTableRows(
  buckets: readonly HealthTierBucket[],
  format: Formatters,
): DataTableRow[] {
  return buckets.map((bucket) => ({
    id: bucket.tier,
    header: bucket.label,
    cells: {
      accounts: format.count(bucket.count),
      accountShare: shareText(bucket.countShare, format),
      mrr: format.currency(bucket.mrr),
      mrrShare: shareText(bucket.mrrShare, format),
    },
    data: { 'data-tier': bucket.tier, 'data-tone': bucket.tone },
  }));
}
