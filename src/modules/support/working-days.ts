/** England and Wales bank holidays (gov.uk), so a debrief deadline does not fall on one. */
const BANK_HOLIDAYS = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
]);

/** True on a weekday that is not a bank holiday (dates read in UTC). */
export function isWorkingDay(at: Date): boolean {
  const day = at.getUTCDay();
  return day !== 0 && day !== 6 && !BANK_HOLIDAYS.has(at.toISOString().slice(0, 10));
}

/**
 * The same time of day, `days` working days later: a response time agreed in working days must not
 * run out over a weekend or a bank holiday when nobody is at work to respond.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const at = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (isWorkingDay(at)) left -= 1;
  }
  return at;
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
