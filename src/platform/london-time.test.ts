import { describe, expect, it } from 'vitest';
import { londonDate, sameLondonTimeOn, startOfLondonDay } from './london-time.ts';

const iso = (at: Date) => at.toISOString();

describe('London calendar', () => {
  it('gives the London date: BST runs an hour ahead of UTC, GMT does not', () => {
    expect(londonDate(new Date('2027-06-27T22:59:59Z'))).toBe('2027-06-27');
    expect(londonDate(new Date('2027-06-27T23:00:00Z'))).toBe('2027-06-28');
    expect(londonDate(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(londonDate(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
    expect(londonDate(new Date('2028-02-28T23:30:00Z'))).toBe('2028-02-28');
  });
  it('finds midnight in London, including on the days the clocks change', () => {
    expect(iso(startOfLondonDay('2027-06-28'))).toBe('2027-06-27T23:00:00.000Z');
    expect(iso(startOfLondonDay('2026-12-07'))).toBe('2026-12-07T00:00:00.000Z');
    expect(iso(startOfLondonDay('2027-03-28'))).toBe('2027-03-28T00:00:00.000Z');
    expect(iso(startOfLondonDay('2027-03-29'))).toBe('2027-03-28T23:00:00.000Z');
    expect(iso(startOfLondonDay('2026-10-25'))).toBe('2026-10-24T23:00:00.000Z');
    expect(iso(startOfLondonDay('2026-10-26'))).toBe('2026-10-26T00:00:00.000Z');
  });
  it('keeps the London time of day on another date across a clock change', () => {
    expect(iso(sameLondonTimeOn(new Date('2027-03-26T10:00:00Z'), '2027-03-30'))).toBe('2027-03-30T09:00:00.000Z');
    expect(iso(sameLondonTimeOn(new Date('2026-10-23T09:00:00Z'), '2026-10-26'))).toBe('2026-10-26T10:00:00.000Z');
    expect(iso(sameLondonTimeOn(new Date('2026-12-06T14:00:00.123Z'), '2026-12-07'))).toBe('2026-12-07T14:00:00.123Z');
  });
  it('moves a time the spring change skips an hour on, and takes the first of the hour the autumn change repeats', () => {
    // 01:30 does not happen on 28 March 2027 (01:00 GMT becomes 02:00 BST): it becomes 02:30 BST.
    expect(iso(sameLondonTimeOn(new Date('2027-03-27T01:30:00Z'), '2027-03-28'))).toBe('2027-03-28T01:30:00.000Z');
    // 01:30 happens twice on 25 October 2026: first in BST (00:30 UTC), then in GMT (01:30 UTC).
    expect(iso(sameLondonTimeOn(new Date('2026-10-24T00:30:00Z'), '2026-10-25'))).toBe('2026-10-25T00:30:00.000Z');
  });
});
