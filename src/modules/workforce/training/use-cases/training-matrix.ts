import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { decodeNamePosition, namePage } from '../../../../platform/http/cursor.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { INDUCTION_CODES } from '../default-catalogue.ts';
import { bestRecord, statusOn, type RecordDates } from '../training-rules.ts';
import { listInductionOf } from '../induction.repository.ts';
import { pageTrainedPeople } from '../trained-people.repository.ts';
import { installDefaultCatalogue, listCourses } from '../training-courses.repository.ts';
import { listRecordDates } from '../training-records.repository.ts';
import { inductionShown } from '../induction-shown.ts';

/** People per page of the matrix. */
export const MATRIX_PAGE = 25;

/**
 * People × courses for the manager and supervisors, a page of people at a time (by name, then id): each
 * cell's status on the day (current, expiring soon, expired, missing), for every active course some role
 * requires or a complex case needs. Only the page's people's records are read.
 */
export async function getTrainingMatrix(
  ctx: AppContext,
  { scheme, query = {} }: InScheme & { query?: { after?: string; before?: string } },
) {
  const position = decodeNamePosition(query);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await installDefaultCatalogue(trx, scheme.id);
    const [rows, courses] = await Promise.all([
      pageTrainedPeople(trx, scheme.id, position, MATRIX_PAGE),
      listCourses(trx, scheme.id),
    ]);
    const page = namePage(rows, MATRIX_PAGE, position, (p) => ({ name: p.name, id: p.id }));
    const people = page.items;
    const ids = people.map((p) => p.id);
    const [records, induction] = await Promise.all([
      listRecordDates(trx, scheme.id, ids),
      listInductionOf(trx, scheme.id, ids),
    ]);
    const today = londonDate(ctx.now());
    const shown = courses.filter((c) => c.active && (c.required_for_roles.length > 0 || c.covers_flags.length > 0));
    const byPerson = new Map<string, RecordDates[]>();
    for (const r of records) {
      const key = `${r.user_id}:${r.course_id}`;
      byPerson.set(key, [...(byPerson.get(key) ?? []), { completedOn: r.completed_on, expiresOn: r.expires_on }]);
    }
    return {
      today,
      courses: shown.map((c) => ({ id: c.id, name: c.name })),
      people: people.map((p) => {
        const done = induction.filter((i) => i.user_id === p.id && INDUCTION_CODES.includes(i.item)).length;
        return {
          id: p.id,
          name: p.name,
          roles: p.roles,
          inInduction: inductionShown(p.startedOn, INDUCTION_CODES.length - done, today),
          cells: shown.map((c) => {
            const best = bestRecord(byPerson.get(`${p.id}:${c.id}`) ?? []);
            return {
              courseId: c.id,
              required: c.required_for_roles.some((r) => p.roles.includes(r as (typeof p.roles)[number])),
              status: statusOn(best, today),
              expiresOn: best?.expiresOn ?? null,
            };
          }),
        };
      }),
      next: page.next,
      previous: page.previous,
    };
  });
}
