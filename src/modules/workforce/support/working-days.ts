import { addDays, londonDate, sameLondonTimeOn } from '../../../platform/london-time.ts';

/**
 * One-off changes to England and Wales bank holidays by proclamation (gov.uk): a usual holiday moved
 * to another day, so the rules alone would put it on the wrong date. Add a new one here when it is
 * announced (the rules below already give 2026 and 2027 as published).
 */
const MOVED: Readonly<Record<string, string>> = {
  '2012-05-28': '2012-06-04', // Spring bank holiday moved for the Diamond Jubilee.
  '2020-05-04': '2020-05-08', // Early May bank holiday moved to VE Day.
  '2022-05-30': '2022-06-02', // Spring bank holiday moved for the Platinum Jubilee.
};

/** Extra one-off England and Wales bank holidays (gov.uk). */
const EXTRA = ['1999-12-31', '2011-04-29', '2012-06-05', '2022-06-03', '2022-09-19', '2023-05-08'];

const holidaysByYear = new Map<number, ReadonlySet<string>>();

/** Easter Sunday of a year (the Gregorian computus, "anonymous" algorithm): Good Friday and Easter Monday follow from it. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

function ymd(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The first Monday on or after a date. */
function mondayFrom(date: string): string {
  return addDays(date, (8 - weekday(date)) % 7);
}

/** The next weekday on or after a date that is not already taken: a holiday on a weekend gets a substitute. */
function substitute(date: string, taken: readonly string[] = []): string {
  let day = date;
  while (isWeekend(day) || taken.includes(day)) day = addDays(day, 1);
  return day;
}

/**
 * England and Wales bank holidays of a year by the Banking and Financial Dealings Act rules and the
 * usual proclamations, with the one-off changes above, so deadlines stay right in any year without
 * a list that runs out.
 */
export function bankHolidays(year: number): ReadonlySet<string> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const christmas = substitute(ymd(year, 12, 25));
  const usual = [
    substitute(ymd(year, 1, 1)),
    addDays(easter, -2),
    addDays(easter, 1),
    mondayFrom(ymd(year, 5, 1)),
    mondayFrom(ymd(year, 5, 25)),
    mondayFrom(ymd(year, 8, 25)),
    christmas,
    substitute(ymd(year, 12, 26), [christmas]),
  ];
  const days = new Set([...usual.map((d) => MOVED[d] ?? d), ...EXTRA.filter((d) => d.startsWith(`${year}-`))]);
  holidaysByYear.set(year, days);
  return days;
}

/** True when a yyyy-mm-dd date is a weekday that is not an England and Wales bank holiday. */
export function isWorkingDate(date: string): boolean {
  return !isWeekend(date) && !bankHolidays(Number(date.slice(0, 4))).has(date);
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
