/** A course's name, description, renewal and coverage as saved, with what is wrong with them. */
import type { FieldError } from '../../../platform/errors.ts';
import { COMPLEXITY_CODES } from './complexity.ts';
import type * as repo from './training-courses.repository.ts';
import type { CreateCourseBody } from './training.schemas.ts';

/** The values of a new or changed course, trimmed, and the field errors a manager must fix first. */
export function cleanCourse(input: Omit<CreateCourseBody, 'code'>): {
  values: repo.CourseValues;
  errors: FieldError[];
} {
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
