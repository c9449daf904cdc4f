import { describe, expect, it } from 'vitest';
import { addDays, isRealDate, londonDate } from '../../../platform/london-time.ts';
import { addWorkingDays, bankHolidays, easterSunday, isWorkingDate, isWorkingDay } from './working-days.ts';

const iso = (at: Date) => at.toISOString();

describe('working days', () => {
  it('skips the weekend', () => {
    expect(iso(addWorkingDays(new Date('2026-11-20T15:00:00Z'), 2))).toBe('2026-11-24T15:00:00.000Z');
    expect(iso(addWorkingDays(new Date('2026-11-23T09:30:00Z'), 2))).toBe('2026-11-25T09:30:00.000Z');
  });
  it('skips England bank holidays (Christmas 2026: Friday 25th and the substitute Monday 28th)', () => {
    expect(iso(addWorkingDays(new Date('2026-12-24T10:00:00Z'), 1))).toBe('2026-12-29T10:00:00.000Z');
    expect(iso(addWorkingDays(new Date('2026-04-02T10:00:00Z'), 1))).toBe('2026-04-07T10:00:00.000Z');
  });
  it('counts a request made on a Saturday from the next working day', () => {
    expect(iso(addWorkingDays(new Date('2026-11-21T10:00:00Z'), 1))).toBe('2026-11-23T10:00:00.000Z');
  });
  it('adds calendar days and checks dates', () => {
    expect(addDays('2026-02-20', 28)).toBe('2026-03-20');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('29/02/2028')).toBe(false);
  });
});

describe('working days on the London calendar', () => {
  it('reads "today" in London: 23:30 UTC on a summer Sunday is already Monday, in winter it is still Sunday', () => {
    expect(londonDate(new Date('2027-06-27T23:30:00Z'))).toBe('2027-06-28');
    expect(isWorkingDay(new Date('2027-06-27T23:30:00Z'))).toBe(true);
    expect(londonDate(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
    expect(isWorkingDay(new Date('2026-12-06T23:30:00Z'))).toBe(false);
    expect(londonDate(new Date('2027-07-02T23:00:00Z'))).toBe('2027-07-03');
    expect(isWorkingDay(new Date('2027-07-02T22:59:59Z'))).toBe(true);
    expect(isWorkingDay(new Date('2027-07-02T23:00:00Z')), 'Saturday 00:00 BST').toBe(false);
  });
  it('never lets a deadline set just after midnight on a summer Friday fall on the Saturday', () => {
    // Friday 00:30 BST is Thursday 23:30 UTC: one working day on is Monday 00:30 BST, not Saturday.
    expect(iso(addWorkingDays(new Date('2027-07-01T23:30:00Z'), 1))).toBe('2027-07-04T23:30:00.000Z');
    expect(londonDate(addWorkingDays(new Date('2027-07-01T23:30:00Z'), 1))).toBe('2027-07-05');
    // Saturday 00:30 BST (Friday 23:30 UTC) counts from Monday, so one working day on is Monday.
    expect(londonDate(addWorkingDays(new Date('2027-07-02T23:30:00Z'), 1))).toBe('2027-07-05');
  });
  it('counts from the bank holiday in London, not the day before in UTC', () => {
    // 00:15 BST on Monday 31 May 2027 (spring bank holiday) is Sunday 23:15 UTC.
    expect(isWorkingDay(new Date('2027-05-30T23:15:00Z'))).toBe(false);
    expect(londonDate(addWorkingDays(new Date('2027-05-30T23:15:00Z'), 1))).toBe('2027-06-01');
    expect(isWorkingDay(new Date('2026-12-25T00:00:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-28T23:59:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-29T00:00:00Z'))).toBe(true);
  });
  it('keeps the London time of day when the clocks go forward or back in between', () => {
    // Friday 10:00 GMT before the clocks go forward on 28 March 2027: Tuesday 10:00 BST (Monday 29th is Easter Monday).
    expect(iso(addWorkingDays(new Date('2027-03-25T10:00:00Z'), 1))).toBe('2027-03-30T09:00:00.000Z');
    // Friday 10:00 BST before the clocks go back on 25 October 2026: Monday 10:00 GMT.
    expect(iso(addWorkingDays(new Date('2026-10-23T09:00:00Z'), 1))).toBe('2026-10-26T10:00:00.000Z');
    // A minute before and after the change itself.
    expect(iso(addWorkingDays(new Date('2026-10-25T00:59:00Z'), 1))).toBe('2026-10-26T01:59:00.000Z');
    expect(iso(addWorkingDays(new Date('2026-10-25T01:01:00Z'), 1))).toBe('2026-10-26T01:01:00.000Z');
    expect(iso(addWorkingDays(new Date('2027-03-28T00:59:00Z'), 1))).toBe('2027-03-29T23:59:00.000Z');
    expect(iso(addWorkingDays(new Date('2027-03-28T01:01:00Z'), 1))).toBe('2027-03-30T01:01:00.000Z');
    // Sunday 00:30 GMT on 26 March 2028, before the clocks go forward: Monday 00:30 BST, 23 hours on.
    expect(iso(addWorkingDays(new Date('2028-03-26T00:30:00Z'), 1))).toBe('2028-03-26T23:30:00.000Z');
  });
  it('always lands on a working day in London, at the same London time, whatever the start (every 11 hours of 2026 and 2027)', () => {
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
    });
    const clock = (at: Date) => time.format(at);
    for (let t = Date.parse('2026-01-01T00:20:00Z'); t < Date.parse('2028-01-01T00:00:00Z'); t += 11 * 3_600_000) {
      const from = new Date(t);
      for (const days of [1, 5]) {
        const due = addWorkingDays(from, days);
        const where = `${iso(from)} + ${days}`;
        expect(isWorkingDay(due), where).toBe(true);
        expect(clock(due), where).toBe(clock(from));
        expect(londonDate(due) >= addDays(londonDate(from), days), where).toBe(true);
      }
    }
  });
  it('crosses the new year and its bank holiday', () => {
    expect(iso(addWorkingDays(new Date('2026-12-31T23:55:00Z'), 1))).toBe('2027-01-04T23:55:00.000Z');
    expect(londonDate(new Date('2026-12-31T23:55:00Z'))).toBe('2026-12-31');
  });
});

describe('England and Wales bank holidays by the rules', () => {
  const sorted = (year: number) => [...bankHolidays(year)].sort();

  it('gives the dates published on gov.uk for 2025, 2026 and 2027', () => {
    expect(sorted(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-05-05',
      '2025-05-26',
      '2025-08-25',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(sorted(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(sorted(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('keeps counting bank holidays after the published list ends (2028: New Year substitute; 2032–33: Christmas on a Saturday, then a Sunday)', () => {
    expect(sorted(2028)).toEqual([
      '2028-01-03',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-29',
      '2028-08-28',
      '2028-12-25',
      '2028-12-26',
    ]);
    expect(sorted(2029)).toEqual([
      '2029-01-01',
      '2029-03-30',
      '2029-04-02',
      '2029-05-07',
      '2029-05-28',
      '2029-08-27',
      '2029-12-25',
      '2029-12-26',
    ]);
    expect(sorted(2032)).toEqual([
      '2032-01-01',
      '2032-03-26',
      '2032-03-29',
      '2032-05-03',
      '2032-05-31',
      '2032-08-30',
      '2032-12-27',
      '2032-12-28',
    ]);
    expect(sorted(2033)).toEqual([
      '2033-01-03',
      '2033-04-15',
      '2033-04-18',
      '2033-05-02',
      '2033-05-30',
      '2033-08-29',
      '2033-12-26',
      '2033-12-27',
    ]);
    expect(isWorkingDate('2028-04-14'), 'Good Friday 2028').toBe(false);
    expect(isWorkingDate('2028-04-18'), 'the Tuesday after Easter 2028').toBe(true);
    expect(londonDate(addWorkingDays(new Date('2028-12-22T10:00:00Z'), 1)), 'Friday before Christmas 2028').toBe(
      '2028-12-27',
    );
  });

  it('finds Easter Sunday by the computus', () => {
    expect(
      ['2024', '2025', '2026', '2027', '2028', '2030', '2038', '2045'].map((y) => easterSunday(Number(y))),
    ).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2030-04-21',
      '2038-04-25',
      '2045-04-09',
    ]);
  });

  it('applies the one-off changes: VE Day 2020, the 2022 jubilee and state funeral, the 2023 coronation', () => {
    expect(sorted(2020)).toContain('2020-05-08');
    expect(sorted(2020)).not.toContain('2020-05-04');
    expect(sorted(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(sorted(2023)).toEqual([
      '2023-01-02',
      '2023-04-07',
      '2023-04-10',
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
      '2023-08-28',
      '2023-12-25',
      '2023-12-26',
    ]);
  });
});
