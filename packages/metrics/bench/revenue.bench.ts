/**
 * Revenue engine: `mrrMovementsSeries` over all 23 monthly transitions of 100,000 accounts × 24
 * months of sample data, against (a) a straightforward Map-of-Maps implementation and (b) arquero,
 * measured in the same run. The three must agree on every period's totals and counts (money
 * rounded to cents, see `summary`) before any time is printed.
 *
 * Run: `cd packages/metrics && pnpm bench revenue`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
// `@vitals/sample-data` is not a dependency of this package, so it is imported by path.
import { generateSampleData } from '../../sample-data/src/index.ts';
import { mrrMovementsSeries } from '../src/revenue/mrrMovementsSeries';
import type { MrrSnapshot as AnySnapshot } from '../src/revenue/types';

/** Rows as an export writes them: periods are `'YYYY-MM'` strings (the engine also takes `Date`s). */
type MrrSnapshot = AnySnapshot & { period: string };
import { assertAgree, peakRssMb, report, time } from './lib';

const ACCOUNTS = 100_000;
const MONTHS = 24;
const FROM = '2024-01';
const TO = '2025-12';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The per-period numbers the three implementations must agree on. */
interface PeriodSummary {
  period: string;
  startingMrr: number;
  newMrr: number;
  expansionMrr: number;
  reactivationMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  endingMrr: number;
  startingAccounts: number;
  newAccounts: number;
  expansionAccounts: number;
  reactivatedAccounts: number;
  contractionAccounts: number;
  churnedAccounts: number;
  endingAccounts: number;
}

/**
 * Rounds money to cents. The sample data is in whole cents, so every exact total is a whole number
 * of cents; the engine sums with compensation, the other two naively, and their float error
 * (≈1e-6 on totals of ~1e8) is far below half a cent. Counts are compared exactly.
 */
const cents = (value: number) => Math.round(value * 100) / 100;

function summary(period: string, totals: Omit<PeriodSummary, 'period'>): PeriodSummary {
  return {
    period,
    startingMrr: cents(totals.startingMrr),
    newMrr: cents(totals.newMrr),
    expansionMrr: cents(totals.expansionMrr),
    reactivationMrr: cents(totals.reactivationMrr),
    contractionMrr: cents(totals.contractionMrr),
    churnedMrr: cents(totals.churnedMrr),
    endingMrr: cents(totals.endingMrr),
    startingAccounts: totals.startingAccounts,
    newAccounts: totals.newAccounts,
    expansionAccounts: totals.expansionAccounts,
    reactivatedAccounts: totals.reactivatedAccounts,
    contractionAccounts: totals.contractionAccounts,
    churnedAccounts: totals.churnedAccounts,
    endingAccounts: totals.endingAccounts,
  };
}

const monthIndex = (year: number, month: number) => year * 12 + month - 1;
const label = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** (a) What a developer would write first: validate, Map<account, Map<month, mrr>>, then classify. */
function straightforward(rows: readonly MrrSnapshot[], from: string, to: string): PeriodSummary[] {
  const byAccount = new Map<string, Map<number, number>>();
  let currency: string | undefined;
  rows.forEach((row, i) => {
    const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(row.period);
    if (typeof row.accountId !== 'string' || row.accountId === '')
      throw new Error(`row ${i}: bad accountId`);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
      throw new Error(`row ${i}: bad period`);
    if (!Number.isFinite(row.mrr) || row.mrr < 0) throw new Error(`row ${i}: bad mrr`);
    if (row.currency !== undefined) {
      currency ??= row.currency.toUpperCase();
      if (row.currency.toUpperCase() !== currency) throw new Error(`row ${i}: mixed currency`);
    }
    const month = monthIndex(Number(match[1]), Number(match[2]));
    let months = byAccount.get(row.accountId);
    if (!months) byAccount.set(row.accountId, (months = new Map()));
    months.set(month, (months.get(month) ?? 0) + row.mrr);
  });

  const first = monthIndex(Number(from.slice(0, 4)), Number(from.slice(5, 7)));
  const last = monthIndex(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
  const totals = new Map<number, Omit<PeriodSummary, 'period'>>();
  for (let p = first + 1; p <= last; p++) {
    totals.set(p, {
      startingMrr: 0,
      newMrr: 0,
      expansionMrr: 0,
      reactivationMrr: 0,
      contractionMrr: 0,
      churnedMrr: 0,
      endingMrr: 0,
      startingAccounts: 0,
      newAccounts: 0,
      expansionAccounts: 0,
      reactivatedAccounts: 0,
      contractionAccounts: 0,
      churnedAccounts: 0,
      endingAccounts: 0,
    });
  }
  for (const months of byAccount.values()) {
    let firstPaid = Infinity;
    for (const [month, mrr] of months) if (mrr > 0 && month < firstPaid) firstPaid = month;
    for (let p = first + 1; p <= last; p++) {
      const t = totals.get(p)!;
      const s = months.get(p - 1) ?? 0;
      const e = months.get(p) ?? 0;
      if (s > 0) {
        t.startingMrr += s;
        t.startingAccounts++;
        if (e === 0) {
          t.churnedMrr += s;
          t.churnedAccounts++;
        } else if (e > s) {
          t.expansionMrr += e - s;
          t.expansionAccounts++;
        } else if (e < s) {
          t.contractionMrr += s - e;
          t.contractionAccounts++;
        }
      } else if (e > 0) {
        if (firstPaid < p - 1) {
          t.reactivationMrr += e;
          t.reactivatedAccounts++;
        } else {
          t.newMrr += e;
          t.newAccounts++;
        }
      }
      if (e > 0) {
        t.endingMrr += e;
        t.endingAccounts++;
      }
    }
  }
  return [...totals].map(([p, t]) => summary(label(p), t));
}

/** (b) The same computation as arquero verbs: parse, group, pair each month with the one before, classify. */
function withArquero(rows: readonly MrrSnapshot[], from: string, to: string): PeriodSummary[] {
  const { op } = aq;
  const params = {
    first: monthIndex(Number(from.slice(0, 4)), Number(from.slice(5, 7))),
    last: monthIndex(Number(to.slice(0, 4)), Number(to.slice(5, 7))),
  };
  const monthly = aq
    .from(rows as MrrSnapshot[])
    .derive({
      month: (d: MrrSnapshot) =>
        op.parse_int(op.substring(d.period, 0, 4), 10) * 12 +
        op.parse_int(op.substring(d.period, 5, 7), 10) -
        1,
    })
    .groupby('accountId', 'month')
    .rollup({ mrr: (d: { mrr: number }) => op.sum(d.mrr) });
  const firstPaid = monthly
    .filter((d: { mrr: number }) => d.mrr > 0)
    .groupby('accountId')
    .rollup({ firstPaid: (d: { month: number }) => op.min(d.month) });
  type Pair = { P: number; S: number; E: number; firstPaid: number };
  const asStart = monthly.derive({
    P: (d: { month: number }) => d.month + 1,
    S: (d: { mrr: number }) => d.mrr,
    E: () => 0,
  });
  const asEnd = monthly.derive({
    P: (d: { month: number }) => d.month,
    S: () => 0,
    E: (d: { mrr: number }) => d.mrr,
  });
  const table = asStart
    .select('accountId', 'P', 'S', 'E')
    .concat(asEnd.select('accountId', 'P', 'S', 'E'))
    .params(params)
    .filter((d: Pair, $: typeof params) => d.P > $.first && d.P <= $.last)
    .groupby('accountId', 'P')
    .rollup({ S: (d: Pair) => op.sum(d.S), E: (d: Pair) => op.sum(d.E) })
    .join_left(firstPaid, 'accountId')
    .groupby('P')
    .rollup({
      startingMrr: (d: Pair) => op.sum(d.S),
      newMrr: (d: Pair) => op.sum(d.S === 0 && d.E > 0 && !(d.firstPaid < d.P - 1) ? d.E : 0),
      expansionMrr: (d: Pair) => op.sum(d.S > 0 && d.E > d.S ? d.E - d.S : 0),
      reactivationMrr: (d: Pair) => op.sum(d.S === 0 && d.E > 0 && d.firstPaid < d.P - 1 ? d.E : 0),
      contractionMrr: (d: Pair) => op.sum(d.S > 0 && d.E > 0 && d.E < d.S ? d.S - d.E : 0),
      churnedMrr: (d: Pair) => op.sum(d.S > 0 && d.E === 0 ? d.S : 0),
      endingMrr: (d: Pair) => op.sum(d.E),
      startingAccounts: (d: Pair) => op.sum(d.S > 0 ? 1 : 0),
      newAccounts: (d: Pair) => op.sum(d.S === 0 && d.E > 0 && !(d.firstPaid < d.P - 1) ? 1 : 0),
      expansionAccounts: (d: Pair) => op.sum(d.S > 0 && d.E > d.S ? 1 : 0),
      reactivatedAccounts: (d: Pair) =>
        op.sum(d.S === 0 && d.E > 0 && d.firstPaid < d.P - 1 ? 1 : 0),
      contractionAccounts: (d: Pair) => op.sum(d.S > 0 && d.E > 0 && d.E < d.S ? 1 : 0),
      churnedAccounts: (d: Pair) => op.sum(d.S > 0 && d.E === 0 ? 1 : 0),
      endingAccounts: (d: Pair) => op.sum(d.E > 0 ? 1 : 0),
    })
    .orderby('P');
  return (table.objects() as (Omit<PeriodSummary, 'period'> & { P: number })[]).map(
    ({ P, ...totals }) => summary(label(P), totals),
  );
}

function engine(rows: readonly MrrSnapshot[], includeAccounts: boolean): PeriodSummary[] {
  return mrrMovementsSeries(rows, { from: FROM, to: TO, includeAccounts }).map((entry) =>
    summary(entry.period, entry),
  );
}

// `existingShare: 1`: every account already pays before the window, the densest book the
// generator makes (about 2.1M rows; churn keeps it under accounts × months).
const { snapshots } = generateSampleData({
  seed: 2024,
  accounts: ACCOUNTS,
  months: MONTHS,
  existingShare: 1,
});
const rows: readonly MrrSnapshot[] = snapshots;

if (process.argv[2] === '--engine-only') {
  // Child process: the sample data and the engine alone, so that peak RSS is the engine's, not arquero's.
  const dataMb = peakRssMb();
  for (let run = 0; run <= RUNS; run++) engine(rows, process.argv[3] === 'rows');
  console.log(JSON.stringify({ dataMb, peakMb: peakRssMb() }));
  process.exit(0);
}

const results = {
  engine: engine(rows, false),
  'engine (with drill-down rows)': engine(rows, true),
  'straightforward Map-of-Maps': straightforward(rows, FROM, TO),
  'arquero 8.0.3': withArquero(rows, FROM, TO),
};
if (results.engine.length !== 23)
  throw new Error(`expected 23 transitions, got ${results.engine.length}`);
assertAgree(results);
globalThis.gc?.();

const subject = time(
  'mrrMovementsSeries (default: totals, no drill-down rows)',
  () => engine(rows, false),
  RUNS,
);
const withRows = time(
  'mrrMovementsSeries (includeAccounts: true, per-account rows)',
  () => engine(rows, true),
  RUNS,
);
globalThis.gc?.();
const plain = time('straightforward Map-of-Maps', () => straightforward(rows, FROM, TO), RUNS);
globalThis.gc?.();
const arquero = time('arquero 8.0.3', () => withArquero(rows, FROM, TO), RUNS);

/** Peak RSS of a separate process that only generates the data and runs the engine. */
function engineRss(mode: 'totals' | 'rows'): { dataMb: number; peakMb: number } {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), '--engine-only', mode],
    { encoding: 'utf8', env: process.env },
  );
  if (child.status !== 0) throw new Error(`engine-only run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as { dataMb: number; peakMb: number };
}
const totalsRss = engineRss('totals');
const rowsRss = engineRss('rows');

report(
  `Revenue engine: mrrMovementsSeries, ${ACCOUNTS.toLocaleString('en')} accounts × ${MONTHS} months`,
  subject,
  [withRows, plain, arquero],
  {
    rows: rows.length.toLocaleString('en'),
    transitions: String(results.engine.length),
    runs: `${RUNS} timed after 1 warm-up, median`,
    agreement: '4 implementations agree on 23 periods × 14 fields (money to the cent)',
    'peak RSS, sample data alone (separate process)': `${totalsRss.dataMb.toFixed(0)} MB`,
    'peak RSS, sample data + engine, totals (separate process)': `${totalsRss.peakMb.toFixed(0)} MB`,
    'peak RSS, sample data + engine, with per-account rows (separate process)': `${rowsRss.peakMb.toFixed(0)} MB`,
  },
);
console.log("(the last 'peak RSS' line above is this whole process, arquero included)");
if (plain.medianMs / subject.medianMs < 3)
  console.log('TARGET MISSED: < 3× the straightforward implementation');
if (arquero.medianMs / subject.medianMs < 15) console.log('TARGET MISSED: < 15× arquero');
if (totalsRss.peakMb > 600)
  console.log(`TARGET MISSED: engine peak RSS ${totalsRss.peakMb.toFixed(0)} MB > 600 MB`);
