import { stringify } from 'csv-stringify/sync';

/** One column of a download: the row key it reads and the header people see. */
export interface CsvColumn {
  key: string;
  header: string;
}

export type CsvValue = string | number | null;

/**
 * A table as a CSV download that is safe to open in a spreadsheet: a header row, CRLF line ends and RFC 4180
 * quoting (csv-stringify), a UTF-8 byte order mark so that Excel reads accented names correctly, and formula
 * injection defused as OWASP advises — text starting with =, +, -, @, a tab or a carriage return (or their
 * full-width forms) gets a leading single quote, so a name typed as "=HYPERLINK(…)" stays text. Numbers given
 * as numbers, negative ones included, are left as numbers. Null, a missing key and a number that is not finite
 * are written as an empty cell.
 */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Record<string, CsvValue>[]): string {
  return stringify([...rows], {
    bom: true,
    header: true,
    columns: columns.map(({ key, header }) => ({ key, header })),
    record_delimiter: 'windows',
    // Quote any cell holding \n or \r, not only \r\n: csv-stringify stops doing so once record_delimiter is set.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { number: (value) => (Number.isFinite(value) ? String(value) : '') },
  });
}
