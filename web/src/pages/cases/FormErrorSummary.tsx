import { useEffect, useRef } from 'react';
import { ErrorLinks } from '../../components/ErrorSummary.tsx';
import { fieldId } from '../../lib/fields.ts';
import type { CaseForm } from './useCaseForm.ts';

interface FormErrorSummaryProps {
  form: CaseForm;
  /** Offered when someone else changed the record: fetches the latest version. */
  onReload?: () => void;
  /** What reloading does to what the person typed, said before they choose. */
  reloadWarning?: string;
  /** The heading level that fits where the form sits in the page's outline. */
  level?: 2 | 3 | 4;
  /** What the form changes, as the edit-conflict message names it (default "case"). */
  record?: string;
}

/**
 * The NHS.UK error summary for one form among several on a page (its ids are the form's own).
 * Takes focus after each failed submit; an edit conflict or a change the rules do not allow is
 * explained in words, with a way to load the latest version.
 */
export function FormErrorSummary({ form, onReload, reloadWarning, level = 4, record = 'case' }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { attempt, hasErrors } = form;
  const titleId = `${fieldId(form.id)}-error-summary-title`;

  useEffect(() => {
    if (attempt > 0 && hasErrors) ref.current?.focus();
  }, [attempt, hasErrors]);

  if (!hasErrors) return null;
  const Heading = `h${level}` as const;
  const heading =
    form.problemKind === 'edit-conflict'
      ? `Someone else changed this ${record}`
      : form.problemKind === 'illegal-transition'
        ? 'That change is not allowed now'
        : 'There is a problem';
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <Heading className="nhsuk-error-summary__heading" id={titleId}>
          {heading}
        </Heading>
        <div className="nhsuk-error-summary__body">
          {form.general ? <p>{form.general}</p> : null}
          {form.problemKind === 'edit-conflict' && onReload ? (
            <>
              <p>{reloadWarning ?? `Reload the ${record} to see the latest version, then make your change again.`}</p>
              <p>
                <button type="button" className="linkwork-link-button" onClick={onReload}>
                  Reload the case
                </button>
              </p>
            </>
          ) : null}
          {form.problemKind === 'illegal-transition' && onReload ? (
            <p>
              <button type="button" className="linkwork-link-button" onClick={onReload}>
                Reload the case to see where it stands now
              </button>
            </p>
          ) : null}
          <ErrorLinks fieldErrors={form.fieldErrors} />
        </div>
      </div>
    </div>
  );
}
