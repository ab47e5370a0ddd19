import {
  type CategoryScore,
  type Contribution,
  DEFAULT_TIERS,
  type HealthResult,
  type HealthScores,
  type Measure,
  type Scorecard,
  healthTier,
  scoreHealth,
} from '@vitals/metrics';
import type { SqlQuery } from './movements';
import { RowReader } from './rows';
import { type SqlSource, readOptions, readSource, rejectUnknown } from './source';
import {
  type Node,
  fail,
  ident,
  join,
  param,
  readDialect,
  readIdentifier,
  render,
  show,
  sql,
} from './sql';
import type { Dialect } from './sql';

/** Column names of an account table: one row per account, one numeric column per signal. */
export interface HealthColumns {
  /** @default 'id' */
  accountId?: string | undefined;
  /**
   * Signal name → column name, for signals whose column is named differently (by default a
   * signal is read from the column of the same name). Signal columns are numeric (a boolean
   * signal stored as 0/1); NULL is a missing signal.
   */
  signals?: Readonly<Record<string, string>> | undefined;
}

/** Options of {@link healthScoresQuery}. */
export interface HealthScoresQueryOptions {
  /** The SQL dialect to generate. */
  dialect: Dialect;
  /** The account table to read. Pass this or `source`. */
  table?: string | readonly string[] | undefined;
  /** The table or subquery to read. Pass this or `table`. */
  source?: SqlSource | undefined;
  /** Column names. */
  columns?: HealthColumns | undefined;
  /**
   * A `weighted` or `worst-of` scorecard whose measures use `range`, `steps`, `boolean` or
   * `percentile` normalizers. A `custom` normalizer (a JavaScript function) and the `points` model
   * cannot be compiled to SQL and are a `MetricsInputError`.
   */
  scorecard: Scorecard;
}

const NEUTRAL = 50;

/** The 0–100 score of one measure for a present value `x` (a double column expression). */
function normalizer(measure: Measure, x: Node, nullFlag: Node): Node {
  const n = measure.normalize;
  switch (n.type) {
    case 'range': {
      const t = sql`((${x} - ${param(n.min, 'double')}) / (${param(n.max, 'double')} - ${param(n.min, 'double')}))`;
      const clamped = sql`(CASE WHEN ${t} < 0 THEN CAST(0 AS DOUBLE_T) WHEN ${t} > 1 THEN CAST(1 AS DOUBLE_T) ELSE ${t} END)`;
      return n.invert === true ? sql`(100 - ${clamped} * 100)` : sql`(${clamped} * 100)`;
    }
    case 'steps': {
      const steps = [...n.steps].sort((a, b) => b.min - a.min);
      const whens = steps.map(
        (step) =>
          sql` WHEN ${x} >= ${param(step.min, 'double')} THEN ${param(step.score, 'double')}`,
      );
      return sql`(CASE${join(whens, '')} ELSE CAST(0 AS DOUBLE_T) END)`;
    }
    case 'boolean':
      return sql`(CASE WHEN ${x} <> 0 THEN ${param(n.whenTrue ?? 100, 'double')} ELSE ${param(n.whenFalse ?? 0, 'double')} END)`;
    case 'percentile': {
      // (values strictly lower + (equal values − 1) / 2) / (values present − 1) × 100; 100 alone.
      const present = sql`COUNT(${x}) OVER ()`;
      const lower = sql`(RANK() OVER (PARTITION BY ${nullFlag} ORDER BY ${x}) - 1)`;
      const equal = sql`COUNT(*) OVER (PARTITION BY ${x})`;
      return sql`(CASE WHEN ${present} = 1 THEN CAST(100 AS DOUBLE_T) ELSE ((CAST(${lower} AS DOUBLE_T) + CAST(${equal} - 1 AS DOUBLE_T) / 2) / CAST(${present} - 1 AS DOUBLE_T)) * 100 END)`;
    }
    default:
      return fail('healthScoresQuery', 'scorecard', `cannot compile normalizer ${show(n.type)}`);
  }
}

/**
 * The SQL twin of `scoreHealth(accounts, scorecard)` for `weighted` and `worst-of` scorecards:
 * the database turns each signal into its 0–100 measure score (`range`, `steps`, `boolean`, and
 * `percentile` ranked over the whole table), and `toResult` combines the measure scores exactly as
 * the pure function does (missing-data policy, category and account scores, tiers, contributions
 * sorted by points). Accounts are ordered by account id.
 */
export function healthScoresQuery(options: HealthScoresQueryOptions): SqlQuery<HealthScores> {
  const NAME = 'healthScoresQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, ['dialect', 'table', 'source', 'columns', 'scorecard']);
  const dialect = readDialect(NAME, raw['dialect']);
  const scorecard = raw['scorecard'] as Scorecard;
  if (scorecard !== null && typeof scorecard === 'object' && 'scorecards' in scorecard) {
    fail(
      NAME,
      'options.scorecard',
      'segment scorecards are not supported in SQL; run one query per segment with a subquery source',
    );
  }
  scoreHealth([], scorecard); // checks the scorecard exactly as the pure function
  const model = scorecard.model ?? 'weighted';
  if (model !== 'weighted' && model !== 'worst-of') {
    fail(
      NAME,
      'options.scorecard.model',
      `'${model}' is not supported in SQL; use 'weighted' or 'worst-of'`,
      model,
    );
  }
  scorecard.categories.forEach((category, c) =>
    category.measures.forEach((measure, m) => {
      if (measure.normalize.type === 'custom') {
        fail(
          NAME,
          `options.scorecard.categories[${c}].measures[${m}].normalize`,
          "is a 'custom' normalizer (a JavaScript function), which cannot be compiled to SQL; use range, steps, boolean or percentile, or score these accounts with scoreHealth",
        );
      }
    }),
  );
  const source = readSource(NAME, raw);
  const columnsIn = raw['columns'] as HealthColumns | undefined;
  if (columnsIn !== undefined && (columnsIn === null || typeof columnsIn !== 'object')) {
    fail(NAME, 'options.columns', `must be an object, got ${show(columnsIn)}`);
  }
  for (const key of Object.keys(columnsIn ?? {})) {
    if (key !== 'accountId' && key !== 'signals') {
      fail(NAME, `options.columns.${key}`, 'is not a field; the fields are accountId, signals');
    }
  }
  const accountColumn = readIdentifier(
    NAME,
    'options.columns.accountId',
    columnsIn?.accountId ?? 'id',
  );
  const signalColumns = columnsIn?.signals ?? {};
  const columnOf = (signal: string) =>
    readIdentifier(
      NAME,
      `options.columns.signals.${signal}`,
      Object.hasOwn(signalColumns, signal) ? signalColumns[signal] : signal,
    );

  const measures = scorecard.categories.flatMap((category) => category.measures);
  // Inner query: each signal as a double and a NULL flag; outer query: each measure's score.
  const inner = measures.map((measure, j) => {
    const column = sql`s.${ident(columnOf(measure.signal))}`;
    return sql`CAST(${column} AS DOUBLE_T) AS v${j}, CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END AS n${j}`;
  });
  const outer = measures.map((measure, j) => {
    const x = sql`x.v${j}`;
    return sql`x.v${j} AS v${j}, CASE WHEN x.v${j} IS NULL THEN NULL ELSE ${normalizer(measure, x, sql`x.n${j}`)} END AS m${j}`;
  });
  const tree = sql`SELECT x.account_id AS account_id, ${join(outer, ', ')} FROM (SELECT CAST(s.${ident(accountColumn)} AS TEXT_T) AS account_id, ${join(inner, ', ')} FROM ${source} AS s) x ORDER BY account_id`;
  const { sql: text, params } = render(dialect, tree);
  const tiers = scorecard.tiers ?? DEFAULT_TIERS;
  const missing = scorecard.missing ?? 'reweight';
  const fill = missing === 'zero' ? 0 : missing === 'neutral' ? NEUTRAL : null;

  return {
    dialect,
    sql: text,
    params,
    toResult(rowsIn) {
      const rows = new RowReader(NAME, rowsIn, true);
      const accounts: HealthResult[] = [];
      for (let i = 0; i < rows.length; i++) {
        const accountId = rows.text(i, 'account_id');
        if (accountId === null) fail(NAME, 'account_id', `row ${i} has a NULL account id`);
        const values = measures.map((_, j) => rows.number(i, `v${j}`, true));
        const scores = measures.map((_, j) => {
          const m = rows.number(i, `m${j}`, true);
          return m === null ? fill : m;
        });
        accounts.push({ accountId, ...combine(scorecard, model, values, scores, tiers) });
      }
      return { accounts, issues: [] };
    },
  };
}

/** Category and account scores, tier and contributions, as `scoreHealth` combines them. */
function combine(
  scorecard: Scorecard,
  model: 'weighted' | 'worst-of',
  values: readonly (number | null)[],
  scores: readonly (number | null)[],
  tiers: NonNullable<Scorecard['tiers']>,
): Omit<HealthResult, 'accountId'> {
  const categories: CategoryScore[] = [];
  const denominators: number[] = [];
  let total = 0;
  let totalWeight = 0;
  let worst: number | null = null;
  let worstIndex = -1;
  let j = 0;
  scorecard.categories.forEach((category, c) => {
    let num = 0;
    let den = 0;
    for (const measure of category.measures) {
      const m = scores[j++];
      if (m === null || m === undefined) continue;
      const w = measure.weight ?? 1;
      num += w * m;
      den += w;
    }
    const score = den > 0 ? num / den : null;
    denominators.push(den);
    categories.push({ id: category.id, score });
    if (score === null) return;
    if (model === 'worst-of') {
      if (worst === null || score < worst) {
        worst = score;
        worstIndex = c;
      }
    } else {
      total += category.weight * score;
      totalWeight += category.weight;
    }
  });
  const score = model === 'worst-of' ? worst : totalWeight > 0 ? total / totalWeight : null;
  const contributions: Contribution[] = [];
  j = 0;
  scorecard.categories.forEach((category, c) => {
    for (const measure of category.measures) {
      const m = scores[j] ?? null;
      const w = measure.weight ?? 1;
      let points = 0;
      if (m !== null && score !== null && categories[c]!.score !== null) {
        points =
          model === 'worst-of'
            ? c === worstIndex
              ? (w / denominators[c]!) * m
              : 0
            : ((category.weight / totalWeight) * w * m) / denominators[c]!;
      }
      contributions.push({
        categoryId: category.id,
        measureId: measure.id,
        value: values[j] ?? null,
        score: m,
        points,
      });
      j++;
    }
  });
  // Largest absolute points first; ties keep scorecard order (Array.prototype.sort is stable).
  contributions.sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  return { score, tier: healthTier(score, tiers), categories, contributions };
}
