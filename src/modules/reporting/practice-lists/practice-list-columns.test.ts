import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { ageBandOn, AGE_BANDS, bandOfQuinaryCell, bandOfSingleYearCell } from './age-bands.ts';
import { parseExtractDate, parsePracticeListLine, practiceListColumns } from './practice-list-columns.ts';

const QUINARY = ['PUBLICATION', 'EXTRACT_DATE', 'TYPE', 'CODE', 'POSTCODE', 'SEX', 'AGE_GROUP_5', 'NUMBER_OF_PATIENTS'];
const SINGLE = ['PUBLICATION', 'EXTRACT_DATE', 'ORG_TYPE', 'ORG_CODE', 'POSTCODE', 'SEX', 'AGE', 'NUMBER_OF_PATIENTS'];

const fieldErrorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).errors?.[0];
  }
  throw new Error('did not throw');
};

describe('practice list header', () => {
  it('reads the five-year file and the single-year file with either name for the type and code columns', () => {
    expect(practiceListColumns(QUINARY)).toMatchObject({
      ages: 'quinary',
      columns: { code: { name: 'CODE', index: 3 }, age: { name: 'AGE_GROUP_5', index: 6 }, type: { index: 2 } },
    });
    expect(practiceListColumns(SINGLE)).toMatchObject({
      ages: 'single_year',
      columns: { code: { name: 'ORG_CODE', index: 3 }, age: { name: 'AGE', index: 6 }, type: { index: 2 } },
    });
    // Reordered, lower case, without TYPE or PUBLICATION.
    expect(practiceListColumns(['number_of_patients', 'sex', 'age_group_5', 'org_code', 'extract_date'])).toMatchObject(
      { ages: 'quinary', columns: { patients: { index: 0 }, code: { index: 3 } } },
    );
  });

  it('names the missing column of a wrong header', () => {
    const without = (name: string) => QUINARY.filter((c) => c !== name);
    expect(fieldErrorOf(() => practiceListColumns(without('NUMBER_OF_PATIENTS')))).toMatchObject({
      field: 'header',
      message: 'The header has no "NUMBER_OF_PATIENTS" column',
    });
    expect(fieldErrorOf(() => practiceListColumns(without('CODE')))?.message).toContain('"CODE"');
    expect(fieldErrorOf(() => practiceListColumns(without('AGE_GROUP_5')))?.message).toContain('"AGE_GROUP_5"');
    expect(fieldErrorOf(() => practiceListColumns(without('EXTRACT_DATE')))?.fix).toContain('gp-reg-pat-prac-quin-age');
  });
});

describe('practice list lines', () => {
  const quinary = practiceListColumns(QUINARY);
  const line = (cells: string[], n = 2) => parsePracticeListLine(cells, quinary, n);

  it('reads a practice, sex and band, and passes over totals and other organisations', () => {
    expect(line(['GP_PRAC_PAT_LIST', '01OCT2024', 'GP', 'y90001', 'LK1 2ZR', 'FEMALE', '20_24', '312'])).toEqual({
      line: 2,
      row: {
        practiceOdsCode: 'Y90001',
        extractDate: '2024-10-01',
        sex: 'female',
        ageBand: '20-24',
        ageCell: '20_24',
        patients: 312,
      },
    });
    expect(line(['P', '01OCT2024', 'GP', 'Y90001', '', 'ALL', '20_24', '600'])).toEqual({ line: 2, passed: 'total' });
    expect(line(['P', '01OCT2024', 'GP', 'Y90001', '', 'MALE', 'ALL', '600'])).toEqual({ line: 2, passed: 'total' });
    expect(line(['P', '01OCT2024', 'ICB', 'QWO', '', 'MALE', '0_4', '6'])).toEqual({
      line: 2,
      passed: 'not_a_practice',
    });
  });

  it('reports a bad line by its line, column and reason', () => {
    const problem = (cells: string[]) => {
      const result = line(cells, 17);
      if (!('problem' in result)) throw new Error('expected a problem');
      return result.problem;
    };
    expect(problem(['P', '01OCT2024', 'GP', 'Y90001', '', 'MALE', '0_4', '-3'])).toMatchObject({
      line: 17,
      column: 'NUMBER_OF_PATIENTS',
    });
    expect(problem(['P', '31SEP2024', 'GP', 'Y90001', '', 'MALE', '0_4', '3']).column).toBe('EXTRACT_DATE');
    expect(problem(['P', '01OCT2024', 'GP', 'Y90001', '', 'UNKNOWN', '0_4', '3']).column).toBe('SEX');
    expect(problem(['P', '01OCT2024', 'GP', 'Y90001', '', 'MALE', '0_5', '3']).reason).toContain('five-year band');
    expect(problem(['P', '01OCT2024', 'GP', 'Y9-01', '', 'MALE', '0_4', '3']).column).toBe('CODE');
  });

  it('sums single years into the same bands', () => {
    const single = practiceListColumns(SINGLE);
    const row = parsePracticeListLine(['P', '2024-10-01', 'GP', 'Y90001', '', 'MALE', '17', '40'], single, 3);
    expect(row).toMatchObject({ row: { ageBand: '15-19', ageCell: '17' } });
  });
});

describe('dates and bands', () => {
  it('reads the extract dates the publication has used', () => {
    expect(parseExtractDate('01OCT2024')).toBe('2024-10-01');
    expect(parseExtractDate('1-Oct-24')).toBe('2024-10-01');
    expect(parseExtractDate('2024-10-01')).toBe('2024-10-01');
    expect(parseExtractDate('01/10/2024')).toBe('2024-10-01');
    expect(parseExtractDate('29FEB2023')).toBeNull();
    expect(parseExtractDate('October')).toBeNull();
  });

  it('bands ages as NHS Digital does, the age taken on the day', () => {
    expect(AGE_BANDS).toHaveLength(20);
    expect(bandOfQuinaryCell('90_94')).toBe('90-94');
    expect(bandOfQuinaryCell('95+')).toBe('95+');
    expect(bandOfQuinaryCell('91_95')).toBeNull();
    expect(bandOfSingleYearCell('94')).toBe('90-94');
    expect(bandOfSingleYearCell('95')).toBeNull();
    expect(ageBandOn('2006-03-27', '2026-03-26')).toBe('15-19');
    expect(ageBandOn('2006-03-27', '2026-03-27')).toBe('20-24');
    expect(ageBandOn('2004-02-29', '2029-02-28')).toBe('20-24');
    expect(ageBandOn('1920-01-01', '2026-01-01')).toBe('95+');
    expect(ageBandOn(null, '2026-01-01')).toBe('unknown');
  });
});
