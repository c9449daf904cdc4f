import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { errorText } from '../lib/fields.ts';

export interface FieldError {
  field: string;
  text: string;
}

/** What a problem answer without field errors was about, so a summary can offer the right way on. */
export type ProblemKind = 'edit-conflict' | 'illegal-transition' | 'other';

export interface FormErrors {
  fieldErrors: FieldError[];
  general: string | null;
  problemKind: ProblemKind | null;
  /** Increases on every failed submit, so the error summary takes focus each time. */
  attempt: number;
  hasErrors: boolean;
  errorFor: (field: string) => string | undefined;
  showFieldErrors: (errors: FieldError[]) => void;
  showError: (error: unknown) => void;
  clear: () => void;
}

export interface FormErrorsOptions {
  /**
   * For one form among several on a page: prefixes every field path ("startsAt" → "visit.startsAt"),
   * so field ids and error links stay unique. `errorFor` and `showFieldErrors` take unprefixed paths.
   */
  formId?: string;
  /** Words a problem answer that names no field; by default its detail, with "You do not have access." on a 403. */
  describe?: (error: ApiError) => string;
}

const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

function describeGeneral(error: ApiError): string {
  const detail = error.problem.detail ?? error.problem.title;
  if (error.status === 403) return `You do not have access. ${detail}`;
  return detail;
}

function kindOf(error: ApiError): ProblemKind {
  if (error.problem.code === 'edit-conflict') return 'edit-conflict';
  if (error.problem.code === 'illegal-transition') return 'illegal-transition';
  return 'other';
}

/** Keeps a form's errors, from our own checks or from a problem+json answer, in one place. */
export function useFormErrors(options: FormErrorsOptions = {}): FormErrors {
  const { formId, describe = describeGeneral } = options;
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [problemKind, setProblemKind] = useState<ProblemKind | null>(null);
  const [attempt, setAttempt] = useState(0);
  const path = useCallback((field: string) => (formId ? `${formId}.${field}` : field), [formId]);

  const showFieldErrors = useCallback(
    (errors: FieldError[]) => {
      setFieldErrors(errors.map((e) => ({ field: path(e.field), text: e.text })));
      setGeneral(null);
      setProblemKind(null);
      setAttempt((n) => n + 1);
    },
    [path],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.problem.errors?.length) {
        setFieldErrors(error.problem.errors.map((e) => ({ field: path(e.field), text: errorText(e.message, e.fix) })));
        setGeneral(null);
        setProblemKind(null);
      } else {
        setFieldErrors([]);
        setGeneral(error instanceof ApiError ? describe(error) : SERVICE_PROBLEM);
        setProblemKind(error instanceof ApiError ? kindOf(error) : 'other');
      }
      setAttempt((n) => n + 1);
    },
    [path, describe],
  );

  const clear = useCallback(() => {
    setFieldErrors([]);
    setGeneral(null);
    setProblemKind(null);
  }, []);

  const errorFor = useCallback(
    (field: string) => fieldErrors.find((e) => e.field === path(field))?.text,
    [fieldErrors, path],
  );

  return useMemo(
    () => ({
      fieldErrors,
      general,
      problemKind,
      attempt,
      hasErrors: fieldErrors.length > 0 || general !== null,
      errorFor,
      showFieldErrors,
      showError,
      clear,
    }),
    [fieldErrors, general, problemKind, attempt, errorFor, showFieldErrors, showError, clear],
  );
}
