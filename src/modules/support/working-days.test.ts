import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, isRealDate } from './working-days.ts';

describe('working days', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays(new Date('2026-11-20T15:00:00Z'), 2).toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(addWorkingDays(new Date('2026-11-23T09:30:00Z'), 2).toISOString()).toBe('2026-11-25T09:30:00.000Z');
  });
  it('skips England bank holidays (Christmas 2026: Friday 25th and the substitute Monday 28th)', () => {
    expect(addWorkingDays(new Date('2026-12-24T10:00:00Z'), 1).toISOString()).toBe('2026-12-29T10:00:00.000Z');
    expect(addWorkingDays(new Date('2026-04-02T10:00:00Z'), 1).toISOString()).toBe('2026-04-07T10:00:00.000Z');
  });
  it('counts a request made on a Saturday from the next working day', () => {
    expect(addWorkingDays(new Date('2026-11-21T10:00:00Z'), 1).toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });
  it('adds calendar days and checks dates', () => {
    expect(addDays('2026-02-20', 28)).toBe('2026-03-20');
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('29/02/2028')).toBe(false);
  });
});
