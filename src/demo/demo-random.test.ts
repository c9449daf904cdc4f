import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../modules/pathway/patients/postcode.ts';
import { isValidNhsNumber } from '../modules/pathway/patients/nhs-number.ts';
import { dramaPhoneNumber, lakesideAddress, seededRandom, testNhsNumber } from './demo-random.ts';

describe('demo randomness', () => {
  it('gives the same sequence for the same seed, so the demo is the same every time', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(0, 1000)));
  });

  it('makes valid NHS numbers in the 999 test range only', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 500; i += 1) {
      const n = testNhsNumber(random);
      expect(n).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(n), n).toBe(true);
    }
  });

  it('makes postcodes of the right shape in an area that does not exist, and unique drama-range phone numbers', () => {
    const random = seededRandom(9);
    const used = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      const { postcode } = lakesideAddress(random);
      expect(normalisePostcode(postcode)).toBe(postcode);
      expect(postcode.startsWith('LK')).toBe(true);
      expect(dramaPhoneNumber(random, used)).toMatch(/^07700 900\d{3}$/);
    }
    expect(used.size).toBe(100);
  });
});
