/** The complexity flags with the courses each needs in the scheme. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { COMPLEXITY_FLAGS } from '../complexity.ts';
import * as repo from '../training-courses.repository.ts';

/** The complexity flags, each with the active courses that a case with the flag needs in this scheme. */
export async function listComplexityFlags(ctx: AppContext, { scheme }: InScheme) {
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await repo.installDefaultCatalogue(trx, scheme.id);
    const courses = (await repo.listCourses(trx, scheme.id)).filter((c) => c.active);
    return {
      flags: COMPLEXITY_FLAGS.map((f) => ({
        ...f,
        courses: courses.filter((c) => c.covers_flags.includes(f.code)).map((c) => c.name),
      })),
    };
  });
}
