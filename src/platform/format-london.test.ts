import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatTime,
  londonDateTimeToIso,
  londonTimeOfDay,
  londonToday,
} from '../../web/src/lib/format.ts';
import { formatLondonDate, formatLondonDateTime, formatLondonTime } from './format-london.ts';

/** The server's texts and the browser app must read the same: one format, in London time. */
const both = (iso: string) => {
  const server = formatLondonDateTime(new Date(iso));
  expect(formatDateTime(iso)).toBe(server);
  return server;
};

describe('one date format, in Europe/London, on the server and in the browser', () => {
  it('writes days and times in the NHS style', () => {
    expect(both('2026-12-06T14:05:00Z')).toBe('6 December 2026 at 2:05pm');
    expect(both('2026-12-06T09:00:00Z')).toBe('6 December 2026 at 9:00am');
    expect(both('2026-12-06T12:00:00Z')).toBe('6 December 2026 at 12:00pm');
    expect(both('2026-12-07T00:00:00Z')).toBe('7 December 2026 at 12:00am');
    expect(formatDate('2026-12-06T14:05:00Z')).toBe('6 December 2026');
    expect(formatTime('2026-12-06T14:05:00Z')).toBe('2:05pm');
    expect(formatLondonTime(new Date('2026-12-06T14:05:00Z'))).toBe('2:05pm');
  });

  it('shows the London day in the hour before midnight, in summer (BST) and in winter (GMT)', () => {
    expect(both('2026-06-30T22:59:00Z')).toBe('30 June 2026 at 11:59pm');
    expect(both('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 12:30am');
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatLondonDate(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
    expect(both('2026-12-31T23:59:00Z')).toBe('31 December 2026 at 11:59pm');
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:59:00Z'))).toBe('2026-12-31');
  });

  it('follows the clocks going forward and back', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    expect(both('2026-03-29T00:59:00Z')).toBe('29 March 2026 at 12:59am');
    expect(both('2026-03-29T01:00:00Z')).toBe('29 March 2026 at 2:00am');
    // 25 October 2026: 02:00 BST becomes 01:00 GMT, so 1:30am happens twice.
    expect(both('2026-10-25T00:30:00Z')).toBe('25 October 2026 at 1:30am');
    expect(both('2026-10-25T01:30:00Z')).toBe('25 October 2026 at 1:30am');
    expect(both('2026-10-25T02:30:00Z')).toBe('25 October 2026 at 2:30am');
  });

  it('shows a calendar date as it is, wherever the computer is', () => {
    expect(formatDate('2026-12-06')).toBe('6 December 2026');
    expect(formatLondonDate('2026-12-06')).toBe('6 December 2026');
    expect(formatDate('2026-03-29')).toBe('29 March 2026');
    expect(formatLondonDate('2026-10-25')).toBe('25 October 2026');
  });

  it('fills and reads the date and time boxes in London time, before midnight and across a clock change', () => {
    expect(londonTimeOfDay(new Date('2026-06-30T23:30:00Z'))).toBe('00:30');
    expect(londonTimeOfDay(new Date('2026-12-31T23:59:00Z'))).toBe('23:59');
    expect(londonTimeOfDay(new Date('2026-12-06T14:05:00Z'))).toBe('14:05');
    expect(londonDateTimeToIso('2026-07-01', 0, 30)).toBe('2026-06-30T23:30:00.000Z');
    expect(londonDateTimeToIso('2026-12-31', 23, 59)).toBe('2026-12-31T23:59:00.000Z');
    expect(londonDateTimeToIso('2026-03-29', 2, 30)).toBe('2026-03-29T01:30:00.000Z');
    expect(londonDateTimeToIso('2026-10-25', 0, 30)).toBe('2026-10-24T23:30:00.000Z');
    expect(londonDateTimeToIso('2026-10-25', 3, 0)).toBe('2026-10-25T03:00:00.000Z');
    // A moment read back from the boxes is the moment that filled them.
    for (const iso of [
      '2026-06-30T23:30:00.000Z',
      '2026-12-31T23:59:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
    ]) {
      const at = new Date(iso);
      const [hours, minutes] = londonTimeOfDay(at).split(':').map(Number);
      expect(londonDateTimeToIso(londonToday(at), hours!, minutes!)).toBe(iso);
    }
  });

  it('says "Never" for no date and leaves text that is not a date alone', () => {
    expect(formatDateTime(null)).toBe('Never');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
