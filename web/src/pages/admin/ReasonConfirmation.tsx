import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
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
  const form = useSubmit();
  const [reason, setReason] = useState('');
  usePageTitle(props.title, form.hasErrors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      form.showFieldErrors([{ field: 'reason', text: props.missingReason }]);
      return;
    }
    await form.submit(() => props.onConfirm(reason.trim()));
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={props.cancelTo} />
        <ErrorSummary errors={form} />
        <h1>{props.heading}</h1>
        {props.explanation}
        <form method="post" onSubmit={submit} noValidate>
          <Textarea
            name="reason"
            label="Reason"
            hint={props.hint ?? 'Say why. This is kept in the audit log.'}
            value={reason}
            onChange={setReason}
            error={form.errorFor('reason')}
            rows={4}
          />
          <div className="nhsuk-button-group">
            <Button variant="warning" disabled={form.submitting}>
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
