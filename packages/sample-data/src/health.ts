import { COMPANY_PREFIXES, COMPANY_SUFFIXES, OWNERS } from './names';
import { type Random, createRandom } from './random';
import { SAMPLE_SEGMENTS, type SampleSegment } from './generate';

/** Signals of one account, named as the scorecard presets of `@vitals/metrics` read them. */
export interface SampleHealthSignals {
  [signal: string]: number | boolean | null;
  weeklyLogins: number | null;
  activeUserRatio: number | null;
  featureAdoption: number | null;
  nps: number | null;
  csat: number | null;
  openTickets: number | null;
  escalations: number | null;
  csmSentiment: number | null;
  goalsAchieved: number | null;
  roiConfirmed: boolean | null;
  seatsUsed: number;
  seatsPurchased: number;
}

/** One account as `scoreHealth` takes it (`HealthAccount` in `@vitals/metrics`). */
export interface SampleHealthAccount {
  id: string;
  name: string;
  segment: SampleSegment;
  owner: string;
  mrr: number;
  /** `'YYYY-MM-DD'`, within a year after `asOf`. */
  renewalDate: string;
  signals: SampleHealthSignals;
}

/** Options of {@link generateHealthAccounts}. */
export interface HealthAccountsOptions {
  /** @default 42 */
  seed?: number | undefined;
  /** @default 200 */
  accounts?: number | undefined;
  /** The day the signals describe (`'YYYY-MM-DD'`). @default '2025-12-31' */
  asOf?: string | undefined;
  /** Share of signals left empty (`null`), as real data has gaps. @default 0.04 */
  missingShare?: number | undefined;
}

/** One daily health score, as `healthTrend` and `sustainedBelow` take it. */
export interface SampleHealthScore {
  accountId: string;
  date: string;
  score: number;
}

const DAY = 86_400_000;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

function parseDay(day: string, name: string): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(time)) {
    throw new RangeError(`${name}: asOf must be a date 'YYYY-MM-DD', got '${day}'`);
  }
  return time;
}

const formatDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A roughly normal value in [−1, 1] from three uniforms (no transcendental maths: same everywhere). */
function noise(random: Random): number {
  return (random.next() + random.next() + random.next()) / 1.5 - 1;
}

const MRR_RANGE: Record<SampleSegment, [number, number]> = {
  SMB: [49, 600],
  'Mid-Market': [800, 4_500],
  Enterprise: [6_000, 32_000],
};

/**
 * Generates accounts with correlated health signals (a latent health drives logins, adoption,
 * NPS, tickets, sentiment…), renewal dates, owners and seats, with a few gaps. Deterministic: the
 * same seed always gives the same accounts.
 *
 * @example
 * scoreHealth(generateHealthAccounts({ accounts: 500 }), SCORECARD_ADOPTION_FIRST);
 */
export function generateHealthAccounts(options: HealthAccountsOptions = {}): SampleHealthAccount[] {
  const { seed = 42, accounts: count = 200, asOf = '2025-12-31', missingShare = 0.04 } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(
      `generateHealthAccounts: accounts must be a whole number ≥ 0, got ${count}`,
    );
  }
  const start = parseDay(asOf, 'generateHealthAccounts');
  const random = createRandom(seed ^ 0x5eed);
  const width = String(count).length;
  const result: SampleHealthAccount[] = [];
  for (let n = 0; n < count; n++) {
    const roll = random.next();
    const segment: SampleSegment =
      roll < 0.6 ? SAMPLE_SEGMENTS[0] : roll < 0.9 ? SAMPLE_SEGMENTS[1] : SAMPLE_SEGMENTS[2];
    const [low, high] = MRR_RANGE[segment];
    const u = random.next();
    // Latent health in [0, 1]: most accounts are fine, some drift, a few are in trouble.
    const bucket = random.next();
    const centre = bucket < 0.58 ? 0.93 : bucket < 0.86 ? 0.66 : 0.34;
    const health = clamp(centre + 0.12 * noise(random), 0, 1);
    const maybe = <T>(value: T): T | null => (random.chance(missingShare) ? null : value);
    const seatsPurchased = random.int(
      segment === 'SMB' ? 3 : segment === 'Mid-Market' ? 25 : 200,
      segment === 'SMB' ? 25 : segment === 'Mid-Market' ? 200 : 2_000,
    );
    const seatsUsed = Math.min(
      Math.round(seatsPurchased * clamp(health * 1.05 + 0.1 * noise(random), 0.05, 1.08)),
      Math.ceil(seatsPurchased * 1.1),
    );
    const name = `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}${n >= 540 ? ` ${Math.floor(n / 540) + 1}` : ''}`;
    result.push({
      id: `acct-${String(n + 1).padStart(width, '0')}`,
      name,
      segment,
      owner: random.pick(OWNERS),
      mrr: round(low + (high - low) * u * u, 2),
      renewalDate: formatDay(start + random.int(1, 365) * DAY),
      signals: {
        weeklyLogins: maybe(Math.round(clamp(health * 18 + 4 * noise(random), 0, 30))),
        activeUserRatio: maybe(round(clamp(health * 0.95 + 0.12 * noise(random), 0, 1), 3)),
        featureAdoption: maybe(round(clamp(health * 0.85 + 0.15 * noise(random), 0, 1), 3)),
        nps: maybe(Math.round(clamp((health - 0.45) * 160 + 25 * noise(random), -100, 100))),
        csat: maybe(round(clamp(0.45 + health * 0.5 + 0.08 * noise(random), 0, 1), 3)),
        openTickets: maybe(Math.round(clamp((1 - health) * 9 + 2 * noise(random), 0, 20))),
        escalations: maybe(Math.round(clamp((1 - health) * 3 + noise(random), 0, 6))),
        csmSentiment: maybe(Math.round(clamp(1 + health * 4 + noise(random), 1, 5))),
        goalsAchieved: maybe(round(clamp(health * 0.9 + 0.15 * noise(random), 0, 1), 3)),
        roiConfirmed: maybe(random.chance(clamp(health * 0.9, 0.05, 0.95))),
        seatsUsed,
        seatsPurchased,
      },
    });
  }
  return result;
}

/** Options of {@link generateHealthHistory}. */
export interface HealthHistoryOptions {
  /** @default 42 */
  seed?: number | undefined;
  /** Days of history, ending at `asOf`. @default 60 */
  days?: number | undefined;
  /** The last day (`'YYYY-MM-DD'`). @default '2025-12-31' */
  asOf?: string | undefined;
  /** Chance that a day has no score (a sync gap), which breaks `sustainedBelow` runs. @default 0.02 */
  gapShare?: number | undefined;
}

/**
 * Daily health scores for the given accounts: a random walk that ends near each account's
 * `currentScore` (pass the scores from `scoreHealth`), with occasional missing days.
 */
export function generateHealthHistory(
  accounts: ReadonlyArray<{ id: string; currentScore: number }>,
  options: HealthHistoryOptions = {},
): SampleHealthScore[] {
  const { seed = 42, days = 60, asOf = '2025-12-31', gapShare = 0.02 } = options;
  const end = parseDay(asOf, 'generateHealthHistory');
  const random = createRandom(seed ^ 0x4157);
  const rows: SampleHealthScore[] = [];
  for (const account of accounts) {
    // Walk backwards from today's score so the history agrees with it.
    const scores: number[] = [account.currentScore];
    const drift = 0.6 * noise(random);
    for (let d = 1; d < days; d++)
      scores.push(clamp(scores[d - 1]! - drift + 3 * noise(random), 0, 100));
    for (let d = days - 1; d >= 0; d--) {
      if (d > 0 && random.chance(gapShare)) continue;
      rows.push({
        accountId: account.id,
        date: formatDay(end - d * DAY),
        score: round(scores[d]!, 1),
      });
    }
  }
  return rows;
}
