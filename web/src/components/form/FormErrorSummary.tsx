import type { CaseForm } from '../../hooks/useCaseForm.ts';
import { fieldId } from '../../lib/fields.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

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
  const heading =
    form.problemKind === 'edit-conflict'
      ? `Someone else changed this ${record}`
      : form.problemKind === 'illegal-transition'
        ? 'That change is not allowed now'
        : 'There is a problem';
  return (
    <ErrorSummary errors={form} titleId={`${fieldId(form.id)}-error-summary-title`} level={level} heading={heading}>
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
    </ErrorSummary>
  );
}
