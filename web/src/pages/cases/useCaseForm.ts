import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { errorText } from '../../lib/fields.ts';

/**
 * Lets each form on a page say whether it is showing errors, so the page title can start with
 * "Error:" while any of them does.
 */
export const FormErrorsReporter = createContext<(formId: string, hasErrors: boolean) => void>(() => undefined);

/** Keeps the set of forms showing errors, for a page with several forms. */
export function useErrorsAcrossForms() {
  const [withErrors, setWithErrors] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((formId: string, hasErrors: boolean) => {
    setWithErrors((current) => {
      if (current.has(formId) === hasErrors) return current;
      const next = new Set(current);
      if (hasErrors) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  return { report, hasErrors: withErrors.size > 0 };
}

export type ProblemKind = 'edit-conflict' | 'illegal-transition' | 'other';

export interface CaseForm {
  /** Unique on the page; prefixes every field id so several forms can share one page. */
  id: string;
  /** The element name (and id) of a body field in this form: "session.startsAt". */
  name: (field: string) => string;
  /** The error for a body field such as "startsAt" (server paths, unprefixed). */
  errorFor: (field: string) => string | undefined;
  fieldErrors: FieldError[];
  general: string | null;
  problemKind: ProblemKind | null;
  attempt: number;
  hasErrors: boolean;
  submitting: boolean;
  /** Shows our own checks' errors (fields unprefixed); returns true when there were none. */
  check: (errors: FieldError[]) => boolean;
  /** Sends the request and turns a problem answer into this form's errors; undefined on failure. */
  submit: <T>(send: () => Promise<T>) => Promise<T | undefined>;
  clear: () => void;
}

function describe(error: unknown): { general: string; kind: ProblemKind } {
  if (!(error instanceof ApiError))
    return { general: 'Sorry, there is a problem with the service. Try again later.', kind: 'other' };
  const { problem } = error;
  const detail = problem.detail ?? problem.title;
  if (problem.code === 'edit-conflict') return { general: detail, kind: 'edit-conflict' };
  if (problem.code === 'illegal-transition')
    return { general: `${problem.title}. ${detail}`, kind: 'illegal-transition' };
  if (error.status === 403) return { general: `You do not have access. ${detail}`, kind: 'other' };
  if (error.status === 404)
    return { general: `${detail} It may have been removed, or you may no longer have access.`, kind: 'other' };
  return { general: detail, kind: 'other' };
}

/**
 * One form's errors and submitting state on a page with several forms: field ids are prefixed
 * with the form id, and server field paths ("startsAt", "needsByDomain.0.domain") map to them.
 * A change of `resetKey` (the page reloaded the record) clears the errors.
 */
export function useCaseForm(id: string, resetKey?: number): CaseForm {
  const [fieldErrors, setFieldErrors] = useState<FieldError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [problemKind, setProblemKind] = useState<ProblemKind | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const report = useContext(FormErrorsReporter);
  const hasErrors = fieldErrors.length > 0 || general !== null;

  useEffect(() => {
    report(id, hasErrors);
  }, [report, id, hasErrors]);
  useEffect(() => () => report(id, false), [report, id]);

  // A reload of the record (after an edit conflict) makes old errors stale.
  useEffect(() => {
    setFieldErrors([]);
    setGeneral(null);
    setProblemKind(null);
  }, [resetKey]);

  const name = useCallback((field: string) => `${id}.${field}`, [id]);

  const clear = useCallback(() => {
    setFieldErrors([]);
    setGeneral(null);
    setProblemKind(null);
  }, []);

  const check = useCallback(
    (errors: FieldError[]) => {
      setFieldErrors(errors.map((e) => ({ field: `${id}.${e.field}`, text: e.text })));
      setGeneral(null);
      setProblemKind(null);
      if (errors.length > 0) setAttempt((n) => n + 1);
      return errors.length === 0;
    },
    [id],
  );

  const submit = useCallback(
    async <T>(send: () => Promise<T>): Promise<T | undefined> => {
      setSubmitting(true);
      try {
        const result = await send();
        setFieldErrors([]);
        setGeneral(null);
        setProblemKind(null);
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.problem.errors?.length) {
          setFieldErrors(
            error.problem.errors.map((e) => ({ field: `${id}.${e.field}`, text: errorText(e.message, e.fix) })),
          );
          setGeneral(null);
          setProblemKind(null);
        } else {
          const { general: text, kind } = describe(error);
          setFieldErrors([]);
          setGeneral(text);
          setProblemKind(kind);
        }
        setAttempt((n) => n + 1);
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    [id],
  );

  const errorFor = useCallback(
    (field: string) => fieldErrors.find((e) => e.field === `${id}.${field}`)?.text,
    [fieldErrors, id],
  );

  return useMemo(
    () => ({
      id,
      name,
      errorFor,
      fieldErrors,
      general,
      problemKind,
      attempt,
      hasErrors,
      submitting,
      check,
      submit,
      clear,
    }),
    [id, name, errorFor, fieldErrors, general, problemKind, attempt, hasErrors, submitting, check, submit, clear],
  );
}
