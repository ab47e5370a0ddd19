import type { Cohort } from '@vitals/metrics';
import { type MrrSnapshot, cohortRetention } from '@vitals/metrics';
import { exampleCohortBook } from '@vitals/sample-data';
import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_WIDTH,
  ROW_HEADER_WIDTH,
  cohortHeatmapModel,
  heatmapDensity,
  heatmapFit,
  moveInGrid,
} from './cohort.geometry';

const row = (accountId: string, period: string, mrr: number): MrrSnapshot => ({
  accountId,
  period,
  mrr,
});

/** The worked example of @vitals/sample-data: see its JSDoc for the cohorts by hand. */
const book: MrrSnapshot[] = exampleCohortBook().snapshots;

describe('cohortHeatmapModel', () => {
  const table = cohortRetention(book);
  const logo = cohortHeatmapModel(table, { metric: 'logo', minCohortSize: 2, maxIntervalWidth: 1 });

  it('has one row per cohort in time order and one column per age 0..n', () => {
    expect(logo.ages).toEqual([0, 1, 2, 3]);
    expect(logo.rows.map((r) => r.cohort.cohort)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(logo.rows.every((r) => r.cells.length === 4)).toBe(true);
  });

  it('is triangular: ages past the last month are future cells with no value, never 0', () => {
    expect(logo.rows.map((r) => r.cells.map((c) => c.state))).toEqual([
      ['value', 'value', 'value', 'value'],
      ['value', 'value', 'value', 'future'],
      ['value', 'value', 'future', 'future'],
    ]);
    const future = logo.rows[2]!.cells[3]!;
    expect(future).toMatchObject({ retention: null, level: null, source: null });
  });

  it('takes logo or revenue retention and its colour step from the engine cell', () => {
    // Only January is coloured (the others are small): 100 %, 2/3, 1/3, 2/3 → domain 30–100 %,
    // bins of 7 points. 1/3 → step 0; 2/3 → (66.7 − 30) / 7 = 5.2 → step 5; 100 % → step 9.
    expect(logo.domain[0]).toBeCloseTo(0.3, 12);
    expect(logo.domain[1]).toBe(1);
    expect(logo.rows[0]!.cells.map((c) => c.level)).toEqual([9, 5, 0, 5]);
    expect(logo.rows[0]!.cells[2]!.retention).toBe(1 / 3);
    // Revenue, all cohorts coloured: the lowest rate is January at age 2, 120 of 350 (34.3 %).
    const revenue = cohortHeatmapModel(table, {
      metric: 'revenue',
      minCohortSize: 1,
      maxIntervalWidth: 1,
    });
    expect(revenue.rows[0]!.cells[2]!.retention).toBeCloseTo(120 / 350, 12);
    // Revenue is two-sided around 100 %: 30 % to 100 % is cut into five steps of 14 points below.
    expect(revenue.scale).toBe('diverging');
    expect(logo.scale).toBe('sequential');
    expect(revenue.domain[0]).toBeCloseTo(0.3, 12);
    // 34.3 % is 65.7 points below 100 %: 65.7 / 14 = 4.7 → step −5.
    expect(revenue.rows[0]!.cells[2]!.level).toBe(-5);
    // 100 % at age 0 is the neutral centre, step 0.
    expect(revenue.rows[0]!.cells[0]!.level).toBe(0);
    // February at age 2: d still pays (logo 100 %) at half its MRR (revenue 50 %: 50 points
    // below, 50 / 14 = 3.6 → step −4).
    const logoAll = cohortHeatmapModel(table, {
      metric: 'logo',
      minCohortSize: 1,
      maxIntervalWidth: 1,
    });
    expect(logoAll.rows[1]!.cells[2]).toMatchObject({ retention: 1, level: 9 });
    expect(revenue.rows[1]!.cells[2]).toMatchObject({ retention: 0.5, level: -4 });
  });

  it('flags cohorts below minCohortSize as small and gives them no colour step', () => {
    expect(logo.rows.map((r) => r.isSmall)).toEqual([false, true, true]);
    expect(logo.smallCohorts).toBe(2);
    expect(logo.rows[1]!.cells[0]).toMatchObject({ isSmall: true, level: null, retention: 1 });
    const none = cohortHeatmapModel(table, {
      metric: 'logo',
      minCohortSize: 0,
      maxIntervalWidth: 1,
    });
    expect(none.smallCohorts).toBe(0);
    expect(none.rows[1]!.cells[0]!.level).toBe(9);
  });

  it('leaves greyed cells out of the colour domain', () => {
    // January: three accounts that all stay. February: one account that leaves in March.
    const mixed = cohortRetention([
      ...['x', 'y', 'z'].flatMap((id) =>
        ['2025-01', '2025-02', '2025-03'].map((p) => row(id, p, 10)),
      ),
      row('w', '2025-02', 10),
    ]);
    // February greyed: only January's 100 % cells are coloured, so the scale spans 90–100 %.
    const greyed = cohortHeatmapModel(mixed, {
      metric: 'logo',
      minCohortSize: 2,
      maxIntervalWidth: 1,
    });
    expect(greyed.domain[0]).toBeCloseTo(0.9, 12);
    expect(greyed.domain[1]).toBeCloseTo(1, 12);
    // February coloured: its 0 % in March widens the scale to 0–100 %.
    expect(
      cohortHeatmapModel(mixed, { metric: 'logo', minCohortSize: 1, maxIntervalWidth: 1 }).domain,
    ).toEqual([0, 1]);
    // Every cohort greyed: nothing is coloured and the scale falls back to 0–100 %.
    expect(
      cohortHeatmapModel(mixed, { metric: 'logo', minCohortSize: 5, maxIntervalWidth: 1 }).domain,
    ).toEqual([0, 1]);
  });

  it('draws maxAge columns, ages 0 to maxAge - 1, and counts the ages left out', () => {
    const capped = cohortHeatmapModel(table, {
      metric: 'logo',
      minCohortSize: 1,
      maxIntervalWidth: 1,
      maxAge: 2,
    });
    expect(capped.ages).toEqual([0, 1]);
    expect(capped.rows[0]!.cells.map((c) => c.age)).toEqual([0, 1]);
    expect(capped.omitted).toEqual({ cohorts: 0, ages: 2 });
    expect(
      cohortHeatmapModel(table, {
        metric: 'logo',
        minCohortSize: 1,
        maxIntervalWidth: 1,
        maxAge: 99,
      }).ages,
    ).toEqual([0, 1, 2, 3]);
  });

  it('keeps the latest maxCohorts cohorts, adding what cohortRetention already left out', () => {
    const capped = cohortHeatmapModel(
      { ...table, omitted: { cohorts: 5, ages: 7 } },
      { metric: 'logo', minCohortSize: 1, maxIntervalWidth: 1, maxCohorts: 1 },
    );
    expect(capped.rows.map((r) => r.cohort.cohort)).toEqual([table.cohorts.at(-1)!.cohort]);
    expect(capped.rows[0]!.cells.map((c) => c.row)).toEqual(capped.ages.map(() => 0));
    // Ages left out upstream belonged to a cohort dropped here, so they are not counted again.
    expect(capped.omitted).toEqual({ cohorts: table.cohorts.length - 1 + 5, ages: 0 });
    const all = cohortHeatmapModel(
      { ...table, omitted: { cohorts: 5, ages: 7 } },
      { metric: 'logo', minCohortSize: 1, maxIntervalWidth: 1, maxCohorts: 99 },
    );
    expect(all.omitted).toEqual({ cohorts: 5, ages: 7 });
  });

  it('one cohort with only age 0: a single 100 % cell', () => {
    const single = cohortHeatmapModel(cohortRetention([row('x', '2025-06', 10)]), {
      metric: 'logo',
      minCohortSize: 1,
      maxIntervalWidth: 1,
    });
    expect(single.ages).toEqual([0]);
    expect(single.rows).toHaveLength(1);
    expect(single.rows[0]!.cells).toEqual([
      expect.objectContaining({ age: 0, state: 'value', retention: 1, level: 9 }),
    ]);
  });

  it('a cohort that all churned shows 0 % cells in the deepest step below 100 %, not blanks', () => {
    const gone = cohortHeatmapModel(
      cohortRetention([row('x', '2025-01', 10), row('y', '2025-01', 5), row('z', '2025-03', 0)]),
      { metric: 'revenue', minCohortSize: 1, maxIntervalWidth: 1 },
    );
    expect(gone.rows[0]!.cells.map((c) => [c.state, c.retention, c.level])).toEqual([
      ['value', 1, 0],
      ['value', 0, -5],
      ['value', 0, -5],
    ]);
  });

  it('a cohort that stayed whole is 100 % in every observed cell', () => {
    const whole = cohortHeatmapModel(
      cohortRetention(['2025-01', '2025-02', '2025-03'].map((p) => row('k', p, 40))),
      { metric: 'logo', minCohortSize: 1, maxIntervalWidth: 1 },
    );
    expect(whole.rows[0]!.cells.map((c) => c.retention)).toEqual([1, 1, 1]);
    expect(whole.rows[0]!.cells.map((c) => c.level)).toEqual([9, 9, 9]);
  });

  it("marks revenue retention of a cohort with no starting MRR as 'no-initial-mrr'", () => {
    const zero = cohortRetention(
      [row('x', '2025-01', 50), row('x', '2025-02', 0), row('y', '2025-03', 0)],
      { grain: 'quarter' },
    );
    const revenue = cohortHeatmapModel(zero, {
      metric: 'revenue',
      minCohortSize: 1,
      maxIntervalWidth: 1,
    });
    expect(revenue.rows[0]!.cells[0]).toMatchObject({ state: 'no-initial-mrr', retention: null });
    const logo = cohortHeatmapModel(zero, {
      metric: 'logo',
      minCohortSize: 1,
      maxIntervalWidth: 1,
    });
    expect(logo.rows[0]!.cells[0]).toMatchObject({ state: 'value', retention: 0 });
  });

  it('has no rows and no columns for no cohorts', () => {
    expect(
      cohortHeatmapModel(
        { cohorts: [] },
        { metric: 'logo', minCohortSize: 10, maxIntervalWidth: 1 },
      ),
    ).toEqual({
      ages: [],
      rows: [],
      omitted: { cohorts: 0, ages: 0 },
      scale: 'sequential',
      smallCohorts: 0,
      uncertainCells: 0,
      domain: [0, 1],
    });
  });
});

describe('heatmapDensity', () => {
  it('is comfortable while every age column gets 56 px, compact below', () => {
    expect(heatmapDensity(160 + 12 * 56, 12)).toBe('comfortable');
    expect(heatmapDensity(160 + 12 * 56 - 1, 12)).toBe('compact');
    expect(heatmapDensity(320, 24)).toBe('compact');
    expect(heatmapDensity(320, 0)).toBe('comfortable');
  });
});

describe('heatmapFit', () => {
  it('fills the box while no age column would pass MAX_CELL_WIDTH, keeps its natural width past it', () => {
    expect(heatmapFit(ROW_HEADER_WIDTH + 12 * MAX_CELL_WIDTH, 12)).toBe('fill');
    expect(heatmapFit(ROW_HEADER_WIDTH + 12 * MAX_CELL_WIDTH + 1, 12)).toBe('natural');
    // One cohort at 1,280 px: one age column, never 1,100 px wide.
    expect(heatmapFit(1_280, 1)).toBe('natural');
    expect(heatmapFit(1_280, 24)).toBe('fill');
    expect(heatmapFit(420, 12)).toBe('fill');
    expect(heatmapFit(1_280, 0)).toBe('natural');
  });
});

describe('moveInGrid', () => {
  const size = { rows: 4, cols: 5 };

  it.each([
    [{ row: 1, col: 1 }, 'ArrowRight', { row: 1, col: 2 }],
    [{ row: 1, col: 1 }, 'ArrowLeft', { row: 1, col: 0 }],
    [{ row: 1, col: 1 }, 'ArrowDown', { row: 2, col: 1 }],
    [{ row: 1, col: 1 }, 'ArrowUp', { row: 0, col: 1 }],
    [{ row: 0, col: 0 }, 'ArrowLeft', { row: 0, col: 0 }],
    [{ row: 0, col: 0 }, 'ArrowUp', { row: 0, col: 0 }],
    [{ row: 3, col: 4 }, 'ArrowRight', { row: 3, col: 4 }],
    [{ row: 3, col: 4 }, 'ArrowDown', { row: 3, col: 4 }],
    [{ row: 2, col: 3 }, 'Home', { row: 2, col: 0 }],
    [{ row: 2, col: 1 }, 'End', { row: 2, col: 4 }],
    [{ row: 0, col: 2 }, 'PageDown', { row: 3, col: 2 }],
    [{ row: 3, col: 2 }, 'PageUp', { row: 0, col: 2 }],
  ])('from %o, %s goes to %o and stops at the edges', (from, key, to) => {
    expect(moveInGrid(from, key, size)).toEqual(to);
  });

  it('with Ctrl, Home and End go to the first and last cell of the grid', () => {
    expect(moveInGrid({ row: 2, col: 2 }, 'Home', size, { ctrlKey: true })).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveInGrid({ row: 1, col: 1 }, 'End', size, { ctrlKey: true })).toEqual({
      row: 3,
      col: 4,
    });
  });

  it('moves PageDown by pageRows and ignores other keys', () => {
    const big = { rows: 20, cols: 3 };
    expect(moveInGrid({ row: 0, col: 1 }, 'PageDown', big, { pageRows: 7 })).toEqual({
      row: 7,
      col: 1,
    });
    expect(moveInGrid({ row: 0, col: 1 }, 'Tab', big)).toBeNull();
    expect(moveInGrid({ row: 0, col: 1 }, 'a', big)).toBeNull();
  });
});

describe('cohortHeatmapModel: greyed by the interval', () => {
  // Without logoRetentionInterval, as a result computed before intervals existed: derived here.
  const cohort = (size: number, active: number): Cohort =>
    ({
      cohort: '2025-01',
      size,
      initialMrr: size * 10,
      ageReached: 0,
      mature: false,
      cells: [
        {
          age: 0,
          period: '2025-01',
          activeAccounts: active,
          mrr: active * 10,
          logoRetention: active / size,
          revenueRetention: active / size,
          reason: null,
        },
      ],
    }) as unknown as Cohort;

  it('flags a cell uncertain when its Wilson interval is wider than maxIntervalWidth', () => {
    // 2 of 3: Wilson 20.8 %–93.9 %, width 0.73; 80 of 100: 71 %–87 %, width 0.16.
    const model = cohortHeatmapModel(
      { cohorts: [cohort(3, 2), cohort(100, 80)] },
      { metric: 'logo', minCohortSize: 0 },
    );
    const [small, large] = model.rows.map((r) => r.cells[0]!);
    expect(small!.isUncertain).toBe(true);
    expect(small!.level).toBeNull();
    expect(small!.interval!.low).toBeCloseTo(0.208, 3);
    expect(large!.isUncertain).toBe(false);
    expect(large!.level).not.toBeNull();
    expect(model.uncertainCells).toBe(1);
    // A stricter width greys the large cohort's cell too; a width of 1 greys nothing.
    expect(
      cohortHeatmapModel(
        { cohorts: [cohort(100, 80)] },
        { metric: 'logo', minCohortSize: 0, maxIntervalWidth: 0.1 },
      ).rows[0]!.cells[0]!.isUncertain,
    ).toBe(true);
    expect(
      cohortHeatmapModel(
        { cohorts: [cohort(3, 2)] },
        { metric: 'revenue', minCohortSize: 0, maxIntervalWidth: 1 },
      ).uncertainCells,
    ).toBe(0);
  });
});
