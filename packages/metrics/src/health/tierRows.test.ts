import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { catchInputError, where } from '../core/errors.test-helper';
import { scoreHealth } from './scoreHealth';
import { healthTierRows, tiersBySeverity } from './tierRows';
import { DEFAULT_TIERS, POINTS_TIERS } from './tiers';
import type { HealthAccount, HealthHistoryRow, HealthResult, Scorecard } from './types';

/** One category, two measures: scores are easy to read off the signals. */
const CARD: Scorecard = {
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [
        { id: 'logins', signal: 'logins', normalize: { type: 'range', min: 0, max: 10 } },
        {
          id: 'tickets',
          signal: 'tickets',
          normalize: { type: 'range', min: 0, max: 10, invert: true },
        },
      ],
    },
  ],
};

const account = (
  id: string,
  name: string,
  segment: string,
  mrr: number,
  logins: number,
  tickets: number,
): HealthAccount => ({ id, name, segment, mrr, owner: 'Dana', signals: { logins, tickets } });

/** Scores: Acme 45 critical, Globex 65 at-risk, Initech 90 healthy, Umbrella 30 critical. */
const ACCOUNTS: HealthAccount[] = [
  account('a1', 'Acme', 'SMB', 1_000, 3, 4),
  account('a2', 'Globex', 'Enterprise', 9_000, 7, 4),
  account('a3', 'Initech', 'SMB', 500, 9, 1),
  account('a4', 'Umbrella', 'Enterprise', 20_000, 2, 6),
];

/** Acme fell 10 points over 30 days; Globex rose 5; Initech and Umbrella have no history. */
const HISTORY: HealthHistoryRow[] = [
  { accountId: 'a1', date: '2025-12-01', score: 55 },
  { accountId: 'a1', date: '2025-12-31', score: 45 },
  { accountId: 'a1', date: '2025-12-15', score: 50 },
  { accountId: 'a1', date: '2025-11-01', score: 70 },
  { accountId: 'a2', date: '2025-12-01', score: 60 },
  { accountId: 'a2', date: '2025-12-20', score: null },
  { accountId: 'a2', date: '2025-12-31', score: 65 },
];

const scores = scoreHealth(ACCOUNTS, CARD);
const { rows } = healthTierRows(scores, { accounts: ACCOUNTS, scorecard: CARD, history: HISTORY });
const byId = (id: string) => rows.find((row) => row.id === id)!;

/** Expects `fn` to throw a `MetricsInputError` of `functionName` with exactly these issues. */
function expectInputError(
  fn: () => unknown,
  functionName: string,
  issues: Array<{ index: number | null; field: string }>,
) {
  const error = catchInputError(fn);
  expect(error.message).toContain(functionName);
  expect(where(error)).toEqual(issues.map(({ index, field }) => [index, field]));
}

describe('healthTierRows', () => {
  it('joins each result with its account and ranks tiers by severity', () => {
    expect(rows.map((r) => [r.id, r.name, r.score, r.tier, r.severity, r.isTopTier])).toEqual([
      ['a1', 'Acme', 45, 'critical', 0, false],
      ['a2', 'Globex', 65, 'at-risk', 1, false],
      ['a3', 'Initech', 90, 'healthy', 2, true],
      ['a4', 'Umbrella', 30, 'critical', 0, false],
    ]);
    expect(byId('a4')).toMatchObject({
      segment: 'Enterprise',
      mrr: 20_000,
      owner: 'Dana',
      tierLabel: 'Critical',
      tone: 'negative',
      scorecard: CARD,
      account: ACCOUNTS[3],
      result: scores.accounts[3],
    });
  });

  it('takes a scoreHealth result or its accounts array alike', () => {
    const fromArray = healthTierRows(scores.accounts, { accounts: ACCOUNTS, scorecard: CARD });
    const fromResult = healthTierRows(scores, { accounts: ACCOUNTS, scorecard: CARD });
    expect(fromArray.rows).toEqual(fromResult.rows);
  });

  it('finds each account by id when results and accounts are in different orders', () => {
    const shuffled = healthTierRows([...scores.accounts].reverse(), { accounts: ACCOUNTS });
    expect(shuffled.rows.map((r) => [r.id, r.name])).toEqual(
      [...rows].reverse().map((r) => [r.id, r.name]),
    );
    const { rows: missing } = healthTierRows([{ ...scores.accounts[0]!, accountId: 'nobody' }], {
      accounts: ACCOUNTS,
    });
    expect(missing[0]).toMatchObject({ name: 'nobody', account: null, mrr: null });
  });

  it('takes the trend from healthTrend and the sparkline from the window, oldest first', () => {
    expect(byId('a1').trend).toBe(-10);
    // 2025-11-01 is before the 30-day window; the rows were out of order.
    expect(byId('a1').sparkline).toEqual([55, 50, 45]);
    expect(byId('a2').trend).toBe(5);
    // A day without a score is left out of the line.
    expect(byId('a2').sparkline).toEqual([60, 65]);
    expect(byId('a3').trend).toBeNull();
    expect(byId('a3').sparkline).toBeNull();
    const result = healthTierRows(scores, { history: HISTORY, trendDays: 14 });
    expect(result.asOf).toBe('2025-12-31');
    // 2025-12-15 is before the 14-day window (from 2025-12-17); 2025-12-17 has no score.
    expect(result.rows[0]!.sparkline).toEqual([45]);
    expect(result.rows[0]!.trend).toBeNull();
  });

  it('ends the window at asOf when given', () => {
    const result = healthTierRows(scores, { history: HISTORY, asOf: '2025-12-15', trendDays: 14 });
    expect(result.asOf).toBe('2025-12-15');
    expect(result.rows[0]).toMatchObject({ trend: -5, sparkline: [55, 50] });
  });

  it('falls back to the id and puts unknown tiers after every tier', () => {
    const unscored: HealthResult = {
      accountId: 'x',
      score: null,
      tier: 'unknown',
      categories: [],
      contributions: [],
    };
    const {
      rows: [row],
    } = healthTierRows([unscored]);
    expect(row).toMatchObject({
      name: 'x',
      tierLabel: 'Unknown',
      tone: 'neutral',
      severity: 3,
      mrr: null,
      trend: null,
      sparkline: null,
      scorecard: null,
    });
  });

  it("uses the segment's scorecard, and the fallback's tiers", () => {
    const points: Scorecard = { ...CARD, tiers: POINTS_TIERS };
    const result = healthTierRows(scores, {
      accounts: ACCOUNTS,
      scorecard: { scorecards: { Enterprise: CARD }, fallback: points },
    });
    expect(result.tiers.map((tier) => tier.id)).toEqual(
      tiersBySeverity(POINTS_TIERS).map((t) => t.id),
    );
    expect(result.rows.map((row) => row.scorecard)).toEqual([points, CARD, points, CARD]);
  });

  it('orders tiers from the lowest min', () => {
    expect(tiersBySeverity(POINTS_TIERS).map((t) => t.id)).toEqual([
      'code-red',
      'needs-improvement',
      'satisfied',
      'loyal',
    ]);
    expect(healthTierRows([]).tiers).toEqual(tiersBySeverity(DEFAULT_TIERS));
  });
});

describe('healthTierRows on bad input', () => {
  it('names the row and field of a bad result, account or history row', () => {
    const badResult = [{ ...scores.accounts[0]!, score: Number.NaN }];
    expectInputError(() => healthTierRows(badResult), 'healthTierRows', [
      { index: 0, field: 'results.score' },
    ]);
    const badAccount = [ACCOUNTS[0]!, { ...ACCOUNTS[1]!, mrr: -5 }];
    expectInputError(() => healthTierRows(scores, { accounts: badAccount }), 'healthTierRows', [
      { index: 1, field: 'accounts.mrr' },
    ]);
    const badHistory = [...HISTORY, { accountId: 'a1', date: '2025-13-01', score: 1 }];
    expectInputError(() => healthTierRows(scores, { history: badHistory }), 'healthTierRows', [
      { index: 7, field: 'history.date' },
    ]);
  });

  it('names a bad option or a non-array', () => {
    expectInputError(() => healthTierRows(scores, { trendDays: 0 }), 'healthTierRows', [
      { index: null, field: 'options.trendDays' },
    ]);
    expectInputError(() => healthTierRows(scores, { asOf: '31/12/2025' }), 'healthTierRows', [
      { index: null, field: 'options.asOf' },
    ]);
    expectInputError(() => healthTierRows(scores, { tiers: [] }), 'healthTierRows', [
      { index: null, field: 'options.tiers' },
    ]);
    expectInputError(() => healthTierRows(null as unknown as HealthResult[]), 'healthTierRows', [
      { index: null, field: 'results' },
    ]);
    expectInputError(
      () => healthTierRows(scores, { history: {} as unknown as HealthHistoryRow[] }),
      'healthTierRows',
      [{ index: null, field: 'history' }],
    );
  });

  it("with onInvalid: 'skip' leaves bad results out and lists every problem", () => {
    const results = [...scores.accounts, { accountId: '', score: 1, tier: 'healthy' }];
    const accounts = [
      { ...ACCOUNTS[0]!, name: 7 } as unknown as HealthAccount,
      ...ACCOUNTS.slice(1),
    ];
    const result = healthTierRows(results as HealthResult[], { accounts, onInvalid: 'skip' });
    expect(result.rows.map((row) => row.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    // The bad account is not joined: the row falls back to its id.
    expect(result.rows[0]).toMatchObject({ name: 'a1', account: null });
    expect(result.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [0, 'accounts.name'],
      [4, 'results.accountId'],
    ]);
  });

  it('reports a throwing getter as the field, never a TypeError', () => {
    const trap = Object.defineProperty({ accountId: 'a', tier: 'healthy' }, 'score', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const thrown = (() => {
      try {
        healthTierRows([trap as HealthResult]);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(MetricsInputError);
    expect((thrown as MetricsInputError).issues[0]).toMatchObject({
      index: 0,
      field: 'results.score',
    });
  });
});

const DAY = 86_400_000;
const dayText = (offset: number) =>
  new Date(Date.UTC(2025, 0, 1) + offset * DAY).toISOString().slice(0, 10);

const historyArb = fc.array(
  fc.record({
    accountId: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'z'),
    day: fc.integer({ min: 0, max: 90 }),
    score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  }),
  { maxLength: 60 },
);

/** One row per account and day (the first wins), as `healthTrend` requires. */
function uniqueHistory(
  rows: ReadonlyArray<{ accountId: string; day: number; score: number | null }>,
): HealthHistoryRow[] {
  const seen = new Set<string>();
  const out: HealthHistoryRow[] = [];
  for (const row of rows) {
    const key = `${row.accountId}:${row.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ accountId: row.accountId, date: dayText(row.day), score: row.score });
  }
  return out;
}

describe('healthTierRows properties', () => {
  it('gives one row per result, in order, whatever the accounts and history', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ACCOUNTS),
        historyArb,
        fc.integer({ min: 1, max: 60 }),
        (accounts, history, trendDays) => {
          const result = healthTierRows(scores, {
            accounts,
            history: uniqueHistory(history),
            trendDays,
          });
          expect(result.rows.map((row) => row.id)).toEqual(scores.accounts.map((r) => r.accountId));
        },
      ),
    );
  });

  it('never draws more than trendDays + 1 points, and the trend is the last minus the first', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 60 }), (raw, trendDays) => {
        const history = uniqueHistory(raw);
        const result = healthTierRows(scores, { history, trendDays });
        for (const row of result.rows) {
          if (row.sparkline !== null) {
            expect(row.sparkline.length).toBeGreaterThan(0);
            expect(row.sparkline.length).toBeLessThanOrEqual(trendDays + 1);
          }
          if (row.trend !== null) {
            // Both ends of the window have a score, so they are the line's first and last points.
            const line = row.sparkline!;
            expect(row.trend).toBe(line.at(-1)! - line[0]!);
          }
        }
      }),
    );
  });
});
