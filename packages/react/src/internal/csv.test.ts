import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  csvFileName,
  dataTableCsv,
  displayedDecimal,
  displayedNumber,
  roundAsShown,
  toCsv,
} from './csv';

/** A quote-aware CSV reader (RFC 4180), written apart from the writer to check it. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += ch;
    i += 1;
  }
  return records;
}

const FORMULA = /^[=+\-@\t\r]/;
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'de-CH', 'en-IN', 'ar-EG'];

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

describe('CSV properties', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' ') }),
  );
  const table = fc
    .integer({ min: 1, max: 5 })
    .chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    );

  it('reads back every cell (neutralised ones with their leading quote), and no cell is a formula', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(toCsv(rows));
        expect(parsed).toEqual(
          rows.map((row) => row.map((text) => (FORMULA.test(text) ? `'${text}` : text))),
        );
        for (const record of parsed)
          for (const text of record) expect(FORMULA.test(text)).toBe(false);
      }),
    );
  });

  it('rounds as Intl.NumberFormat shows, and reads shown numbers back in any locale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...LOCALES),
        (value, digits, locale) => {
          const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(
            value,
          );
          const plain = new Intl.NumberFormat('en-US', {
            maximumFractionDigits: digits,
            useGrouping: false,
          }).format(value);
          const rounded = roundAsShown(value, digits);
          expect(rounded === Number(plain)).toBe(true);
          expect(displayedNumber(shown, locale) === rounded).toBe(true);
          // At most `digits` decimals in its shortest text.
          expect((String(rounded).split('.')[1] ?? '').length).toBeLessThanOrEqual(digits);
        },
      ),
    );
  });

  it('reads currency and percent cells back as the number they show', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom('USD', 'EUR', 'JPY'),
        (value, locale, currency) => {
          const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
          const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
          expect(displayedNumber(money.format(value), locale) === roundAsShown(value, digits)).toBe(
            true,
          );
          const percent = new Intl.NumberFormat(locale, {
            style: 'percent',
            maximumFractionDigits: 1,
          });
          // In percent, with the one decimal shown.
          const read = displayedNumber(percent.format(value / 100), locale);
          expect(read).not.toBeNull();
          expect(Math.abs(read! - value)).toBeLessThanOrEqual(0.05 + Math.abs(value) * 1e-12);
        },
      ),
    );
  });
});

describe('roundAsShown and displayedNumber', () => {
  it("rounds the tier list's scores as shown", () => {
    expect(roundAsShown(33.958333333333336, 0)).toBe(34);
    expect(roundAsShown(1.005, 2)).toBe(1.01);
    expect(roundAsShown(-2.25, 1)).toBe(-2.3);
    expect(roundAsShown(-0.4, 0)).toBe(0);
    expect(roundAsShown(1e-7, 2)).toBe(0);
  });

  it('leaves text that is not one number', () => {
    for (const text of ['—', '$1.2K', 'Q1 2025', '3 of 5', '', '1.2.3', '12 %x'])
      expect(displayedNumber(text, 'en-US')).toBeNull();
    expect(displayedNumber('1.234,5 €', 'de-DE')).toBe(1234.5);
    // A currency written in letters is read when the currency is known.
    const pounds = new Intl.NumberFormat('ar-EG', { style: 'currency', currency: 'EGP' }).format(
      -1234.5,
    );
    expect(displayedNumber(pounds, 'ar-EG', 'EGP')).toBe(-1234.5);
    expect(displayedNumber(pounds, 'ar-EG')).toBeNull();
    expect(displayedNumber('CHF 1’234.50', 'de-CH', 'CHF')).toBe(1234.5);
    // ar-EG writes its own digits, decimal separator and percent sign.
    expect(
      displayedNumber(
        new Intl.NumberFormat('ar-EG', { style: 'percent', maximumFractionDigits: 1 }).format(
          -0.125,
        ),
        'ar-EG',
      ),
    ).toBe(-12.5);
    expect(displayedNumber('12,5\u00a0%', 'fr-FR')).toBe(12.5);
    expect(displayedNumber('\u22123', 'en-US')).toBe(-3);
    expect(displayedNumber('CHF 1’234.50', 'de-CH')).toBe(1234.5);
  });
});

describe('dataTableCsv', () => {
  const table = {
    rowHeader: 'Schritt',
    columns: [
      { id: 'mrr', header: 'MRR' },
      { id: 'share', header: 'Anteil' },
    ],
    rows: [
      { header: 'Start', cells: { mrr: '1.234,5 €', share: '12,5 %' } },
      { header: '=Neu', cells: { mrr: '\u22128 €' } },
    ],
  };

  it('writes the table as shown, or as plain numbers with "." decimals', () => {
    expect(dataTableCsv(table, 'displayed', 'de-DE')).toBe(
      'Schritt,MRR,Anteil\r\nStart,"1.234,5 €","12,5 %"\r\n\'=Neu,\u22128 €,\u2014\r\n',
    );
    expect(dataTableCsv(table, 'raw', 'de-DE')).toBe(
      "Schritt,MRR,Anteil\r\nStart,1234.5,12.5\r\n'=Neu,-8,\r\n",
    );
  });

  it('keeps the decimals a cell shows in the raw CSV: 99.0, not 99', () => {
    const rates = {
      rowHeader: 'Month',
      columns: [{ id: 'nrr', header: 'NRR' }],
      rows: [
        { header: 'Jan', cells: { nrr: '99.0%' } },
        { header: 'Feb', cells: { nrr: '\u22120.0%' } },
        { header: 'Mar', cells: { nrr: '+2.50' } },
      ],
    };
    expect(dataTableCsv(rates, 'raw', 'en-US')).toBe(
      'Month,NRR\r\nJan,99.0\r\nFeb,0.0\r\nMar,2.50\r\n',
    );
  });

  it('reads a one-decimal percent back with its decimal, in every locale', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.constantFrom(...LOCALES),
        (value, locale) => {
          const shown = new Intl.NumberFormat(locale, {
            style: 'percent',
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(value);
          const plain = displayedDecimal(shown, locale);
          expect(plain).toMatch(/^-?\d+\.\d$/);
          expect(Number(plain)).toBe(displayedNumber(shown, locale));
        },
      ),
    );
  });

  it('names the file after the title', () => {
    expect(csvFileName('NRR: Q1 / Q2')).toBe('NRR-Q1-Q2.csv');
    expect(csvFileName('  ', 'vitals')).toBe('vitals.csv');
    expect(csvFileName('Kohorten-Retention', 'x', '-raw')).toBe('Kohorten-Retention-raw.csv');
  });
});
