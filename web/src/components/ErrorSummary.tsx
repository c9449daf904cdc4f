import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormErrors } from '../hooks/useFormErrors.ts';
import { fieldId } from '../lib/fields.ts';

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(fieldId(field));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** The summary's list of links, each moving focus to its field; shared by every error summary. */
export function ErrorLinks({ fieldErrors }: { fieldErrors: FormErrors['fieldErrors'] }) {
  if (fieldErrors.length === 0) return null;
  return (
    <ul className="nhsuk-list nhsuk-error-summary__list">
      {fieldErrors.map((e) => (
        <li key={`${e.field}:${e.text}`}>
          <a href={`#${fieldId(e.field)}`} onClick={(event) => focusField(event, e.field)}>
            {e.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The NHS.UK error summary: takes focus after each failed submit and links to each field in error. */
export function ErrorSummary({ errors }: { errors: FormErrors }) {
  const ref = useRef<HTMLDivElement>(null);
  const { attempt, hasErrors } = errors;

  useEffect(() => {
    if (attempt > 0 && hasErrors) ref.current?.focus();
  }, [attempt, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          {errors.general ? <p>{errors.general}</p> : null}
          <ErrorLinks fieldErrors={errors.fieldErrors} />
        </div>
      </div>
    </div>
  );
}
