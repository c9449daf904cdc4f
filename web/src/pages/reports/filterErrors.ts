import type { ApiError } from '../../api/client.ts';
import { errorText } from '../../lib/fields.ts';

/**
 * The server's field errors on a report's filters, for the error summary and each field; none when the failure
 * was another (the page shows that instead). Shared by the scheme's and the commissioner's report pages.
 */
export function filterErrors(error: ApiError | null) {
  const fieldErrors =
    error?.status === 400
      ? (error.problem.errors ?? []).map((e) => ({ field: e.field, text: errorText(e.message, e.fix) }))
      : [];
  return { fieldErrors, general: null, attempt: fieldErrors.length ? 1 : 0, hasErrors: fieldErrors.length > 0 };
}
