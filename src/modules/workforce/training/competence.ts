import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { installDefaultCatalogue, listCourses } from './training-courses.repository.ts';
import { listRecordDates } from './training-records.repository.ts';
import { bestRecord, type CourseCover, type RecordDates } from './training-rules.ts';

/** What a case's complexity asks of whoever takes it, on the day of allocation. */
export interface CompetenceNeed {
  on: string;
  flags: readonly string[];
  courses: readonly CourseCover[];
}

/**
 * The courses a referral's flags need. The default catalogue is installed first, so a scheme
 * whose manager never opened the catalogue still has the mapping (no flag goes unchecked).
 */
export async function loadCompetenceNeed(
  trx: Transaction<DB>,
  schemeId: string,
  flags: readonly string[],
  now: Date,
): Promise<CompetenceNeed> {
  if (flags.length === 0) return { on: londonDate(now), flags, courses: [] };
  await installDefaultCatalogue(trx, schemeId);
  const courses = await listCourses(trx, schemeId);
  return {
    on: londonDate(now),
    flags,
    courses: courses.map((c) => ({ id: c.id, name: c.name, coversFlags: c.covers_flags, active: c.active })),
  };
}

/** Every link worker's best record of each course, from one query for the whole scheme. */
export async function loadTrainingByWorker(
  trx: Transaction<DB>,
  schemeId: string,
  userIds?: readonly string[],
): Promise<Map<string, Map<string, RecordDates>>> {
  const rows = await listRecordDates(trx, schemeId, userIds);
  const grouped = new Map<string, Map<string, RecordDates[]>>();
  for (const r of rows) {
    const courses = grouped.get(r.user_id) ?? new Map<string, RecordDates[]>();
    courses.set(r.course_id, [
      ...(courses.get(r.course_id) ?? []),
      { completedOn: r.completed_on, expiresOn: r.expires_on },
    ]);
    grouped.set(r.user_id, courses);
  }
  return new Map(
    [...grouped].map(([user, courses]) => [
      user,
      new Map([...courses].map(([course, records]) => [course, bestRecord(records)!])),
    ]),
  );
}
