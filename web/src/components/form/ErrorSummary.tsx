import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { FormErrors } from '../../hooks/useFormErrors.ts';
import { fieldId } from '../../lib/fields.ts';

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

interface ErrorSummaryProps {
  errors: Pick<FormErrors, 'attempt' | 'hasErrors' | 'general' | 'fieldErrors'>;
  /** The heading's id; unique per form when a page has several. */
  titleId?: string;
  /** The heading level that fits where the form sits in the page's outline. */
  level?: 2 | 3 | 4;
  heading?: string;
  /** Said after the general text and before the links, such as a way to reload the record. */
  children?: ReactNode;
}

/** The NHS.UK error summary: takes focus after each failed submit and links to each field in error. */
export function ErrorSummary({
  errors,
  titleId = 'error-summary-title',
  level = 2,
  heading = 'There is a problem',
  children,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { attempt, hasErrors } = errors;

  useEffect(() => {
    if (attempt > 0 && hasErrors) ref.current?.focus();
  }, [attempt, hasErrors]);

  if (!hasErrors) return null;
  const Heading = `h${level}` as const;
  return (
    <div className="nhsuk-error-summary" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <div role="alert">
        <Heading className="nhsuk-error-summary__heading" id={titleId}>
          {heading}
        </Heading>
        <div className="nhsuk-error-summary__body">
          {errors.general ? <p>{errors.general}</p> : null}
          {children}
          <ErrorLinks fieldErrors={errors.fieldErrors} />
        </div>
      </div>
    </div>
  );
}
