import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain text', 'Acme', 'Acme'],
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['double quotes', 'The "best" one', '"The ""best"" one"'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a CRLF', 'two\r\nlines', '"two\r\nlines"'],
    ['an equals sign', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a plus sign', '+1 555', "'+1 555"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(1)', "'@SUM(1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a carriage return', '\r=1', '"\'\r=1"'],
    [
      'a formula with quotes and commas',
      '=HYPERLINK("http://x","y")',
      '"\'=HYPERLINK(""http://x"",""y"")"',
    ],
    ['an equals sign later on', 'a=b', 'a=b'],
    ['markup', '<img src=x>', '<img src=x>'],
    ['the empty string', '', ''],
  ])('writes %s', (_, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes numbers as numbers (negative ones too) and leaves gaps empty', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(1200)).toBe('1200');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF, the last one too (RFC 4180)', () => {
    expect(
      toCsv([
        ['Account', 'MRR'],
        ['Acme, Inc.', 1200],
        ['=evil', -5],
      ]),
    ).toBe('Account,MRR\r\n"Acme, Inc.",1200\r\n\'=evil,-5\r\n');
  });

  it('keeps empty fields so every record has the same number of fields', () => {
    expect(toCsv([['a', null, 'c']])).toBe('a,,c\r\n');
    expect(toCsv([])).toBe('');
  });
});
