import { type Node, type SqlParam, fail, ident, readIdentifier, show } from './sql';

/**
 * Where the rows come from: a table (a name, or `[schema, table]` / `[project, dataset, table]`
 * parts, each quoted), or a subquery written by the caller in the query's dialect. A subquery's
 * placeholders are numbered from 1 (`$1` on DuckDB and PostgreSQL, `@p1` on BigQuery, `:1` on
 * Snowflake, `?` on Trino) and its `params` come first in the query's `params`.
 */
export type SqlSource = string | readonly string[] | SubquerySource;

/** A subquery source: SQL the caller wrote, trusted as such, with its own bound values. */
export interface SubquerySource {
  /** A `SELECT` statement, without a trailing semicolon. */
  subquery: string;
  /** Values bound to the subquery's placeholders, in order. */
  params?: readonly SqlParam[] | undefined;
}

/** Reads `source`/`table` into the node placed after `FROM`. */
export function readSource(functionName: string, options: Record<string, unknown>): Node {
  const hasTable = options['table'] !== undefined;
  const hasSource = options['source'] !== undefined;
  if (hasTable === hasSource) {
    fail(
      functionName,
      'options.table',
      'pass exactly one of table (a table name) or source (a table name or { subquery })',
    );
  }
  const value = hasTable ? options['table'] : options['source'];
  const field = hasTable ? 'options.table' : 'options.source';
  if (typeof value === 'string') return ident(readIdentifier(functionName, field, value));
  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 3) {
      fail(functionName, field, `must name 1 to 3 identifier parts, got ${value.length}`, value);
    }
    return ident(...value.map((part, i) => readIdentifier(functionName, `${field}[${i}]`, part)));
  }
  if (value !== null && typeof value === 'object' && hasSource) {
    const { subquery, params = [] } = value as SubquerySource;
    if (typeof subquery !== 'string' || subquery.trim() === '') {
      fail(functionName, 'options.source.subquery', `must be SQL text, got ${show(subquery)}`);
    }
    if (
      !Array.isArray(params) ||
      params.some((p) => !['number', 'string', 'boolean'].includes(typeof p))
    ) {
      fail(
        functionName,
        'options.source.params',
        'must be an array of numbers, strings or booleans',
        params,
      );
    }
    return { kind: 'raw', text: `(${subquery})`, params };
  }
  return fail(functionName, field, `must be a table name or { subquery }, got ${show(value)}`);
}

/**
 * Reads the column mapping: each logical field maps to a column name of the source (quoted as an
 * identifier). Unknown keys are an error, so a typo does not silently read the default column.
 */
export function readColumns<TField extends string>(
  functionName: string,
  value: unknown,
  defaults: Readonly<Record<TField, string | null>>,
): Record<TField, string | null> {
  const result = { ...defaults } as Record<TField, string | null>;
  if (value === undefined) return result;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(functionName, 'options.columns', `must be an object, got ${show(value)}`);
  }
  for (const [key, column] of Object.entries(value as Record<string, unknown>)) {
    if (!Object.hasOwn(defaults, key)) {
      fail(
        functionName,
        `options.columns.${key}`,
        `is not a field; the fields are ${Object.keys(defaults).join(', ')}`,
      );
    }
    if (column === undefined) continue;
    result[key as TField] =
      column === null && defaults[key as TField] === null
        ? null
        : readIdentifier(functionName, `options.columns.${key}`, column);
  }
  return result;
}

/** Reads an option that must be one of a few strings. */
export function readChoice<T extends string>(
  functionName: string,
  field: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    fail(
      functionName,
      `options.${field}`,
      `must be ${choices.map((c) => `'${c}'`).join(' or ')}, got ${show(value)}`,
      value,
    );
  }
  return value as T;
}

/** Rejects options the builder does not know, so an unsupported option is never ignored. */
export function rejectUnknown(
  functionName: string,
  options: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key) && options[key] !== undefined) {
      fail(
        functionName,
        `options.${key}`,
        `is not supported by ${functionName}; supported options: ${known.join(', ')}`,
        options[key],
      );
    }
  }
}

/** Reads the options object itself. */
export function readOptions(functionName: string, options: unknown): Record<string, unknown> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(functionName, 'options', `must be an object, got ${show(options)}`);
  }
  return options as Record<string, unknown>;
}
