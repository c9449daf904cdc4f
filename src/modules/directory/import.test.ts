import { describe, expect, it } from 'vitest';
import { csvValue } from './oruk-csv-reader.ts';
import { kindOfShape } from './oruk-json-reader.ts';
import { validateOruk } from './oruk-validate.ts';

const ID = 'ac148810-d857-441c-9679-408f346de14b';

describe('ORUK import rules', () => {
  it('converts CSV cells to the JSON the schema expects', () => {
    expect(csvValue('', 'string')).toBeUndefined();
    expect(csvValue('12', 'number')).toBe(12);
    expect(csvValue('twelve', 'number')).toBe('twelve');
    expect(csvValue('true', 'boolean')).toBe(true);
    expect(csvValue('TH,FR', 'string')).toBe('TH,FR');
  });

  it('names the path and reason of each schema problem', () => {
    expect(validateOruk('service', { id: ID, name: 'Walk', status: 'active' })).toEqual([]);
    expect(validateOruk('service', { id: ID, status: 'active', minimum_age: 'twelve' })).toEqual(expect.arrayContaining([
      { path: '/name', reason: 'name is required' },
      { path: '/minimum_age', reason: 'must be number' },
    ]));
    expect(validateOruk('service', { id: ID, name: 'Walk', status: 'active', minimum_age: 12.5 })).toEqual([{ path: '/minimum_age', reason: 'must be a whole number' }]);
    expect(validateOruk('location', { id: ID, location_type: 'physical', addresses: [{ id: ID }] })[0]?.path).toBe('/addresses/0/address_1');
  });

  it('tells record kinds apart by shape', () => {
    expect(kindOfShape({ id: ID, name: 'x', status: 'active' })).toBe('service');
    expect(kindOfShape({ id: ID, service: {}, location: {} })).toBe('service_at_location');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y', taxonomy_terms: [] })).toBe('taxonomy');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y', term: 'x' })).toBe('taxonomy_term');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y' })).toBe('organization');
  });
});
