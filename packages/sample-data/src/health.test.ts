import {
  SCORECARD_ADOPTION_FIRST,
  SCORECARD_USAGE_SUPPORT_OUTCOMES,
  expansionSignals,
  healthTrend,
  nps,
  scoreHealth,
  csat,
  ces,
} from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { generateHealthAccounts, generateHealthHistory } from './health';
import { generateSurveyResponses } from './voice';

describe('generateHealthAccounts', () => {
  const accounts = generateHealthAccounts({ seed: 5, accounts: 600 });

  it('is deterministic and sized as asked', () => {
    expect(accounts).toHaveLength(600);
    expect(generateHealthAccounts({ seed: 5, accounts: 600 })).toEqual(accounts);
    expect(generateHealthAccounts({ seed: 6, accounts: 600 })).not.toEqual(accounts);
  });

  it('feeds both scorecard presets without a single invalid row, with every tier represented', () => {
    for (const scorecard of [SCORECARD_ADOPTION_FIRST, SCORECARD_USAGE_SUPPORT_OUTCOMES]) {
      const result = scoreHealth(accounts, scorecard);
      expect(result.issues).toEqual([]);
      const tiers = new Set(result.accounts.map((a) => a.tier));
      expect(tiers).toEqual(new Set(['healthy', 'at-risk', 'critical']));
    }
  });

  it('has gaps (null signals), renewals after asOf and some accounts ready to expand', () => {
    expect(accounts.some((a) => Object.values(a.signals).some((v) => v === null))).toBe(true);
    expect(
      accounts.every((a) => a.renewalDate > '2025-12-31' && a.renewalDate <= '2026-12-31'),
    ).toBe(true);
    expect(expansionSignals(accounts).accounts.length).toBeGreaterThan(0);
  });
});

describe('generateHealthHistory', () => {
  it('ends at each account’s current score, one row a day with rare gaps', () => {
    const rows = generateHealthHistory(
      [
        { id: 'a', currentScore: 42 },
        { id: 'b', currentScore: 88 },
      ],
      { days: 30, asOf: '2025-12-31', gapShare: 0 },
    );
    expect(rows).toHaveLength(60);
    expect(rows.filter((r) => r.date === '2025-12-31').map((r) => [r.accountId, r.score])).toEqual([
      ['a', 42],
      ['b', 88],
    ]);
    expect(rows.every((r) => r.score >= 0 && r.score <= 100)).toBe(true);
    const trend = healthTrend(rows, { days: 29, asOf: '2025-12-31' });
    const first = (id: string) =>
      rows.find((r) => r.accountId === id && r.date === '2025-12-02')!.score;
    expect(trend.accounts.map((t) => [t.accountId, t.change])).toEqual([
      ['a', expect.closeTo(42 - first('a'), 9)],
      ['b', expect.closeTo(88 - first('b'), 9)],
    ]);
  });
});

describe('generateSurveyResponses', () => {
  it('gives a realistic NPS (+15 to +45), CSAT around 80 % and valid CES answers', () => {
    const npsResult = nps(generateSurveyResponses({ responses: 2_000 }));
    expect(npsResult.score).toBeGreaterThan(15);
    expect(npsResult.score).toBeLessThan(45);
    const csatResult = csat(generateSurveyResponses({ survey: 'csat', responses: 2_000 }));
    expect(csatResult.score).toBeGreaterThan(0.7);
    expect(csatResult.score).toBeLessThan(0.9);
    expect(ces(generateSurveyResponses({ survey: 'ces', responses: 500 })).total).toBe(500);
  });

  it('stretches a survey over another scale, keeping its shape', () => {
    const tenPoint = generateSurveyResponses({ survey: 'csat', scale: 10, responses: 2_000 });
    const scores = new Set(tenPoint.map((r) => r.score));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...scores)).toBe(10);
    expect(scores.size).toBeGreaterThan(6);
    // Satisfied is the top two boxes of ten here; the usual CSAT skew keeps most answers high.
    const result = csat(tenPoint, { scale: 10, satisfiedMin: 7 });
    expect(result.score).toBeGreaterThan(0.6);
    const fivePoint = generateSurveyResponses({ survey: 'ces', scale: 5, responses: 500 });
    expect(Math.max(...fivePoint.map((r) => r.score))).toBeLessThanOrEqual(5);
    expect(ces(fivePoint, { scale: 5 }).total).toBe(500);
  });

  it('refuses a scale NPS does not have, or one too small to carry a distribution', () => {
    expect(() => generateSurveyResponses({ scale: 5 })).toThrow(/NPS is always 0–10/);
    expect(() => generateSurveyResponses({ survey: 'csat', scale: 2 })).toThrow(/from 3 to 100/);
    expect(() => generateSurveyResponses({ survey: 'ces', scale: 6.5 })).toThrow(/got 6.5/);
  });
});
