/**
 * Dates and times in texts people read (notifications, emails, letters): Europe/London, in the one
 * NHS style the browser app uses too (web/src/lib/format.ts), for example "6 December 2026 at 2:05pm".
 * UTC never reaches a reader: 23:30 UTC on 30 June is "1 July 2026 at 12:30am".
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

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

function dayMonthYear(formatter: Intl.DateTimeFormat, at: Date): string {
  const parts = formatter.formatToParts(at);
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** The London day of a moment, or a calendar date ("2026-12-06") as it stands: "6 December 2026". */
export function formatLondonDate(at: Date | string): string {
  if (typeof at === 'string') {
    const day = DAY_ONLY.exec(at);
    if (day) return dayMonthYear(calendarDay, new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
    return dayMonthYear(instantDay, new Date(at));
  }
  return dayMonthYear(instantDay, at);
}

/** The London clock time of a moment: "2:05pm", "12:30am". */
export function formatLondonTime(at: Date): string {
  const parts = clock.formatToParts(at);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}${part(parts, 'dayPeriod').toLowerCase().replace(/[.\s]/g, '')}`;
}

/** A moment in London: "6 December 2026 at 2:05pm". */
export function formatLondonDateTime(at: Date): string {
  return `${formatLondonDate(at)} at ${formatLondonTime(at)}`;
}
