import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { AppError, fail } from '../../../platform/errors.ts';
import { EXPECTED_LAYOUT, imdColumns, parseImdRow, type ImdColumns, type ImdLine } from './imd-columns.ts';

/**
 * Streams File 1 saved as CSV line by line, as the postcode reader does: the header is recognised (and a wrong one
 * refused) before any row is returned, and each row carries its line in the file for the problem list.
 */
export async function* readImdCsv(path: string): AsyncGenerator<ImdLine, void, undefined> {
  const input = createReadStream(path);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipe() does not pass on a read error (a missing file): hand it to the parser so the loop ends with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let layout: ImdColumns | null = null;
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!layout) {
        layout = imdColumns(record.record);
        continue;
      }
      yield parseImdRow(record.record, layout, record.info.lines);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { code?: string; message?: string };
    if (e.code === 'ENOENT')
      throw new AppError('not-found', `There is no file at ${path}: expected File 1 of the Indices of Deprivation.`);
    throw fail.field('file', `${path} could not be read as CSV: ${e.message ?? String(error)}`, EXPECTED_LAYOUT);
  }
  if (!layout) throw fail.field('file', `${path} is empty`, EXPECTED_LAYOUT);
}
