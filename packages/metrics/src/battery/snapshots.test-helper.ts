import type { MrrSnapshot } from '../revenue/types';
import {
  BAD_AMOUNTS,
  BAD_IDS,
  BAD_PERIODS,
  type BadInput,
  inherited,
  throwingGetter,
  withHole,
  without,
} from './battery.test-helper';

/** Two valid snapshots of one account; the bad-row cases replace the second. */
export const goodSnapshots = (): MrrSnapshot[] => [
  { accountId: 'a', period: '2025-01', mrr: 100 },
  { accountId: 'a', period: '2025-02', mrr: 120 },
];

const SECOND = goodSnapshots()[1]!;

/** Bad snapshot rows and where their error must point. */
export interface BadRows {
  label: string;
  rows: readonly MrrSnapshot[];
  expected: Array<[number | null, string]>;
}

/**
 * The bad-row battery for any function or hook that reads MRR snapshots (SPEC §2, §3): most cases
 * put one bad row at index 1 and expect an issue naming index 1 and the field.
 */
export function snapshotBadRows(): BadRows[] {
  const cases: Array<Omit<BadInput, 'call'> & { call: () => readonly MrrSnapshot[] }> = [];
  const run = (rows: readonly MrrSnapshot[]) => rows;
  const at = (label: string, bad: unknown, field: string) =>
    cases.push({
      label,
      call: () => run([goodSnapshots()[0]!, bad as MrrSnapshot]),
      expected: [[1, field]],
    });
  const field = (name: keyof MrrSnapshot, bad: Array<[string, unknown]>, required: boolean) => {
    for (const [label, value] of bad) at(`${name}: ${label}`, { ...SECOND, [name]: value }, name);
    if (required) {
      at(`${name}: missing`, without(SECOND, name), name);
      at(`${name}: inherited from the prototype`, inherited(SECOND, name), name);
    }
    at(`${name}: a getter that throws`, throwingGetter({ ...SECOND, [name]: 'x' }, name), name);
  };
  field('accountId', BAD_IDS, true);
  field('period', BAD_PERIODS, true);
  field('mrr', BAD_AMOUNTS, true);
  field(
    'currency',
    [
      ['two letters', 'US'],
      ['a number', 840],
      ['null', null],
    ],
    false,
  );
  field(
    'segment',
    [
      ['a number', 5],
      ['null', null],
    ],
    false,
  );
  field(
    'subscriptionId',
    [
      ['an empty string', ''],
      ['a number', 5],
    ],
    false,
  );
  for (const [label, row] of [
    ['null', null],
    ['a string', 'a,2025-02,120'],
    ['a number', 120],
    ['an array', ['a', '2025-02', 120]],
  ] as const) {
    at(`row: ${label}`, row, label === 'an array' ? 'accountId' : 'row');
  }
  cases.push({
    label: 'row: a hole in a sparse array',
    call: () => run(withHole(goodSnapshots(), 1)),
    expected: [[1, 'row']],
  });
  cases.push({
    label: 'currency: a second currency',
    call: () =>
      run([
        { ...goodSnapshots()[0]!, currency: 'USD' },
        { ...SECOND, currency: 'EUR' },
      ]),
    expected: [[1, 'currency']],
  });
  cases.push({
    label: 'duplicate: a row identical in every field',
    call: () => run([...goodSnapshots(), { ...SECOND }]),
    expected: [[2, 'row']],
  });
  cases.push({
    label: 'duplicate: the same subscription twice in a month',
    call: () =>
      run([
        { ...SECOND, subscriptionId: 's1' },
        { ...SECOND, subscriptionId: 's1', mrr: 5 },
      ]),
    expected: [[1, 'subscriptionId']],
  });
  cases.push({
    label: 'overflow: two accounts of 1e308 in one month',
    call: () =>
      run([
        { accountId: 'a', period: '2025-02', mrr: 1e308 },
        { accountId: 'b', period: '2025-02', mrr: 1e308 },
      ]),
    expected: [[1, 'mrr']],
  });
  cases.push({
    label: 'overflow: two subscriptions of 1e308 in one account and month',
    call: () =>
      run([
        { accountId: 'a', period: '2025-02', mrr: 1e308, subscriptionId: 's1' },
        { accountId: 'a', period: '2025-02', mrr: 1e308, subscriptionId: 's2' },
      ]),
    expected: [[1, 'mrr']],
  });
  cases.push({
    label: 'overflow: one row of Number.MAX_VALUE',
    call: () => run([{ accountId: 'a', period: '2025-02', mrr: Number.MAX_VALUE }]),
    expected: [[0, 'mrr']],
  });
  return cases.map(({ label, call, expected }) => ({ label, rows: call(), expected }));
}

/** {@link snapshotBadRows} as calls of `run`. */
export function snapshotCases(run: (rows: readonly MrrSnapshot[]) => unknown): BadInput[] {
  return snapshotBadRows().map(({ label, rows, expected }) => ({
    label,
    call: () => run(rows),
    expected,
  }));
}
