import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Textarea } from '../../components/Textarea.tsx';
import { useFormErrors } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

interface ReasonConfirmationProps {
  title: string;
  heading: string;
  explanation: ReactNode;
  action: string;
  cancelTo: string;
  missingReason: string;
  /** Defaults to saying the reason is kept in the audit log. */
  hint?: string;
  onConfirm: (reason: string) => Promise<void>;
}

/** A confirmation page for a serious change that must say why; the reason goes to the audit log. */
export function ReasonConfirmation(props: ReasonConfirmationProps) {
  const errors = useFormErrors();
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  usePageTitle(props.title, errors.hasErrors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      errors.showFieldErrors([{ field: 'reason', text: props.missingReason }]);
      return;
    }
    setSubmitting(true);
    try {
      await props.onConfirm(reason.trim());
    } catch (error) {
      errors.showError(error);
      setSubmitting(false);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={props.cancelTo} />
        <ErrorSummary errors={errors} />
        <h1>{props.heading}</h1>
        {props.explanation}
        <form method="post" onSubmit={submit} noValidate>
          <Textarea
            name="reason"
            label="Reason"
            hint={props.hint ?? 'Say why. This is kept in the audit log.'}
            value={reason}
            onChange={setReason}
            error={errors.errorFor('reason')}
            rows={4}
          />
          <div className="nhsuk-button-group">
            <Button variant="warning" disabled={submitting}>
              {props.action}
            </Button>
            <Link className="nhsuk-link" to={props.cancelTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
