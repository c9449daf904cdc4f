import { ApiError } from '../../api/client.ts';

/** True for the 409 answer to a save based on an out-of-date copy of the record. */
export function isEditConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.problem.code === 'edit-conflict';
}

/**
 * Makes the server's answer read well in an error summary: an edit conflict says plainly that
 * nothing was saved and what to do; an illegal change keeps the server's sentence.
 */
export function clarifyProblem(error: unknown, what: string): unknown {
  if (!(error instanceof ApiError)) return error;
  if (isEditConflict(error)) {
    return new ApiError({
      ...error.problem,
      errors: undefined,
      detail: `Someone else changed this ${what} after you opened it, so your change was not saved. Reload the ${what} to see the latest version, then try again.`,
    });
  }
  if (error.status === 409 && error.problem.code === 'illegal-transition' && !error.problem.detail) {
    return new ApiError({
      ...error.problem,
      detail: `${error.problem.title}. Reload the ${what} to see what can be done now.`,
    });
  }
  return error;
}

/**
 * Moves server field paths onto the form's fields, e.g. "needs.3" onto the "needs" checkboxes,
 * so each error summary link lands on a real field.
 */
export function remapFields(error: unknown, map: (field: string) => string): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  return new ApiError({ ...error.problem, errors: error.problem.errors.map((e) => ({ ...e, field: map(e.field) })) });
}

/** Lists of checkboxes: "needs.3" → "needs". */
export function listField(...lists: string[]): (field: string) => string {
  return (field) => {
    const match = /^([A-Za-z]+)\.\d+$/.exec(field);
    return match?.[1] && lists.includes(match[1]) ? match[1] : field;
  };
}
