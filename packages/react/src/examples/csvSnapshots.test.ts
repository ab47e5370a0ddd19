import { mrrMovements, MetricsInputError } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseSnapshotsCsv } from './csvSnapshots';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n"multi\nline",z\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['multi\nline', 'z'] },
    ]);
  });

  it('skips blank lines but keeps line numbers true to the text', () => {
    expect(parseCsv('a\n\n\nb').map((r) => r.line)).toEqual([1, 4]);
  });
});

describe('parseSnapshotsCsv', () => {
  it('maps columns by header name, in any order, with optional columns', () => {
    const parsed = parseSnapshotsCsv(
      'mrr,period,accountId,segment\n100,2025-01,acme,SMB\n120,2025-02,acme,\n',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      { accountId: 'acme', period: '2025-01', mrr: 100, segment: 'SMB' },
      { accountId: 'acme', period: '2025-02', mrr: 120 },
    ]);
    expect(parsed.lines).toEqual([2, 3]);
  });

  it('names missing columns, short rows and non-numeric MRR by line, and keeps the good rows', () => {
    expect(parseSnapshotsCsv('accountId,mrr\na,1').issues).toEqual([
      { line: 1, message: 'The header needs the column period (found: accountId, mrr).' },
    ]);
    const parsed = parseSnapshotsCsv('accountId,period,mrr\na,2025-01\nb,2025-01,ten\nc,2025-01,5');
    expect(parsed.issues).toEqual([
      { line: 2, message: 'has 2 fields, the header has 3.' },
      { line: 3, message: 'mrr "ten" is not a number.' },
    ]);
    expect(parsed.rows.map((r) => r.accountId)).toEqual(['c']);
  });

  it('lets metric errors point back to CSV lines', () => {
    const parsed = parseSnapshotsCsv(
      'accountId,period,mrr\na,2025-01,10\nb,2025-13,10\nc,2025-02,-3',
    );
    try {
      mrrMovements(parsed.rows, { period: '2025-02' });
      expect.unreachable('bad rows must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(MetricsInputError);
      const lines = (error as MetricsInputError).issues.map((issue) => parsed.lines[issue.index!]);
      expect(lines).toEqual([3, 4]);
    }
  });

  it('says so when the text is empty', () => {
    expect(parseSnapshotsCsv('').issues[0]?.message).toMatch(/empty/);
  });
});
