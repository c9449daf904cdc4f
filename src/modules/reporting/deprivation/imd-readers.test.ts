import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import type { ImdLine } from './imd-columns.ts';
import { readImdFile } from './read-imd-file.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/imd2025-file1.xlsx');
const SAMPLE_2019 = join(import.meta.dirname, '../../../../samples/deprivation/lakeside-imd2019-sample.csv');

const dir = mkdtempSync(join(tmpdir(), 'linkwork-imd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string): Promise<ImdLine[]> {
  const lines: ImdLine[] = [];
  for await (const line of readImdFile(path)) lines.push(line);
  return lines;
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('reading File 1 as CSV', () => {
  it('streams the rows of an IoD2019 CSV with their line numbers, reporting bad rows and skipping none silently', async () => {
    const path = file(
      'imd2019.csv',
      '\ufeffLSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),' +
        'Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile\n' +
        'E01000001,City of London 001A,E09000001,City of London,29199,9\n' +
        '"E01000002","City of London 001B",E09000001,City of London,30379,10\n' +
        'E01000003,City of London 001C,E09000001,City of London,14915,0\n' +
        ',nowhere,E09000001,City of London,1,1\n',
    );
    expect(await readAll(path)).toEqual([
      {
        line: 2,
        row: {
          release: '2019',
          lsoaCode: 'E01000001',
          lsoaName: 'City of London 001A',
          districtCode: 'E09000001',
          districtName: 'City of London',
          rank: 29199,
          decile: 9,
        },
      },
      {
        line: 3,
        row: {
          release: '2019',
          lsoaCode: 'E01000002',
          lsoaName: 'City of London 001B',
          districtCode: 'E09000001',
          districtName: 'City of London',
          rank: 30379,
          decile: 10,
        },
      },
      {
        line: 4,
        problem: {
          line: 4,
          column: 'Index of Multiple Deprivation (IMD) Decile',
          reason: '"0" is not a decile: expected a whole number from 1 to 10',
        },
      },
      { line: 5, problem: { line: 5, column: 'LSOA code (2011)', reason: 'the LSOA code is empty' } },
    ]);
  });

  it('reads the shipped Lakeside sample: one row for each of its 27 LSOAs, every decile from 1 to 10', async () => {
    const lines = await readAll(SAMPLE_2019);
    const rows = lines.flatMap((l) => ('row' in l ? [l.row] : []));
    expect(rows).toHaveLength(27);
    expect(lines).toHaveLength(27);
    expect(new Set(rows.map((r) => r.decile))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(rows[0]).toEqual({
      release: '2019',
      lsoaCode: 'E01098001',
      lsoaName: 'Lakeside 001A',
      districtCode: 'E06000064',
      districtName: 'Lakeside',
      rank: 1,
      decile: 1,
    });
  });

  it('refuses a CSV with a wrong header before any row, naming the missing column', async () => {
    const path = file('wrong.csv', 'LSOA code (2021),LSOA name (2021),IMD rank,IMD decile\nE01099001,x,1,1\n');
    const error = await readAll(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).errors?.[0]).toMatchObject({
      field: 'header',
      message:
        'The header is IoD2025 (it has "LSOA code (2021)") but has no "Local Authority District code (2024)" column',
    });
  });

  it('says so when the file is missing, empty or neither .xlsx nor .csv', async () => {
    await expect(readAll(join(dir, 'absent.csv'))).rejects.toThrow(/There is no file at .*absent\.csv/);
    await expect(readAll(file('empty.csv', ''))).rejects.toThrow(/empty\.csv is empty/);
    expect(() => readImdFile(join(dir, 'imd.ods'))).toThrow(/is neither an Excel workbook \(\.xlsx\) nor a CSV file/);
  });
});

describe('reading File 1 as an Excel workbook', () => {
  it('finds the data sheet after the notes, recognises IoD2025 and keeps sheet row numbers, skipping empty rows', async () => {
    const lines = await readAll(FIXTURE);
    expect(lines).toEqual([
      {
        line: 2,
        row: {
          release: '2025',
          lsoaCode: 'E01099001',
          lsoaName: 'Lakeside 001A',
          districtCode: 'E06000064',
          districtName: 'Lakeside',
          rank: 10127,
          decile: 4,
        },
      },
      {
        line: 3,
        row: {
          release: '2025',
          lsoaCode: 'E01099002',
          lsoaName: 'Lakeside 002B',
          districtCode: 'E06000064',
          districtName: 'Lakeside',
          rank: 390,
          decile: 1,
        },
      },
      {
        line: 5,
        problem: {
          line: 5,
          column: 'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
          reason: '"12.5" is not a rank: expected a positive whole number (1 is the most deprived)',
        },
      },
      {
        line: 6,
        problem: {
          line: 6,
          column: 'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
          reason: '"11" is not a decile: expected a whole number from 1 to 10',
        },
      },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readAll(file('fake.xlsx', 'LSOA code (2011)\n'))).rejects.toThrow(
      /fake\.xlsx could not be read as an Excel workbook/,
    );
  });
});
