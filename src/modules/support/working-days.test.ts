import { describe, expect, it } from 'vitest';
import { londonDate } from '../../platform/london-time.ts';
import { addDays, addWorkingDays, isRealDate, isWorkingDay } from './working-days.ts';

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
    const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
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
