import type { HealthTierBucket, HealthTierDistribution, MrrAtRisk } from '@vitals/metrics';
import type { DataTableRow } from '../internal/DataTable';
import type { Formatters } from '../provider/format';
import type {
  HealthDistributionBar,
  HealthDistributionQuantity,
} from './health-distribution.geometry';

/** The words for each quantity. */
export const QUANTITY_LABELS: Record<HealthDistributionQuantity, string> = {
  accounts: 'Accounts',
  mrr: 'MRR',
};

/** A share as text, or "—" when the total is 0. */
export function shareText(share: number | null, format: Formatters): string {
  return share === null ? '—' : format.percent(share);
}

/** "1 account" / "120 accounts". */
export function accountsText(count: number, format: Formatters): string {
  return `${format.count(count)} account${count === 1 ? '' : 's'}`;
}

/** The label after a bar: "120 · 50%" or "$45,000 · 62%". */
export function barValueText(
  bar: Pick<HealthDistributionBar, 'quantity' | 'value' | 'share'>,
  format: Formatters,
): string {
  const value = bar.quantity === 'accounts' ? format.count(bar.value) : format.currency(bar.value);
  return `${value} · ${shareText(bar.share, format)}`;
}

/** A bar's accessible name: "Healthy: 120 accounts, 50% of accounts". */
export function barLabel(bar: HealthDistributionBar, format: Formatters): string {
  return bar.quantity === 'accounts'
    ? `${bar.label}: ${accountsText(bar.value, format)}, ${shareText(bar.share, format)} of accounts`
    : `${bar.label}: ${format.currency(bar.value)} MRR, ${shareText(bar.share, format)} of MRR`;
}

/** One tier in words, both quantities: "Healthy 120 accounts (50%), $45,000 MRR (62%)". */
export function bucketText(bucket: HealthTierBucket, format: Formatters): string {
  return `${bucket.label} ${accountsText(bucket.count, format)} (${shareText(bucket.countShare, format)}), ${format.currency(bucket.mrr)} MRR (${shareText(bucket.mrrShare, format)})`;
}

/** The chart's text alternative: totals, each tier, MRR at risk, and accounts without MRR. */
export function distributionSummary(
  distribution: Pick<HealthTierDistribution, 'buckets' | 'count' | 'mrr' | 'accountsWithoutMrr'>,
  atRisk: MrrAtRisk,
  format: Formatters,
): string {
  const head = `${accountsText(distribution.count, format)}, ${format.currency(distribution.mrr)} MRR.`;
  const tiers = distribution.buckets.map((bucket) => bucketText(bucket, format)).join('; ');
  const risk = ` MRR in at-risk tiers: ${format.currency(atRisk.mrr)} (${shareText(atRisk.share, format)}).`;
  const missing =
    distribution.accountsWithoutMrr > 0
      ? ` ${accountsText(distribution.accountsWithoutMrr, format)} without MRR count${distribution.accountsWithoutMrr === 1 ? 's' : ''} as ${format.currency(0)}.`
      : '';
  return `${head} ${tiers}.${risk}${missing}`;
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
