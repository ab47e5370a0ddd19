import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import type { MrrSnapshot } from '../revenue/types';
import { cohortRetention } from './cohortRetention';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/**
 * A small book of accounts, January to April 2025, whose cohort table is worked out by hand below.
 * - a: 100, 100, 120, 120 (stays, expands in March)
 * - b: 200 in January, an explicit 0 in February, no rows after (churned)
 * - c: 50 in January as two rows (30 + 20), 50 in February, nothing in March, 60 in April
 *   (reactivated)
 * - d: first pays in February: 80, 80, then 40 in April
 * - e: an explicit 0 in February, first pays in March: 100, 100
 * - f: only an explicit 0 in March: never paid, in no cohort
 */
const book: MrrSnapshot[] = [
  row('a', '2025-01', 100),
  row('a', '2025-02', 100),
  row('a', '2025-03', 120),
  row('a', '2025-04', 120),
  row('b', '2025-01', 200),
  row('b', '2025-02', 0),
  row('c', '2025-01', 30),
  row('c', '2025-01-15', 20),
  row('c', '2025-02', 50),
  row('c', '2025-04', 60),
  row('d', '2025-02', 80),
  row('d', '2025-03', 80),
  row('d', '2025-04', 40),
  row('e', '2025-02', 0),
  row('e', '2025-03', 100),
  row('e', '2025-04', 100),
  row('f', '2025-03', 0),
];

/** [age, period, activeAccounts, mrr, logoRetention, revenueRetention] */
type CellRow = [number, string, number, number, number, number | null];

const cells = (rows: CellRow[]) =>
  rows.map(([age, period, activeAccounts, mrr, logoRetention, revenueRetention]) => ({
    age,
    period,
    activeAccounts,
    mrr,
    logoRetention: expect.closeTo(logoRetention, 12) as number,
    // The interval's values are tested against an independent Wilson in interval.test.ts.
    logoRetentionInterval: {
      low: expect.any(Number) as number,
      high: expect.any(Number) as number,
      level: 0.95,
    },
    revenueRetention:
      revenueRetention === null ? null : (expect.closeTo(revenueRetention, 12) as number),
    reason: revenueRetention === null ? 'no-initial-mrr' : null,
  }));

describe('cohortRetention: a hand-computed monthly table', () => {
  const result = cohortRetention(book);

  it('puts each account in the cohort of its first month with MRR > 0, in time order', () => {
    expect(result.grain).toBe('month');
    expect(result.lastPeriod).toBe('2025-04');
    expect(result.cohorts.map((c) => [c.cohort, c.size, c.initialMrr])).toEqual([
      ['2025-01', 3, 350], // a 100 + b 200 + c (30 + 20)
      ['2025-02', 1, 80], // d; e paid 0 in February
      ['2025-03', 1, 100], // e; f never paid
    ]);
  });

  it('January: churned b, reactivated c, expanded a', () => {
    expect(result.cohorts[0]!.cells).toEqual(
      cells([
        [0, '2025-01', 3, 350, 1, 1],
        [1, '2025-02', 2, 150, 2 / 3, 150 / 350], // a 100 + c 50; b's explicit 0
        [2, '2025-03', 1, 120, 1 / 3, 120 / 350], // a 120; c has no row, so 0
        [3, '2025-04', 2, 180, 2 / 3, 180 / 350], // a 120 + c 60: c counts again
      ]),
    );
  });

  it('later cohorts stop at the last month in the data: future cells are absent, not zero', () => {
    expect(result.cohorts[1]!.cells).toEqual(
      cells([
        [0, '2025-02', 1, 80, 1, 1],
        [1, '2025-03', 1, 80, 1, 1],
        [2, '2025-04', 1, 40, 1, 0.5],
      ]),
    );
    expect(result.cohorts[2]!.cells).toEqual(
      cells([
        [0, '2025-03', 1, 100, 1, 1],
        [1, '2025-04', 1, 100, 1, 1],
      ]),
    );
  });

  it('at quarter grain reads the same book at the end of March (docs/metrics/cohorts.md)', () => {
    const quarterly = cohortRetention(book, { grain: 'quarter' });
    // April is in the data but June is not: Q2 is incomplete.
    expect(quarterly.lastPeriod).toBe('2025-Q1');
    expect(quarterly.cohorts).toEqual([
      {
        cohort: '2025-Q1',
        size: 5, // a, b, c, d, e all first paid in Q1
        initialMrr: 300, // a 120 + d 80 + e 100 at the end of March
        ageReached: 0,
        mature: false, // under a year (4 quarters) old
        cells: cells([[0, '2025-Q1', 3, 300, 3 / 5, 1]]),
      },
    ]);
  });

  it('an explicit zero row at the end extends the data: the cells exist, with zeros', () => {
    const withZero = cohortRetention([...book, row('z', '2025-05', 0)]);
    expect(withZero.lastPeriod).toBe('2025-05');
    expect(withZero.cohorts[0]!.cells).toHaveLength(5);
    expect(withZero.cohorts[2]!.cells[2]).toEqual(cells([[2, '2025-05', 0, 0, 0, 0]])[0]);
  });

  it('a single cohort of one account', () => {
    const one = cohortRetention([row('solo', '2024-11', 90), row('solo', '2024-12', 45)]);
    expect(one.cohorts).toEqual([
      {
        cohort: '2024-11',
        size: 1,
        initialMrr: 90,
        ageReached: 1,
        mature: false,
        cells: cells([
          [0, '2024-11', 1, 90, 1, 1],
          [1, '2024-12', 1, 45, 1, 0.5],
        ]),
      },
    ]);
  });

  it('a cohort that pays nothing at all later still has its cells, at zero', () => {
    const gone = cohortRetention([row('x', '2025-01', 10), row('y', '2025-03', 0)]);
    expect(gone.cohorts[0]!.cells).toEqual(
      cells([
        [0, '2025-01', 1, 10, 1, 1],
        [1, '2025-02', 0, 0, 0, 0],
        [2, '2025-03', 0, 0, 0, 0],
      ]),
    );
  });

  it('returns no cohorts for no rows, or for rows that are all zero', () => {
    expect(cohortRetention([])).toEqual({
      grain: 'month',
      cohorts: [],
      lastPeriod: null,
      issues: [],
    });
    const zeros = cohortRetention([row('a', '2025-01', 0)]);
    expect(zeros.cohorts).toEqual([]);
    expect(zeros.lastPeriod).toBe('2025-01');
  });

  it('carries the currency of the rows', () => {
    const priced = cohortRetention([{ ...row('a', '2025-01', 5), currency: 'eur' }]);
    expect(priced.currency).toBe('EUR');
  });
});

describe('cohortRetention: the JSDoc example', () => {
  it('gives what the example says', () => {
    const table = cohortRetention([
      { accountId: 'a', period: '2025-01', mrr: 100 },
      { accountId: 'b', period: '2025-01', mrr: 100 },
      { accountId: 'a', period: '2025-02', mrr: 150 },
    ]);
    expect(table.cohorts[0]!.cells[1]).toEqual({
      age: 1,
      period: '2025-02',
      activeAccounts: 1,
      mrr: 150,
      logoRetention: 0.5,
      logoRetentionInterval: {
        low: expect.closeTo(0.0945, 4),
        high: expect.closeTo(0.9055, 4),
        level: 0.95,
      },
      revenueRetention: 0.75,
      reason: null,
    });
  });
});

describe('cohortRetention: quarter grain', () => {
  // a: pays 100 at the end of Q1 (March), 150 at the end of Q2 (June).
  // b: first pays in February, 0 in March: in the Q1 cohort, but not active at Q1's end.
  // c: 70 in April, 0 in May, 70 in June: Q2 cohort, active at June.
  // d: zeros in Q1, first pays in May, nothing in June: Q2 cohort, inactive at June.
  const quarters: MrrSnapshot[] = [
    row('a', '2025-01', 100),
    row('a', '2025-03', 100),
    row('a', '2025-06', 150),
    row('b', '2025-02', 200),
    row('b', '2025-03', 0),
    row('c', '2025-04', 70),
    row('c', '2025-05', 0),
    row('c', '2025-06', 70),
    row('d', '2025-01', 0),
    row('d', '2025-03', 0),
    row('d', '2025-05', 30),
  ];

  it("labels quarters 'YYYY-Qn' and reads each quarter's MRR at its last month", () => {
    const result = cohortRetention(quarters, { grain: 'quarter' });
    expect(result.lastPeriod).toBe('2025-Q2');
    expect(result.cohorts).toEqual([
      {
        cohort: '2025-Q1',
        size: 2,
        initialMrr: 100, // a 100 + b 0 at the end of March
        ageReached: 1,
        mature: false,
        cells: cells([
          [0, '2025-Q1', 1, 100, 0.5, 1],
          [1, '2025-Q2', 1, 150, 0.5, 1.5],
        ]),
      },
      {
        cohort: '2025-Q2',
        size: 2,
        initialMrr: 70, // c 70 + d 0 at the end of June
        ageReached: 0,
        mature: false,
        cells: cells([[0, '2025-Q2', 1, 70, 0.5, 1]]),
      },
    ]);
  });

  it('leaves out a quarter that has not ended in the data, and cohorts that start in it', () => {
    // The data stops in May: Q2 is incomplete.
    const result = cohortRetention(
      quarters.filter((r) => r.period < '2025-06'),
      { grain: 'quarter' },
    );
    expect(result.lastPeriod).toBe('2025-Q1');
    expect(result.cohorts.map((c) => [c.cohort, c.cells.length])).toEqual([['2025-Q1', 1]]);
  });

  it("revenue retention is null with a reason when a cohort's initial MRR is 0", () => {
    // x joins in January and leaves in February; y only has an explicit 0 in March.
    const result = cohortRetention(
      [row('x', '2025-01', 50), row('x', '2025-02', 0), row('y', '2025-03', 0)],
      { grain: 'quarter' },
    );
    expect(result.cohorts).toEqual([
      {
        cohort: '2025-Q1',
        size: 1,
        initialMrr: 0,
        ageReached: 0,
        mature: false,
        cells: cells([[0, '2025-Q1', 0, 0, 0, null]]),
      },
    ]);
  });

  it('no period is complete when the data ends before the first quarter does', () => {
    const result = cohortRetention([row('a', '2025-01', 10), row('a', '2025-02', 10)], {
      grain: 'quarter',
    });
    expect(result.lastPeriod).toBeNull();
    expect(result.cohorts).toEqual([]);
  });

  it("from/to accept quarter labels or months ('2025-05' means 2025-Q2)", () => {
    const byLabel = cohortRetention(quarters, { grain: 'quarter', from: '2025-Q2' });
    const byMonth = cohortRetention(quarters, { grain: 'quarter', from: '2025-05', to: '2025-06' });
    expect(byLabel.cohorts.map((c) => c.cohort)).toEqual(['2025-Q2']);
    expect(byMonth).toEqual(byLabel);
  });
});

describe('cohortRetention: year grain', () => {
  const years: MrrSnapshot[] = [
    row('a', '2023-03', 100),
    row('a', '2023-12', 100),
    row('a', '2024-12', 200),
    row('b', '2023-06', 50),
    row('b', '2023-12', 0),
    row('c', '2024-02', 40),
    row('c', '2024-12', 40),
  ];

  it("labels years 'YYYY' and reads each year's MRR at December", () => {
    const result = cohortRetention(years, { grain: 'year' });
    expect(result.lastPeriod).toBe('2024');
    expect(result.cohorts).toEqual([
      {
        cohort: '2023',
        size: 2,
        initialMrr: 100,
        ageReached: 1,
        mature: true, // a year old by 2024, the default matureAge at year grain
        cells: cells([
          [0, '2023', 1, 100, 0.5, 1],
          [1, '2024', 1, 200, 0.5, 2],
        ]),
      },
      {
        cohort: '2024',
        size: 1,
        initialMrr: 40,
        ageReached: 0,
        mature: false,
        cells: cells([[0, '2024', 1, 40, 1, 1]]),
      },
    ]);
  });

  it('from/to accept a year', () => {
    const result = cohortRetention(years, { grain: 'year', from: '2023', to: '2023' });
    expect(result.cohorts.map((c) => c.cohort)).toEqual(['2023']);
    expect(result.cohorts[0]!.cells).toHaveLength(2);
  });
});

describe('cohortRetention: from and to', () => {
  it('select cohorts only; their cells still run to the last month in the data', () => {
    const result = cohortRetention(book, { from: '2025-02', to: '2025-02' });
    expect(result.cohorts.map((c) => c.cohort)).toEqual(['2025-02']);
    expect(result.cohorts[0]!.cells.map((c) => c.period)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
    ]);
  });

  it('assign accounts from all of the data: an account that first paid before from stays out', () => {
    // c first paid in January; its April comeback does not make it part of a later cohort.
    const result = cohortRetention(book, { from: '2025-04' });
    expect(result.cohorts).toEqual([]);
  });

  it('are inclusive and accept dates', () => {
    const result = cohortRetention(book, { from: '2025-01-31', to: '2025-03-01' });
    expect(result.cohorts.map((c) => c.cohort)).toEqual(['2025-01', '2025-02', '2025-03']);
  });
});

describe('cohortRetention: validation', () => {
  const bad = [
    ...book,
    { accountId: '', period: '2025-01', mrr: 10 },
    { accountId: 'g', period: '2025-13', mrr: 10 },
    { accountId: 'h', period: '2025-02', mrr: Number.NaN },
    { accountId: 'i', period: '2025-02', mrr: -5 },
  ] as MrrSnapshot[];

  it('throws a MetricsInputError listing every bad row', () => {
    expect(() => cohortRetention(bad)).toThrow(MetricsInputError);
    try {
      cohortRetention(bad);
    } catch (error) {
      expect((error as MetricsInputError).issues.map((i) => [i.index, i.field])).toEqual([
        [17, 'accountId'],
        [18, 'period'],
        [19, 'mrr'],
        [20, 'mrr'],
      ]);
    }
  });

  it("with onInvalid: 'skip' computes from the good rows and returns the bad ones", () => {
    const result = cohortRetention(bad, { onInvalid: 'skip' });
    expect(result.issues.map((i) => i.index)).toEqual([17, 18, 19, 20]);
    const { issues: _skipped, ...rest } = result;
    const { issues: _none, ...clean } = cohortRetention(book);
    expect(rest).toEqual(clean);
  });

  it('rejects mixed currencies', () => {
    const rows = [
      { ...row('a', '2025-01', 1), currency: 'USD' },
      { ...row('b', '2025-01', 1), currency: 'EUR' },
    ];
    expect(() => cohortRetention(rows)).toThrow(/converts nothing/);
  });

  it.each([
    [{ grain: 'week' }, 'options.grain'],
    [{ from: 'January' }, 'options.from'],
    [{ to: '2025-Q1' }, 'options.to'], // a quarter label at month grain
    [{ grain: 'quarter', from: '2025' }, 'options.from'],
    [{ from: '2025-03', to: '2025-01' }, 'options.to'],
    [{ onInvalid: 'ignore' }, 'options.onInvalid'],
  ])('rejects bad options %o with index null and field %s', (options, field) => {
    try {
      cohortRetention(book, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      expect((error as MetricsInputError).issues).toEqual([
        expect.objectContaining({ index: null, field }),
      ]);
    }
  });

  it('rejects something that is not an array of snapshots', () => {
    expect(() => cohortRetention('rows' as never)).toThrow(MetricsInputError);
  });
});

describe('cohortRetention bounds (maxCohorts, maxAge)', () => {
  const monthly = Array.from({ length: 6 }, (_, month) =>
    row(`a${month}`, `2025-0${month + 1}`, 100),
  ).concat(row('a0', '2025-06', 100));

  it('keeps the latest cohorts and the first ages, and counts what it left out', () => {
    const full = cohortRetention(monthly);
    const bounded = cohortRetention(monthly, { maxCohorts: 2, maxAge: 3 });
    expect(bounded.cohorts.map((cohort) => cohort.cohort)).toEqual(['2025-05', '2025-06']);
    expect(bounded.cohorts[0]!.cells.map((cell) => cell.age)).toEqual([0, 1]);
    expect(bounded.omitted).toEqual({ cohorts: 4, ages: 0 });
    const aged = cohortRetention(monthly, { maxAge: 2 });
    expect(aged.cohorts[0]!.cells).toEqual(full.cohorts[0]!.cells.slice(0, 2));
    // The oldest cohort reaches ages 0–5: ages 2–5 are left out.
    expect(aged.omitted).toEqual({ cohorts: 0, ages: 4 });
    expect(full.omitted).toBeUndefined();
  });

  it('counts only cohorts with accounts inside from/to', () => {
    const bounded = cohortRetention(monthly, { from: '2025-02', to: '2025-05', maxCohorts: 1 });
    expect(bounded.cohorts.map((cohort) => cohort.cohort)).toEqual(['2025-05']);
    expect(bounded.omitted).toEqual({ cohorts: 3, ages: 0 });
  });

  it('bounds its output over a 9,999-year span', () => {
    const table = cohortRetention([row('a', '0001-01', 1), row('b', '9999-12', 1)], {
      maxCohorts: 36,
      maxAge: 36,
    });
    expect(table.cohorts.map((cohort) => cohort.cells.length)).toEqual([36, 1]);
    expect(table.omitted).toEqual({ cohorts: 0, ages: (9999 - 1) * 12 + 12 - 36 });
  });

  it('rejects a bound that is not a whole number ≥ 1', () => {
    for (const bad of [0, -1, 1.5, NaN, '3', null]) {
      expect(() => cohortRetention(monthly, { maxCohorts: bad as number })).toThrow(
        MetricsInputError,
      );
      let field: string | undefined;
      try {
        cohortRetention(monthly, { maxAge: bad as number });
      } catch (error) {
        field = (error as MetricsInputError).issues[0]!.field;
      }
      expect(field).toBe('options.maxAge');
    }
  });
});
