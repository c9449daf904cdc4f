/**
 * The layout of NHS Digital's "Patients Registered at a GP Practice" files by sex and age: the five-year file
 * (gp-reg-pat-prac-quin-age.csv, AGE_GROUP_5) or a single-year file (gp-reg-pat-prac-sing-age-*.csv, AGE). The
 * publication has named some columns two ways over the years (TYPE or ORG_TYPE, CODE or ORG_CODE); both are read.
 */
import { fail } from '../../../platform/errors.ts';
import { bandOfQuinaryCell, bandOfSingleYearCell } from './age-bands.ts';

/** One practice's patients of one sex in one band, from one line. */
export interface PracticeListRow {
  practiceOdsCode: string;
  /** 'YYYY-MM-DD' */
  extractDate: string;
  sex: 'male' | 'female';
  ageBand: string;
  /** The AGE or AGE_GROUP_5 cell as written: one line per practice, sex and cell. */
  ageCell: string;
  patients: number;
}

/** A line the import could not use: its line in the file, the column and why. */
export interface PracticeListProblem {
  line: number;
  column: string;
  reason: string;
}

/**
 * What one data line became: a row; a problem; or a line that is not a practice's patients of one sex in one band
 * (the ALL totals, or another kind of organisation), which the import passes over.
 */
export type PracticeListLine =
  | { line: number; row: PracticeListRow }
  | { line: number; problem: PracticeListProblem }
  | { line: number; passed: 'total' | 'not_a_practice' };

type Field = 'extractDate' | 'type' | 'code' | 'sex' | 'age' | 'patients';

/** Where each column of a recognised header is, and whether ages are five-year bands or single years. */
export interface PracticeListColumns {
  ages: 'quinary' | 'single_year';
  columns: Partial<Record<Field, { name: string; index: number }>> &
    Record<Exclude<Field, 'type'>, { name: string; index: number }>;
}

/** The names each column goes by; the first is the one an error names. */
const NAMES: Record<Exclude<Field, 'age'>, readonly string[]> = {
  extractDate: ['EXTRACT_DATE'],
  type: ['TYPE', 'ORG_TYPE'],
  code: ['CODE', 'ORG_CODE', 'PRACTICE_CODE'],
  sex: ['SEX'],
  patients: ['NUMBER_OF_PATIENTS'],
};

export const EXPECTED_LAYOUT =
  'Expected NHS Digital\'s "Patients Registered at a GP Practice" file by sex and age, as downloaded: ' +
  'PUBLICATION, EXTRACT_DATE, TYPE (or ORG_TYPE), CODE (or ORG_CODE), POSTCODE or ONS_CODE, SEX, ' +
  'AGE_GROUP_5 (the five-year file, gp-reg-pat-prac-quin-age.csv) or AGE (a single-year file), NUMBER_OF_PATIENTS.';

const squash = (text: string) => text.trim().toUpperCase().replace(/\s+/g, '_');

/**
 * Finds each column the import needs in a header, so a file saved with its columns in another order still reads;
 * a header without one is refused naming the missing column.
 */
export function practiceListColumns(header: readonly string[]): PracticeListColumns {
  const cells = header.map(squash);
  const find = (names: readonly string[]) => {
    const index = cells.findIndex((cell) => names.includes(cell));
    return index >= 0 ? { name: header[index]!.trim(), index } : null;
  };
  const missing = (column: string) => fail.field('header', `The header has no "${column}" column`, EXPECTED_LAYOUT);
  const quinary = find(['AGE_GROUP_5']);
  const single = find(['AGE']);
  const age = quinary ?? single;
  if (!age) throw missing('AGE_GROUP_5');
  const columns = { age } as PracticeListColumns['columns'];
  for (const field of ['extractDate', 'code', 'sex', 'patients'] as const) {
    const found = find(NAMES[field]);
    if (!found) throw missing(NAMES[field][0]!);
    columns[field] = found;
  }
  const type = find(NAMES.type);
  if (type) columns.type = type;
  return { ages: quinary ? 'quinary' : 'single_year', columns };
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A real calendar day as 'YYYY-MM-DD', or null. */
function day(year: number, month: number, date: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, date));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== date) return null;
  return at.toISOString().slice(0, 10);
}

/**
 * An EXTRACT_DATE as the publication has written it ('01OCT2024', '01-Oct-24', '2024-10-01', '01/10/2024'), as
 * 'YYYY-MM-DD'; null when it is none of them.
 */
export function parseExtractDate(cell: string): string | null {
  const text = cell.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[- ]?([A-Z]{3})[A-Z]*[- ]?(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2]!) + 1;
    if (month === 0) return null;
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return day(year, month, Number(m[1]));
  }
  return null;
}

/** Checks one data line: a practice code, a date, a sex, an age, a whole number of patients. */
export function parsePracticeListLine(
  values: readonly string[],
  layout: PracticeListColumns,
  line: number,
): PracticeListLine {
  const { columns } = layout;
  const cell = (field: Field) => {
    const column = columns[field];
    return column ? (values[column.index] ?? '').trim() : '';
  };
  const problem = (field: Exclude<Field, 'type'>, reason: string): PracticeListLine => ({
    line,
    problem: { line, column: columns[field].name, reason },
  });
  if (columns.type && cell('type').toUpperCase() !== 'GP') return { line, passed: 'not_a_practice' };
  const sexCell = cell('sex').toUpperCase();
  const ageCell = cell('age');
  if (sexCell === 'ALL' || ageCell.toUpperCase() === 'ALL') return { line, passed: 'total' };
  const code = cell('code').toUpperCase();
  if (!/^[A-Z0-9]{3,10}$/.test(code))
    return problem('code', `"${code.slice(0, 30)}" is not a practice's ODS code (3 to 10 letters and digits)`);
  const extractDate = parseExtractDate(cell('extractDate'));
  if (!extractDate)
    return problem('extractDate', `"${cell('extractDate').slice(0, 30)}" is not a date (for example 01OCT2024)`);
  if (sexCell !== 'MALE' && sexCell !== 'FEMALE')
    return problem('sex', `"${cell('sex').slice(0, 30)}" is not a sex: expected MALE, FEMALE or ALL`);
  const ageBand = layout.ages === 'quinary' ? bandOfQuinaryCell(ageCell) : bandOfSingleYearCell(ageCell);
  if (!ageBand)
    return problem(
      'age',
      layout.ages === 'quinary'
        ? `"${ageCell.slice(0, 30)}" is not a five-year band: expected 0_4, 5_9 … 90_94, 95+ or ALL`
        : `"${ageCell.slice(0, 30)}" is not an age: expected a whole number from 0 to 94, 95+ or ALL`,
    );
  const rawPatients = cell('patients');
  const patients = /^\d+$/.test(rawPatients) ? Number(rawPatients) : NaN;
  if (!Number.isSafeInteger(patients) || patients > 2_147_483_647)
    return problem('patients', `"${rawPatients.slice(0, 30)}" is not a number of patients (a whole number, 0 or more)`);
  return {
    line,
    row: {
      practiceOdsCode: code,
      extractDate,
      sex: sexCell === 'MALE' ? 'male' : 'female',
      ageBand,
      ageCell: ageCell.toUpperCase(),
      patients,
    },
  };
}
