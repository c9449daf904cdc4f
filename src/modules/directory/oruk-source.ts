import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../platform/errors.ts';
import { isOrukCsvPackage, readOrukCsvPackage } from './oruk-csv-reader.ts';
import { readOrukJsonFile } from './oruk-json-reader.ts';
import type { OrukReadResult } from './oruk-records.ts';
import { ORUK_KINDS } from './oruk-validate.ts';

const EXPECTED = 'an ORUK JSON file (one record or a paged list), a folder of *.json files, or a folder holding the ORUK CSV package (services.csv, organizations.csv, …)';

/**
 * Reads a file or folder into ORUK records, parents first (organizations before their services,
 * locations before the services that use them) so that links resolve within one run.
 */
export function readOrukSource(path: string): OrukReadResult {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new AppError('not-found', `Nothing to import at ${path}: expected ${EXPECTED}.`);
  }
  let result: OrukReadResult;
  if (isFolder && isOrukCsvPackage(path)) {
    result = readOrukCsvPackage(path);
  } else {
    const files = isFolder ? readdirSync(path).filter((f) => f.toLowerCase().endsWith('.json')).sort().map((f) => join(path, f)) : [path];
    if (files.length === 0 || (!isFolder && !path.toLowerCase().endsWith('.json'))) {
      throw new AppError('not-found', `Nothing to import at ${path}: expected ${EXPECTED}.`);
    }
    result = { source: basename(path), format: 'json', records: [], problems: [] };
    for (const file of files) {
      const read = readOrukJsonFile(file);
      result.records.push(...read.records);
      result.problems.push(...read.problems);
    }
  }
  result.records.sort((a, b) => ORUK_KINDS.indexOf(a.kind) - ORUK_KINDS.indexOf(b.kind));
  return result;
}
