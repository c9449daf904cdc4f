import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { AppError } from '../../../../platform/errors.ts';
import { normalisePostcode } from '../../../pathway/patients/index.ts';

/** One postcode ready to store. */
export interface PostcodeRow {
  postcode: string;
  latitude: number;
  longitude: number;
  lsoa: string | null;
}

/** A row the import could not use: its line in the file, the column and why. */
export interface PostcodeProblem {
  line: number;
  column: string;
  reason: string;
}

/** What one data line of the file became. */
export type PostcodeLine =
  { line: number; row: PostcodeRow } | { line: number; problem: PostcodeProblem; noGridReference: boolean };

/** Which header columns hold what; ONSPD names first, then the short layout. */
export interface PostcodeColumns {
  layout: 'onspd' | 'simple';
  postcode: { name: string; index: number };
  latitude: { name: string; index: number };
  longitude: { name: string; index: number };
  lsoa: { name: string; index: number } | null;
}

// ONSPD gives each postcode three ways: pcds is the standard form ("LK3 7QT"), pcd the 7-character
// and pcd2 the 8-character fixed-width forms. All normalise to the same postcode.
const POSTCODE_HEADERS = ['pcds', 'pcd', 'pcd2', 'postcode'];
const LATITUDE_HEADERS = ['lat', 'latitude'];
const LONGITUDE_HEADERS = ['long', 'longitude', 'lon', 'lng'];
// The 2021 LSOA first: ONSPD carries both while the 2011 codes are still in use.
const LSOA_HEADERS = ['lsoa21', 'lsoa21cd', 'lsoa11', 'lsoa11cd', 'lsoa'];

/**
 * ONSPD marks postcodes without a grid reference (Channel Islands, Isle of Man, some new or
 * non-geographic postcodes) with latitude 99.999999 and longitude 0: they have no place to search
 * from, so they are skipped and counted rather than stored at a wrong position.
 */
export const NO_GRID_LATITUDE = 99.999999;

const EXPECTED_HEADER =
  'the ONS Postcode Directory header (pcds or pcd, lat, long, lsoa21 or lsoa11) or "postcode,latitude,longitude,lsoa"';

/** Finds the postcode, latitude, longitude and LSOA columns of a header row, or explains what is missing. */
export function postcodeColumns(header: string[]): PostcodeColumns {
  const names = header.map((h) => h.trim().toLowerCase());
  const find = (candidates: string[]) => {
    for (const candidate of candidates) {
      const index = names.indexOf(candidate);
      if (index >= 0) return { name: candidate, index };
    }
    return null;
  };
  const postcode = find(POSTCODE_HEADERS);
  const latitude = find(LATITUDE_HEADERS);
  const longitude = find(LONGITUDE_HEADERS);
  const missing = [
    !postcode && 'a postcode column (pcds, pcd, pcd2 or postcode)',
    !latitude && 'a latitude column (lat or latitude)',
    !longitude && 'a longitude column (long or longitude)',
  ].filter(Boolean);
  if (!postcode || !latitude || !longitude) {
    throw new AppError(
      'validation-failed',
      `The file's first line is not a postcode header: it lacks ${missing.join(', ')}. Expected ${EXPECTED_HEADER}.`,
    );
  }
  const layout = ['pcd', 'pcds', 'pcd2'].includes(postcode.name) ? 'onspd' : 'simple';
  return { layout, postcode, latitude, longitude, lsoa: find(LSOA_HEADERS) };
}

function coordinate(cell: string | undefined, limit: number): number | null {
  const text = (cell ?? '').trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/** Checks one data row: a UK postcode, latitude −90..90, longitude −180..180; the first problem found is reported. */
export function parsePostcodeRow(values: string[], columns: PostcodeColumns, line: number): PostcodeLine {
  const problem = (column: string, reason: string, noGridReference = false): PostcodeLine => ({
    line,
    problem: { line, column, reason },
    noGridReference,
  });
  const rawPostcode = values[columns.postcode.index] ?? '';
  const postcode = normalisePostcode(rawPostcode);
  if (!postcode)
    return problem(columns.postcode.name, `"${rawPostcode.trim()}" is not a UK postcode (expected the form "LK3 7QT")`);
  const rawLatitude = (values[columns.latitude.index] ?? '').trim();
  if (Number(rawLatitude) === NO_GRID_LATITUDE) {
    return problem(
      columns.latitude.name,
      `${postcode} has no grid reference in the directory (latitude ${rawLatitude}); skipped`,
      true,
    );
  }
  const latitude = coordinate(rawLatitude, 90);
  if (latitude === null)
    return problem(
      columns.latitude.name,
      `"${rawLatitude}" is not a latitude: expected a decimal number from -90 to 90`,
    );
  const rawLongitude = (values[columns.longitude.index] ?? '').trim();
  const longitude = coordinate(rawLongitude, 180);
  if (longitude === null)
    return problem(
      columns.longitude.name,
      `"${rawLongitude}" is not a longitude: expected a decimal number from -180 to 180`,
    );
  const lsoaCell = columns.lsoa ? (values[columns.lsoa.index] ?? '').trim() : '';
  if (lsoaCell.length > 20)
    return problem(
      columns.lsoa!.name,
      `"${lsoaCell.slice(0, 30)}…" is too long for an LSOA code (at most 20 characters)`,
    );
  return {
    line,
    row: {
      postcode,
      latitude: round6(latitude),
      longitude: round6(longitude),
      lsoa: lsoaCell === '' ? null : lsoaCell,
    },
  };
}

/** Six decimals (about 10 cm), as ONSPD publishes and as the table stores. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Streams a postcode CSV line by line, so the full ONSPD (2.7 million rows, over 1 GB) never has to
 * fit in memory. The header is checked before any row is returned.
 */
export async function* readPostcodeCsv(path: string): AsyncGenerator<PostcodeLine, void, undefined> {
  const input = createReadStream(path);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // pipe() does not pass on a read error (a missing file): hand it to the parser so the loop ends with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let columns: PostcodeColumns | null = null;
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = postcodeColumns(record.record);
        continue;
      }
      yield parsePostcodeRow(record.record, columns, record.info.lines);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = error as { code?: string; message?: string };
    if (e.code === 'ENOENT')
      throw new AppError('not-found', `There is no file at ${path}: expected a postcode CSV with ${EXPECTED_HEADER}.`);
    throw new AppError('validation-failed', `${path} could not be read as CSV: ${e.message ?? String(error)}`);
  }
  if (!columns)
    throw new AppError('validation-failed', `${path} is empty: expected ${EXPECTED_HEADER} and one postcode a line.`);
}
