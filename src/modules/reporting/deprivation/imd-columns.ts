/** The File 1 layout of the English Indices of Deprivation: which release a header is, and what each row holds. */
import type { ImdRelease } from '../../../db/tables/deprivation.ts';
import { fail } from '../../../platform/errors.ts';

/** One LSOA's Index of Multiple Deprivation, ready to store. */
export interface ImdRow {
  release: ImdRelease;
  lsoaCode: string;
  lsoaName: string;
  districtCode: string;
  districtName: string;
  rank: number;
  decile: number;
}

/** A row the import could not use: its line in the file, the column and why. */
export interface ImdProblem {
  line: number;
  column: string;
  reason: string;
}

/** What one data line of the file became. */
export type ImdLine = { line: number; row: ImdRow } | { line: number; problem: ImdProblem };

type Field = 'lsoaCode' | 'lsoaName' | 'districtCode' | 'districtName' | 'rank' | 'decile';

/** Where each column of a recognised header is. */
export interface ImdColumns {
  release: ImdRelease;
  columns: Record<Field, { name: string; index: number }>;
}

const RANK = 'Index of Multiple Deprivation (IMD) Rank';
const DECILE = 'Index of Multiple Deprivation (IMD) Decile';

/** The official headers, in File 1's order; rank and decile may carry a "(where 1 is most deprived …)" note. */
export const IMD_HEADERS: Record<ImdRelease, Record<Field, string>> = {
  '2019': {
    lsoaCode: 'LSOA code (2011)',
    lsoaName: 'LSOA name (2011)',
    districtCode: 'Local Authority District code (2019)',
    districtName: 'Local Authority District name (2019)',
    rank: RANK,
    decile: DECILE,
  },
  '2025': {
    lsoaCode: 'LSOA code (2021)',
    lsoaName: 'LSOA name (2021)',
    districtCode: 'Local Authority District code (2024)',
    districtName: 'Local Authority District name (2024)',
    rank: RANK,
    decile: DECILE,
  },
};

const FIELDS: Field[] = ['lsoaCode', 'lsoaName', 'districtCode', 'districtName', 'rank', 'decile'];

/** The layout as people read it in an error: both releases' columns. */
export const EXPECTED_LAYOUT =
  'Expected the File 1 layout of the English Indices of Deprivation: for IoD2019 ' +
  FIELDS.map((f) => `"${IMD_HEADERS['2019'][f]}"`).join(', ') +
  '; for IoD2025 the same with "LSOA code (2021)", "LSOA name (2021)" and the district columns of 2024.';

/** Case and spaces ignored, as spreadsheets save headers with stray spaces and line breaks. */
const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** A header cell matches a column when equal to it, or to it followed by a "(where …)" note (rank, decile). */
function matches(cell: string, expected: string): boolean {
  const c = squash(cell);
  const e = squash(expected);
  return c === e || (c.startsWith(`${e}(where`) && c.endsWith(')'));
}

/**
 * Recognises the release from the header (IoD2019 or IoD2025, File 1) and finds each column, so the import knows
 * which LSOA codes it is storing; a header that is neither is refused naming the first missing column.
 */
export function imdColumns(header: readonly string[]): ImdColumns {
  const find = (expected: string) => {
    const index = header.findIndex((cell) => matches(cell, expected));
    return index >= 0 ? { name: header[index]!.trim(), index } : null;
  };
  const release: ImdRelease | null = find(IMD_HEADERS['2025'].lsoaCode)
    ? '2025'
    : find(IMD_HEADERS['2019'].lsoaCode)
      ? '2019'
      : null;
  if (!release)
    throw fail.field(
      'header',
      'The header has no "LSOA code (2011)" column (IoD2019) or "LSOA code (2021)" column (IoD2025)',
      EXPECTED_LAYOUT,
    );
  const columns = {} as ImdColumns['columns'];
  for (const field of FIELDS) {
    const expected = IMD_HEADERS[release][field];
    const found = find(expected);
    if (!found)
      throw fail.field(
        'header',
        `The header is IoD${release} (it has "${IMD_HEADERS[release].lsoaCode}") but has no "${expected}" column`,
        EXPECTED_LAYOUT,
      );
    columns[field] = found;
  }
  return { release, columns };
}

/** True when a row is a header of either release: how the xlsx reader finds the data sheet. */
export function isImdHeader(cells: readonly string[]): boolean {
  return cells.some(
    (cell) => matches(cell, IMD_HEADERS['2019'].lsoaCode) || matches(cell, IMD_HEADERS['2025'].lsoaCode),
  );
}

/** Checks one data row: an LSOA code, a rank that is a positive whole number, a decile from 1 to 10. */
export function parseImdRow(values: readonly string[], layout: ImdColumns, line: number): ImdLine {
  const { columns } = layout;
  const cell = (field: Field) => (values[columns[field].index] ?? '').trim();
  const problem = (field: Field, reason: string): ImdLine => ({
    line,
    problem: { line, column: columns[field].name, reason },
  });
  const lsoaCode = cell('lsoaCode');
  if (lsoaCode === '') return problem('lsoaCode', 'the LSOA code is empty');
  if (lsoaCode.length > 20)
    return problem('lsoaCode', `"${lsoaCode.slice(0, 30)}…" is too long for an LSOA code (at most 20 characters)`);
  const rawRank = cell('rank');
  const rank = /^\d+$/.test(rawRank) ? Number(rawRank) : NaN;
  if (!Number.isSafeInteger(rank) || rank < 1 || rank > 2_147_483_647)
    return problem('rank', `"${rawRank}" is not a rank: expected a positive whole number (1 is the most deprived)`);
  const rawDecile = cell('decile');
  const decile = /^\d+$/.test(rawDecile) ? Number(rawDecile) : NaN;
  if (!(decile >= 1 && decile <= 10))
    return problem('decile', `"${rawDecile}" is not a decile: expected a whole number from 1 to 10`);
  return {
    line,
    row: {
      release: layout.release,
      lsoaCode,
      lsoaName: cell('lsoaName'),
      districtCode: cell('districtCode'),
      districtName: cell('districtName'),
      rank,
      decile,
    },
  };
}
