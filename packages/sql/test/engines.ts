/**
 * The two engines the parity suite executes on: DuckDB in-process and the PostgreSQL server the
 * global setup started. Each loads rows into a table and runs a query, returning plain row objects.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { inject } from 'vitest';
import type { SqlParam } from '../src/sql';

/** A column of a test table: its name and SQL type (the same type names work on both engines). */
export interface Column {
  name: string;
  type: 'VARCHAR' | 'DOUBLE PRECISION' | 'DATE';
}

export type Cell = string | number | boolean | null;

export interface Engine {
  dialect: 'duckdb' | 'postgres';
  /** Creates `table` with `columns` and inserts `rows` (arrays in column order). */
  load(
    table: string,
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
  ): Promise<void>;
  run(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]>;
  drop(table: string): Promise<void>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function insertChunks(
  exec: (sql: string, params: Cell[]) => Promise<unknown>,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  const CHUNK = 200;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params: Cell[] = [];
    const tuples = chunk.map((row) => {
      const cells = row.map((cell, i) => {
        params.push(cell);
        return `CAST($${params.length} AS ${columns[i]!.type})`;
      });
      return `(${cells.join(', ')})`;
    });
    await exec(`INSERT INTO ${quote(table)} VALUES ${tuples.join(', ')}`, params);
  }
}

const createSql = (table: string, columns: readonly Column[]) =>
  `CREATE TABLE ${quote(table)} (${columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ')})`;

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  const exec = (sql: string, params: readonly unknown[]) =>
    connection.runAndReadAll(sql, params as never[]);
  return {
    dialect: 'duckdb',
    async load(table, columns, rows) {
      await exec(createSql(table, columns), []);
      await insertChunks(exec, table, columns, rows);
    },
    async run(sql, params) {
      return (await exec(sql, params)).getRowObjectsJS() as Record<string, unknown>[];
    },
    async drop(table) {
      await exec(`DROP TABLE IF EXISTS ${quote(table)}`, []);
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgresEngine(): Promise<Engine> {
  const client = new pg.Client({ connectionString: inject('pgUrl') });
  await client.connect();
  const exec = (sql: string, params: readonly unknown[]) => client.query(sql, params as unknown[]);
  return {
    dialect: 'postgres',
    async load(table, columns, rows) {
      await exec(createSql(table, columns), []);
      await insertChunks(exec, table, columns, rows);
    },
    async run(sql, params) {
      return (await exec(sql, params)).rows as Record<string, unknown>[];
    },
    async drop(table) {
      await exec(`DROP TABLE IF EXISTS ${quote(table)}`, []);
    },
    async close() {
      await client.end();
    },
  };
}

/**
 * The first difference between two results, as `path: a vs b`, or `null`. Counts (integers at
 * keys that count things) must be equal; every other number within 1e-9 relative; arrays of
 * per-account rows are compared sorted by account id (a table has no input order).
 */
export function firstDifference(actual: unknown, expected: unknown, path = '$'): string | null {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const exact =
      /(Accounts|total|count|size|promoters|passives|detractors|satisfied|agreeing|age)$/.test(
        path,
      );
    if (exact) return actual === expected ? null : `${path}: ${actual} vs ${expected}`;
    const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
    return Math.abs(actual - expected) <= 1e-9 * scale ? null : `${path}: ${actual} vs ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) {
      return `${path}.length: ${actual.length} vs ${expected.length}`;
    }
    const byAccount = (rows: unknown[]) =>
      path.endsWith('.accounts')
        ? [...rows].sort((x, y) =>
            String((x as { accountId: string }).accountId).localeCompare(
              String((y as { accountId: string }).accountId),
            ),
          )
        : rows;
    const a = byAccount(actual);
    const e = byAccount(expected);
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], e[i], `${path}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (
    actual !== null &&
    expected !== null &&
    typeof actual === 'object' &&
    typeof expected === 'object'
  ) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      const difference = firstDifference(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (difference !== null) return difference;
    }
    return null;
  }
  return Object.is(actual, expected)
    ? null
    : `${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`;
}
