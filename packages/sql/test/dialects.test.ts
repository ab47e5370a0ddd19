/**
 * BigQuery, Snowflake and Trino are not executed here: every query generated for them is parsed by
 * node-sql-parser's grammar for that dialect. The check can fail: the PostgreSQL text of the same
 * query (with `DOUBLE PRECISION` and `$1`) does not parse as BigQuery.
 */
import sqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '@vitals/metrics';
import {
  type Dialect,
  cesQuery,
  cohortRetentionQuery,
  csatQuery,
  healthScoresQuery,
  movementsQuery,
  movementsSeriesQuery,
  npsQuery,
} from '../src';

const parser = new sqlParser.Parser();
const columns = {
  accountId: 'account_id',
  period: 'month',
  mrr: 'mrr',
  currency: 'currency',
  segment: 'segment',
  subscriptionId: 'subscription_id',
};
const scorecard: Scorecard = {
  model: 'worst-of',
  categories: [
    {
      id: 'usage',
      weight: 1,
      measures: [
        { id: 'r', signal: 'logins', normalize: { type: 'range', min: 0, max: 20, invert: true } },
        { id: 'p', signal: 'seats', normalize: { type: 'percentile' } },
      ],
    },
    {
      id: 'support',
      weight: 2,
      measures: [
        {
          id: 's',
          signal: 'tickets',
          normalize: { type: 'steps', steps: [{ min: 0, score: 100 }] },
        },
        { id: 'b', signal: 'champion', normalize: { type: 'boolean' } },
      ],
    },
  ],
};

function queries(dialect: Dialect) {
  const base = { dialect, table: ['analytics', 'mrr_snapshots'], columns };
  return {
    'movementsSeriesQuery (month)': movementsSeriesQuery({
      ...base,
      from: '2024-01',
      to: '2025-12',
    }),
    'movementsSeriesQuery (quarter)': movementsSeriesQuery({
      ...base,
      from: '2024-Q1',
      to: '2025-Q4',
      grain: 'quarter',
      duplicateRows: 'sum',
    }),
    'movementsQuery (accounts)': movementsQuery({ ...base, from: '2024-12', to: '2025-12' }),
    'movementsQuery (totals)': movementsQuery({
      ...base,
      period: '2025-03',
      includeAccounts: false,
    }),
    'cohortRetentionQuery (year)': cohortRetentionQuery({ ...base, grain: 'year', from: '2023' }),
    npsQuery: npsQuery({ dialect, table: 'responses' }),
    csatQuery: csatQuery({ dialect, source: { subquery: 'SELECT score FROM csat' }, scale: 10 }),
    cesQuery: cesQuery({ dialect, table: 'ces', higherIsEasier: false }),
    healthScoresQuery: healthScoresQuery({ dialect, table: 'accounts', scorecard }),
  };
}

const PLACEHOLDER: Record<Dialect, RegExp> = {
  duckdb: /\$(\d+)/g,
  postgres: /\$(\d+)/g,
  bigquery: /@p(\d+)/g,
  snowflake: /:(\d+)/g,
  trino: /\?/g,
};

describe.each(['bigquery', 'snowflake', 'trino'] as const)(
  '%s: generated and parsed',
  (dialect) => {
    for (const [name, query] of Object.entries(queries(dialect))) {
      it(`${name} parses as ${dialect}`, () => {
        expect(() => parser.astify(query.sql, { database: dialect })).not.toThrow();
      });
    }
  },
);

describe('placeholders and quoting per dialect', () => {
  it.each(['duckdb', 'postgres', 'bigquery', 'snowflake', 'trino'] as const)(
    '%s: one placeholder per bound value, numbered in order',
    (dialect) => {
      for (const query of Object.values(queries(dialect))) {
        const found = [...query.sql.matchAll(PLACEHOLDER[dialect])];
        expect(found.length).toBe(query.params.length);
        if (dialect !== 'trino') {
          expect(found.map((m) => Number(m[1]))).toEqual(query.params.map((_, i) => i + 1));
        }
      }
    },
  );

  it('quotes identifiers with backticks on BigQuery and double quotes elsewhere', () => {
    expect(queries('bigquery')['npsQuery'].sql).toContain('`responses`');
    expect(queries('trino')['npsQuery'].sql).toContain('"responses"');
    expect(queries('bigquery')['movementsQuery (accounts)'].sql).toContain(
      '`analytics`.`mrr_snapshots`',
    );
  });

  it('the parse check is strict: PostgreSQL text is not BigQuery', () => {
    const postgres = queries('postgres')['movementsSeriesQuery (month)'].sql;
    expect(() => parser.astify(postgres, { database: 'bigquery' })).toThrow();
  });
});
