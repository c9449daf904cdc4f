import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { errorText } from '../lib/fields.ts';

export interface FieldError {
  field: string;
  text: string;
}

export interface FormErrors {
  fieldErrors: FieldError[];
  general: string | null;
  /** Increases on every failed submit, so the error summary takes focus each time. */
  attempt: number;
  hasErrors: boolean;
  errorFor: (field: string) => string | undefined;
  showFieldErrors: (errors: FieldError[]) => void;
  showError: (error: unknown) => void;
  clear: () => void;
}

function describeGeneral(error: ApiError): string {
  const detail = error.problem.detail ?? error.problem.title;
  if (error.status === 403) return `You do not have access. ${detail}`;
  return detail;
}

/** Keeps a form's errors, from our own checks or from a problem+json answer, in one place. */
export function useFormErrors(): FormErrors {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const showFieldErrors = useCallback((errors: FieldError[]) => {
    setFieldErrors(errors);
    setGeneral(null);
    setAttempt((n) => n + 1);
  }, []);

  const showError = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.problem.errors?.length) {
      setFieldErrors(error.problem.errors.map((e) => ({ field: e.field, text: errorText(e.message, e.fix) })));
      setGeneral(null);
    } else if (error instanceof ApiError) {
      setFieldErrors([]);
      setGeneral(describeGeneral(error));
    } else {
      setFieldErrors([]);
      setGeneral('Sorry, there is a problem with the service. Try again later.');
    }
    setAttempt((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setFieldErrors([]);
    setGeneral(null);
  }, []);

  const errorFor = useCallback((field: string) => fieldErrors.find((e) => e.field === field)?.text, [fieldErrors]);

  return {
    fieldErrors,
    general,
    attempt,
    hasErrors: fieldErrors.length > 0 || general !== null,
    errorFor,
    showFieldErrors,
    showError,
    clear,
  };
}
