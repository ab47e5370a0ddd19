// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../cohorts/cohortRetention';
import { useCohortRetention } from '../cohorts/useCohortRetention';
import { usePooledRetentionByAge } from '../cohorts/usePooledRetentionByAge';
import { MetricsInputError } from '../core/errors';
import type { HookResult } from '../core/hook';
import type { MrrSnapshot } from '../core/mrrSnapshot';
import { stickinessFromActivity } from '../engagement/stickinessFromActivity';
import { timeToValue } from '../engagement/timeToValue';
import { useStickinessFromActivity } from '../engagement/useStickinessFromActivity';
import { useTimeToValue } from '../engagement/useTimeToValue';
import { reconcileConventions } from '../revenue/conventions';
import { mrrMovements } from '../revenue/mrrMovements';
import { mrrMovementsSeries } from '../revenue/mrrMovementsSeries';
import { retentionSeries } from '../revenue/retentionSeries';
import { useMrrMovements } from '../revenue/useMrrMovements';
import { useMrrMovementsSeries } from '../revenue/useMrrMovementsSeries';
import { useReconcileConventions } from '../revenue/useReconcileConventions';
import { useRetention } from '../revenue/useRetention';
import { useRetentionSeries } from '../revenue/useRetentionSeries';
import { ces } from '../voice/ces';
import { csat } from '../voice/csat';
import { nps } from '../voice/nps';
import { useCes } from '../voice/useCes';
import { useCsat } from '../voice/useCsat';
import { useNps } from '../voice/useNps';

// SPEC §8, §9 "Never breaks the host": a precomputed `data` is checked like raw input. Every
// number a component reads must be finite (or null where the type allows it), every array an
// array, every required field present, every period a label that parses; anything else is
// `{ error }`, a MetricsInputError whose issue names the path and the value (issue 15).

type Hook = (input: never) => HookResult<unknown>;

const snapshots: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'b', period: '2025-01', mrr: 50 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
  { accountId: 'c', period: '2025-02', mrr: 30 },
  { accountId: 'a', period: '2025-03', mrr: 90 },
  { accountId: 'b', period: '2025-03', mrr: 60 },
];

/** A path into a result: names and indexes, e.g. `['points', 3, 'nrr']`. */
type Path = readonly (string | number)[];

interface Case {
  hook: Hook;
  /** A real result of the pure function. */
  data: unknown;
  /** The hook's input around a `data`. */
  input?: (data: unknown) => object;
  /** Paths of required numbers (not nullable). */
  numbers: Path[];
  /** Paths of rates that may be `null`. */
  rates?: Path[];
  /** Paths of periods. */
  periods?: Path[];
  /** Paths of arrays. */
  arrays?: Path[];
  /** Paths above whose field may be absent (pre-aggregated totals need not carry it). */
  optional?: Path[];
}

const cohorts = cohortRetention(snapshots);
const conventions = reconcileConventions(snapshots, { from: '2025-01', to: '2025-03' });
const metric = Object.keys(conventions.conventions[0]!.metrics)[0]!;

const CASES: Record<string, Case> = {
  useMrrMovements: {
    hook: useMrrMovements as Hook,
    data: mrrMovements(snapshots, { from: '2025-01', to: '2025-03' }),
    numbers: [['startingMrr'], ['churnedMrr'], ['newMrr'], ['endingAccounts']],
    periods: [['from']],
    optional: [['newMrr'], ['endingAccounts'], ['from']],
  },
  useRetention: {
    hook: useRetention as Hook,
    data: mrrMovements(snapshots, { from: '2025-01', to: '2025-03' }),
    numbers: [['startingMrr'], ['expansionMrr'], ['reactivationMrr']],
    optional: [['reactivationMrr']],
  },
  useMrrMovementsSeries: {
    hook: useMrrMovementsSeries as Hook,
    data: mrrMovementsSeries(snapshots, { from: '2025-01', to: '2025-03' }),
    numbers: [
      [1, 'contractionMrr'],
      [0, 'newMrr'],
    ],
    periods: [[1, 'period']],
    arrays: [[]],
    optional: [[0, 'newMrr']],
  },
  useRetentionSeries: {
    hook: useRetentionSeries as Hook,
    data: retentionSeries(snapshots, { from: '2025-01', to: '2025-03' }).points,
    numbers: [],
    rates: [
      [1, 'nrr'],
      [0, 'logoChurn'],
    ],
    periods: [[1, 'period']],
    arrays: [[]],
  },
  useCohortRetention: {
    hook: useCohortRetention as Hook,
    data: cohorts,
    numbers: [
      ['cohorts', 0, 'size'],
      ['cohorts', 0, 'cells', 1, 'logoRetention'],
      ['cohorts', 1, 'initialMrr'],
    ],
    rates: [['cohorts', 0, 'cells', 2, 'revenueRetention']],
    periods: [
      ['cohorts', 1, 'cohort'],
      ['cohorts', 0, 'cells', 1, 'period'],
    ],
    arrays: [['cohorts'], ['cohorts', 0, 'cells']],
  },
  usePooledRetentionByAge: {
    hook: usePooledRetentionByAge as Hook,
    data: cohorts,
    input: (data) => ({ data, metric: 'logo', ages: [1] }),
    numbers: [['cohorts', 0, 'cells', 1, 'activeAccounts']],
    arrays: [['cohorts']],
  },
  useNps: {
    hook: useNps as Hook,
    data: nps(
      [
        { score: 10, segment: 'SMB' },
        { score: 9, segment: 'SMB' },
        { score: 3, segment: 'Enterprise' },
        { score: 7 },
      ],
      { groupBy: 'segment', trend: [{ period: '2025-01', responses: [10, 3] }] },
    ),
    numbers: [
      ['total'],
      ['promoters'],
      ['distribution', 0, 'count'],
      ['groups', 0, 'result', 'total'],
      ['trend', 0, 'total'],
    ],
    rates: [['score'], ['marginOfError'], ['groups', 1, 'result', 'score'], ['trend', 0, 'score']],
    arrays: [['distribution']],
  },
  useCsat: {
    hook: useCsat as Hook,
    data: csat(
      [
        { score: 5, channel: 'email' },
        { score: 4, channel: 'chat' },
        { score: 2, channel: 'chat' },
      ],
      { groupBy: 'channel' },
    ),
    numbers: [['satisfied'], ['distribution', 1, 'score'], ['groups', 0, 'result', 'satisfied']],
    rates: [['score'], ['mean']],
  },
  useCes: {
    hook: useCes as Hook,
    data: ces([7, 6, 2]),
    numbers: [['agreeing'], ['scale']],
    rates: [['mean'], ['agreeShare']],
  },
  useTimeToValue: {
    hook: useTimeToValue as Hook,
    data: timeToValue([
      { accountId: 'a', startedAt: '2025-01-01', firstValueAt: '2025-01-11' },
      { accountId: 'c', startedAt: '2025-02-01' },
    ]),
    numbers: [['measured'], ['waiting']],
    rates: [['median'], ['p90']],
    arrays: [['waitingAccountIds']],
  },
  useStickinessFromActivity: {
    hook: useStickinessFromActivity as Hook,
    data: stickinessFromActivity(
      [
        { userId: 'ana', date: '2025-02-03' },
        { userId: 'bo', date: '2025-02-04' },
      ],
      { month: '2025-02' },
    ),
    numbers: [['monthlyUsers'], ['meanDailyUsers'], ['dailyUsers', 2, 'users']],
    rates: [['stickiness']],
    periods: [['month']],
  },
  useReconcileConventions: {
    hook: useReconcileConventions as Hook,
    data: conventions,
    numbers: [],
    rates: [['conventions', 0, 'metrics', metric]],
    periods: [['to']],
    arrays: [['conventions'], ['differences']],
  },
};

/** The issue's field for a path: `data.cohorts[0].cells[1].logoRetention`. */
const field = (path: Path) =>
  path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`),
    'data',
  );

/** A deep copy of `data` with the value at `path` replaced, or deleted for `undefined`. */
function withValue(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data);
  if (path.length === 0) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

function run(name: string, data: unknown): HookResult<unknown> {
  const { hook, input = (given) => ({ data: given }) } = CASES[name]!;
  let result: HookResult<unknown> | undefined;
  // A throw during render would fail here: the hook must return `{ error }` instead.
  renderHook(() => {
    result = hook(input(data) as never);
  });
  return result!;
}

function expectNamed(result: HookResult<unknown>, path: Path, value: unknown) {
  expect(result.data).toBeNull();
  expect(result.error).toBeInstanceOf(MetricsInputError);
  // A path, or (for points read as rows, useRetentionSeries) the row's index and field.
  const issue = result.issues.find(
    (found) =>
      (found.index === null && found.field === field(path)) ||
      (typeof path[0] === 'number' && found.index === path[0] && found.field === path.at(-1)),
  );
  expect(issue, `an issue naming ${field(path)}`).toBeDefined();
  if (value !== undefined) expect(Object.is(issue!.value, value)).toBe(true);
}

const BAD_NUMBERS: [string, unknown][] = [
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
  ['a string number', '5'],
  ['an object', {}],
  ['missing', undefined],
];

describe.each(Object.keys(CASES))('%s with a precomputed data', (name) => {
  const { data, numbers, rates = [], periods = [], arrays = [], optional = [] } = CASES[name]!;
  const required = (paths: Path[], bad: unknown) =>
    bad === undefined
      ? paths.filter((path) => !optional.some((skip) => field(skip) === field(path)))
      : paths;

  it('passes a real result through, unchanged', () => {
    const result = run(name, data);
    expect(result.error).toBeNull();
    expect(result.data).not.toBeNull();
  });

  it.each(BAD_NUMBERS.concat([['null', null]]))('a number that is %s', (_label, bad) => {
    for (const path of required(numbers, bad)) {
      expectNamed(run(name, withValue(data, path, bad)), path, bad);
    }
  });

  it.each(BAD_NUMBERS.filter(([label]) => label !== 'missing'))(
    'a nullable rate that is %s',
    (_label, bad) => {
      for (const path of rates) expectNamed(run(name, withValue(data, path, bad)), path, bad);
    },
  );

  it('an optional field may be absent', () => {
    for (const path of optional)
      expect(run(name, withValue(data, path, undefined)).error).toBeNull();
  });

  it('a rate that is null is allowed', () => {
    for (const path of rates) expect(run(name, withValue(data, path, null)).error).toBeNull();
  });

  it.each<[string, unknown]>([
    ['not a period', '2025-13'],
    ['a number', 202501],
    ['missing', undefined],
  ])('a period that is %s', (_label, bad) => {
    for (const path of required(periods, bad)) {
      expectNamed(run(name, withValue(data, path, bad)), path, bad);
    }
  });

  it.each<[string, unknown]>([
    ['an object', { length: 1 }],
    ['null', null],
    ['a string', 'x'],
  ])('an array that is %s', (_label, bad) => {
    for (const path of arrays) expectNamed(run(name, withValue(data, path, bad)), path, bad);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 1],
    ['a string', 'data'],
  ])('data that is %s', (_label, bad) => {
    const result = run(name, bad);
    expect(result.data).toBeNull();
    expect(result.error).toBeInstanceOf(MetricsInputError);
    expect(result.issues.map((issue) => issue.field)).toContain('data');
  });
});

describe('checked data', () => {
  it('names a getter that throws instead of throwing it', () => {
    const data = structuredClone(cohorts) as unknown as { cohorts: object[] };
    Object.defineProperty(data.cohorts[0], 'size', {
      get() {
        throw new Error('boom');
      },
    });
    const result = run('useCohortRetention', data);
    expect(result.issues.map((issue) => issue.field)).toEqual(['data.cohorts[0].size']);
  });

  it('lists a bounded number of issues for a result of many bad values', () => {
    const entry = { period: '2025-01', startingMrr: Number.NaN, expansionMrr: 0 };
    const result = run(
      'useMrrMovementsSeries',
      Array.from({ length: 10_000 }, () => entry),
    );
    expect(result.issues.length).toBeGreaterThan(1);
    expect(result.issues.length).toBeLessThanOrEqual(20);
  });

  it('any real result of the pure functions passes its check (property)', () => {
    const row = fc.record({
      accountId: fc.constantFrom('a', 'b', 'c', 'd'),
      period: fc.constantFrom('2024-11', '2024-12', '2025-01', '2025-02', '2025-03'),
      mrr: fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        // Cents and up: a subnormal MRR (5e-324) makes a ratio overflow, which the pure
        // functions reject by design (finite results), so it is not a result to check here.
        fc.double({ min: 0.01, max: 1e12, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => `${r.accountId}|${r.period}` }),
        (rows) => {
          const window = { from: '2024-11', to: '2025-03' };
          const checks: [string, unknown][] = [
            ['useMrrMovements', mrrMovements(rows, window)],
            ['useRetention', mrrMovements(rows, window)],
            ['useMrrMovementsSeries', mrrMovementsSeries(rows, window)],
            ['useRetentionSeries', retentionSeries(rows, window).points],
            ['useCohortRetention', cohortRetention(rows, { grain: 'quarter' })],
            ['usePooledRetentionByAge', cohortRetention(rows)],
            ['useReconcileConventions', reconcileConventions(rows, window)],
          ];
          for (const [name, data] of checks) expect(run(name, data).error).toBeNull();
        },
      ),
      { numRuns: 20 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), (scores) => {
        expect(run('useNps', nps(scores)).error).toBeNull();
        const five = scores.map((score) => 1 + (score % 5));
        expect(run('useCsat', csat(five)).error).toBeNull();
        expect(run('useCes', ces(scores.map((score) => 1 + (score % 7)))).error).toBeNull();
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
