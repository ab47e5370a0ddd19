import {} from '../core/errors';
import type { HealthAccount, SignalValue } from '../health/types';
import type { MrrSnapshot } from '../revenue/types';
import type { SurveyResponse } from '../voice/types';
import { parseNumber, numberPattern } from './numbers';
import { normalizeName, readTable, type ColumnSpec } from './table';
import type { CsvIssue, CsvReadOptions, CsvRows } from './types';

const text = (field: string, required = false): ColumnSpec => ({ field, type: 'text', required });
const number = (field: string, required = false): ColumnSpec => ({
  field,
  type: 'number',
  required,
});

/** Copies the values that are present (optional columns left empty stay absent). */
function present<T>(values: Record<string, string | number | undefined>): T {
  const row: Record<string, string | number> = {};
  for (const key of Object.keys(values)) {
    if (values[key] !== undefined) row[key] = values[key];
  }
  return row as T;
}

/** The fields of an {@link MrrSnapshot} a column can fill. */
export type MrrSnapshotColumn = keyof MrrSnapshot;

const SNAPSHOT_COLUMNS = [
  text('accountId', true),
  text('period', true),
  number('mrr', true),
  text('currency'),
  text('segment'),
  text('subscriptionId'),
];

/**
 * Reads MRR snapshots from CSV text: a header line naming `accountId`, `period` and `mrr`
 * (optionally `currency`, `segment`, `subscriptionId`), in any order, then one snapshot per line.
 * Every row keeps the CSV line it starts on, so the metric functions' issues can be mapped back to
 * lines with {@link withCsvLines}. Cells are trimmed; an empty optional cell leaves the field out;
 * `mrr` must be a plain number (see `decimal` and `thousands`). Ids and periods are checked by the
 * metric functions, not here.
 *
 * @example
 * const csv = readMrrSnapshotsCsv('Customer;Month;MRR\nacme;2025-01;1.200,50\n', {
 *   columns: { accountId: 'Customer', period: 'Month' },
 *   decimal: ',',
 * });
 * // csv.rows → [{ accountId: 'acme', period: '2025-01', mrr: 1200.5 }], csv.lines → [2]
 * try {
 *   mrrMovements(csv.rows, { period: '2025-02' });
 * } catch (error) {
 *   for (const issue of withCsvLines(error, csv)) console.log(`line ${issue.line}: ${issue.message}`);
 * }
 */
export function readMrrSnapshotsCsv(
  text: string,
  options?: CsvReadOptions<MrrSnapshotColumn>,
): CsvRows<MrrSnapshot> {
  return readTable('readMrrSnapshotsCsv', text, options, SNAPSHOT_COLUMNS, (values) =>
    present<MrrSnapshot>(values),
  );
}

/** The fields of a {@link SurveyResponse} a column can fill. */
export type SurveyResponseColumn = keyof SurveyResponse;

const RESPONSE_COLUMNS = [
  number('score', true),
  text('accountId'),
  text('date'),
  text('segment'),
  text('channel'),
];

/**
 * Reads survey responses (NPS, CSAT or CES answers) from CSV text: a header naming `score`
 * (optionally `accountId`, `date`, `segment`, `channel`), then one response per line. Scores are
 * read as plain numbers; whether they are on the scale is for `nps`, `csat` and `ces` to say, and
 * {@link withCsvLines} maps what they say back to lines.
 *
 * @example
 * const csv = readSurveyResponsesCsv('How likely (0-10),Account\n10,acme\n6,globex\n', {
 *   columns: { score: 'How likely (0-10)', accountId: 'Account' },
 * });
 * nps(csv.rows).score; // 0
 */
export function readSurveyResponsesCsv(
  text: string,
  options?: CsvReadOptions<SurveyResponseColumn>,
): CsvRows<SurveyResponse> {
  return readTable('readSurveyResponsesCsv', text, options, RESPONSE_COLUMNS, (values) =>
    present<SurveyResponse>(values),
  );
}

/** The fields of a {@link HealthAccount} a column can fill; every other column is a signal. */
export type HealthAccountColumn = Exclude<keyof HealthAccount, 'signals'>;

/** Options of {@link readHealthAccountsCsv}. */
export interface HealthAccountsCsvOptions extends CsvReadOptions<HealthAccountColumn> {
  /**
   * The columns to read as signals, by name (matched like `columns`); each becomes a key of
   * `signals` spelled as given here, so it matches the scorecard's `signal`. A listed column the
   * header lacks is an error.
   * @default every column not mapped to an account field, keyed by its header text
   */
  signals?: readonly string[] | undefined;
}

const ACCOUNT_COLUMNS = [
  text('id', true),
  text('name'),
  text('segment'),
  number('mrr'),
  text('renewalDate'),
  text('owner'),
];

/**
 * Reads accounts with their health signals from CSV text: a header naming `id` (optionally `name`,
 * `segment`, `mrr`, `renewalDate`, `owner`) and one column per signal, then one account per line.
 * A signal cell is a number, `true` or `false` (any case), or empty for a missing signal
 * (`null`, which the scorecard's `missing` policy handles); anything else is a bad line.
 *
 * @example
 * const csv = readHealthAccountsCsv('id,logins,nps,has_csm\nacme,42,9,true\nglobex,,6,false\n');
 * // csv.rows[1] → { id: 'globex', signals: { logins: null, nps: 6, has_csm: false } }
 * scoreHealth(csv.rows, scorecard);
 */
export function readHealthAccountsCsv(
  text: string,
  options?: HealthAccountsCsvOptions,
): CsvRows<HealthAccount> {
  let signals: Array<{ key: string; column: number }> = [];
  return readTable(
    'readHealthAccountsCsv',
    text,
    options,
    ACCOUNT_COLUMNS,
    (values, cells) => {
      const pattern = numberPattern(cells.format);
      const account = present<HealthAccount>(values);
      account.signals = {};
      for (const { key, column } of signals) {
        const cell = cells.record.fields[column]!.trim();
        let value: SignalValue = null;
        if (/^true$/i.test(cell)) value = true;
        else if (/^false$/i.test(cell)) value = false;
        else if (cell !== '') {
          const parsed = parseNumber(cell, cells.format, pattern);
          if (typeof parsed !== 'number') {
            cells.fail(
              `signals.${key}`,
              `${parsed.error.replace(/^'.*?' is not a number/, `'${cell}' is not a number, true or false`)}`,
              cell,
            );
            continue;
          }
          value = parsed;
        }
        account.signals[key] = value;
      }
      return account;
    },
    {
      prepare(reader, header, unmapped, headerLine) {
        const listed = reader.raw('signals');
        const issues: CsvIssue[] = [];
        if (listed === undefined) {
          signals = unmapped.map((column) => ({ key: header[column]!, column }));
        } else if (
          !Array.isArray(listed) ||
          !listed.every((name) => typeof name === 'string' && name.trim() !== '')
        ) {
          reader.mustBe('signals', 'a list of column names', listed);
        } else {
          signals = [];
          for (const key of listed as string[]) {
            const column = header.findIndex((name) => normalizeName(name) === normalizeName(key));
            if (column === -1) {
              issues.push({
                index: null,
                line: headerLine,
                field: `signals.${key}`,
                message: `the header has no column for the signal '${key}'`,
              });
            } else signals.push({ key, column });
          }
        }
        const seen = new Map<string, number>();
        for (const { key } of signals) seen.set(key, (seen.get(key) ?? 0) + 1);
        for (const [key, count] of seen) {
          if (count > 1) {
            issues.push({
              index: null,
              line: headerLine,
              field: `signals.${key}`,
              message: `the header has ${count} columns named '${key}': rename one`,
            });
          }
        }
        return issues;
      },
    },
  );
}
