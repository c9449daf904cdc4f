import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { AppError, fail } from '../../../platform/errors.ts';
import { EXPECTED_LAYOUT, imdColumns, isImdHeader, parseImdRow, type ImdLine } from './imd-columns.ts';

type Cell = string | boolean | typeof Date | null;

/** How many rows of each sheet are searched for the header. */
const HEADER_SEARCH_ROWS = 10;

/** A cell as text, whatever the spreadsheet stored: numbers are kept as written, so a rank of 12.5 is caught. */
const text = (cell: Cell): string => (cell === null ? '' : String(cell));

/**
 * Reads the official File 1 workbook: the first sheet with a File 1 header in its first rows (the workbook opens with a
 * "Notes" sheet). The whole workbook is read at once (File 1 is about 33,000 rows, a few megabytes); rows are then
 * checked one by one, each with its row number in the sheet.
 */
export async function* readImdXlsx(path: string): AsyncGenerator<ImdLine, void, undefined> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      throw new AppError('not-found', `There is no file at ${path}: expected File 1 of the Indices of Deprivation.`);
    throw error;
  }
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // Numbers as the text the sheet holds, so CSV and xlsx rows are checked by the same rules.
    sheets = await readXlsxFile<string>(buffer, { parseNumber: (value) => value });
  } catch (error) {
    throw fail.field(
      'file',
      `${path} could not be read as an Excel workbook (.xlsx): ${(error as Error).message}`,
      EXPECTED_LAYOUT,
    );
  }
  // The header is the first row of the data sheet in the published files; a title above it is tolerated.
  for (const sheet of sheets) {
    const headerAt = sheet.data.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isImdHeader(row.map(text)));
    if (headerAt < 0) continue;
    const layout = imdColumns(sheet.data[headerAt]!.map(text));
    for (let i = headerAt + 1; i < sheet.data.length; i++) {
      const values = sheet.data[i]!.map(text);
      if (values.every((v) => v.trim() === '')) continue;
      yield parseImdRow(values, layout, i + 1);
    }
    return;
  }
  // No sheet has an LSOA code column: let the header check name what the first sheet's first row lacks.
  imdColumns((sheets[0]?.data[0] ?? []).map(text));
}
