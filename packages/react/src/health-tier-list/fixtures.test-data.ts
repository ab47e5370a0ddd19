import type { HealthAccount, HealthHistoryRow, Scorecard } from '@vitals/metrics';

/** One category, two measures: scores are easy to read off the signals. */
export const CARD: Scorecard = {
  categories: [
    {
      id: 'usage',
      label: 'Usage',
      weight: 1,
      measures: [
        {
          id: 'logins',
          label: 'Weekly logins',
          signal: 'logins',
          normalize: { type: 'range', min: 0, max: 10 },
        },
        {
          id: 'tickets',
          label: 'Open tickets',
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
  owner: string,
  logins: number,
  tickets: number,
  renewalDate = '2026-01-12',
): HealthAccount => ({ id, name, segment, mrr, owner, renewalDate, signals: { logins, tickets } });

/** Scores: Acme 45 critical, Globex 65 at-risk, Initech 90 healthy, Umbrella 30 critical, Hooli 70 at-risk. */
export const ACCOUNTS: HealthAccount[] = [
  account('a1', 'Acme', 'SMB', 1_000, 'Dana', 3, 4),
  account('a2', 'Globex', 'Enterprise', 9_000, 'Eli', 7, 4),
  account('a3', 'Initech', 'SMB', 500, 'Dana', 9, 1),
  account('a4', 'Umbrella', 'Enterprise', 20_000, 'Fay', 2, 6),
  account(
    'a5',
    '<img src=x onerror="alert(1)">Hooli',
    'Mid-Market',
    3_000,
    '=cmd|"/c calc"!A1',
    6,
    2,
    '2026-06-30',
  ),
];

/** Two points 30 days apart per account: Acme fell 10 points. */
export const HISTORY: HealthHistoryRow[] = [
  { accountId: 'a1', date: '2025-12-01', score: 55 },
  { accountId: 'a1', date: '2025-12-15', score: 50 },
  { accountId: 'a1', date: '2025-12-31', score: 45 },
  { accountId: 'a2', date: '2025-12-01', score: 60 },
  { accountId: 'a2', date: '2025-12-31', score: 65 },
];

export const AS_OF = '2025-12-31';
