/** A training course as the catalogue shows it. */
import type * as repo from './training-courses.repository.ts';
import type { CourseView } from './training.schemas.ts';

/** The course with its renewal period, the roles that need it, the complexity it covers and its version. */
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
