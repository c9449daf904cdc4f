import { describe, expect, it } from 'vitest';
import { MINIMUM_FIELDS, sharedSnapshot } from './shared-fields.ts';

const source = {
  patient: {
    given_name: 'Ada',
    family_name: 'Okafor',
    phone: '07700 900123',
    email: 'ada@example.org',
    preferred_contact: 'text',
    address_line1: '3 Mill Lane',
    address_line2: null,
    town: 'Leeds',
    postcode: 'LS9 8AB',
    date_of_birth: '1950-02-03',
    preferred_language: 'Yoruba',
    interpreter_needed: true,
    accessibility_needs: 'Uses a walking frame',
  },
  needs: ['loneliness'],
  whatMatters: 'Getting out of the house',
};

describe('shared fields', () => {
  it('shares the minimum necessary by default: name, phone and preferred contact', () => {
    expect(MINIMUM_FIELDS).toEqual(['name', 'phone', 'preferredContact']);
    expect(sharedSnapshot(MINIMUM_FIELDS, source)).toEqual({
      name: 'Ada Okafor',
      phone: '07700 900123',
      preferredContact: 'Text message',
    });
  });

  it('copies only the chosen fields, in the fixed order', () => {
    const snapshot = sharedSnapshot(['language', 'name', 'address'], source);
    expect(Object.keys(snapshot)).toEqual(['name', 'address', 'language']);
    expect(snapshot).toEqual({
      name: 'Ada Okafor',
      address: '3 Mill Lane, Leeds, LS9 8AB',
      language: 'Yoruba (needs an interpreter)',
    });
    expect(JSON.stringify(snapshot)).not.toContain('1950');
  });
});
