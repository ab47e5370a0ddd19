/**
 * Row order: the revenue engine on the same book of MRR snapshots delivered month-major (a
 * warehouse `ORDER BY month`), account-major and shuffled, each with and without explicit zero
 * rows, against two implementations written here and measured in the same process:
 *
 * - **Map-of-Maps**: what a developer writes first: check each row (regular expression on the
 *   period), `Map<accountId, Map<month, mrr>>`, then classify each account;
 * - **from-objects floor**: one pass that reads each row object once into typed arrays (account
 *   ids interned through one `Map`, the period parsed by character codes, one-entry caches for a
 *   repeated id and period, and the engine's guess that the next row is the next account), then a tight loop over a dense account × month grid. No validation,
 *   no duplicate detection: the least any implementation reading these objects can cost.
 *
 * Subjects: `mrrMovementsSeries` default call (23 monthly transitions, no drill-down rows, SPEC §3),
 * `mrrMovements` over one window (2024-12 → 2025-12, with its per-account rows, which the
 * alternatives build too) and `cohortRetention` (default options). Before any time is printed, all
 * implementations must agree exactly (the amounts are whole numbers, so every sum is exact):
 * every field of every transition, every drill-down row, every cohort cell.
 *
 * Targets (issue 13), on the large book: each subject ≥ 3× faster than the Map-of-Maps and within
 * 2× of the floor, for every order. Each case runs in its own process (peak RSS per case: the data
 * alone, then after the timed runs); the empty and small books are checked and timed too.
 *
 * Run: `pnpm bench orders` (from packages/metrics). `BENCH_RUNS` (default 5) sets the timed runs;
 * `BENCH_ACCOUNTS` (default 100,000) the large book.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cohortRetention } from '../src/cohorts/cohortRetention.ts';
import { mrrMovements } from '../src/revenue/mrrMovements.ts';
import { mrrMovementsSeries } from '../src/revenue/mrrMovementsSeries.ts';
import type { MrrSnapshot as AnySnapshot } from '../src/revenue/types.ts';

/** Rows as an export writes them: periods are `'YYYY-MM'` strings (the engine also takes `Date`s). */
type MrrSnapshot = AnySnapshot & { period: string };
import { assertAgree, peakRssMb } from './lib.ts';

const MONTHS = 24;
const BASE = 2024 * 12; // 2024-01
const FROM = '2024-01';
const TO = '2025-12';
const WINDOW = { from: '2024-12', to: '2025-12' };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LARGE = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const SMALL = 1_000;

type Order = 'month-major' | 'account-major' | 'shuffled';
const ORDERS: Order[] = ['month-major', 'account-major', 'shuffled'];

const label = (month: number) =>
  `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
const PERIODS = Array.from({ length: MONTHS }, (_, m) => label(BASE + m));

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A dense book: every account pays from its start month (70 % from the first month), 30 % churn
 * once, a third of those come back; MRR (whole numbers) changes in about 10 % of months. The same
 * values whatever the order; without zero rows, the months an account pays nothing have no row.
 */
function book(accounts: number, order: Order, zeros: boolean): MrrSnapshot[] {
  const next = random(20251207);
  const values = new Float64Array(accounts * MONTHS);
  for (let a = 0; a < accounts; a++) {
    const start = next() < 0.7 ? 0 : Math.floor(next() * MONTHS);
    const churn = next() < 0.3 ? start + 1 + Math.floor(next() * (MONTHS - start)) : MONTHS;
    const back =
      churn < MONTHS - 1 && next() < 0.3
        ? churn + 1 + Math.floor(next() * (MONTHS - 1 - churn))
        : MONTHS;
    let mrr = 50 + Math.floor(next() * 2000);
    for (let m = 0; m < MONTHS; m++) {
      if (next() < 0.1) mrr = Math.max(1, mrr + Math.floor(next() * 400) - 200);
      const paying = m >= start && (m < churn || m >= back);
      values[a * MONTHS + m] = paying ? mrr : 0;
    }
  }
  const ids = Array.from({ length: accounts }, (_, a) => `acct-${String(a).padStart(6, '0')}`);
  const rows: MrrSnapshot[] = [];
  const push = (a: number, m: number) => {
    const mrr = values[a * MONTHS + m]!;
    if (zeros || mrr > 0) rows.push({ accountId: ids[a]!, period: PERIODS[m]!, mrr });
  };
  if (order === 'month-major') {
    for (let m = 0; m < MONTHS; m++) for (let a = 0; a < accounts; a++) push(a, m);
  } else {
    for (let a = 0; a < accounts; a++) for (let m = 0; m < MONTHS; m++) push(a, m);
  }
  if (order === 'shuffled') {
    const shuffle = random(7);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      const swap = rows[i]!;
      rows[i] = rows[j]!;
      rows[j] = swap;
    }
  }
  return rows;
}

// --- What all implementations must agree on --------------------------------------------------

const SUM_FIELDS = [
  'startingMrr',
  'newMrr',
  'expansionMrr',
  'reactivationMrr',
  'contractionMrr',
  'churnedMrr',
  'endingMrr',
] as const;
const COUNT_FIELDS = [
  'startingAccounts',
  'endingAccounts',
  'retainedAccounts',
  'newAccounts',
  'expansionAccounts',
  'reactivatedAccounts',
  'contractionAccounts',
  'churnedAccounts',
  'newAndChurnedAccounts',
] as const;
type Totals = Record<(typeof SUM_FIELDS)[number] | (typeof COUNT_FIELDS)[number], number>;
interface Drill {
  accountId: string;
  startingMrr: number;
  endingMrr: number;
  movement: string;
  amount: number;
}
interface CohortRow {
  cohort: string;
  size: number;
  initialMrr: number;
  cells: [number, string, number, number, number, number | null][];
}

const pick = (totals: Totals): Totals => {
  const out = {} as Totals;
  for (const field of [...SUM_FIELDS, ...COUNT_FIELDS]) out[field] = totals[field];
  return out;
};
const zeroTotals = (): Totals => {
  const out = {} as Totals;
  for (const field of [...SUM_FIELDS, ...COUNT_FIELDS]) out[field] = 0;
  return out;
};

/** SPEC §3 classification of one account, added to `totals` (and `drill`, when given). */
function classify(
  totals: Totals,
  accountId: string,
  s: number,
  e: number,
  paidBefore: boolean,
  paidInside: boolean,
  drill: Drill[] | null,
): void {
  let movement: string;
  let amount = 0;
  if (s > 0) {
    totals.startingMrr += s;
    totals.startingAccounts++;
    if (e === 0) {
      movement = 'churn';
      amount = s;
      totals.churnedMrr += s;
      totals.churnedAccounts++;
    } else if (e > s) {
      movement = 'expansion';
      amount = e - s;
      totals.expansionMrr += amount;
      totals.expansionAccounts++;
    } else if (e < s) {
      movement = 'contraction';
      amount = s - e;
      totals.contractionMrr += amount;
      totals.contractionAccounts++;
    } else movement = 'unchanged';
  } else if (e > 0) {
    movement = paidBefore ? 'reactivation' : 'new';
    amount = e;
    if (paidBefore) {
      totals.reactivationMrr += e;
      totals.reactivatedAccounts++;
    } else {
      totals.newMrr += e;
      totals.newAccounts++;
    }
  } else if (paidInside) {
    movement = 'new-and-churned';
    totals.newAndChurnedAccounts++;
  } else return;
  if (e > 0) {
    totals.endingMrr += e;
    totals.endingAccounts++;
  }
  if (s > 0 && e > 0) totals.retainedAccounts++;
  drill?.push({ accountId, startingMrr: s, endingMrr: e, movement, amount });
}

// --- Map-of-Maps ----------------------------------------------------------------------------

const PERIOD = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

function mapOfMaps(rows: readonly MrrSnapshot[]): Map<string, Map<number, number>> {
  const byAccount = new Map<string, Map<number, number>>();
  rows.forEach((row, i) => {
    const match = PERIOD.exec(row.period);
    if (typeof row.accountId !== 'string' || row.accountId === '')
      throw new Error(`row ${i}: bad accountId`);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12)
      throw new Error(`row ${i}: bad period`);
    if (!Number.isFinite(row.mrr) || row.mrr < 0) throw new Error(`row ${i}: bad mrr`);
    const month = Number(match[1]) * 12 + Number(match[2]) - 1;
    let months = byAccount.get(row.accountId);
    if (!months) byAccount.set(row.accountId, (months = new Map()));
    months.set(month, (months.get(month) ?? 0) + row.mrr);
  });
  return byAccount;
}

const firstPaidOf = (months: Map<number, number>) => {
  let first = Infinity;
  for (const [month, mrr] of months) if (mrr > 0 && month < first) first = month;
  return first;
};

function seriesMapOfMaps(rows: readonly MrrSnapshot[]): Totals[] {
  const byAccount = mapOfMaps(rows);
  const series = Array.from({ length: MONTHS - 1 }, zeroTotals);
  for (const [id, months] of byAccount) {
    const firstPaid = firstPaidOf(months);
    for (let t = 0; t < MONTHS - 1; t++) {
      const p = BASE + t + 1;
      const s = months.get(p - 1) ?? 0;
      const e = months.get(p) ?? 0;
      classify(series[t]!, id, s, e, firstPaid < p - 1, false, null);
    }
  }
  return series;
}

function windowMapOfMaps(rows: readonly MrrSnapshot[]): [Totals, Drill[]] {
  const from = BASE + 11;
  const to = BASE + 23;
  const byAccount = mapOfMaps(rows);
  const totals = zeroTotals();
  const drill: Drill[] = [];
  for (const [id, months] of byAccount) {
    let inside = false;
    for (const [month, mrr] of months) if (mrr > 0 && month > from && month < to) inside = true;
    const s = months.get(from) ?? 0;
    const e = months.get(to) ?? 0;
    classify(totals, id, s, e, firstPaidOf(months) < from, inside, drill);
  }
  return [totals, drill];
}

function cohortCells(
  cohort: number,
  size: number,
  active: ArrayLike<number>,
  mrr: ArrayLike<number>,
  last: number,
): CohortRow {
  const cells: CohortRow['cells'] = [];
  for (let age = 0; age <= last - cohort; age++) {
    const initial = mrr[0]!;
    cells.push([
      age,
      label(cohort + age),
      active[age]!,
      mrr[age]!,
      active[age]! / size,
      initial > 0 ? mrr[age]! / initial : null,
    ]);
  }
  return { cohort: label(cohort), size, initialMrr: mrr[0]!, cells };
}

function cohortsMapOfMaps(rows: readonly MrrSnapshot[]): CohortRow[] {
  const byAccount = mapOfMaps(rows);
  let last = -Infinity;
  for (const months of byAccount.values())
    for (const month of months.keys()) last = Math.max(last, month);
  const cohorts = new Map<number, { size: number; active: number[]; mrr: number[] }>();
  for (const months of byAccount.values()) {
    const first = firstPaidOf(months);
    if (first === Infinity) continue;
    let cohort = cohorts.get(first);
    if (!cohort) {
      const ages = last - first + 1;
      cohorts.set(
        first,
        (cohort = { size: 0, active: Array(ages).fill(0), mrr: Array(ages).fill(0) }),
      );
    }
    cohort.size++;
    for (const [month, mrr] of months) {
      if (mrr <= 0) continue;
      cohort.active[month - first]!++;
      cohort.mrr[month - first]! += mrr;
    }
  }
  return [...cohorts.keys()]
    .sort((a, b) => a - b)
    .map((c) =>
      cohortCells(c, cohorts.get(c)!.size, cohorts.get(c)!.active, cohorts.get(c)!.mrr, last),
    );
}

// --- From-objects floor ---------------------------------------------------------------------

interface Grid {
  ids: string[];
  first: number;
  span: number;
  /** MRR per account and month, `a * span + (month − first)`. */
  mrr: Float64Array;
}

/** Reads every row object once into typed arrays, then sums them into a dense grid. */
function readGrid(rows: readonly MrrSnapshot[]): Grid {
  const n = rows.length;
  const rowAccount = new Int32Array(n);
  const rowMonth = new Int32Array(n);
  const rowMrr = new Float64Array(n);
  const index = new Map<string, number>();
  const ids: string[] = [];
  let lastId: string | undefined;
  let account = -1;
  let lastPeriod: string | undefined;
  let month = -1;
  let first = 0x7fffffff;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const id = row.accountId;
    if (id !== lastId) {
      // The engine's own shortcut, so the floor is not slower for it: rows ordered by month then
      // account cycle through the accounts in first-seen order.
      let known = account + 1 < ids.length && ids[account + 1] === id ? account + 1 : index.get(id);
      if (known === undefined) {
        known = ids.length;
        index.set(id, known);
        ids.push(id);
      }
      lastId = id;
      account = known;
    }
    const period = row.period;
    if (period !== lastPeriod) {
      month =
        (period.charCodeAt(0) * 1000 +
          period.charCodeAt(1) * 100 +
          period.charCodeAt(2) * 10 +
          period.charCodeAt(3) -
          48 * 1111) *
          12 +
        period.charCodeAt(5) * 10 +
        period.charCodeAt(6) -
        48 * 11 -
        1;
      lastPeriod = period;
      if (month < first) first = month;
      if (month > last) last = month;
    }
    rowAccount[i] = account;
    rowMonth[i] = month;
    rowMrr[i] = row.mrr;
  }
  const span = n === 0 ? 0 : last - first + 1;
  const mrr = new Float64Array(ids.length * span);
  for (let i = 0; i < n; i++) {
    const cell = rowAccount[i]! * span + rowMonth[i]! - first;
    mrr[cell] = mrr[cell]! + rowMrr[i]!;
  }
  return { ids, first, span, mrr };
}

function firstPaidIn(grid: Grid, a: number): number {
  for (let m = 0; m < grid.span; m++) if (grid.mrr[a * grid.span + m]! > 0) return grid.first + m;
  return Infinity;
}

function seriesFloor(rows: readonly MrrSnapshot[]): Totals[] {
  const grid = readGrid(rows);
  const series = Array.from({ length: MONTHS - 1 }, zeroTotals);
  const at = (a: number, month: number) => {
    const m = month - grid.first;
    return m >= 0 && m < grid.span ? grid.mrr[a * grid.span + m]! : 0;
  };
  for (let a = 0; a < grid.ids.length; a++) {
    const firstPaid = firstPaidIn(grid, a);
    for (let t = 0; t < MONTHS - 1; t++) {
      const p = BASE + t + 1;
      const s = at(a, p - 1);
      const e = at(a, p);
      if (s > 0 || e > 0) classify(series[t]!, grid.ids[a]!, s, e, firstPaid < p - 1, false, null);
    }
  }
  return series;
}

function windowFloor(rows: readonly MrrSnapshot[]): [Totals, Drill[]] {
  const from = BASE + 11;
  const to = BASE + 23;
  const grid = readGrid(rows);
  const totals = zeroTotals();
  const drill: Drill[] = [];
  const at = (a: number, month: number) => {
    const m = month - grid.first;
    return m >= 0 && m < grid.span ? grid.mrr[a * grid.span + m]! : 0;
  };
  for (let a = 0; a < grid.ids.length; a++) {
    let inside = false;
    for (let month = from + 1; month < to; month++) if (at(a, month) > 0) inside = true;
    const s = at(a, from);
    const e = at(a, to);
    classify(totals, grid.ids[a]!, s, e, firstPaidIn(grid, a) < from, inside, drill);
  }
  return [totals, drill];
}

function cohortsFloor(rows: readonly MrrSnapshot[]): CohortRow[] {
  const grid = readGrid(rows);
  const { span, first } = grid;
  const size = new Float64Array(span);
  const active = new Float64Array(span * span);
  const mrr = new Float64Array(span * span);
  for (let a = 0; a < grid.ids.length; a++) {
    const base = a * span;
    let c = 0;
    while (c < span && !(grid.mrr[base + c]! > 0)) c++;
    if (c === span) continue;
    size[c]!++;
    for (let m = c; m < span; m++) {
      const value = grid.mrr[base + m]!;
      if (value > 0) {
        active[c * span + m - c]!++;
        mrr[c * span + m - c]! += value;
      }
    }
  }
  const out: CohortRow[] = [];
  for (let c = 0; c < span; c++) {
    if (size[c] === 0) continue;
    const ages = span - c;
    out.push(
      cohortCells(
        first + c,
        size[c]!,
        active.subarray(c * span, c * span + ages),
        mrr.subarray(c * span, c * span + ages),
        first + span - 1,
      ),
    );
  }
  return out;
}

// --- The engine, in the same shapes ---------------------------------------------------------

const seriesEngine = (rows: readonly MrrSnapshot[]) =>
  mrrMovementsSeries(rows, { from: FROM, to: TO });
const windowEngine = (rows: readonly MrrSnapshot[]) => mrrMovements(rows, WINDOW);
const cohortsEngine = (rows: readonly MrrSnapshot[]) => cohortRetention(rows);

function agreeSeries(rows: readonly MrrSnapshot[]): void {
  const engine = seriesEngine(rows);
  if (engine.length !== MONTHS - 1) throw new Error(`expected 23 entries, got ${engine.length}`);
  if (engine.some((entry) => entry.accounts.length > 0))
    throw new Error('the default mrrMovementsSeries call built drill-down rows (SPEC §3)');
  assertAgree({
    mrrMovementsSeries: engine.map((entry) => pick(entry)),
    'Map-of-Maps': seriesMapOfMaps(rows),
    floor: seriesFloor(rows),
  });
}

function agreeWindow(rows: readonly MrrSnapshot[]): void {
  const engine = windowEngine(rows);
  assertAgree({
    mrrMovements: [
      pick(engine),
      engine.accounts.map(({ accountId, startingMrr, endingMrr, movement, amount }) => ({
        accountId,
        startingMrr,
        endingMrr,
        movement,
        amount,
      })),
    ],
    'Map-of-Maps': windowMapOfMaps(rows),
    floor: windowFloor(rows),
  });
}

function agreeCohorts(rows: readonly MrrSnapshot[]): void {
  const engine = cohortsEngine(rows).cohorts.map((c): CohortRow => ({
    cohort: c.cohort,
    size: c.size,
    initialMrr: c.initialMrr,
    cells: c.cells.map((cell) => [
      cell.age,
      cell.period,
      cell.activeAccounts,
      cell.mrr,
      cell.logoRetention,
      cell.revenueRetention,
    ]),
  }));
  assertAgree({
    cohortRetention: engine,
    'Map-of-Maps': cohortsMapOfMaps(rows),
    floor: cohortsFloor(rows),
  });
}

const SUBJECTS = [
  {
    name: 'mrrMovementsSeries',
    engine: seriesEngine,
    mapOfMaps: seriesMapOfMaps,
    floor: seriesFloor,
  },
  {
    name: 'mrrMovements (one window)',
    engine: windowEngine,
    mapOfMaps: windowMapOfMaps,
    floor: windowFloor,
  },
  {
    name: 'cohortRetention',
    engine: cohortsEngine,
    mapOfMaps: cohortsMapOfMaps,
    floor: cohortsFloor,
  },
] as const;

/**
 * Median CPU time (user + system, `process.cpuUsage`) of each function over `runs` rounds after a
 * warm-up round; each round runs every function once, in turn, after a full collection. CPU time
 * rather than wall time because the machine is shared: another job's load stretches wall time,
 * and interleaving spreads what is left evenly over the implementations.
 */
function interleaved(fns: (() => unknown)[], runs: number): number[] {
  const samples: number[][] = fns.map(() => []);
  for (let round = 0; round <= runs; round++) {
    fns.forEach((fn, k) => {
      globalThis.gc?.();
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      if (round > 0) samples[k]!.push((used.user + used.system) / 1000);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

interface CaseResult {
  order: Order;
  zeros: boolean;
  accounts: number;
  rows: number;
  dataMb: number;
  peakMb: number;
  subjects: { name: string; engine: number; mapOfMaps: number; floor: number }[];
}

/** One case in this process: build the book, check agreement, time every implementation. */
function runCase(order: Order, zeros: boolean, accounts: number): CaseResult {
  const rows = book(accounts, order, zeros);
  // A small book takes a few ms a call: more rounds, so the median is not one noisy sample.
  const runs = accounts <= SMALL ? RUNS * 10 : RUNS;
  const dataMb = peakRssMb();
  agreeSeries(rows);
  agreeWindow(rows);
  agreeCohorts(rows);
  const subjects = SUBJECTS.map((subject) => {
    const [engine, mapOfMaps, floor] = interleaved(
      [() => subject.engine(rows), () => subject.mapOfMaps(rows), () => subject.floor(rows)],
      runs,
    );
    return { name: subject.name, engine: engine!, mapOfMaps: mapOfMaps!, floor: floor! };
  });
  return { order, zeros, accounts, rows: rows.length, dataMb, peakMb: peakRssMb(), subjects };
}

/** Peak RSS of a process that builds the book and runs only the engine's subject `name`. */
function engineOnly(order: Order, zeros: boolean, accounts: number, name: string): number {
  const rows = book(accounts, order, zeros);
  const subject = SUBJECTS.find((s) => s.name === name)!;
  for (let run = 0; run < 2; run++) subject.engine(rows);
  return peakRssMb();
}

function child(args: string[]): string {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', fileURLToPath(import.meta.url), ...args],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 },
  );
  if (run.status !== 0) throw new Error(`bench child ${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout.trim().split('\n').pop()!;
}

const [mode, order, zeros, accounts, name] = process.argv.slice(2);
if (mode === '--case') {
  console.log(JSON.stringify(runCase(order as Order, zeros === 'zeros', Number(accounts))));
} else if (mode === '--rss') {
  console.log(
    JSON.stringify(engineOnly(order as Order, zeros === 'zeros', Number(accounts), name!)),
  );
} else {
  main();
}

function main(): void {
  // The empty book: every implementation agrees (no transitions paid, no cohorts).
  agreeSeries([]);
  agreeWindow([]);
  agreeCohorts([]);
  console.log('\n## Row order: 0 rows');
  console.log(
    'all three implementations agree on the empty book (23 empty transitions, no cohorts)',
  );

  let failed = 0;
  for (const accounts of [SMALL, LARGE]) {
    console.log(
      `\n## Row order: ${accounts.toLocaleString('en')} accounts × ${MONTHS} months (median CPU ms of ${accounts <= SMALL ? RUNS * 10 : RUNS} interleaved rounds after a warm-up, each case in its own process)`,
    );
    console.log(
      '| order | zero rows | rows | subject | engine ms | Map-of-Maps ms | Map-of-Maps / engine | floor ms | engine / floor | peak RSS MB (data) | target |',
    );
    console.log('|---|---|---:|---|---:|---:|---:|---:|---:|---:|---|');
    for (const o of ORDERS) {
      for (const z of [true, false]) {
        const result = JSON.parse(
          child(['--case', o, z ? 'zeros' : 'no-zeros', String(accounts)]),
        ) as CaseResult;
        for (const s of result.subjects) {
          const vsMaps = s.mapOfMaps / s.engine;
          const vsFloor = s.engine / s.floor;
          const large = accounts === LARGE;
          const pass = vsMaps >= 3 && vsFloor <= 2;
          if (large && !pass) failed++;
          console.log(
            `| ${o} | ${z ? 'yes' : 'no'} | ${result.rows.toLocaleString('en')} | ${s.name} | ${s.engine.toFixed(1)} | ${s.mapOfMaps.toFixed(1)} | ${vsMaps.toFixed(2)}× | ${s.floor.toFixed(1)} | ${vsFloor.toFixed(2)}× | ${result.peakMb.toFixed(0)} (${result.dataMb.toFixed(0)}) | ${large ? (pass ? 'PASS' : 'FAIL') : 'report only'} |`,
          );
        }
      }
    }
  }

  console.log(
    `\n## Peak RSS of the engine alone, ${LARGE.toLocaleString('en')} accounts (a process that builds the book and runs one subject twice)`,
  );
  console.log('| order | zero rows | subject | peak RSS MB |');
  console.log('|---|---|---|---:|');
  for (const o of ORDERS) {
    for (const z of [true, false]) {
      for (const s of SUBJECTS) {
        const mb = Number(child(['--rss', o, z ? 'zeros' : 'no-zeros', String(LARGE), s.name]));
        console.log(`| ${o} | ${z ? 'yes' : 'no'} | ${s.name} | ${mb.toFixed(0)} |`);
      }
    }
  }
  console.log(
    '\ntarget (large book, every order, with and without zero rows): engine ≥ 3× faster than the Map-of-Maps and ≤ 2× the from-objects floor',
  );
  console.log(
    failed === 0 ? 'PASS: every case meets the target' : `FAIL: ${failed} case(s) miss the target`,
  );
}
