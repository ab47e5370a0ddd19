import { describe, expect, it } from 'vitest';
import { MetricsInputError } from '../core/errors';
import { catchInputError } from '../core/errors.test-helper';
import { scoreHealth } from '../health/scoreHealth';
import { mrrMovements } from '../revenue/mrrMovements';
import { nps } from '../voice/nps';
import { withCsvLines } from './lines';
import { readHealthAccountsCsv, readMrrSnapshotsCsv, readSurveyResponsesCsv } from './readers';

const lineAndField = (issues: readonly { line: number | null; field: string }[]) =>
  issues.map(({ line, field }) => [line, field]);

describe('readMrrSnapshotsCsv: lines', () => {
  it('keeps the line each record starts on across quoted line breaks, blank lines and CRLF', () => {
    const text = [
      'accountId,period,mrr,segment',
      'a,2025-01,10,"Small',
      'and medium"',
      '',
      'b,2025-01,20,SMB',
      '   ',
      '"c',
      '",2025-01,30,SMB',
      'd,2025-01,40,SMB',
    ].join('\r\n');
    const csv = readMrrSnapshotsCsv(text);
    expect(csv.rows.map((row) => row.accountId)).toEqual(['a', 'b', 'c', 'd']);
    expect(csv.rows[0]!.segment).toBe('Small\r\nand medium');
    expect(csv.lines).toEqual([2, 5, 7, 9]);
    expect(csv.issues).toEqual([]);
  });

  it('counts lines the same with LF, CRLF and lone CR endings', () => {
    const rows = ['accountId,period,mrr', '"x', 'y",2025-01,1', '', 'z,2025-01,2'];
    for (const end of ['\n', '\r\n', '\r']) {
      expect(readMrrSnapshotsCsv(rows.join(end) + end).lines).toEqual([2, 5]);
    }
  });

  it('drops a byte-order mark before the header, so the first column is still found', () => {
    const csv = readMrrSnapshotsCsv('\ufeffaccountId,period,mrr\na,2025-01,5\n');
    expect(csv.rows).toEqual([{ accountId: 'a', period: '2025-01', mrr: 5 }]);
    expect(csv.lines).toEqual([2]);
  });

  it('starts counting at the header, even after blank lines before it', () => {
    const csv = readMrrSnapshotsCsv('\n\naccountId,period,mrr\na,2025-01,5');
    expect(csv.lines).toEqual([4]);
  });
});

describe('readMrrSnapshotsCsv: delimiters and numbers', () => {
  it("detects ';' from the header line and reads '1.234,50' with decimal ','", () => {
    const csv = readMrrSnapshotsCsv('accountId;period;mrr\na;2025-01;1.234,50\nb;2025-01;"7,5"\n', {
      decimal: ',',
    });
    expect(csv.delimiter).toBe(';');
    expect(csv.rows.map((row) => row.mrr)).toEqual([1234.5, 7.5]);
  });

  it("detects ';' on the header line even after blank lines", () => {
    const csv = readMrrSnapshotsCsv('\r\n \r\naccountId;period;mrr\r\na;2025-01;7', {
      decimal: ',',
    });
    expect(csv.delimiter).toBe(';');
    expect(csv.lines).toEqual([4]);
  });

  it('detects tabs and pipes, and takes an explicit delimiter over detection', () => {
    expect(readMrrSnapshotsCsv('accountId\tperiod\tmrr\na\t2025-01\t3').rows[0]!.mrr).toBe(3);
    expect(readMrrSnapshotsCsv('accountId|period|mrr\na|2025-01|3').delimiter).toBe('|');
    const forced = catchInputError(() =>
      readMrrSnapshotsCsv('accountId;period;mrr\na;2025-01;3', { delimiter: ',' }),
    );
    expect(forced.issues.map((issue) => issue.field)).toEqual(['accountId', 'period', 'mrr']);
  });

  it("reads '1,234.50' by default and refuses what it would have to guess", () => {
    const csv = readMrrSnapshotsCsv(
      'accountId,period,mrr\na,2025-01,"1,234.50"\nb,2025-01,-0.5\nc,2025-01,.5\nd,2025-01, 12 ',
    );
    expect(csv.rows.map((row) => row.mrr)).toEqual([1234.5, -0.5, 0.5, 12]);
    const bad = ['"1,5"', '"1,23"', '$120', '12%', '1e3', '(40)', '12 EUR', 'forty', '1.2.3'];
    const text = ['accountId,period,mrr', ...bad.map((cell, i) => `r${i},2025-01,${cell}`)];
    const error = catchInputError(() => readMrrSnapshotsCsv(text.join('\n')));
    expect(lineAndField(error.issues as never)).toEqual(bad.map((_, i) => [i + 2, 'mrr']));
    expect(error.issues[2]!.message).toBe(
      "'$120' is not a number: remove currency symbols, units and other text",
    );
    expect(error.issues[0]!.message).toMatch(
      /'1,5' is not a number: write it with '\.' as the decimal mark/,
    );
  });

  it("with decimal ',', a '.' decimal is refused, and a group separator can be a space", () => {
    const error = catchInputError(() =>
      readMrrSnapshotsCsv('accountId;period;mrr\na;2025-01;1.5', { decimal: ',' }),
    );
    expect(error.issues[0]!.message).toMatch(/'1\.5' is not a number/);
    const csv = readMrrSnapshotsCsv('accountId;period;mrr\na;2025-01;1\u202f234,5', {
      decimal: ',',
      thousands: ' ',
    });
    expect(csv.rows[0]!.mrr).toBe(1234.5);
  });

  it('an empty mrr is a bad line; empty optional cells leave the field out', () => {
    const csv = readMrrSnapshotsCsv('accountId,period,mrr,segment\na,2025-01,,SMB\nb,2025-01,4,', {
      onInvalid: 'skip',
    });
    expect(csv.rows).toEqual([{ accountId: 'b', period: '2025-01', mrr: 4 }]);
    expect(csv.issues).toEqual([
      {
        index: 0,
        line: 2,
        field: 'mrr',
        message: 'is empty; a number is required',
        value: '',
      },
    ]);
  });
});

describe('readMrrSnapshotsCsv: header mapping', () => {
  it('names the column as the header spells it when it is not the field name', () => {
    const error = catchInputError(() =>
      readMrrSnapshotsCsv('accountId,period,MRR (USD)\na,2025-01,n/a', {
        columns: { mrr: 'MRR (USD)' },
      }),
    );
    expect(error.issues[0]!.message).toBe(
      "column 'MRR (USD)': 'n/a' is not a number: remove currency symbols, units and other text",
    );
  });

  it('matches names ignoring case, spaces, _ and -, and takes configured names', () => {
    const csv = readMrrSnapshotsCsv(
      ' Account ID , PERIOD,Monthly revenue,sub_scription-id\nacme,2025-01,9,s1',
      { columns: { mrr: ['MRR', 'Monthly Revenue'] } },
    );
    expect(csv.rows).toEqual([
      { accountId: 'acme', period: '2025-01', mrr: 9, subscriptionId: 's1' },
    ]);
  });

  it('names every missing column on the header line, whatever onInvalid says', () => {
    const error = catchInputError(() =>
      readMrrSnapshotsCsv('\ncustomer,mrr\na,1', { onInvalid: 'skip' }),
    );
    expect(lineAndField(error.issues as never)).toEqual([
      [2, 'accountId'],
      [2, 'period'],
    ]);
    expect(error.issues[0]!.message).toContain("found 'customer', 'mrr'");
  });

  it('refuses a header where two columns could be the same field', () => {
    const error = catchInputError(() =>
      readMrrSnapshotsCsv('accountId,account_id,period,mrr\na,b,2025-01,1'),
    );
    expect(error.issues[0]).toMatchObject({ field: 'accountId', line: 1 });
  });

  it('says so when the text is empty', () => {
    expect(catchInputError(() => readMrrSnapshotsCsv('\n \n')).issues[0]).toMatchObject({
      field: 'header',
      line: 1,
    });
  });

  it('checks its options and its text argument', () => {
    const error = catchInputError(() =>
      readMrrSnapshotsCsv('accountId,period,mrr', {
        delimiter: ':' as never,
        decimal: ',',
        thousands: ',',
        onInvalid: 'SKIP' as never,
        columns: { accountID: 'x' } as never,
      }),
    );
    expect(error.issues.map((issue) => issue.field)).toEqual([
      'options.onInvalid',
      'options.delimiter',
      'options.thousands',
      'options.columns.accountID',
    ]);
    expect(catchInputError(() => readMrrSnapshotsCsv(null as never)).issues[0]!.field).toBe('text');
    expect(catchInputError(() => readMrrSnapshotsCsv('', null as never)).issues[0]!.field).toBe(
      'options',
    );
  });
});

describe('readMrrSnapshotsCsv: structural problems', () => {
  it('reports wrong field counts and an unclosed quote on the lines they start on', () => {
    const text = [
      'accountId,period,mrr',
      'a,2025-01,1',
      'b,2025-01',
      '"c\nc",2025-01,1,extra',
      'd,2025-01,1',
      'e,"2025-01,1',
      'f,2025-01,1',
    ].join('\n');
    const error = catchInputError(() => readMrrSnapshotsCsv(text));
    expect(error).toBeInstanceOf(MetricsInputError);
    expect(lineAndField(error.issues as never)).toEqual([
      [3, 'csv'],
      [4, 'csv'],
      [7, 'csv'],
    ]);
    expect(error.issues[0]!.message).toBe('has 2 fields, the header has 3');
    expect(error.issues[2]!.message).toMatch(/never closed/);
    const skipped = readMrrSnapshotsCsv(text, { onInvalid: 'skip' });
    expect(skipped.rows.map((row) => row.accountId)).toEqual(['a', 'd']);
    expect(skipped.lines).toEqual([2, 6]);
  });

  it('a field with text after its closing quote is a bad line', () => {
    const csv = readMrrSnapshotsCsv('accountId,period,mrr\n"a"b,2025-01,1\nc,2025-01,2', {
      onInvalid: 'skip',
    });
    expect(lineAndField(csv.issues)).toEqual([[2, 'csv']]);
  });
});

describe('withCsvLines', () => {
  const text = [
    'accountId,period,mrr,segment',
    'a,2024-12,10,"multi',
    'line"',
    'a,2025-01,12,SMB',
    'b,2024-12,5,SMB',
    'b,2025-01,5,SMB',
    'b,2025-01,5,SMB',
    'c,2025-13,5,SMB',
  ].join('\n');
  const csv = readMrrSnapshotsCsv(text);

  it('maps a thrown error of a metric function to CSV lines', () => {
    let lines: Array<[number | null, string]> = [];
    try {
      mrrMovements(csv.rows, { period: '2025-01' });
    } catch (error) {
      lines = lineAndField(withCsvLines(error, csv)) as Array<[number | null, string]>;
    }
    expect(lines).toEqual([[8, 'period']]);
  });

  it('reports a duplicate row on its own line and names the line it repeats', () => {
    const good = readMrrSnapshotsCsv(text.split('\n').slice(0, -1).join('\n'));
    const result = mrrMovements(good.rows, { period: '2025-01', onInvalid: 'skip' });
    const issues = withCsvLines(result.issues, good);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(7);
    expect(issues[0]!.message).toMatch(/^duplicate of line 6 /);
  });

  it('keeps lines already known, gives options no line, and rethrows other errors', () => {
    const own = { index: 0, line: 9, field: 'csv', message: 'x' };
    const option = { index: null, field: 'options.from', message: 'y' };
    expect(withCsvLines([own, option], csv)).toEqual([own, { ...option, line: null }]);
    const boom = new TypeError('boom');
    expect(() => withCsvLines(boom, csv)).toThrow(boom);
  });
});

describe('readSurveyResponsesCsv', () => {
  it('reads scores with configured columns; off-scale scores come back on their lines', () => {
    const csv = readSurveyResponsesCsv(
      'How likely (0-10),Account,channel\n10,acme,email\n"6",globex,\n11,initech,in-app\n',
      { columns: { score: 'How likely (0-10)', accountId: 'Account' } },
    );
    expect(csv.rows[1]).toEqual({ score: 6, accountId: 'globex' });
    const result = nps(csv.rows, { onInvalid: 'skip' });
    expect(result.score).toBe(0);
    expect(lineAndField(withCsvLines(result.issues, csv))).toEqual([[4, 'score']]);
  });

  it('a non-numeric score is a bad line', () => {
    const error = catchInputError(() => readSurveyResponsesCsv('score\n9\nten\n'));
    expect(lineAndField(error.issues as never)).toEqual([[3, 'score']]);
  });
});

describe('readHealthAccountsCsv', () => {
  const scorecard = {
    categories: [
      {
        id: 'usage',
        weight: 1,
        measures: [
          {
            id: 'logins',
            signal: 'logins',
            normalize: { type: 'range', min: 0, max: 40 },
          } as const,
        ],
      },
    ],
  };

  it('reads every other column as a signal: numbers, true/false, empty as missing', () => {
    const csv = readHealthAccountsCsv(
      'id,Segment,MRR,logins,has_csm\nacme,SMB,"1,200",40,TRUE\nglobex,,,,false\n',
    );
    expect(csv.rows).toEqual([
      { id: 'acme', segment: 'SMB', mrr: 1200, signals: { logins: 40, has_csm: true } },
      { id: 'globex', signals: { logins: null, has_csm: false } },
    ]);
    const scores = scoreHealth(csv.rows, scorecard);
    expect(scores.accounts.map((account) => account.score)).toEqual([100, null]);
  });

  it('reads only the listed signals, spelled as listed, and names a bad cell by line', () => {
    const csv = readHealthAccountsCsv('id;Weekly Logins;note\na;3;hello\nb;lots;x\n', {
      signals: ['weekly_logins'],
      onInvalid: 'skip',
    });
    expect(csv.rows).toEqual([{ id: 'a', signals: { weekly_logins: 3 } }]);
    expect(csv.issues).toEqual([
      {
        index: 1,
        line: 3,
        field: 'signals.weekly_logins',
        message:
          "'lots' is not a number, true or false: remove currency symbols, units and other text",
        value: 'lots',
      },
    ]);
  });

  it('names a listed signal the header lacks, and two columns with one name', () => {
    expect(
      catchInputError(() => readHealthAccountsCsv('id,a\nx,1', { signals: ['b'] })).issues[0],
    ).toMatchObject({ field: 'signals.b', line: 1 });
    expect(catchInputError(() => readHealthAccountsCsv('id,a,a\nx,1,2')).issues[0]).toMatchObject({
      field: 'signals.a',
      line: 1,
    });
    expect(
      catchInputError(() => readHealthAccountsCsv('id,a\nx,1', { signals: 'a' as never }))
        .issues[0],
    ).toMatchObject({ field: 'options.signals' });
  });
});
