import { describe, expect, it } from 'vitest';
import type { MetricsInputError } from '../core/errors';
import { healthTrend, sustainedBelow } from './history';
import type { HealthHistoryRow } from './types';

const rows = (accountId: string, scores: Record<string, number | null>): HealthHistoryRow[] =>
  Object.entries(scores).map(([date, score]) => ({ accountId, date, score }));

describe('sustainedBelow', () => {
  it('flags 5 consecutive days below 70 ending at asOf, across a month end, with the day the run began', () => {
    const history = [
      ...rows('acme', {
        '2025-01-28': 75,
        '2025-01-29': 60,
        '2025-01-30': 65,
        '2025-01-31': 50,
        '2025-02-01': 69,
        '2025-02-02': 40,
      }),
      ...rows('bolt', {
        '2025-01-29': 60,
        '2025-01-30': 65,
        '2025-01-31': 50,
        '2025-02-01': 69,
        '2025-02-02': 70,
      }),
    ];
    const result = sustainedBelow(history, { asOf: '2025-02-02' });
    expect(result.accounts).toEqual([
      { accountId: 'acme', since: '2025-01-29', days: 5, latestScore: 40 },
    ]);
    expect(result).toMatchObject({ asOf: '2025-02-02', threshold: 70, days: 5 });
  });

  it('a missing day or a null score breaks the run', () => {
    const gap = rows('gap', {
      '2025-03-01': 10,
      '2025-03-02': 10,
      '2025-03-04': 10,
      '2025-03-05': 10,
      '2025-03-06': 10,
    });
    const hole = rows('hole', {
      '2025-03-02': 10,
      '2025-03-03': null,
      '2025-03-04': 10,
      '2025-03-05': 10,
      '2025-03-06': 10,
    });
    expect(sustainedBelow([...gap, ...hole], { asOf: '2025-03-06', days: 3 }).accounts).toEqual([
      { accountId: 'gap', since: '2025-03-04', days: 3, latestScore: 10 },
      { accountId: 'hole', since: '2025-03-04', days: 3, latestScore: 10 },
    ]);
    expect(sustainedBelow([...gap, ...hole], { asOf: '2025-03-06', days: 4 }).accounts).toEqual([]);
  });

  it('counts a leap day and a year end as calendar days', () => {
    const leap = rows('leap', {
      '2024-02-27': 1,
      '2024-02-28': 1,
      '2024-02-29': 1,
      '2024-03-01': 1,
    });
    expect(sustainedBelow(leap, { asOf: '2024-03-01', days: 4 }).accounts[0]?.since).toBe(
      '2024-02-27',
    );
    const noLeap = rows('x', { '2023-02-27': 1, '2023-02-28': 1, '2023-03-01': 1 });
    expect(sustainedBelow(noLeap, { asOf: '2023-03-01', days: 3 }).accounts[0]?.since).toBe(
      '2023-02-27',
    );
    const newYear = rows('y', { '2024-12-30': 1, '2024-12-31': 1, '2025-01-01': 1 });
    expect(sustainedBelow(newYear, { asOf: '2025-01-01', days: 3 }).accounts[0]?.days).toBe(3);
  });

  it('reports the whole run when it started before the window, and nothing when asOf has no score', () => {
    const long = rows('long', {
      '2025-05-01': 5,
      '2025-05-02': 5,
      '2025-05-03': 5,
      '2025-05-04': 5,
      '2025-05-05': 5,
      '2025-05-06': 5,
    });
    expect(sustainedBelow(long, { asOf: '2025-05-06', days: 2 }).accounts[0]).toMatchObject({
      since: '2025-05-01',
      days: 6,
    });
    expect(sustainedBelow(long, { asOf: '2025-05-07', days: 1 }).accounts).toEqual([]);
  });

  it('validates rows and options', () => {
    const bad = [
      { accountId: 'a', date: '2025-02-30', score: 10 },
      { accountId: '', date: '2025-02-01', score: 10 },
      { accountId: 'a', date: '2025-02-01', score: Number.NaN },
      { accountId: 'a', date: '2025-02-02', score: 1 },
      { accountId: 'a', date: '2025-02-02', score: 2 },
    ] as HealthHistoryRow[];
    try {
      sustainedBelow(bad, { asOf: '2025-02-02' });
      expect.unreachable();
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => [i.index, i.field])).toEqual([
        [0, 'date'],
        [1, 'accountId'],
        [2, 'score'],
        [4, 'date'],
      ]);
    }
    expect(
      sustainedBelow(bad, { asOf: '2025-02-02', days: 1, onInvalid: 'skip' }).accounts,
    ).toHaveLength(1);
    expect(() => sustainedBelow([], { asOf: 'today' } as never)).toThrow('options.asOf');
    expect(() => sustainedBelow([], { asOf: '2025-01-01', days: 0 })).toThrow('options.days');
  });
});

describe('healthTrend', () => {
  const history = [
    ...rows('acme', { '2025-03-01': 80, '2025-03-31': 65 }),
    ...rows('bolt', { '2025-03-01': 40, '2025-03-31': 55 }),
    ...rows('cora', { '2025-03-31': 90 }),
    ...rows('dune', { '2025-03-01': 70, '2025-03-30': 70 }),
  ];

  it('is the score on asOf minus the score `days` earlier, per account, with a reason when a day is missing', () => {
    const trend = healthTrend(history);
    expect(trend).toMatchObject({ asOf: '2025-03-31', from: '2025-03-01', days: 30 });
    expect(trend.accounts).toEqual([
      { accountId: 'acme', scoreThen: 80, scoreNow: 65, change: -15 },
      { accountId: 'bolt', scoreThen: 40, scoreNow: 55, change: 15 },
      { accountId: 'cora', scoreThen: null, scoreNow: 90, change: null, reason: 'no-score-then' },
      { accountId: 'dune', scoreThen: 70, scoreNow: null, change: null, reason: 'no-score-now' },
    ]);
  });

  it('takes days and asOf', () => {
    const trend = healthTrend(history, { days: 29, asOf: '2025-03-30' });
    expect(trend.from).toBe('2025-03-01');
    expect(trend.accounts.find((a) => a.accountId === 'dune')?.change).toBe(0);
  });

  it('an empty history has no asOf', () => {
    expect(healthTrend([])).toEqual({ asOf: null, from: null, days: 30, accounts: [], issues: [] });
  });
});
