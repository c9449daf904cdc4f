import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFormErrors, type FieldError, type FormErrors, type FormErrorsOptions } from './useFormErrors.ts';

export interface SubmitOptions extends FormErrorsOptions {
  /** A change (the page reloaded the record) makes the errors shown stale, so they are cleared. */
  resetKey?: unknown;
}

export interface SendOptions {
  /** Sees a failure first (to remap field paths or note a conflict); what it returns is shown. */
  onError?: (error: unknown) => unknown;
}

export interface Submit extends FormErrors {
  /** True while a request is on its way: the submit button is disabled meanwhile. */
  submitting: boolean;
  /** Shows our own checks' errors (or clears old ones when there are none); true when there were none. */
  check: (problems: FieldError[]) => boolean;
  /**
   * Sends the request, busy meanwhile. On success the errors are cleared and its result returned; on
   * failure the problem answer becomes the form's errors (field errors linked, the summary focused)
   * and undefined is returned.
   */
  submit: <T>(send: () => Promise<T>, options?: SendOptions) => Promise<T | undefined>;
}

/**
 * A form's submit state in one place: busy flag, our own checks, the server's problem+json (field
 * `errors` onto their fields, anything else as the summary's text) and the attempt count that moves
 * focus to the error summary. Pair it with ErrorSummary (one form on a page) or FormErrorSummary.
 */
export function useSubmit(options: SubmitOptions = {}): Submit {
  const { resetKey, ...errorOptions } = options;
  const errors = useFormErrors(errorOptions);
  const { showFieldErrors, showError, clear } = errors;
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    clear();
  }, [resetKey, clear]);

  const check = useCallback(
    (problems: FieldError[]) => {
      if (problems.length === 0) {
        clear();
        return true;
      }
      showFieldErrors(problems);
      return false;
    },
    [clear, showFieldErrors],
  );

  const submit = useCallback(
    async <T>(send: () => Promise<T>, sendOptions: SendOptions = {}): Promise<T | undefined> => {
      setSubmitting(true);
      try {
        const result = await send();
        clear();
        return result;
      } catch (error) {
        showError(sendOptions.onError ? sendOptions.onError(error) : error);
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    [clear, showError],
  );

  return useMemo(() => ({ ...errors, submitting, check, submit }), [errors, submitting, check, submit]);
}
