import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { imdColumns, parseImdRow } from './imd-columns.ts';

const IOD2019 = [
  'LSOA code (2011)',
  'LSOA name (2011)',
  'Local Authority District code (2019)',
  'Local Authority District name (2019)',
  'Index of Multiple Deprivation (IMD) Rank',
  'Index of Multiple Deprivation (IMD) Decile',
];
const IOD2025 = [
  'LSOA code (2021)',
  'LSOA name (2021)',
  'Local Authority District code (2024)',
  'Local Authority District name (2024)',
  'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)',
  'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)',
];

/** The field error a refused header carries. */
function refusal(header: string[]): { field: string; message: string; fix: string } {
  try {
    imdColumns(header);
  } catch (error) {
    if (error instanceof AppError && error.errors?.[0]) return error.errors[0];
    throw error;
  }
  throw new Error('the header was accepted');
}

describe('the File 1 header', () => {
  it('recognises IoD2019 by its 2011 LSOA code column and finds each column', () => {
    expect(imdColumns(IOD2019)).toEqual({
      release: '2019',
      columns: {
        lsoaCode: { name: 'LSOA code (2011)', index: 0 },
        lsoaName: { name: 'LSOA name (2011)', index: 1 },
        districtCode: { name: 'Local Authority District code (2019)', index: 2 },
        districtName: { name: 'Local Authority District name (2019)', index: 3 },
        rank: { name: 'Index of Multiple Deprivation (IMD) Rank', index: 4 },
        decile: { name: 'Index of Multiple Deprivation (IMD) Decile', index: 5 },
      },
    });
  });

  it('recognises IoD2025 with the "(where 1 is most deprived …)" wording, ignoring case, spaces and order', () => {
    const shuffled = [
      '  lsoa CODE(2021) ',
      ...IOD2025.slice(1)
        .reverse()
        .map((h) => h.toUpperCase().replace(/ /g, '  ')),
    ];
    const layout = imdColumns(shuffled);
    expect(layout.release).toBe('2025');
    expect(layout.columns.lsoaCode).toEqual({ name: 'lsoa CODE(2021)', index: 0 });
    expect(layout.columns.rank.index).toBe(2);
    expect(layout.columns.decile.index).toBe(1);
    expect(layout.columns.districtCode.index).toBe(4);
  });

  it('refuses a header without an LSOA code column, naming both and the expected layout', () => {
    const error = refusal(['lsoa11', 'imd_decile']);
    expect(error.field).toBe('header');
    expect(error.message).toBe(
      'The header has no "LSOA code (2011)" column (IoD2019) or "LSOA code (2021)" column (IoD2025)',
    );
    expect(error.fix).toMatch(
      /^Expected the File 1 layout of the English Indices of Deprivation: for IoD2019 "LSOA code \(2011\)", "LSOA name \(2011\)", "Local Authority District code \(2019\)"/,
    );
  });

  it('names the missing column of a recognised release, including a district of the other release', () => {
    expect(refusal(IOD2019.filter((h) => !h.endsWith('Decile'))).message).toBe(
      'The header is IoD2019 (it has "LSOA code (2011)") but has no "Index of Multiple Deprivation (IMD) Decile" column',
    );
    const mixed = [...IOD2025.slice(0, 2), 'Local Authority District code (2019)', ...IOD2025.slice(3)];
    expect(refusal(mixed).message).toBe(
      'The header is IoD2025 (it has "LSOA code (2021)") but has no "Local Authority District code (2024)" column',
    );
  });

  it('does not take a score column for the rank', () => {
    const withScore = [...IOD2019.slice(0, 4), 'Index of Multiple Deprivation (IMD) Rank Score', IOD2019[5]!];
    expect(refusal(withScore).message).toMatch(/has no "Index of Multiple Deprivation \(IMD\) Rank" column$/);
  });
});

describe('a File 1 row', () => {
  const layout = imdColumns(IOD2019);

  it('becomes a row of its release with a whole rank and decile', () => {
    expect(
      parseImdRow([' E01000001 ', 'City of London 001A', 'E09000001', 'City of London', '29199', '9'], layout, 2),
    ).toEqual({
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
    });
  });

  it.each([
    [['', 'x', 'E1', 'x', '1', '1'], 'LSOA code (2011)', 'the LSOA code is empty'],
    [
      ['E01000001', 'x', 'E1', 'x', '0', '1'],
      'Index of Multiple Deprivation (IMD) Rank',
      '"0" is not a rank: expected a positive whole number (1 is the most deprived)',
    ],
    [
      ['E01000001', 'x', 'E1', 'x', '12.5', '1'],
      'Index of Multiple Deprivation (IMD) Rank',
      '"12.5" is not a rank: expected a positive whole number (1 is the most deprived)',
    ],
    [
      ['E01000001', 'x', 'E1', 'x', '-3', '1'],
      'Index of Multiple Deprivation (IMD) Rank',
      '"-3" is not a rank: expected a positive whole number (1 is the most deprived)',
    ],
    [
      ['E01000001', 'x', 'E1', 'x', '7', '11'],
      'Index of Multiple Deprivation (IMD) Decile',
      '"11" is not a decile: expected a whole number from 1 to 10',
    ],
    [
      ['E01000001', 'x', 'E1', 'x', '7', '0'],
      'Index of Multiple Deprivation (IMD) Decile',
      '"0" is not a decile: expected a whole number from 1 to 10',
    ],
    [
      ['E01000001', 'x', 'E1', 'x', '7'],
      'Index of Multiple Deprivation (IMD) Decile',
      '"" is not a decile: expected a whole number from 1 to 10',
    ],
  ])('reports %j at its line and column', (values, column, reason) => {
    expect(parseImdRow(values, layout, 7)).toEqual({ line: 7, problem: { line: 7, column, reason } });
  });
});
