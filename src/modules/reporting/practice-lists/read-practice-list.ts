import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { AppError, fail } from '../../../platform/errors.ts';
import {
  EXPECTED_LAYOUT,
  parsePracticeListLine,
  practiceListColumns,
  type PracticeListColumns,
  type PracticeListLine,
} from './practice-list-columns.ts';

/**
 * Streams a "Patients Registered at a GP Practice" CSV line by line, as the IMD and postcode readers do: the header
 * is recognised (and a wrong one refused) before any line is returned, and each line carries its number in the file
 * for the problem list.
 */
export async function* readPracticeList(path: string): AsyncGenerator<PracticeListLine, void, undefined> {
  if (extname(path).toLowerCase() !== '.csv')
    throw fail.field(
      'file',
      `${path} is not a CSV file (.csv)`,
      'Give the CSV file as downloaded from NHS Digital, for example gp-reg-pat-prac-quin-age.csv.',
    );
  const input = createReadStream(path);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipe() does not pass on a read error (a missing file): hand it to the parser so the loop ends with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let layout: PracticeListColumns | null = null;
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!layout) {
        layout = practiceListColumns(record.record);
        continue;
      }
      yield parsePracticeListLine(record.record, layout, record.info.lines);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { code?: string; message?: string };
    if (e.code === 'ENOENT')
      throw new AppError(
        'not-found',
        `There is no file at ${path}: expected a "Patients Registered at a GP Practice" CSV file.`,
      );
    throw fail.field('file', `${path} could not be read as CSV: ${e.message ?? String(error)}`, EXPECTED_LAYOUT);
  }
  if (!layout) throw fail.field('file', `${path} is empty`, EXPECTED_LAYOUT);
}
