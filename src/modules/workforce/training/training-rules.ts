import type { MissingTraining } from '../../../db/tables/training.ts';
import { addDays } from '../../../platform/london-time.ts';
import { complexityLabel } from './complexity.ts';

/** Days before expiry when training counts as "expiring soon" and the first reminder goes. */
export const EXPIRING_DAYS = 30;

export type TrainingStatus = 'current' | 'expiring' | 'expired' | 'missing';

export interface RecordDates {
  completedOn: string;
  expiresOn: string | null;
}

export interface CourseCover {
  id: string;
  name: string;
  coversFlags: readonly string[];
  active: boolean;
}

/** The UTC calendar date (yyyy-mm-dd) of a moment: date arithmetic only; "today" is londonDate in platform/london-time.ts. */
export function dateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** A date some months on; the 31st becomes the last day of a shorter month (never rolls into the next). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return dateOf(target);
}

/** When training done on a date runs out: the renewal period on, or never when the course is not renewed. */
export function expiryFor(completedOn: string, renewalMonths: number | null): string | null {
  return renewalMonths === null ? null : addMonths(completedOn, renewalMonths);
}

/**
 * A course's status for a person on a day. Training is valid up to and including its expiry
 * date; "expiring" is within EXPIRING_DAYS of it.
 */
export function statusOn(record: RecordDates | undefined, today: string): TrainingStatus {
  if (!record) return 'missing';
  if (record.expiresOn === null) return 'current';
  if (record.expiresOn < today) return 'expired';
  return record.expiresOn <= addDays(today, EXPIRING_DAYS) ? 'expiring' : 'current';
}

/** Of several records of one course, the one that counts: the latest expiry, and no expiry beats any. */
export function bestRecord<T extends RecordDates>(records: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of records) {
    if (!best) best = r;
    else if (best.expiresOn === null) continue;
    else if (
      r.expiresOn === null ||
      r.expiresOn > best.expiresOn ||
      (r.expiresOn === best.expiresOn && r.completedOn > best.completedOn)
    )
      best = r;
  }
  return best;
}

/**
 * What a person lacks for a case's complexity flags on a day: for each flag, every active course
 * that covers it must be current (or expiring, still valid). Empty means competent.
 */
export function competenceGaps(
  flags: readonly string[],
  courses: readonly CourseCover[],
  records: ReadonlyMap<string, RecordDates>,
  today: string,
): MissingTraining[] {
  const gaps: MissingTraining[] = [];
  for (const flag of flags) {
    for (const course of courses) {
      if (!course.active || !course.coversFlags.includes(flag)) continue;
      const record = records.get(course.id);
      const status = statusOn(record, today);
      if (status === 'missing' || status === 'expired')
        gaps.push({ flag, course: course.name, state: status, expiresOn: record?.expiresOn ?? null });
    }
  }
  return gaps;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as people write it: 3 March 2026. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The gaps in words, naming each course, whether it is missing or lapsed (and when), and the flag that needs it. */
export function describeGaps(gaps: readonly MissingTraining[]): string {
  const byCourse = new Map<string, { gap: MissingTraining; flags: string[] }>();
  for (const gap of gaps) {
    const seen = byCourse.get(gap.course);
    if (seen) seen.flags.push(complexityLabel(gap.flag));
    else byCourse.set(gap.course, { gap, flags: [complexityLabel(gap.flag)] });
  }
  return [...byCourse.values()]
    .map(
      ({ gap, flags }) =>
        `${gap.course} ${gap.state === 'expired' && gap.expiresOn ? `lapsed on ${longDate(gap.expiresOn)}` : 'not recorded'} (needed for ${flags.join(', ').toLowerCase()})`,
    )
    .join('; ');
}
