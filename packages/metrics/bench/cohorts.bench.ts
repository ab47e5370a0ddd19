/**
 * Cohorts at scale: `cohortRetention` over 100,000 accounts × 24 months of MRR snapshots from
 * `@vitals/sample-data`, timed against a straightforward Map-of-Maps implementation written here
 * (group by account and month, find each account's first paid month, count and sum per cohort and
 * age). Both must agree on every cell's active accounts and MRR (to the cent) before any time is
 * printed.
 *
 * Run: `pnpm bench cohorts` (from packages/metrics).
 */
import { generateSampleData } from '../../sample-data/src/index.ts';
import { cohortRetention } from '../src/cohorts/cohortRetention.ts';
import { assertAgree, report, time } from './lib.ts';

const ACCOUNTS = 100_000;
const { snapshots, periods } = generateSampleData({ seed: 2024, accounts: ACCOUNTS, months: 24 });
const monthIndex = (period: string) =>
  Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
const lastMonth = monthIndex(periods.at(-1)!);

/** Cohort → age → [active accounts, MRR in cents]. */
function straightforward(rows: typeof snapshots) {
  const byAccount = new Map<string, Map<number, number>>();
  for (const row of rows) {
    let months = byAccount.get(row.accountId);
    if (!months) byAccount.set(row.accountId, (months = new Map()));
    const month = monthIndex(row.period);
    months.set(month, (months.get(month) ?? 0) + row.mrr);
  }
  const cells = new Map<number, Map<number, [number, number]>>();
  for (const months of byAccount.values()) {
    let first = Infinity;
    for (const [month, mrr] of months) if (mrr > 0 && month < first) first = month;
    if (first === Infinity) continue;
    let cohort = cells.get(first);
    if (!cohort) cells.set(first, (cohort = new Map()));
    for (let month = first; month <= lastMonth; month++) {
      const mrr = months.get(month) ?? 0;
      const cell = cohort.get(month - first) ?? [0, 0];
      if (mrr > 0) {
        cell[0]++;
        cell[1] += mrr;
      }
      cohort.set(month - first, cell);
    }
  }
  return [...cells.keys()]
    .sort((a, b) => a - b)
    .map((cohort) =>
      [...cells.get(cohort)!.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([, [active, mrr]]) => [active, Math.round(mrr * 100)]),
    );
}

function engine(rows: typeof snapshots) {
  return cohortRetention(rows).cohorts.map((cohort) =>
    cohort.cells.map((cell) => [cell.activeAccounts, Math.round(cell.mrr * 100)]),
  );
}

assertAgree({ cohortRetention: engine(snapshots), straightforward: straightforward(snapshots) });
report(
  `Cohorts: cohortRetention, ${ACCOUNTS.toLocaleString('en-US')} accounts × 24 months`,
  time('cohortRetention (validation, logo and revenue retention)', () =>
    cohortRetention(snapshots),
  ),
  [time('straightforward Map-of-Maps', () => straightforward(snapshots))],
  {
    rows: snapshots.length.toLocaleString('en-US'),
    agreement: 'every cell’s active accounts and MRR (to the cent) agree',
  },
);
