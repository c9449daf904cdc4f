/**
 * Every date and time the browser app shows, in one place and one style, in Europe/London whatever
 * the computer's own time zone: "6 December 2026", "6 December 2026 at 2:05pm", "2:05pm". The server
 * writes its texts the same way (src/platform/format-london.ts).
 */
const ZONE = 'Europe/London';
const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const instantDay = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const calendarDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});
const isoDay = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const clock24 = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

function dayMonthYear(formatter: Intl.DateTimeFormat, at: Date): string {
  const parts = formatter.formatToParts(at);
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

function instant(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function clockTime(at: Date): string {
  const parts = clock.formatToParts(at);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}${part(parts, 'dayPeriod').toLowerCase().replace(/[.\s]/g, '')}`;
}

/**
 * A day, for example "6 December 2026". A calendar date ("2026-12-06": a due date, a date of birth)
 * is shown as it is; a moment is shown as the day it was in London.
 */
export function formatDate(iso: string): string {
  const day = DAY_ONLY.exec(iso);
  if (day) return dayMonthYear(calendarDay, new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
  const at = instant(iso);
  return at ? dayMonthYear(instantDay, at) : iso;
}

/** A moment in London, for example "6 December 2026 at 2:05pm"; "Never" when there is none. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return 'Never';
  const at = instant(iso);
  return at ? `${dayMonthYear(instantDay, at)} at ${clockTime(at)}` : iso;
}

/** The London clock time of a moment, for example "2:05pm" or "12:30am". */
export function formatTime(iso: string): string {
  const at = instant(iso);
  return at ? clockTime(at) : iso;
}

/** The London clock time of a moment on the 24-hour clock ("14:05", "00:30"), as time boxes take it. */
export function londonTimeOfDay(now: Date = new Date()): string {
  const parts = clock24.formatToParts(now);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** Today's date in London as yyyy-mm-dd, for comparing with calendar dates the person enters. */
export function londonToday(now: Date = new Date()): string {
  const parts = isoDay.formatToParts(now);
  return `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}`;
}

const londonWallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** How far London's clock is ahead of UTC at a moment, in milliseconds (0 in winter, an hour in summer). */
function londonOffset(at: number): number {
  const p = londonWallClock.formatToParts(new Date(at));
  const wall = Date.UTC(
    Number(part(p, 'year')),
    Number(part(p, 'month')) - 1,
    Number(part(p, 'day')),
    Number(part(p, 'hour')),
    Number(part(p, 'minute')),
    Number(part(p, 'second')),
  );
  return wall - (at - (at % 1000));
}

/**
 * The moment a London date (yyyy-mm-dd) and clock time name, as ISO: what a person means by "the 7th at
 * 00:30", whatever the computer's own time zone and across a clock change. A time the clocks skip
 * (01:30 as they go forward) is taken as the same time after the change.
 */
export function londonDateTimeToIso(day: string, hours: number, minutes: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const asUtc = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hours, minutes);
  const first = asUtc - londonOffset(asUtc);
  return new Date(asUtc - londonOffset(first)).toISOString();
}
