import { londonDate, sameLondonTimeOn } from '../../platform/london-time.ts';

/** England and Wales bank holidays (gov.uk), so a debrief deadline does not fall on one. */
const BANK_HOLIDAYS = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
]);

/** True when a yyyy-mm-dd date is a weekday that is not an England and Wales bank holiday. */
export function isWorkingDate(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !BANK_HOLIDAYS.has(date);
}

/** True when the moment falls on a working day in England: read on the London calendar, not UTC's. */
export function isWorkingDay(at: Date): boolean {
  return isWorkingDate(londonDate(at));
}

/**
 * The same London time of day, `days` working days later: a response time agreed in working days must
 * not run out over a weekend or a bank holiday when nobody is at work to respond, and "by 10:00" stays
 * 10:00 on the clocks people read when the clocks change in between.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let date = londonDate(from);
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDate(date)) left -= 1;
  }
  return sameLondonTimeOn(from, date);
}

/** A yyyy-mm-dd date `days` calendar days after another. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** True when the string is a real calendar date written yyyy-mm-dd. */
export function isRealDate(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}
