import type {
  Cohort,
  CohortCell,
  CohortMetric,
  CohortRetention,
  ConfidenceInterval,
} from '@vitals/metrics';
import { wilsonInterval } from '@vitals/metrics';
import { colorDomain, divergingDomain, divergingLevel, retentionLevel } from './cohort.color';

/** Which retention the heatmap shows: `CohortMetric` of `@vitals/metrics`. */
export type { CohortMetric };

/**
 * What a heatmap cell holds:
 * - `'value'`: a retention rate;
 * - `'future'`: the period has not ended in the data yet (absent, not zero: drawn blank);
 * - `'no-initial-mrr'`: revenue retention of a cohort that started with no MRR (shown as "—").
 */
export type HeatmapCellState = 'value' | 'future' | 'no-initial-mrr';

/** One cell of the heatmap grid, positioned by row (cohort) and column (age). */
export interface HeatmapCell {
  /** Row index: the cohort's position, oldest first. */
  row: number;
  /** Column index: equal to `age`. */
  col: number;
  age: number;
  state: HeatmapCellState;
  /** The engine's cell, or `null` for a future cell. */
  source: CohortCell | null;
  /** The chosen metric's retention, or `null` unless `state` is `'value'`. */
  retention: number | null;
  /**
   * Colour step, or `null` when blank, "—" or greyed: on the one-sided scale of logo retention 0–9
   * (see `retentionLevel`), on the two-sided scale of revenue retention −5 to 5, 0 at exactly
   * 100 % (see `divergingLevel`). The model's `scale` says which.
   */
  level: number | null;
  /** Whether the cohort is below `minCohortSize` (greyed, with the reason in its label). */
  isSmall: boolean;
  /**
   * The logo retention's interval (the cell's `logoRetentionInterval`, or Wilson on its counts for
   * a result computed before intervals existed); `null` for a future cell.
   */
  interval: ConfidenceInterval | null;
  /**
   * Whether the interval is wider than `maxIntervalWidth`: the cell is greyed, uncoloured, and
   * says why in its label, whatever the cohort's size.
   */
  isUncertain: boolean;
}

/** One row of the heatmap: a cohort and its cells for every column. */
export interface HeatmapRow {
  cohort: Cohort;
  isSmall: boolean;
  cells: HeatmapCell[];
}

/** The laid-out heatmap: the ages shown as columns, and one row per cohort. */
export interface CohortHeatmapModel {
  ages: number[];
  rows: HeatmapRow[];
  /**
   * What `maxCohorts` and `maxAge` left out, here or already in `cohortRetention`: the earliest
   * cohorts and the ages past the last column.
   */
  omitted: { cohorts: number; ages: number };
  /** How many cohorts are greyed as small. */
  smallCohorts: number;
  /** How many observed cells are greyed because their interval is wide. */
  uncertainCells: number;
  /**
   * The rates at the two ends of the colour scale: the lightest and darkest steps of the
   * one-sided scale (see `colorDomain`), or the deepest steps below and above 100 % of the
   * two-sided one (see `divergingDomain`).
   */
  domain: [number, number];
  /**
   * The colour scale: `'sequential'` (one hue, more colour for more retained) for logo retention,
   * which cannot pass 100 %; `'diverging'` (two hues either side of a neutral 100 %) for revenue
   * retention, where contraction and expansion are both news.
   */
  scale: CohortColorScale;
}

/** The kind of colour scale of a heatmap: see {@link CohortHeatmapModel.scale}. */
export type CohortColorScale = 'sequential' | 'diverging';

/** Options of {@link cohortHeatmapModel}. */
export interface CohortHeatmapModelOptions {
  metric: CohortMetric;
  /** Cohorts with fewer accounts are greyed, whatever their intervals. */
  minCohortSize: number;
  /**
   * A cell whose logo-retention interval is wider than this (a fraction of the 0–100 % scale) is
   * greyed. @default 0.5 (see {@link DEFAULT_MAX_INTERVAL_WIDTH})
   */
  maxIntervalWidth?: number | undefined;
  /** At most this many cohorts, the latest ones. @default every cohort */
  maxCohorts?: number | undefined;
  /** At most this many age columns, ages 0 to `maxAge - 1`. @default every age in the data */
  maxAge?: number | undefined;
}

/**
 * The default widest interval a coloured cell may have: half the scale (50 percentage points).
 * At 95 % a Wilson interval is that wide for a cohort of 1 to 3 accounts whatever it kept, and for
 * up to about 6 when it kept some and lost some (4 of 5 kept: 38 %–96 %), and narrower from about
 * 10 accounts (8 of 10: 49 %–94 %). A tighter 0.2 would grey every cohort under about 60 accounts,
 * stricter than the fixed floor of 10 it replaces.
 */
export const DEFAULT_MAX_INTERVAL_WIDTH = 0.5;

/** The logo retention's interval of an engine cell, derived from its counts when absent. */
function intervalOfCell(cell: CohortCell, size: number): ConfidenceInterval | null {
  const given = (cell as Partial<CohortCell>).logoRetentionInterval;
  if (given) return given;
  return size > 0 && cell.activeAccounts <= size ? wilsonInterval(cell.activeAccounts, size) : null;
}

/** The chosen metric's retention of one engine cell. */
export function cellRetention(cell: CohortCell, metric: CohortMetric): number | null {
  return metric === 'logo' ? cell.logoRetention : cell.revenueRetention;
}

/**
 * Lays out the triangular cohort table as a rectangular grid: one row per cohort in time order,
 * one column per age 0..n, at most `maxCohorts` rows (the latest cohorts) and `maxAge` columns,
 * counting what they leave out in `omitted`. Ages a cohort has not reached are `'future'` cells (absent, never 0 %);
 * cohorts below `minCohortSize` are flagged `isSmall`, and cells whose logo-retention interval is
 * wider than `maxIntervalWidth` are flagged `isUncertain`; neither gets a colour step (a revenue
 * cell is judged by the same interval: the accounts behind it are as few). The colour scale spans
 * the rates of the coloured cells: one-sided for logo retention (`colorDomain`), two-sided around
 * 100 % for revenue retention (`divergingDomain`).
 *
 * @example
 * const model = cohortHeatmapModel(cohortRetention(rows), { metric: 'logo', minCohortSize: 10 });
 * model.rows[0].cells[1].retention; // the oldest cohort's logo retention after one month
 */
export function cohortHeatmapModel(
  data: Pick<CohortRetention, 'cohorts' | 'omitted'>,
  options: CohortHeatmapModelOptions,
): CohortHeatmapModel {
  const { maxCohorts = Infinity, maxAge = Infinity } = options;
  const dropped = Math.max(0, data.cohorts.length - maxCohorts);
  const cohorts = dropped > 0 ? data.cohorts.slice(dropped) : data.cohorts;
  // The cells of a cohort are by age from 0, so the longest row is the oldest one's.
  let observedAges = 0;
  for (const cohort of cohorts) observedAges = Math.max(observedAges, cohort.cells.length);
  const columnCount = Math.min(observedAges, maxAge);
  const omitted = {
    cohorts: dropped + (data.omitted?.cohorts ?? 0),
    // Ages `cohortRetention` left out belong to its oldest cohort, shown unless dropped here.
    ages: observedAges - columnCount + (dropped === 0 ? (data.omitted?.ages ?? 0) : 0),
  };
  const ages = Array.from({ length: columnCount }, (_, age) => age);
  const maxWidth = options.maxIntervalWidth ?? DEFAULT_MAX_INTERVAL_WIDTH;
  let smallCohorts = 0;
  let uncertainCells = 0;
  const rows = cohorts.map((cohort, row): HeatmapRow => {
    const isSmall = cohort.size < options.minCohortSize;
    if (isSmall) smallCohorts++;
    const byAge = new Map<number, CohortCell>();
    for (const cell of cohort.cells) if (cell.age < columnCount) byAge.set(cell.age, cell);
    const cells = ages.map((age): HeatmapCell => {
      const source = byAge.get(age) ?? null;
      const retention = source ? cellRetention(source, options.metric) : null;
      const state: HeatmapCellState =
        source === null ? 'future' : retention === null ? 'no-initial-mrr' : 'value';
      const interval = source ? intervalOfCell(source, cohort.size) : null;
      const isUncertain = interval !== null && interval.high - interval.low > maxWidth;
      if (isUncertain) uncertainCells++;
      return {
        row,
        col: age,
        age,
        state,
        source,
        retention,
        level: null,
        isSmall,
        interval,
        isUncertain,
      };
    });
    return { cohort, isSmall, cells };
  });
  const coloured = rows.flatMap((row) =>
    row.isSmall ? [] : row.cells.filter((cell) => cell.retention !== null && !cell.isUncertain),
  );
  const scale: CohortColorScale = options.metric === 'revenue' ? 'diverging' : 'sequential';
  const rates = coloured.map((cell) => cell.retention!);
  const domain = scale === 'diverging' ? divergingDomain(rates) : colorDomain(rates);
  for (const cell of coloured)
    cell.level =
      scale === 'diverging'
        ? divergingLevel(cell.retention!, domain)
        : retentionLevel(cell.retention!, domain);
  return { ages, rows, omitted, smallCohorts, uncertainCells, domain, scale };
}

/** How tightly the grid is set for the width it has. */
export type HeatmapDensity = 'comfortable' | 'compact';

/** Width of the cohort and accounts columns together, in pixels (matches the CSS). */
export const ROW_HEADER_WIDTH = 160;
/** Below this width per age column the cells switch to compact type and padding. */
export const COMFORTABLE_CELL_WIDTH = 56;

/**
 * Chooses the grid's density from the container width: comfortable when every age column gets at
 * least 56 px, compact otherwise (the grid then scrolls sideways once it reaches its minimum).
 */
export function heatmapDensity(width: number, ageColumns: number): HeatmapDensity {
  if (ageColumns === 0) return 'comfortable';
  const perColumn = (width - ROW_HEADER_WIDTH) / ageColumns;
  return perColumn >= COMFORTABLE_CELL_WIDTH ? 'comfortable' : 'compact';
}

/** The widest an age column grows: past it the grid keeps its natural width instead of stretching. */
export const MAX_CELL_WIDTH = 96;

/** Whether the grid fills its container or keeps its natural width. */
export type HeatmapFit = 'fill' | 'natural';

/**
 * Whether the grid stretches to the container's width (`'fill'`) or keeps its natural width
 * (`'natural'`, every age column `MAX_CELL_WIDTH` wide): a single cohort, or a few ages in a wide
 * container, would otherwise spread one cell over a thousand pixels.
 *
 * @example
 * heatmapFit(1200, 1); // 'natural'
 * heatmapFit(1200, 24); // 'fill'
 */
export function heatmapFit(width: number, ageColumns: number): HeatmapFit {
  if (ageColumns === 0) return 'natural';
  return (width - ROW_HEADER_WIDTH) / ageColumns > MAX_CELL_WIDTH ? 'natural' : 'fill';
}

/** A cell position in the grid. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * The cell that a key moves focus to, per the WAI-ARIA grid pattern: arrows move one cell and stop
 * at the edges; Home/End go to the row's first/last cell (with Ctrl: the grid's first/last cell);
 * PageUp/PageDown move `pageRows` rows. Returns `null` for keys the grid does not handle.
 *
 * @example
 * moveInGrid({ row: 0, col: 0 }, 'ArrowRight', { rows: 3, cols: 4 }); // { row: 0, col: 1 }
 */
export function moveInGrid(
  from: GridPosition,
  key: string,
  size: { rows: number; cols: number },
  modifiers: { ctrlKey?: boolean; pageRows?: number } = {},
): GridPosition | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const page = modifiers.pageRows ?? 5;
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const clampCol = (col: number) => Math.min(lastCol, Math.max(0, col));
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'Home':
      return modifiers.ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return modifiers.ctrlKey ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    case 'PageDown':
      return { row: clampRow(from.row + page), col: from.col };
    case 'PageUp':
      return { row: clampRow(from.row - page), col: from.col };
    default:
      return null;
  }
}
