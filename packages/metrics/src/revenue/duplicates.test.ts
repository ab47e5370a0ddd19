import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention } from '../cohorts/cohortRetention';
import { MetricsInputError } from '../core/errors';
import { catchInputError, where } from '../core/errors.test-helper';
import { formatPeriod } from '../core/calendar';
import { mrrMovements } from './mrrMovements';
import { mrrMovementsSeries } from './mrrMovementsSeries';
import { netRevenueRetention } from './rates';
import { retention } from './retention';
import type { DuplicateRowsOptions, MrrSnapshot } from './types';

type Options = DuplicateRowsOptions & { onInvalid?: 'throw' | 'skip' };

/** Every function that reads MRR snapshots, on the window 2025-01 → 2025-03. */
const READERS: Array<{
  name: string;
  run: (rows: readonly MrrSnapshot[], options?: Options) => { issues: readonly unknown[] };
}> = [
  {
    name: 'mrrMovements',
    run: (rows, options) => mrrMovements(rows, { from: '2025-01', to: '2025-03', ...options }),
  },
  {
    name: 'mrrMovementsSeries',
    run: (rows, options) => {
      const series = mrrMovementsSeries(rows, { from: '2025-01', to: '2025-03', ...options });
      return { series, issues: series[0]!.issues };
    },
  },
  { name: 'cohortRetention', run: (rows, options) => cohortRetention(rows, options) },
  {
    name: 'retention',
    run: (rows, options) =>
      retention({ snapshots: rows, from: '2025-01', to: '2025-03', ...options }),
  },
];

/** A result without its `issues`, to compare the numbers of two calls. */
function numbers(result: { issues: readonly unknown[] }): unknown {
  return JSON.parse(
    JSON.stringify(result, (key, value: unknown) => (key === 'issues' ? undefined : value)),
  );
}

const BOOK: MrrSnapshot[] = [
  { accountId: 'a', period: '2025-01', mrr: 100, currency: 'USD', segment: 'SMB' },
  { accountId: 'b', period: '2025-01', mrr: 50, currency: 'USD', segment: 'SMB' },
  { accountId: 'a', period: '2025-03', mrr: 120, currency: 'USD', segment: 'SMB' },
  { accountId: 'b', period: '2025-03', mrr: 40, currency: 'USD', segment: 'SMB' },
];

describe.each(READERS)('$name: duplicate rows (SPEC §2)', ({ run }) => {
  it.each([
    {
      rule: 'an exact copy of a row',
      rows: [...BOOK, { ...BOOK[2]! }],
      issues: [[4, 'row']],
      message: 'duplicate of row 2',
    },
    {
      rule: 'an exact copy in another spelling of the same month (a date)',
      rows: [...BOOK, { ...BOOK[0]!, period: '2025-01-31' }],
      issues: [[4, 'row']],
      message: 'duplicate of row 0',
    },
    {
      rule: 'three copies, each naming the first',
      rows: [{ ...BOOK[1]! }, ...BOOK, { ...BOOK[1]! }],
      issues: [
        [2, 'row'],
        [5, 'row'],
      ],
      message: 'duplicate of row 0',
    },
    {
      rule: 'an exact copy with the same subscriptionId',
      rows: [
        { ...BOOK[0]!, subscriptionId: 's1' },
        ...BOOK.slice(1),
        { ...BOOK[0]!, subscriptionId: 's1' },
      ],
      issues: [[4, 'row']],
      message: 'duplicate of row 0',
    },
    {
      rule: 'the same subscription twice in a month with different amounts',
      rows: [
        ...BOOK,
        { ...BOOK[2]!, mrr: 10, subscriptionId: 'seats' },
        { ...BOOK[2]!, mrr: 15, subscriptionId: 'seats' },
      ],
      issues: [[5, 'subscriptionId']],
      message: 'of row 4 in the same account and month',
    },
  ])('rejects $rule', ({ rows, issues, message }) => {
    const error = catchInputError(() => run(rows));
    expect(where(error)).toEqual(issues);
    for (const issue of error.issues) expect(issue.message).toContain(message);
  });

  it.each([
    { rule: 'another subscriptionId', a: { subscriptionId: 'x' }, b: { subscriptionId: 'y' } },
    { rule: 'one row with a subscriptionId and one without', a: { subscriptionId: 'x' }, b: {} },
    { rule: 'another amount', a: { mrr: 70 }, b: { mrr: 50 } },
    { rule: 'another segment', a: { segment: 'SMB' }, b: { segment: 'Enterprise' } },
  ])('sums split rows that differ in $rule', ({ a, b }) => {
    const first = { ...BOOK[2]!, mrr: 60, ...a };
    const second = { ...BOOK[2]!, mrr: 60, ...b };
    const merged = { ...BOOK[2]!, mrr: first.mrr + second.mrr };
    const split = run([...BOOK.slice(0, 2), first, BOOK[3]!, second]);
    expect(split.issues).toEqual([]);
    expect(numbers(split)).toEqual(numbers(run([...BOOK.slice(0, 2), merged, BOOK[3]!])));
  });

  it("sums exact copies with { duplicateRows: 'sum' }", () => {
    const doubled = BOOK.map((r, i) => (i === 2 ? { ...r, mrr: r.mrr * 2 } : r));
    const summed = run([...BOOK, { ...BOOK[2]! }], { duplicateRows: 'sum' });
    expect(summed.issues).toEqual([]);
    expect(numbers(summed)).toEqual(numbers(run(doubled)));
  });

  it("still rejects the same subscription twice with { duplicateRows: 'sum' }", () => {
    const rows = [
      ...BOOK,
      { ...BOOK[2]!, mrr: 10, subscriptionId: 'seats' },
      { ...BOOK[2]!, mrr: 15, subscriptionId: 'seats' },
    ];
    expect(where(catchInputError(() => run(rows, { duplicateRows: 'sum' })))).toEqual([
      [5, 'subscriptionId'],
    ]);
  });

  it("skips a duplicate with { onInvalid: 'skip' } and lists it among the bad rows", () => {
    const rows = [...BOOK, { ...BOOK[2]! }, { ...BOOK[0]!, mrr: -1 }];
    const skipped = run(rows, { onInvalid: 'skip' });
    expect(where(skipped as { issues: { index: number; field: string }[] })).toEqual([
      [4, 'row'],
      [5, 'mrr'],
    ]);
    expect(numbers(skipped)).toEqual(numbers(run(BOOK)));
  });

  it.each([['SUM'], ['skip'], [null], [true], [1]])('rejects duplicateRows: %j', (value) => {
    const error = catchInputError(() => run(BOOK, { duplicateRows: value as 'sum' }));
    expect(where(error)).toEqual([[null, 'options.duplicateRows']]);
    expect(error.issues[0]!.message).toContain("must be 'error' or 'sum'");
  });
});

describe('duplicate rows: regressions and the engine paths', () => {
  it('issue 13: two repeated export rows no longer turn NRR 1 into 2', () => {
    const rows = [
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 100 },
    ];
    const error = catchInputError(() =>
      netRevenueRetention(mrrMovements(rows, { period: '2025-02' })),
    );
    expect(error).toBeInstanceOf(MetricsInputError);
    expect(where(error)).toEqual([[2, 'row']]);
    expect(error.issues[0]!.message).toContain('duplicate of row 1');
  });

  it('finds a copy when the rows are not grouped by account', () => {
    const rows = [BOOK[0]!, BOOK[1]!, BOOK[2]!, BOOK[3]!, { ...BOOK[1]! }, { ...BOOK[0]! }];
    const error = catchInputError(() => mrrMovements(rows, { period: '2025-03' }));
    expect(error.issues.map(({ index, message }) => [index, message.slice(0, 18)])).toEqual([
      [4, 'duplicate of row 1'],
      [5, 'duplicate of row 0'],
    ]);
  });

  it('finds a copy among many subscriptions of one account and month (the keyed path)', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      accountId: 'a',
      period: '2025-02',
      mrr: 10,
      subscriptionId: `s${i}`,
    }));
    const total = mrrMovements(rows, { period: '2025-02' });
    expect(total.endingMrr).toBe(400);
    const error = catchInputError(() =>
      mrrMovements([...rows, { ...rows[30]! }, { ...rows[35]!, mrr: 11 }], { period: '2025-02' }),
    );
    expect(where(error)).toEqual([
      [40, 'row'],
      [41, 'subscriptionId'],
    ]);
    expect(error.issues[0]!.message).toContain('duplicate of row 30');
    expect(error.issues[1]!.message).toContain('of row 35');
  });

  it('names input rows after skipped bad rows, unsorted accounts and many segments', () => {
    // 300 segments: more (segment, currency) pairs than fit the engine's one-byte tags.
    const many = Array.from({ length: 300 }, (_, i) => ({
      accountId: `s${i}`,
      period: '2025-02',
      mrr: 5,
      segment: `segment ${i}`,
    }));
    const rows = [
      { accountId: '', period: '2025-02', mrr: 1 },
      ...many,
      { ...BOOK[0]! },
      { ...many[299]!, segment: 'segment 0' },
      { ...many[299]! },
      { ...BOOK[0]! },
    ];
    const skipped = mrrMovements(rows, { period: '2025-02', onInvalid: 'skip' });
    expect(skipped.issues.map(({ index, message }) => [index, message.slice(0, 20)])).toEqual([
      [0, 'must be a non-empty '],
      [303, 'duplicate of row 300'],
      [304, 'duplicate of row 301'],
    ]);
    // The row with another segment is a split subscription: s299 pays 5 + 5.
    expect(skipped.accounts.find((a) => a.accountId === 's299')?.endingMrr).toBe(10);
  });

  it('rejects an empty or non-string subscriptionId as a bad row', () => {
    const error = catchInputError(() =>
      mrrMovements(
        [
          { ...BOOK[0]!, subscriptionId: '' },
          { ...BOOK[1]!, subscriptionId: 7 as unknown as string },
        ],
        { period: '2025-02' },
      ),
    );
    expect(where(error)).toEqual([
      [0, 'subscriptionId'],
      [1, 'subscriptionId'],
    ]);
  });
});

const BASE = 2024 * 12;

/** A valid book: no two rows identical, no subscription twice in one account and month. */
const bookArb = fc
  .uniqueArray(
    fc.record({
      account: fc.integer({ min: 0, max: 5 }),
      month: fc.integer({ min: 0, max: 14 }),
      mrr: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })),
      subscription: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
    }),
    {
      minLength: 1,
      maxLength: 60,
      selector: ({ account, month, mrr, subscription }) =>
        subscription === undefined
          ? `${account}|${month}|=${mrr}`
          : `${account}|${month}|${subscription}`,
    },
  )
  .map((rows) =>
    rows.map(({ account, month, mrr, subscription }): MrrSnapshot => {
      const row: MrrSnapshot = {
        accountId: `acct-${account}`,
        period: formatPeriod(BASE + month),
        mrr,
      };
      if (subscription !== undefined) row.subscriptionId = subscription;
      return row;
    }),
  );

describe('duplicate rows: property', () => {
  it.each(READERS)(
    '$name: appending an exact copy of a row throws naming it, or with sum equals that row doubled',
    ({ run }) => {
      fc.assert(
        fc.property(bookArb, fc.nat(), (book, pick) => {
          const k = pick % book.length;
          const withCopy = [...book, { ...book[k]! }];
          const error = catchInputError(() => run(withCopy));
          expect(error.issues).toHaveLength(1);
          expect(error.issues[0]).toMatchObject({ index: book.length, field: 'row' });
          expect(error.issues[0]!.message).toContain(`duplicate of row ${k}`);
          const doubled = book.map((r, i) => (i === k ? { ...r, mrr: r.mrr * 2 } : r));
          expect(numbers(run(withCopy, { duplicateRows: 'sum' }))).toEqual(numbers(run(doubled)));
        }),
        { numRuns: 150 },
      );
    },
  );
});
