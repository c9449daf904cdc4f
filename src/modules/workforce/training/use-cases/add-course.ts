/** Adding a scheme's own course to its training catalogue. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { cleanCourse } from '../clean-course.ts';
import { presentCourse } from '../present-course.ts';
import type { CourseView, CreateCourseBody } from '../training.schemas.ts';
import * as repo from '../training-courses.repository.ts';

/** A scheme's own course, added by the scheme manager. */
export async function addCourse(
  ctx: AppContext,
  { actor, scheme, input }: InScheme & { input: CreateCourseBody },
): Promise<CourseView> {
  const { values, errors } = cleanCourse(input);
  const code = input.code.trim().toLowerCase();
  if (!/^[a-z][a-z0-9_]{1,60}$/.test(code))
    errors.push({
      field: 'code',
      message: 'The code must be lower-case letters, digits and underscores, starting with a letter.',
      fix: 'For example "trauma_informed_practice".',
    });
  if (errors.length) throw fail.validation(errors);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await repo.installDefaultCatalogue(trx, scheme.id);
    const course = await repo.insertCourse(trx, scheme.id, code, values, ctx.now());
    if (!course)
      throw fail.field(
        'code',
        `The catalogue already has a course with the code "${code}".`,
        'Choose another code, or edit that course.',
      );
    await recordAudit(trx, actor, {
      action: 'training.course.create',
      recordType: 'training_course',
      recordId: course.id,
      schemeId: scheme.id,
      detail: { code, ...values },
    });
    return presentCourse(course);
  });
}
