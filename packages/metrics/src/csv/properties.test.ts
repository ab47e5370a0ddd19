import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catchInputError } from '../core/errors.test-helper';
import { readMrrSnapshotsCsv } from './readers';
import type { CsvIssue } from './types';

/** A text cell: letters, spaces, delimiters, quotes and line breaks, never blank. */
const cellText = fc
  .array(fc.constantFrom('a', 'b', 'Z', ' ', ',', ';', '"', '\n', '\r\n', 'é', '-'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => `x${parts.join('')}x`);

const row = fc.record({
  accountId: cellText,
  period: fc.constantFrom('2025-01', '2025-02', '2024-12'),
  mrr: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  segment: cellText,
});

type Row = { accountId: string; period: string; mrr: number; segment: string };

/** Writes one cell as CSV, quoting when it must (or when `force` says so), doubling quotes. */
function cell(value: string, force: boolean): string {
  return force || /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv(
  rows: readonly Row[],
  quoting: readonly boolean[],
  blankAfter: readonly boolean[],
  end: string,
) {
  const lines = ['accountId,period,mrr,segment'];
  rows.forEach((r, i) => {
    const q = quoting[i % quoting.length]!;
    lines.push(
      [cell(r.accountId, q), cell(r.period, q), cell(String(r.mrr), q), cell(r.segment, q)].join(
        ',',
      ),
    );
    if (blankAfter[i % blankAfter.length]) lines.push('');
  });
  return lines.join(end);
}

describe('readMrrSnapshotsCsv properties', () => {
  it('rows written as CSV with any quoting and line breaks read back equal, each on its true line', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, quoting, blanks, end) => {
          const text = toCsv(rows, quoting, blanks, end);
          const csv = readMrrSnapshotsCsv(text);
          // Cells are trimmed on reading: compare with the trimmed values.
          expect(csv.rows).toEqual(
            rows.map((r) => ({ ...r, accountId: r.accountId.trim(), segment: r.segment.trim() })),
          );
          // A record's line: 1 + the line breaks before it in the text as written.
          let line = 2;
          const expected: number[] = [];
          rows.forEach((r, i) => {
            expected.push(line);
            line += (r.accountId + r.segment).split(/\r\n|\n/).length - 1 + 1;
            if (blanks[i % blanks.length]) line += 1;
          });
          expect(csv.lines).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an injected bad amount is reported on its true line, and only there', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.constantFrom('$5', 'ten', '1,5', '1e3', ''),
        (rows, quoting, at, bad) => {
          const target = at % rows.length;
          const clean = toCsv(rows, quoting, [false], '\n');
          const expectedLine = readMrrSnapshotsCsv(clean).lines[target]!;
          const broken = rows.map((r, i) =>
            i === target ? { ...r, mrr: bad as unknown as number } : r,
          );
          const error = catchInputError(() =>
            readMrrSnapshotsCsv(toCsv(broken, quoting, [false], '\n')),
          );
          expect(
            error.issues.map((issue) => [(issue as CsvIssue).line, issue.field, issue.index]),
          ).toEqual([[expectedLine, 'mrr', target]]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readMrrSnapshotsCsv at scale', () => {
  // How fast: bench/csv.bench.ts (`pnpm bench csv`), against papaparse alone, on four export shapes.
  it('reads 100,000 rows with the line each starts on', () => {
    const lines = ['accountId,period,mrr,currency,segment'];
    for (let i = 0; i < 100_000; i++) {
      const note = i % 1000 === 0 ? '"Mid\nMarket"' : 'SMB';
      lines.push(
        `acct-${i % 5000},2025-${String((i % 12) + 1).padStart(2, '0')},"${(i * 1.25).toFixed(2)}",USD,${note}`,
      );
    }
    const text = lines.join('\r\n');
    const csv = readMrrSnapshotsCsv(text);
    expect(csv.rows).toHaveLength(100_000);
    // Record 1000 comes after the one multi-line record 0: it starts one line later than 1002.
    expect(csv.lines[0]).toBe(2);
    expect(csv.lines[1]).toBe(4);
    expect(csv.lines[99_999]).toBe(100_001 + 100);
  });
});
