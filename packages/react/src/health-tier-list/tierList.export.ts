import { type CsvValue, toCsv } from '../internal/csv';
import type { TierListTable } from './tierList.features';
import type { TierListTableMeta } from './tierList.text';

/**
 * The rows the table shows (current filters, search and sort) as RFC 4180 CSV: one CSV column per
 * field the visible columns export (`meta.exportAs`), every text cell neutralised against
 * spreadsheet formulas.
 *
 * @example
 * const csv = tierListCsv(table); // 'Account,Segment,MRR,…\r\nAcme,SMB,1200,…\r\n'
 */
export function tierListCsv(table: TierListTable): string {
  const meta = table.options.meta as TierListTableMeta;
  const fields: Array<{ header: string; value: (row: number) => CsvValue }> = [];
  const rows = table.getRowModel().rows;
  for (const column of table.getVisibleLeafColumns()) {
    const exportAs = column.columnDef.meta?.exportAs;
    if (exportAs === false) continue;
    if (exportAs) {
      for (const field of exportAs) {
        fields.push({
          header: typeof field.header === 'function' ? field.header(meta) : field.header,
          value: (i) => field.value(rows[i]!.original, meta),
        });
      }
    } else {
      const header = column.columnDef.header;
      fields.push({
        header: typeof header === 'string' ? header : column.id,
        value: (i) => {
          const value = rows[i]!.getValue(column.id);
          return value === null || ['string', 'number', 'boolean'].includes(typeof value)
            ? (value as CsvValue)
            : String(value);
        },
      });
    }
  }
  const records: CsvValue[][] = [fields.map((field) => field.header)];
  for (let i = 0; i < rows.length; i++) records.push(fields.map((field) => field.value(i)));
  return toCsv(records);
}
