import { COMPANY_PREFIXES, COMPANY_SUFFIXES, OWNERS } from './names';
import { type Random, createRandom } from './random';

/** The customer segments the generator draws from. */
export const SAMPLE_SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
/** A customer segment. */
export type SampleSegment = (typeof SAMPLE_SEGMENTS)[number];

/** One generated customer account. */
export interface SampleAccount {
  id: string;
  name: string;
  segment: SampleSegment;
  /** The customer-success manager who owns the account. */
  owner: string;
  /** First month with MRR > 0 (`'YYYY-MM'`), possibly before the generated window. */
  startPeriod: string;
  /** Seats purchased. */
  seats: number;
}

/** Options of {@link generateSampleData}. */
export interface SampleDataOptions {
  /**
   * Seed of the generator: the same seed always gives the same data.
   * @default 42
   */
  seed?: number | undefined;
  /**
   * Number of accounts.
   * @default 120
   */
  accounts?: number | undefined;
  /**
   * Number of months of snapshots, ending at `endPeriod`.
   * @default 24
   */
  months?: number | undefined;
  /**
   * The last month generated (`'YYYY-MM'`).
   * @default '2025-12'
   */
  endPeriod?: string | undefined;
  /**
   * ISO 4217 code written on every snapshot.
   * @default 'USD'
   */
  currency?: string | undefined;
  /**
   * Share of accounts already paying before the first generated month; the rest sign up during
   * the window. `1` gives the densest data (about accounts × months rows), as benchmarks want.
   * @default 0.35
   */
  existingShare?: number | undefined;
}

/**
 * One account's MRR at the end of one month: the same shape as `SampleSnapshot` in `@vitals/metrics`,
 * declared here so that this package depends on nothing.
 */
export interface SampleSnapshot {
  accountId: string;
  period: string;
  mrr: number;
  currency: string;
  segment: SampleSegment;
}

/** Generated accounts and their monthly MRR snapshots. */
export interface SampleData {
  accounts: SampleAccount[];
  /** One row per account, month and subscription; some accounts have two subscriptions. */
  snapshots: SampleSnapshot[];
  /** Every generated month in order (`'YYYY-MM'`). */
  periods: string[];
  currency: string;
}

interface SegmentProfile {
  share: number;
  mrr: [number, number];
  seats: [number, number];
  churn: number;
  expansion: number;
  contraction: number;
  reactivation: number;
}

/**
 * Monthly behaviour per segment, in line with the source articles' benchmarks: SMB churns 3–5 % a
 * month, Mid-Market 1–2 %, Enterprise well under 1 %.
 */
const PROFILES: Record<SampleSegment, SegmentProfile> = {
  SMB: {
    share: 0.6,
    mrr: [49, 600],
    seats: [2, 25],
    churn: 0.035,
    expansion: 0.04,
    contraction: 0.02,
    reactivation: 0.04,
  },
  'Mid-Market': {
    share: 0.3,
    mrr: [800, 4_500],
    seats: [25, 200],
    churn: 0.013,
    expansion: 0.05,
    contraction: 0.02,
    reactivation: 0.03,
  },
  Enterprise: {
    share: 0.1,
    mrr: [6_000, 32_000],
    seats: [200, 2_000],
    churn: 0.004,
    expansion: 0.06,
    contraction: 0.015,
    reactivation: 0.02,
  },
};

const money = (value: number) => Math.round(value * 100) / 100;

function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

function parseMonth(period: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new RangeError(`generateSampleData: endPeriod must be 'YYYY-MM', got '${period}'`);
  }
  return Number(match[1]) * 12 + month - 1;
}

function pickSegment(random: Random): SampleSegment {
  const roll = random.next();
  if (roll < PROFILES.SMB.share) return 'SMB';
  if (roll < PROFILES.SMB.share + PROFILES['Mid-Market'].share) return 'Mid-Market';
  return 'Enterprise';
}

/** A value in [min, max], skewed towards min the way real price distributions are. */
function skewed(random: Random, [min, max]: [number, number]): number {
  const u = random.next();
  return min + (max - min) * u * u;
}

/**
 * Generates realistic, deterministic accounts and monthly MRR snapshots: new business, expansion,
 * contraction, churn (sometimes with an explicit zero row), reactivation after a gap, three
 * segments, and split subscriptions (an add-on billed as a second row).
 *
 * @example
 * const { snapshots } = generateSampleData({ seed: 7, accounts: 500 });
 * mrrMovements(snapshots, { period: '2025-12' });
 */
export function generateSampleData(options: SampleDataOptions = {}): SampleData {
  const {
    seed = 42,
    accounts: count = 120,
    months = 24,
    endPeriod = '2025-12',
    currency = 'USD',
    existingShare = 0.35,
  } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`generateSampleData: accounts must be a whole number ≥ 0, got ${count}`);
  }
  if (!(existingShare >= 0 && existingShare <= 1)) {
    throw new RangeError(
      `generateSampleData: existingShare must be between 0 and 1, got ${existingShare}`,
    );
  }
  if (!Number.isInteger(months) || months < 2) {
    throw new RangeError(`generateSampleData: months must be a whole number ≥ 2, got ${months}`);
  }
  const random = createRandom(seed);
  const last = parseMonth(endPeriod);
  const first = last - months + 1;
  const periods = Array.from({ length: months }, (_, i) => formatMonth(first + i));
  const accounts: SampleAccount[] = [];
  const snapshots: SampleSnapshot[] = [];

  for (let n = 0; n < count; n++) {
    const segment = pickSegment(random);
    const profile = PROFILES[segment];
    // Part of the book predates the window (a third by default); the rest signs up during it.
    const start = random.chance(existingShare)
      ? first - random.int(1, 24)
      : first + random.int(0, months - 1);
    const id = `acct-${String(n + 1).padStart(String(count).length, '0')}`;
    const name = `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}${n >= 540 ? ` ${Math.floor(n / 540) + 1}` : ''}`;
    accounts.push({
      id,
      name,
      segment,
      owner: random.pick(OWNERS),
      startPeriod: formatMonth(start),
      seats: random.int(profile.seats[0], profile.seats[1]),
    });

    const hasAddOn = random.chance(0.2);
    const addOnShare = 0.1 + random.next() * 0.2;
    let mrr = money(skewed(random, profile.mrr));
    let active = true;
    for (let month = start; month <= last; month++) {
      if (month > start) {
        if (active) {
          if (random.chance(profile.churn)) {
            active = false;
            if (month >= first && random.chance(0.3)) {
              snapshots.push({
                accountId: id,
                period: formatMonth(month),
                mrr: 0,
                currency,
                segment,
              });
            }
            continue;
          }
          if (random.chance(profile.expansion)) mrr = money(mrr * (1.1 + random.next() * 0.4));
          else if (random.chance(profile.contraction))
            mrr = money(mrr * (0.7 + random.next() * 0.2));
        } else if (random.chance(profile.reactivation)) {
          active = true;
          mrr = money(skewed(random, profile.mrr));
        } else {
          continue;
        }
      }
      if (month < first) continue;
      const period = formatMonth(month);
      if (hasAddOn) {
        const addOn = money(mrr * addOnShare);
        snapshots.push({ accountId: id, period, mrr: money(mrr - addOn), currency, segment });
        snapshots.push({ accountId: id, period, mrr: addOn, currency, segment });
      } else {
        snapshots.push({ accountId: id, period, mrr, currency, segment });
      }
    }
  }
  return { accounts, snapshots, periods, currency };
}
