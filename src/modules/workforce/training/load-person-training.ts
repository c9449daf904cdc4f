/** One person's training: each course's status, every record and the induction checklist. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { fail } from '../../../platform/errors.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { INDUCTION_ITEMS } from './default-catalogue.ts';
import { inductionShown } from './induction-shown.ts';
import { listInduction } from './induction.repository.ts';
import { listTrainedPeople } from './trained-people.repository.ts';
import { bestRecord, statusOn } from './training-rules.ts';
import type { PersonTraining } from './training.schemas.ts';
import { type CourseRow, installDefaultCatalogue, listCourses } from './training-courses.repository.ts';
import { listRecordsOf } from './training-records.repository.ts';

/** A required course is one the person's role needs; a course with a record is shown too. */
function isRequired(course: CourseRow, roles: readonly string[]): boolean {
  return course.active && course.required_for_roles.some((r) => roles.includes(r));
}

/** One person's training as they (or the manager) see it: each course's status, every record and the induction checklist. */
export async function loadPersonTraining(
  trx: Transaction<DB>,
  schemeId: string,
  userId: string,
  now: Date,
): Promise<PersonTraining> {
  await installDefaultCatalogue(trx, schemeId);
  const [people, courses, records, induction] = await Promise.all([
    listTrainedPeople(trx, schemeId, userId),
    listCourses(trx, schemeId),
    listRecordsOf(trx, schemeId, userId),
    listInduction(trx, schemeId, userId),
  ]);
  const person = people.find((p) => p.id === userId);
  if (!person) throw fail.notFound("That person's training");
  const today = londonDate(now);
  const courseName = new Map(courses.map((c) => [c.id, c.name]));
  const done = new Map(induction.map((i) => [i.item, i.done_on]));
  const items = INDUCTION_ITEMS.map((i) => ({ code: i.code, label: i.label, doneOn: done.get(i.code) ?? null }));
  const outstanding = items.filter((i) => i.doneOn === null).length;
  return {
    person: { id: person.id, name: person.name, roles: person.roles },
    today,
    courses: courses.flatMap((c) => {
      const best = bestRecord(
        records
          .filter((r) => r.course_id === c.id)
          .map((r) => ({ completedOn: r.completed_on, expiresOn: r.expires_on })),
      );
      const required = isRequired(c, person.roles);
      if (!c.active || (!required && !best && c.covers_flags.length === 0)) return [];
      return [
        {
          courseId: c.id,
          name: c.name,
          required,
          renewalMonths: c.renewal_months,
          status: statusOn(best, today),
          completedOn: best?.completedOn ?? null,
          expiresOn: best?.expiresOn ?? null,
          coversFlags: c.covers_flags,
        },
      ];
    }),
    records: records.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      courseName: courseName.get(r.course_id) ?? '',
      completedOn: r.completed_on,
      expiresOn: r.expires_on,
      status: statusOn({ completedOn: r.completed_on, expiresOn: r.expires_on }, today),
      notes: r.notes,
      certificate: r.certificate_id ? { id: r.certificate_id, fileName: r.certificate_name ?? 'certificate' } : null,
      recordedAt: r.created_at.toISOString(),
    })),
    induction: {
      shown: inductionShown(person.startedOn, outstanding, today),
      startedOn: person.startedOn,
      items,
      outstanding,
    },
  };
}
