import { extname } from 'node:path';
import { fail } from '../../../platform/errors.ts';
import type { ImdLine } from './imd-columns.ts';
import { readImdCsv } from './imd-csv-reader.ts';
import { readImdXlsx } from './imd-xlsx-reader.ts';

/**
 * Reads File 1 of the English Indices of Deprivation as published (.xlsx) or saved from it as CSV, chosen by the
 * file's extension, so the command takes the download as it comes.
 */
export function readImdFile(path: string): AsyncGenerator<ImdLine, void, undefined> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return readImdXlsx(path);
  if (extension === '.csv') return readImdCsv(path);
  throw fail.field(
    'file',
    `${path} is neither an Excel workbook (.xlsx) nor a CSV file (.csv)`,
    'Give File 1 of the English Indices of Deprivation as downloaded (.xlsx), or its data sheet saved as CSV.',
  );
}
