import { describe, expect, it } from 'vitest';
import { ageFrom } from './present-patient.ts';

describe('age from a date of birth', () => {
  it('turns a year older at midnight in England, not at 01:00 BST when UTC reaches the birthday', () => {
    // 00:30 BST on 1 June 2027 is 23:30 UTC on 31 May: in England it is already the 69th birthday.
    expect(ageFrom('1958-06-01', new Date('2027-05-31T23:30:00Z'))).toBe(69);
    expect(ageFrom('1958-06-01', new Date('2027-05-31T22:59:00Z'))).toBe(68);
    // In winter London is on UTC: 23:30 on 26 March 2027 (before the clocks go forward on the 28th) is still the day before.
    expect(ageFrom('1958-03-27', new Date('2027-03-26T23:30:00Z'))).toBe(68);
    expect(ageFrom(null, new Date('2027-05-31T23:30:00Z'))).toBeNull();
  });
});
