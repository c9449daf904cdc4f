/** Reading the scheme's training catalogue. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { presentCourse } from '../present-course.ts';
import type { CourseView } from '../training.schemas.ts';
import * as repo from '../training-courses.repository.ts';

/** The scheme's training catalogue, installing the defaults the first time. */
export async function getCatalogue(ctx: AppContext, { scheme }: InScheme): Promise<{ courses: CourseView[] }> {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await repo.installDefaultCatalogue(trx, scheme.id);
    return { courses: (await repo.listCourses(trx, scheme.id)).map(presentCourse) };
  });
}
