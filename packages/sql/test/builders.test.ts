/**
 * Bad options fail before any SQL exists; hostile table and column names stay identifiers; bad
 * rows (duplicates, negative MRR, mixed currencies) are a MetricsInputError as in the pure
 * functions; `@vitals/sql/duckdb` runs queries over a table, a CSV file and a Parquet file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  MetricsInputError,
  type MrrSnapshot,
  cohortRetention,
  mrrMovements,
  mrrMovementsSeries,
} from '@vitals/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cohortRetentionQuery,
  healthScoresQuery,
  movementsQuery,
  movementsSeriesQuery,
  npsQuery,
} from '../src';
import { duckDbFile, runDuckDb } from '../src/duckdb';
import { type Column, type Engine, duckdbEngine, firstDifference, postgresEngine } from './engines';

/** The MetricsInputError `run` throws, or fails the test. */
function inputError(run: () => unknown): MetricsInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricsInputError);
    return error as MetricsInputError;
  }
  throw new Error('expected a MetricsInputError');
}

describe('options are checked before any SQL is produced', () => {
  it('an unknown dialect names options.dialect', () => {
    const error = inputError(() =>
      movementsSeriesQuery({
        dialect: 'mysql' as 'duckdb',
        table: 't',
        from: '2024-01',
        to: '2024-06',
      }),
    );
    expect(error.issues[0]!.field).toBe('options.dialect');
    expect(error.message).toContain("'duckdb'");
  });

  it('an unsupported option is an error, not ignored', () => {
    const error = inputError(() =>
      movementsQuery({
        dialect: 'duckdb',
        table: 't',
        period: '2024-01',
        onInvalid: 'skip',
      } as Parameters<typeof movementsQuery>[0]),
    );
    expect(error.issues[0]!.field).toBe('options.onInvalid');
    expect(
      inputError(() =>
        movementsSeriesQuery({
          dialect: 'duckdb',
          table: 't',
          from: '2024-01',
          to: '2024-03',
          includeAccounts: true as unknown as false,
        }),
      ).issues[0]!.field,
    ).toBe('options.includeAccounts');
    expect(
      inputError(() =>
        movementsQuery({
          dialect: 'duckdb',
          table: 't',
          period: '2024-01',
          columns: { acount: 'x' } as never,
        }),
      ).issues[0]!.field,
    ).toBe('options.columns.acount');
  });

  it('window and grain options are checked exactly as the pure functions check them', () => {
    const error = inputError(() =>
      movementsSeriesQuery({ dialect: 'postgres', table: 't', from: '2025-01', to: '2024-01' }),
    );
    expect(error.issues[0]!.field).toBe('options.to');
    expect(
      inputError(() =>
        cohortRetentionQuery({ dialect: 'postgres', table: 't', grain: 'week' as 'month' }),
      ).issues[0]!.field,
    ).toBe('options.grain');
    expect(
      inputError(() => npsQuery({ dialect: 'trino', table: 't', lowSampleThreshold: -1 }))
        .issues[0]!.field,
    ).toBe('options.lowSampleThreshold');
  });

  it('a table and a source together, or neither, is an error', () => {
    expect(() =>
      npsQuery({ dialect: 'duckdb', table: 't', source: { subquery: 'SELECT 1' } }),
    ).toThrow(MetricsInputError);
    expect(() => npsQuery({ dialect: 'duckdb' })).toThrow(MetricsInputError);
    expect(() => npsQuery({ dialect: 'duckdb', table: '' })).toThrow(MetricsInputError);
  });

  it('a custom normalizer, the points model and segment scorecards cannot be compiled', () => {
    const custom = inputError(() =>
      healthScoresQuery({
        dialect: 'duckdb',
        table: 'accounts',
        scorecard: {
          categories: [
            {
              id: 'c',
              weight: 1,
              measures: [{ id: 'm', signal: 's', normalize: { type: 'custom', score: (v) => v } }],
            },
          ],
        },
      }),
    );
    expect(custom.issues[0]!.field).toBe('options.scorecard.categories[0].measures[0].normalize');
    expect(custom.message).toContain('cannot be compiled to SQL');
    expect(() =>
      healthScoresQuery({
        dialect: 'duckdb',
        table: 'accounts',
        scorecard: {
          model: 'points',
          tiers: [{ id: 'all', label: 'All', min: -Infinity, tone: 'neutral' }],
          categories: [
            {
              id: 'c',
              weight: 1,
              measures: [{ id: 'm', signal: 's', normalize: { type: 'points', points: 5 } }],
            },
          ],
        },
      }),
    ).toThrow(/not supported in SQL/);
  });
});

const rows: MrrSnapshot[] = [
  { accountId: 'a', period: '2024-01', mrr: 100 },
  { accountId: 'a', period: '2024-02', mrr: 120.5 },
  { accountId: 'b', period: '2024-01', mrr: 80 },
  { accountId: 'b', period: '2024-03', mrr: 90 },
  { accountId: 'c', period: '2024-02', mrr: 40 },
  { accountId: 'c', period: '2024-03', mrr: 45 },
];

for (const open of [duckdbEngine, postgresEngine]) {
  describe(`on ${open.name.replace('Engine', '')}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('hostile table and column names stay quoted identifiers', async () => {
      const table = `mrr"; DROP TABLE "victim"; --`;
      const columns: Column[] = [
        { name: `acc'ount "id"`, type: 'VARCHAR' },
        { name: 'month`) OR 1=1 --', type: 'VARCHAR' },
        { name: 'select', type: 'DOUBLE PRECISION' },
      ];
      await engine.load('victim', [{ name: 'x', type: 'VARCHAR' }], [['still here']]);
      await engine.load(
        table,
        columns,
        rows.map((r) => [r.accountId, r.period as string, r.mrr]),
      );
      const q = movementsSeriesQuery({
        dialect: engine.dialect,
        table,
        columns: { accountId: columns[0]!.name, period: columns[1]!.name, mrr: 'select' },
        from: '2024-01',
        to: '2024-03',
      });
      const result = q.toResult(await engine.run(q.sql, q.params));
      expect(
        firstDifference(
          result,
          mrrMovementsSeries(rows, { from: '2024-01', to: '2024-03', includeAccounts: false }),
        ),
      ).toBeNull();
      expect(await engine.run('SELECT x FROM "victim"', [])).toEqual([{ x: 'still here' }]);
      await engine.drop(table);
      await engine.drop('victim');
    });

    it('reads a DATE period column with periodType: date, at quarter grain', async () => {
      await engine.load(
        'dated',
        [
          { name: 'accountId', type: 'VARCHAR' },
          { name: 'period', type: 'DATE' },
          { name: 'mrr', type: 'DOUBLE PRECISION' },
        ],
        rows.map((r) => [r.accountId, `${r.period}-28`, r.mrr]),
      );
      const q = cohortRetentionQuery({
        dialect: engine.dialect,
        table: 'dated',
        periodType: 'date',
        grain: 'quarter',
      });
      const result = q.toResult(await engine.run(q.sql, q.params));
      expect(firstDifference(result, cohortRetention(rows, { grain: 'quarter' }))).toBeNull();
      expect(result.cohorts[0]!.size).toBe(3);
      await engine.drop('dated');
    });

    it('duplicate rows, negative MRR, mixed currencies and repeated subscriptions are errors', async () => {
      const columns: Column[] = [
        { name: 'accountId', type: 'VARCHAR' },
        { name: 'period', type: 'VARCHAR' },
        { name: 'mrr', type: 'DOUBLE PRECISION' },
        { name: 'currency', type: 'VARCHAR' },
        { name: 'sub', type: 'VARCHAR' },
      ];
      const load = async (name: string, data: (string | number | null)[][]) => {
        await engine.load(name, columns, data);
        const q = (duplicateRows?: 'sum') =>
          movementsQuery({
            dialect: engine.dialect,
            table: name,
            columns: { currency: 'currency', subscriptionId: 'sub' },
            period: '2024-02',
            ...(duplicateRows ? { duplicateRows } : {}),
          });
        return {
          run: async (duplicateRows?: 'sum') => {
            const query = q(duplicateRows);
            return query.toResult(await engine.run(query.sql, query.params));
          },
        };
      };
      const duplicated = await load('dups', [
        ['a', '2024-01', 100, 'USD', null],
        ['a', '2024-02', 60, 'USD', null],
        ['a', '2024-02', 60, 'USD', null],
      ]);
      await expect(duplicated.run()).rejects.toThrow(/duplicate another row/);
      const summed = await duplicated.run('sum');
      const pure = mrrMovements(
        [
          { accountId: 'a', period: '2024-01', mrr: 100, currency: 'USD' },
          { accountId: 'a', period: '2024-02', mrr: 60, currency: 'USD' },
          { accountId: 'a', period: '2024-02', mrr: 60, currency: 'USD' },
        ],
        { period: '2024-02', duplicateRows: 'sum' },
      );
      expect(firstDifference(summed, pure)).toBeNull();
      expect(summed.expansionMrr).toBe(20);
      expect(summed.currency).toBe('USD');

      const negative = await load('negative', [['a', '2024-01', -5, 'USD', null]]);
      await expect(negative.run()).rejects.toThrow(/below 0/);
      const month13 = await load('month13', [
        ['a', '2024-01', 5, 'USD', null],
        ['a', '2024-13', 5, 'USD', null],
      ]);
      await expect(month13.run()).rejects.toThrow(/1 row\(s\) have/);
      const mixed = await load('mixed', [
        ['a', '2024-01', 5, 'USD', null],
        ['b', '2024-01', 5, 'EUR', null],
      ]);
      await expect(mixed.run()).rejects.toThrow(/2 currencies/);
      const repeated = await load('repeated', [
        ['a', '2024-01', 5, 'USD', 's1'],
        ['a', '2024-01', 7, 'USD', 's1'],
      ]);
      await expect(repeated.run('sum')).rejects.toThrow(/subscription/);
      for (const name of ['dups', 'negative', 'month13', 'mixed', 'repeated'])
        await engine.drop(name);
    });
  });
}

describe('toResult checks the rows it is given', () => {
  const q = movementsSeriesQuery({ dialect: 'duckdb', table: 't', from: '2024-01', to: '2024-03' });
  it('rejects rows of another query, naming the row and column', () => {
    const error = inputError(() => q.toResult([{ score: 1 }]));
    expect(error.issues[0]).toMatchObject({ index: 0 });
    expect(() => q.toResult([])).toThrow(MetricsInputError);
    expect(() => q.toResult('rows' as never)).toThrow(MetricsInputError);
  });
});

describe('@vitals/sql/duckdb', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vitals-sql-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a query over a Parquet file, a CSV file and a table on a given connection', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const values = rows.map((r) => `('${r.accountId}', '${r.period}', ${r.mrr})`).join(', ');
    await connection.run(
      `CREATE TABLE snapshots AS SELECT * FROM (VALUES ${values}) v("accountId", period, mrr)`,
    );
    const parquet = join(dir, "it's here.parquet");
    const csv = join(dir, 'rows.csv');
    await connection.run(`COPY snapshots TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet)`);
    await connection.run(`COPY snapshots TO '${csv}' (HEADER)`);
    const window = { from: '2024-01', to: '2024-03' } as const;
    const expected = mrrMovementsSeries(rows, { ...window, includeAccounts: false });

    const fromParquet = await runDuckDb(
      movementsSeriesQuery({ dialect: 'duckdb', source: duckDbFile({ parquet }), ...window }),
    );
    expect(firstDifference(fromParquet, expected)).toBeNull();
    const fromCsv = await runDuckDb(
      movementsSeriesQuery({ dialect: 'duckdb', source: duckDbFile({ csv }), ...window }),
    );
    expect(firstDifference(fromCsv, expected)).toBeNull();
    const fromTable = await runDuckDb(
      movementsSeriesQuery({ dialect: 'duckdb', table: 'snapshots', ...window }),
      { connection },
    );
    expect(firstDifference(fromTable, expected)).toBeNull();
    expect(fromTable[1]!.reactivationMrr + fromTable[1]!.newMrr).toBeGreaterThan(0);
    connection.closeSync();
    instance.closeSync();
  });

  it('refuses a query written for another dialect', async () => {
    await expect(
      runDuckDb(npsQuery({ dialect: 'postgres', table: 'responses' })),
    ).rejects.toBeInstanceOf(MetricsInputError);
    expect(() => duckDbFile({ parquet: '' })).toThrow(MetricsInputError);
  });
});
