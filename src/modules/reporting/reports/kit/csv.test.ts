import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

const BOM = '\uFEFF';
const columns = [
  { key: 'name', header: 'Name' },
  { key: 'count', header: 'Count' },
];
/** The file without its byte order mark, split into lines. */
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark, then a header row, with CRLF line ends', () => {
    const csv = toCsv(columns, [{ name: 'Zoë Brontë', count: 4 }]);
    expect(csv).toBe(`${BOM}Name,Count\r\nZoë Brontë,4\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes the header row even with no rows, and columns in the order given', () => {
    expect(toCsv([...columns].reverse(), [])).toBe(`${BOM}Count,Name\r\n`);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toCsv(columns, [
      { name: 'Smith, Jo', count: 1 },
      { name: 'The "Hub"', count: 2 },
      { name: 'two\nlines', count: 3 },
    ]);
    expect(csv).toBe(`${BOM}Name,Count\r\n"Smith, Jo",1\r\n"The ""Hub""",2\r\n"two\nlines",3\r\n`);
  });

  it('defuses text starting with each formula character', () => {
    const rows = ['=SUM(A1)', '+44 20', '-2+3', '@cmd', '\tx', '\rx'].map((name) => ({ name, count: 0 }));
    expect(lines(toCsv(columns, rows)).slice(1, 7)).toEqual([
      "'=SUM(A1),0",
      "'+44 20,0",
      "'-2+3,0",
      "'@cmd,0",
      "'\tx,0",
      `"'\rx",0`,
    ]);
  });

  it('defuses the full-width forms that some spreadsheets read as formula characters too', () => {
    expect(lines(toCsv(columns, [{ name: '\uFF1DSUM(A1)', count: 1 }]))[1]).toBe("'\uFF1DSUM(A1),1");
  });

  it('defuses a formula in a header as well', () => {
    expect(lines(toCsv([{ key: 'a', header: '=cmd' }], []))[0]).toBe("'=cmd");
  });

  it('leaves numbers alone, negative ones included, but not negative numbers given as text', () => {
    const csv = toCsv(columns, [
      { name: 'change', count: -3 },
      { name: 'mean', count: -0.25 },
      { name: '-3', count: 12 },
    ]);
    expect(lines(csv).slice(1, 4)).toEqual(['change,-3', 'mean,-0.25', "'-3,12"]);
  });

  it('leaves text with a formula character later on alone', () => {
    expect(lines(toCsv(columns, [{ name: 'A=B', count: 1 }]))[1]).toBe('A=B,1');
  });

  it('writes null, a missing value and a number that is not finite as an empty cell', () => {
    const csv = toCsv(columns, [{ name: null, count: Number.NaN }, { name: 'x' }]);
    expect(lines(csv).slice(1, 3)).toEqual([',', 'x,']);
  });

  it('keeps the suppression texts as they are', () => {
    const csv = toCsv(columns, [
      { name: 'Lakeside PCN', count: '1–7' },
      { name: 'Hillview', count: '[c]' },
    ]);
    expect(lines(csv).slice(1, 3)).toEqual(['Lakeside PCN,1–7', 'Hillview,[c]']);
  });
});
