import { MetricsInputError, type ValidationIssue } from '@vitals/metrics';

/** The SQL dialects a query can be generated for. */
export type Dialect = 'duckdb' | 'postgres' | 'bigquery' | 'snowflake' | 'trino';

/** Every supported dialect, in the order the docs list them. */
export const DIALECTS: readonly Dialect[] = [
  'duckdb',
  'postgres',
  'bigquery',
  'snowflake',
  'trino',
];

interface DialectSpec {
  /** Quotes one identifier. */
  quote: (name: string) => string;
  /** The placeholder of the `n`-th (1-based) bound parameter. */
  placeholder: (n: number) => string;
  /** The 64-bit float type. */
  double: string;
  /** The 64-bit integer type. */
  bigint: string;
}

const doubleQuoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

const SPECS: Readonly<Record<Dialect, DialectSpec>> = {
  duckdb: { quote: doubleQuoted, placeholder: (n) => `$${n}`, double: 'DOUBLE', bigint: 'BIGINT' },
  postgres: {
    quote: doubleQuoted,
    placeholder: (n) => `$${n}`,
    double: 'DOUBLE PRECISION',
    bigint: 'BIGINT',
  },
  bigquery: {
    // BigQuery quotes with backticks and escapes with a backslash inside them.
    quote: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
    placeholder: (n) => `@p${n}`,
    double: 'FLOAT64',
    bigint: 'INT64',
  },
  snowflake: {
    quote: doubleQuoted,
    placeholder: (n) => `:${n}`,
    double: 'DOUBLE',
    bigint: 'BIGINT',
  },
  trino: { quote: doubleQuoted, placeholder: () => '?', double: 'DOUBLE', bigint: 'BIGINT' },
};

/** A value bound to a placeholder: a number, a string or a boolean. */
export type SqlParam = number | string | boolean;

/** Throws a `MetricsInputError` naming one field (an option of a query builder). */
export function fail(functionName: string, field: string, message: string, value?: unknown): never {
  const issue: ValidationIssue = { index: null, field, message };
  if (value !== undefined) issue.value = value;
  throw new MetricsInputError(functionName, [issue]);
}

/** Renders a value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** Reads the `dialect` option. */
export function readDialect(functionName: string, value: unknown): Dialect {
  if (typeof value !== 'string' || !(DIALECTS as readonly string[]).includes(value)) {
    fail(
      functionName,
      'options.dialect',
      `must be one of ${DIALECTS.map((d) => `'${d}'`).join(', ')}, got ${show(value)}`,
      value,
    );
  }
  return value as Dialect;
}

/** Checks an identifier: a non-empty string without NUL characters (any other character is quoted). */
export function readIdentifier(functionName: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.includes('\u0000')) {
    fail(
      functionName,
      field,
      `must be a non-empty identifier without NUL characters, got ${show(value)}`,
      value,
    );
  }
  return value;
}

/**
 * A SQL expression node. Queries are trees of these; {@link Builder.render} turns a tree into text.
 * Nothing a caller passes becomes SQL text except through `ident` (quoted) or `param` (bound), and
 * a subquery source the caller wrote as SQL on purpose (`raw`).
 */
export type Node =
  | { kind: 'ident'; parts: readonly string[] }
  | { kind: 'param'; value: SqlParam; type: 'bigint' | 'double' | 'text' }
  | { kind: 'keyword'; text: string }
  | { kind: 'raw'; text: string; params: readonly SqlParam[] }
  | { kind: 'list'; items: readonly Node[] };

/** An identifier (a table, a column, a CTE or an alias), quoted for the dialect. */
export const ident = (...parts: string[]): Node => ({ kind: 'ident', parts });
/** A bound value, cast to its type so every engine knows the placeholder's type. */
export const param = (value: SqlParam, type: 'bigint' | 'double' | 'text'): Node => ({
  kind: 'param',
  value,
  type,
});

/**
 * SQL text the package writes itself (keywords, operators, numbers it computed): a template whose
 * `${}` holes are nodes or integers the package computed. Never call it with a caller's string.
 */
export function sql(strings: TemplateStringsArray, ...holes: readonly (Node | number)[]): Node {
  const items: Node[] = [];
  strings.forEach((text, i) => {
    if (text) items.push({ kind: 'keyword', text });
    if (i < holes.length) {
      const hole = holes[i]!;
      if (typeof hole === 'number') {
        if (!Number.isSafeInteger(hole)) throw new RangeError(`not an integer literal: ${hole}`);
        items.push({ kind: 'keyword', text: String(hole) });
      } else items.push(hole);
    }
  });
  return { kind: 'list', items };
}

/** Joins nodes with a separator the package wrote (`, `, ` UNION ALL `, …). */
export function join(nodes: readonly Node[], separator: string): Node {
  const items: Node[] = [];
  nodes.forEach((node, i) => {
    if (i > 0) items.push({ kind: 'keyword', text: separator });
    items.push(node);
  });
  return { kind: 'list', items };
}

/** Renders a query tree for a dialect: the SQL text and the bound values in placeholder order. */
export function render(dialect: Dialect, root: Node): { sql: string; params: SqlParam[] } {
  const spec = SPECS[dialect];
  const params: SqlParam[] = [];
  const out: string[] = [];
  const walk = (node: Node): void => {
    switch (node.kind) {
      case 'ident':
        out.push(node.parts.map(spec.quote).join('.'));
        break;
      case 'param': {
        params.push(node.value);
        const type =
          node.type === 'bigint'
            ? spec.bigint
            : node.type === 'double'
              ? spec.double
              : dialect === 'bigquery'
                ? 'STRING'
                : 'VARCHAR';
        out.push(`CAST(${spec.placeholder(params.length)} AS ${type})`);
        break;
      }
      case 'keyword':
        out.push(
          node.text
            .replaceAll('DOUBLE_T', spec.double)
            .replaceAll('BIGINT_T', spec.bigint)
            .replaceAll('TEXT_T', dialect === 'bigquery' ? 'STRING' : 'VARCHAR'),
        );
        break;
      case 'raw':
        params.push(...node.params);
        out.push(node.text);
        break;
      case 'list':
        node.items.forEach(walk);
        break;
    }
  };
  walk(root);
  return { sql: out.join(''), params };
}
