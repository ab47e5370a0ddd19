import type { SurveyResponse } from '@vitals/metrics';
import { createRandom, generateSampleData } from '@vitals/sample-data';

/**
 * Story data: survey answers from the accounts of `@vitals/sample-data` (which generates accounts
 * and MRR but no surveys yet). Each account answers a few times through 2025, by email or in the
 * app; Enterprise customers lean happier and SMB customers more mixed, so segments differ.
 * Seeded, so the stories look the same on every machine.
 */
export function sampleSurveys(options: {
  seed?: number;
  accounts?: number;
  /** The survey's scale: 10 for NPS (0–10), 5 for CSAT, 7 for CES. */
  scale: number;
  /** The lowest score, 0 for NPS and 1 otherwise. */
  min: number;
}): SurveyResponse[] {
  const seed = options.seed ?? 42;
  const { accounts } = generateSampleData({ seed, accounts: options.accounts ?? 240 });
  const random = createRandom(seed + 1);
  const lean: Record<string, number> = { SMB: -0.05, 'Mid-Market': 0.02, Enterprise: 0.06 };
  const responses: SurveyResponse[] = [];
  for (const account of accounts) {
    const answers = random.int(0, 2);
    for (let i = 0; i < answers; i++) {
      const month = random.int(1, 12);
      // A skewed draw toward the top of the scale, shifted by the segment's lean.
      const u = Math.min(1, Math.max(0, random.next() ** 0.2 + (lean[account.segment] ?? 0)));
      const score = Math.round(options.min + u * (options.scale - options.min));
      responses.push({
        score,
        accountId: account.id,
        date: `2025-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        segment: account.segment,
        channel: random.chance(0.6) ? 'email' : 'in-app',
      });
    }
  }
  return responses;
}

/** Responses split into `{ period, responses }` by the month of their date, in month order. */
export function byMonth(
  responses: readonly SurveyResponse[],
): Array<{ period: string; responses: SurveyResponse[] }> {
  const months = new Map<string, SurveyResponse[]>();
  for (const response of responses) {
    const period = String(response.date).slice(0, 7);
    months.set(period, [...(months.get(period) ?? []), response]);
  }
  return [...months.keys()].sort().map((period) => ({ period, responses: months.get(period)! }));
}
