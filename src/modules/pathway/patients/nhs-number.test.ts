import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsNumberProblem, normaliseNhsNumber } from './nhs-number.ts';
import { normalisePostcode } from './postcode.ts';

describe('NHS number modulus 11 check', () => {
  it.each(['9434765919', '9000000009', '943 476 5919', '943-476-5919', '4010232137'])('accepts %s', (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
    expect(nhsNumberProblem(n)).toBeNull();
  });

  it('accepts a number whose check digit comes out as 11, meaning 0', () => {
    // 10·0+9·0+8·0+7·0+6·0+5·0+4·0+3·0+2·0 = 0 → 11 - 0 = 11 → check digit 0
    expect(isValidNhsNumber('0000000000')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidNhsNumber('1000000001')).toBe(true); // 10·1 = 10 → 11 − 10 = 1
    expect(isValidNhsNumber('0000000010')).toBe(false); // 2·1 = 2 → 9 expected
    expect(isValidNhsNumber('0000005000')).toBe(false); // 4·5 = 20 → 2 expected
  });

  it('refuses every number whose weighted sum leaves a check digit of 10', () => {
    // 10·1 + 2·1 = 12 ≡ 1 (mod 11) → 11 − 1 = 10: no last digit can be right
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
  });

  it('refuses a one-digit typing slip and a swap of two digits', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('9434765991')).toBe(false);
    expect(isValidNhsNumber('4934765919')).toBe(false);
  });

  it('explains what is wrong', () => {
    expect(nhsNumberProblem('943476591')).toMatch(/10 digits; this has 9/);
    expect(nhsNumberProblem('94347659AB')).toMatch(/only contain numbers/);
    expect(nhsNumberProblem('9434765918')).toMatch(/check digit/);
    expect(normaliseNhsNumber(' 943 476 5919 ')).toBe('9434765919');
  });
});

describe('postcodes', () => {
  it.each([
    ['ls1 4ap', 'LS1 4AP'],
    ['SW1A1AA', 'SW1A 1AA'],
    [' m1  1ae ', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
  ])('normalises %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
  it.each(['', 'LS1', '12345', 'LS1 4A'])('refuses %s', (input) => expect(normalisePostcode(input)).toBeNull());
});
