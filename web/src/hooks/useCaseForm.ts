import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../api/client.ts';
import { useSubmit, type Submit } from './useSubmit.ts';

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

export interface CaseForm extends Submit {
  /** Unique on the page; prefixes every field id so several forms can share one page. */
  id: string;
  /** The element name (and id) of a body field in this form: "session.startsAt". */
  name: (field: string) => string;
}

/** Words a record's problem for a form beside others: conflicts and refused changes say what happened. */
function describeRecordProblem(error: ApiError): string {
  const { problem } = error;
  const detail = problem.detail ?? problem.title;
  if (problem.code === 'edit-conflict') return detail;
  if (problem.code === 'illegal-transition') return `${problem.title}. ${detail}`;
  if (error.status === 403) return `You do not have access. ${detail}`;
  if (error.status === 404) return `${detail} It may have been removed, or you may no longer have access.`;
  return detail;
}

/**
 * One form's errors and submitting state on a page with several forms (useSubmit with the form's id
 * as prefix): server field paths ("startsAt", "needsByDomain.0.domain") map to the form's field ids,
 * and the page title hears whether it shows errors. A change of `resetKey` (the page reloaded the
 * record) clears the errors.
 */
export function useCaseForm(id: string, resetKey?: number): CaseForm {
  const form = useSubmit({ formId: id, resetKey, describe: describeRecordProblem });
  const report = useContext(FormErrorsReporter);
  const { hasErrors } = form;

  useEffect(() => {
    report(id, hasErrors);
  }, [report, id, hasErrors]);
  useEffect(() => () => report(id, false), [report, id]);

  const name = useCallback((field: string) => `${id}.${field}`, [id]);
  return useMemo(() => ({ ...form, id, name }), [form, id, name]);
}
