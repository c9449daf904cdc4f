import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { COMPLEXITY_FLAGS, COMPLEXITY_CODES } from '../complexity.ts';
import type { CourseView, CreateCourseBody, UpdateCourseBody } from '../training.schemas.ts';
import * as repo from '../training-courses.repository.ts';

export function presentCourse(c: repo.CourseRow): CourseView {
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    description: c.description,
    renewalMonths: c.renewal_months,
    requiredForRoles: c.required_for_roles,
    coversFlags: c.covers_flags,
    active: c.active,
    version: c.version,
  };
}

/** The scheme's training catalogue, installing the defaults the first time. */
export async function getCatalogue(ctx: AppContext, actor: Actor, slug: string): Promise<{ courses: CourseView[] }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'training.read-own');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    await repo.installDefaultCatalogue(trx, scheme.id);
    return { courses: (await repo.listCourses(trx, scheme.id)).map(presentCourse) };
  });
}

/** The complexity flags, each with the active courses that a case with the flag needs in this scheme. */
export async function listComplexityFlags(ctx: AppContext, actor: Actor, slug: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.read');
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

function cleanCourse(input: Omit<CreateCourseBody, 'code'>): { values: repo.CourseValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (!name)
    errors.push({
      field: 'name',
      message: 'Enter the name of the course.',
      fix: 'For example "Trauma-informed practice".',
    });
  const unknown = input.coversFlags.filter((f) => !COMPLEXITY_CODES.includes(f));
  if (unknown.length)
    errors.push({
      field: 'coversFlags',
      message: `Unknown complexity flag: ${unknown.join(', ')}.`,
      fix: `Use ${COMPLEXITY_CODES.join(', ')}.`,
    });
  return {
    values: {
      name,
      description: input.description.trim(),
      renewal_months: input.renewalMonths,
      required_for_roles: input.requiredForRoles,
      covers_flags: input.coversFlags,
      active: input.active,
    },
    errors,
  };
}

/** A scheme's own course, added by the scheme manager. */
export async function addCourse(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  input: CreateCourseBody,
): Promise<CourseView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'training.manage');
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

/** Changes a course's renewal period, the roles that need it and the complexity it covers. */
export async function updateCourse(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  input: UpdateCourseBody,
): Promise<CourseView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'training.manage');
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
