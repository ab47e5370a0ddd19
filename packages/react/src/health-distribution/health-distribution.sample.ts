import type { HealthAccount } from '@vitals/metrics';
import { createRandom, generateSampleData } from '@vitals/sample-data';

/**
 * Health accounts for the stories: the sample-data accounts with their MRR in the last month and
 * seeded signals for `SCORECARD_ADOPTION_FIRST` (some missing, so a few accounts score as
 * unknown). `@vitals/sample-data` has no health signals yet; this fills the gap for the stories.
 */
export function sampleHealthAccounts(options: { seed?: number; accounts?: number } = {}) {
  const seed = options.seed ?? 42;
  const sample = generateSampleData({ seed, accounts: options.accounts ?? 240 });
  const last = sample.periods.at(-1);
  const mrr = new Map<string, number>();
  for (const row of sample.snapshots) {
    if (row.period === last) mrr.set(row.accountId, (mrr.get(row.accountId) ?? 0) + row.mrr);
  }
  const random = createRandom(seed + 1);
  return sample.accounts
    .filter((account) => (mrr.get(account.id) ?? 0) > 0)
    .map((account): HealthAccount => {
      // One engagement level per account drives its signals, with noise, so tiers are plausible.
      const engagement = random.next();
      const noisy = (value: number) =>
        Math.min(1, Math.max(0, value + (random.next() - 0.5) * 0.3));
      const isDark = random.chance(0.04);
      return {
        id: account.id,
        name: account.name,
        segment: account.segment,
        owner: account.owner,
        mrr: mrr.get(account.id),
        signals: isDark
          ? {}
          : {
              activeUserRatio: noisy(0.35 + engagement * 0.65),
              featureAdoption: noisy(0.25 + engagement * 0.7),
              nps: random.chance(0.3)
                ? null
                : Math.round(noisy(0.3 + engagement * 0.6) * 200 - 100),
              csat: random.chance(0.2) ? null : noisy(0.55 + engagement * 0.45),
              openTickets: Math.round((1 - engagement) * random.int(0, 8)),
              escalations: random.chance(0.15 * (1 - engagement)) ? random.int(1, 3) : 0,
              csmSentiment: Math.max(
                1,
                Math.min(5, Math.round(1.5 + engagement * 3.5 + random.next() - 0.5)),
              ),
            },
      };
    });
}
