/**
 * Calendar dates and times of day as people in England read them (Europe/London), for "today",
 * deadlines and weeks. UTC is an hour behind all summer, so a UTC date is wrong between 00:00 and
 * 01:00 BST every night: Monday 00:30 BST is still Sunday in UTC.
 */

const HOUR_MS = 3_600_000;

/** Europe/London wall-clock fields; h23 so midnight reads 00, never 24. */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  date: string;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function wallClock(at: Date): WallClock {
  const parts = LONDON.formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    millisecond: at.getUTCMilliseconds(),
  };
}

/**
 * The moment a wall-clock time happens in London. London is on GMT or BST (an hour ahead), so one of
 * the two readings is right; when the clocks go back the earlier moment wins (a deadline never
 * stretches), and a time skipped when the clocks go forward becomes the same time an hour on.
 */
function fromWallClock(wall: WallClock): Date {
  const [y, m, d] = wall.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, wall.hour, wall.minute, wall.second, wall.millisecond);
  const summer = new Date(asUtc - HOUR_MS);
  const seen = wallClock(summer);
  return seen.date === wall.date && seen.hour === wall.hour && seen.minute === wall.minute ? summer : new Date(asUtc);
}

/** The calendar date (yyyy-mm-dd) in England of a moment: "today" for the people using Linkwork. */
export function londonDate(at: Date): string {
  return wallClock(at).date;
}

/** The moment on another London date at the same London time of day, so "by 10:00" stays 10:00 across a clock change. */
export function sameLondonTimeOn(from: Date, date: string): Date {
  return fromWallClock({ ...wallClock(from), date });
}

/** Midnight in London at the start of a yyyy-mm-dd date: where "this week" or "today" begins. */
export function startOfLondonDay(date: string): Date {
  return fromWallClock({ date, hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/** A yyyy-mm-dd date some calendar days on (negative: before). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** True when the string is a real calendar date written yyyy-mm-dd (not 2026-02-30, not 29/02/2028). */
export function isRealDate(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}
