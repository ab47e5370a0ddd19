/**
 * Reading a billing export: `readMrrSnapshotsCsv` (papaparse underneath, plus every row checked
 * and the line each record starts on) timed against papaparse alone with `header: true` and
 * `dynamicTyping: true`, which checks nothing and keeps no line numbers. Both must agree on the
 * row count and the sum of MRR before any time is printed.
 *
 * The shapes an export comes in: plain LF lines; CRLF lines with quoted, decimal MRR and a
 * multi-line quoted segment every thousand records; the same account and month repeated (a
 * duplicated export, which the reader passes on for the metric to reject); and a header alone.
 *
 * Run: `pnpm bench csv` (from packages/metrics).
 */
import Papa from 'papaparse';
import { readMrrSnapshotsCsv } from '../src/csv.ts';
import { assertAgree, report, time } from './lib.ts';

const HEADER = 'accountId,period,mrr,currency,segment';
const month = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}`;

function plain(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++)
    lines.push(`acct-${i % 5000},${month(i)},${(i % 997) + 1},USD,SMB`);
  return lines.join('\n');
}

function quotedCrlf(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const segment = i % 1000 === 0 ? '"Mid\nMarket"' : 'SMB';
    lines.push(`acct-${i % 5000},${month(i)},"${(i * 1.25).toFixed(2)}",USD,${segment}`);
  }
  return lines.join('\r\n');
}

/** Every record twice, one after the other, as a re-run export appends itself. */
function duplicated(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows / 2; i++) {
    const line = `acct-${i % 5000},${month(i)},${(i % 997) + 1},USD,SMB`;
    lines.push(line, line);
  }
  return lines.join('\n');
}

function ours(text: string) {
  const { rows } = readMrrSnapshotsCsv(text);
  let sum = 0;
  for (const row of rows) sum += row.mrr;
  return [rows.length, Math.round(sum * 100)];
}

function papaparseAlone(text: string) {
  const { data } = Papa.parse<{ mrr: number }>(text, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  let sum = 0;
  for (const row of data) sum += row.mrr;
  return [data.length, Math.round(sum * 100)];
}

const SHAPES: Array<[string, string]> = [
  ['100,000 rows, LF', plain(100_000)],
  ['100,000 rows, CRLF, quoted decimals, a multi-line field every 1,000', quotedCrlf(100_000)],
  ['100,000 rows, each record twice (a duplicated export)', duplicated(100_000)],
  ['a header and no rows', HEADER],
];

for (const [shape, text] of SHAPES) {
  assertAgree({ readMrrSnapshotsCsv: ours(text), papaparse: papaparseAlone(text) });
  report(
    `CSV: readMrrSnapshotsCsv, ${shape}`,
    time('readMrrSnapshotsCsv (every row checked, line numbers)', () => ours(text)),
    [time('papaparse alone (header, dynamicTyping; no checks)', () => papaparseAlone(text))],
    { agreement: 'row count and the sum of MRR (to the cent) agree' },
  );
}
