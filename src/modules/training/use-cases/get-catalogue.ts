/** Reading the scheme's training catalogue. */
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { presentCourse } from '../course-presenter.ts';
import type { CourseView } from '../training.schemas.ts';
import * as repo from '../training-courses.repository.ts';

/** The scheme's training catalogue, installing the defaults the first time. */
export async function getCatalogue(ctx: AppContext, actor: Actor, slug: string): Promise<{ courses: CourseView[] }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'training.read-own');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await repo.installDefaultCatalogue(trx, scheme.id);
    return { courses: (await repo.listCourses(trx, scheme.id)).map(presentCourse) };
  });
}
