/** Changing a course of the scheme's training catalogue. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { cleanCourse } from '../clean-course.ts';
import { presentCourse } from '../present-course.ts';
import type { CourseView, UpdateCourseBody } from '../training.schemas.ts';
import * as repo from '../training-courses.repository.ts';

/** Changes a course's renewal period, the roles that need it and the complexity it covers. */
export async function updateCourse(
  ctx: AppContext,
  { actor, scheme, id, input }: InScheme & { id: string; input: UpdateCourseBody },
): Promise<CourseView> {
  const { values, errors } = cleanCourse(input);
  if (errors.length) throw fail.validation(errors);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = await repo.findCourse(trx, scheme.id, id);
    if (!current) throw fail.notFound('That course');
    const saved = await repo.updateCourse(trx, scheme.id, id, input.version, values, ctx.now());
    if (!saved) throw fail.editConflict('course', current);
    await recordAudit(trx, actor, {
      action: 'training.course.update',
      recordType: 'training_course',
      recordId: id,
      schemeId: scheme.id,
      detail: { before: presentCourse(current), after: values },
    });
    return presentCourse(saved);
  });
}
