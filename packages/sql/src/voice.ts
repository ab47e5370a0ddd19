import {
  type CesOptions,
  type CesResult,
  type CsatOptions,
  type CsatResult,
  DEFAULT_CONFIDENCE,
  MetricsInputError,
  type NpsOptions,
  type NpsResult,
  type ScoreCount,
  ces,
  csat,
  nps,
  npsInterval,
  wilsonInterval,
} from '@vitals/metrics';
import type { SqlQuery } from './movements';
import { RowReader } from './rows';
import { type SqlSource, readColumns, readOptions, readSource, rejectUnknown } from './source';
import { type Dialect, ident, param, readDialect, render, sql } from './sql';

/** Column names of a survey-response table. */
export interface ResponseColumns {
  /** The integer score. @default 'score' */
  score?: string | undefined;
}

/** Options every survey query takes. */
export interface ResponseQueryOptions {
  /** The SQL dialect to generate. */
  dialect: Dialect;
  /** The table to read. Pass this or `source`. */
  table?: string | readonly string[] | undefined;
  /** The table or subquery to read (e.g. one segment's responses). Pass this or `table`. */
  source?: SqlSource | undefined;
  /** Column names, when they differ from the field names. */
  columns?: ResponseColumns | undefined;
}

const BASE = ['dialect', 'table', 'source', 'columns'] as const;

/**
 * One statement for every survey metric: the distribution of valid scores, and the number of
 * invalid ones (NULL, off the scale, or not an integer), which `toResult` turns into a
 * `MetricsInputError` as the pure functions do.
 */
function distributionQuery(
  name: string,
  raw: Record<string, unknown>,
  min: number,
  max: number,
): { dialect: Dialect; sql: string; params: (string | number | boolean)[] } {
  const dialect = readDialect(name, raw['dialect']);
  const source = readSource(name, raw);
  const columns = readColumns(name, raw['columns'], { score: 'score' });
  const valid = sql`score >= ${param(min, 'double')} AND score <= ${param(max, 'double')} AND score = FLOOR(score)`;
  const tree = sql`WITH src AS (SELECT CAST(s.${ident(columns.score!)} AS DOUBLE_T) AS score FROM ${source} AS s),
meta AS (SELECT CAST(COUNT(*) AS DOUBLE_T) AS row_count, CAST(COALESCE(SUM(CASE WHEN score IS NOT NULL AND ${valid} THEN 0 ELSE 1 END), 0) AS DOUBLE_T) AS invalid_rows FROM src),
dist AS (SELECT score, CAST(COUNT(*) AS DOUBLE_T) AS n FROM src WHERE ${valid} GROUP BY score)
SELECT meta.row_count, meta.invalid_rows, dist.score, dist.n FROM meta LEFT JOIN dist ON TRUE ORDER BY dist.score`;
  return { dialect, ...render(dialect, tree) };
}

/** Reads the distribution rows into counts per score from `min` to `max`. */
function readDistribution(name: string, rowsIn: unknown, min: number, max: number): ScoreCount[] {
  const rows = new RowReader(name, rowsIn);
  const invalid = rows.count(0, 'invalid_rows');
  if (invalid > 0) {
    throw new MetricsInputError(name, [
      {
        index: null,
        field: 'score',
        message: `${invalid} response(s) have a score that is NULL, not an integer, or outside ${min}–${max}`,
        value: invalid,
      },
    ]);
  }
  const counts = Array.from({ length: max - min + 1 }, (_, i) => ({ score: min + i, count: 0 }));
  for (let i = 0; i < rows.length; i++) {
    if (rows.isNull(i, 'score')) continue;
    const score = rows.number(i, 'score');
    const slot = counts[score - min];
    if (slot === undefined || !Number.isInteger(score)) {
      throw new MetricsInputError(name, [
        { index: i, field: 'score', message: `is ${score}, off the scale`, value: score },
      ]);
    }
    slot.count = rows.count(i, 'n');
  }
  return counts;
}

/** Options of {@link npsQuery}. */
export type NpsQueryOptions = ResponseQueryOptions & Omit<NpsOptions, 'onInvalid'>;

/** The SQL twin of `nps`: the score distribution is counted by the database. */
export function npsQuery(options: NpsQueryOptions): SqlQuery<NpsResult> {
  const NAME = 'npsQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [...BASE, 'lowSampleThreshold', 'confidence']);
  const pure: NpsOptions = {};
  if (raw['lowSampleThreshold'] !== undefined)
    pure.lowSampleThreshold = raw['lowSampleThreshold'] as number;
  if (raw['confidence'] !== undefined) pure.confidence = raw['confidence'] as number;
  const confidence = pure.confidence ?? DEFAULT_CONFIDENCE;
  nps([], pure); // checks the options exactly as the pure function
  const query = distributionQuery(NAME, raw, 0, 10);
  return {
    ...query,
    toResult(rows) {
      const distribution = readDistribution(NAME, rows, 0, 10);
      const result = nps([], pure);
      let promoters = 0;
      let passives = 0;
      let detractors = 0;
      for (const { score, count } of distribution) {
        if (score >= 9) promoters += count;
        else if (score >= 7) passives += count;
        else detractors += count;
      }
      const total = promoters + passives + detractors;
      result.distribution = distribution;
      result.promoters = promoters;
      result.passives = passives;
      result.detractors = detractors;
      result.total = total;
      result.lowSample = total < result.lowSampleThreshold;
      if (total === 0) return result;
      const p = promoters / total;
      const d = detractors / total;
      const variance = Math.max(0, p + d - (p - d) ** 2);
      result.score = (100 * (promoters - detractors)) / total;
      result.promoterShare = p;
      result.passiveShare = passives / total;
      result.detractorShare = d;
      result.marginOfError = 1.96 * 100 * Math.sqrt(variance / total);
      result.interval = npsInterval(promoters, passives, detractors, confidence);
      result.reason = null;
      return result;
    },
  };
}

/** Options of {@link csatQuery}. */
export type CsatQueryOptions = ResponseQueryOptions & Omit<CsatOptions, 'onInvalid'>;

const meanOf = (distribution: readonly ScoreCount[], total: number) => {
  let sum = 0;
  for (const { score, count } of distribution) sum += score * count;
  return sum / total;
};

/** The SQL twin of `csat`: the score distribution is counted by the database. */
export function csatQuery(options: CsatQueryOptions): SqlQuery<CsatResult> {
  const NAME = 'csatQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [...BASE, 'scale', 'satisfiedMin', 'lowSampleThreshold', 'confidence']);
  const pure: CsatOptions = {};
  for (const key of ['scale', 'satisfiedMin', 'lowSampleThreshold', 'confidence'] as const)
    if (raw[key] !== undefined) pure[key] = raw[key] as number;
  const confidence = pure.confidence ?? DEFAULT_CONFIDENCE;
  const { scale, satisfiedMin } = csat([], pure);
  const query = distributionQuery(NAME, raw, 1, scale);
  return {
    ...query,
    toResult(rows) {
      const distribution = readDistribution(NAME, rows, 1, scale);
      const result = csat([], pure);
      const total = distribution.reduce((sum, { count }) => sum + count, 0);
      const satisfied = distribution
        .filter(({ score }) => score >= satisfiedMin)
        .reduce((sum, { count }) => sum + count, 0);
      result.distribution = distribution;
      result.total = total;
      result.satisfied = satisfied;
      result.interval = wilsonInterval(satisfied, total, confidence);
      result.lowSample = total < result.lowSampleThreshold;
      if (total === 0) return result;
      result.score = satisfied / total;
      result.mean = meanOf(distribution, total);
      result.reason = null;
      return result;
    },
  };
}

/** Options of {@link cesQuery}. */
export type CesQueryOptions = ResponseQueryOptions & Omit<CesOptions, 'onInvalid'>;

/** The SQL twin of `ces`: the score distribution is counted by the database. */
export function cesQuery(options: CesQueryOptions): SqlQuery<CesResult> {
  const NAME = 'cesQuery';
  const raw = readOptions(NAME, options);
  rejectUnknown(NAME, raw, [
    ...BASE,
    'scale',
    'higherIsEasier',
    'agreeMin',
    'lowSampleThreshold',
    'confidence',
  ]);
  const pure: CesOptions = {};
  if (raw['scale'] !== undefined) pure.scale = raw['scale'] as number;
  if (raw['lowSampleThreshold'] !== undefined)
    pure.lowSampleThreshold = raw['lowSampleThreshold'] as number;
  if (raw['confidence'] !== undefined) pure.confidence = raw['confidence'] as number;
  const confidence = pure.confidence ?? DEFAULT_CONFIDENCE;
  if (raw['agreeMin'] !== undefined) pure.agreeMin = raw['agreeMin'] as number;
  if (raw['higherIsEasier'] !== undefined) pure.higherIsEasier = raw['higherIsEasier'] as boolean;
  const { scale, agreeMin, higherIsEasier } = ces([], pure);
  const query = distributionQuery(NAME, raw, 1, scale);
  return {
    ...query,
    toResult(rows) {
      const read = readDistribution(NAME, rows, 1, scale);
      // With higherIsEasier: false every score s is reported as scale + 1 − s.
      const distribution = higherIsEasier
        ? read
        : read.map(({ score }) => ({ score, count: read[scale - score]!.count }));
      const result = ces([], pure);
      const total = distribution.reduce((sum, { count }) => sum + count, 0);
      const agreeing = distribution
        .filter(({ score }) => score >= agreeMin)
        .reduce((sum, { count }) => sum + count, 0);
      result.distribution = distribution;
      result.total = total;
      result.agreeing = agreeing;
      result.interval = wilsonInterval(agreeing, total, confidence);
      result.lowSample = total < result.lowSampleThreshold;
      if (total === 0) return result;
      const mean = meanOf(distribution, total);
      result.mean = mean;
      result.agreeShare = agreeing / total;
      result.normalized = mean / scale;
      result.reason = null;
      return result;
    },
  };
}
