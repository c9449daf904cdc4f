import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../platform/errors.ts';
import { isOrukCsvPackage, streamOrukCsvPackage } from './oruk-csv-reader.ts';
import { jsonFileRank, streamOrukJsonFile } from './oruk-json-reader.ts';
import type { OrukReadItem, OrukReadStream } from './oruk-records.ts';

const EXPECTED =
  'an ORUK JSON file (one record or a paged list), a folder of *.json files, or a folder holding the ORUK CSV package (services.csv, organizations.csv, …)';

async function* eachFile(files: string[]): AsyncGenerator<OrukReadItem> {
  for (const file of files) yield* streamOrukJsonFile(file);
}

/**
 * Opens a file or folder as a stream of ORUK records, parents first (organization files before
 * service files, locations before the services that use them) so that links resolve within one run.
 * Says at once, before anything is read, when there is nothing to import at the path.
 */
export function readOrukSource(path: string): OrukReadStream {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new AppError('not-found', `Nothing to import at ${path}: expected ${EXPECTED}.`);
  }
  if (isFolder && isOrukCsvPackage(path))
    return { source: basename(path), format: 'csv', items: streamOrukCsvPackage(path) };
  const files = isFolder
    ? readdirSync(path)
        .filter((f) => f.toLowerCase().endsWith('.json'))
        .sort((a, b) => jsonFileRank(a) - jsonFileRank(b) || a.localeCompare(b))
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0 || (!isFolder && !path.toLowerCase().endsWith('.json'))) {
    throw new AppError('not-found', `Nothing to import at ${path}: expected ${EXPECTED}.`);
  }
  return { source: basename(path), format: 'json', items: eachFile(files) };
}
