import { describe, expect, it } from 'vitest';
import { parsePostcodeRow, postcodeColumns } from './postcode-csv-reader.ts';

const ONSPD = ['pcd', 'pcd2', 'pcds', 'dointr', 'doterm', 'oseast1m', 'osnrth1m', 'lsoa11', 'lat', 'long', 'lsoa21'];

describe('postcode CSV columns and rows', () => {
  it('reads the ONSPD header: pcds for the postcode, lat, long and the 2021 LSOA before the 2011 one', () => {
    const columns = postcodeColumns(ONSPD.map((h) => h.toUpperCase()));
    expect(columns).toMatchObject({
      layout: 'onspd',
      postcode: { name: 'pcds', index: 2 },
      latitude: { index: 8 },
      longitude: { index: 9 },
      lsoa: { name: 'lsoa21', index: 10 },
    });
    expect(postcodeColumns(['pcd', 'lat', 'long', 'lsoa11'])).toMatchObject({
      postcode: { name: 'pcd' },
      lsoa: { name: 'lsoa11' },
    });
  });

  it('reads the short header and refuses one without coordinates, saying what is missing', () => {
    expect(postcodeColumns(['postcode', 'latitude', 'longitude', 'lsoa'])).toMatchObject({
      layout: 'simple',
      lsoa: { index: 3 },
    });
    expect(() => postcodeColumns(['postcode', 'easting', 'northing'])).toThrow(
      /lacks a latitude column \(lat or latitude\), a longitude column/,
    );
  });

  it('normalises the postcode and keeps six decimals', () => {
    const columns = postcodeColumns(['postcode', 'latitude', 'longitude', 'lsoa']);
    expect(parsePostcodeRow(['lk37qt', '54.3700004', '-2.91', ''], columns, 2)).toEqual({
      line: 2,
      row: { postcode: 'LK3 7QT', latitude: 54.37, longitude: -2.91, lsoa: null },
    });
  });

  it.each([
    [['LK3', '54.37', '-2.91', ''], 'postcode', /"LK3" is not a UK postcode/],
    [['LK3 7QT', '90.5', '-2.91', ''], 'latitude', /from -90 to 90/],
    [['LK3 7QT', '54.37', '-181', ''], 'longitude', /from -180 to 180/],
    [['LK3 7QT', 'north', '-2.91', ''], 'latitude', /"north" is not a latitude/],
    [['LK3 7QT', '54.37', '', ''], 'longitude', /"" is not a longitude/],
  ])('reports %j at its column', (values, column, reason) => {
    const line = parsePostcodeRow(values, postcodeColumns(['postcode', 'latitude', 'longitude', 'lsoa']), 7);
    expect(line).toMatchObject({
      line: 7,
      problem: { line: 7, column, reason: expect.stringMatching(reason) },
      noGridReference: false,
    });
  });

  it("skips ONSPD's rows without a grid reference and marks them so", () => {
    const line = parsePostcodeRow(
      ['GY1 1AA', '99.999999', '0.000000', ''],
      postcodeColumns(['postcode', 'latitude', 'longitude', 'lsoa']),
      3,
    );
    expect(line).toMatchObject({
      problem: { column: 'latitude', reason: expect.stringMatching(/no grid reference/) },
      noGridReference: true,
    });
  });
});
