import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ReferralDetail } from '../../api/referrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import type { FieldError, FormErrors } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { clarifyProblem, isEditConflict } from './problems.ts';
import { referralHref, useReferral } from './useReferral.ts';

interface ReferralActionPageProps {
  title: string;
  /** The action in allowedActions this page performs; without it the page says it cannot be done now. */
  action: string;
  submitText: string;
  submitVariant?: 'primary' | 'warning';
  /** The form's fields and explanation, for the loaded referral. */
  children: (referral: ReferralDetail, errors: FormErrors) => ReactNode;
  /** Checks that can be made before sending. */
  check: () => FieldError[];
  /** Sends the change; returns the success message for the referral page. */
  send: (referral: ReferralDetail) => Promise<string>;
}

/**
 * One decision about a referral on a page of its own (decline, ask a question): loads the
 * referral, sends the change with its version, and returns to the referral with a message.
 */
export function ReferralActionPage(props: ReferralActionPageProps) {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { state, reload } = useReferral(id);
  const form = useSubmit();
  const [conflict, setConflict] = useState(false);
  usePageTitle(props.title, form.hasErrors);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const referral = state.data;
  const back = referralHref(referral.id);
  const name = `${referral.patient.givenName} ${referral.patient.familyName}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = props.check();
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        const flash = await props.send(referral);
        navigate(back, { state: { flash } });
      },
      {
        onError: (error) => {
          setConflict(isEditConflict(error));
          return clarifyProblem(error, 'referral');
        },
      },
    );
  }

  async function reloadReferral() {
    await reload();
    setConflict(false);
    form.clear();
  }

  const allowed = referral.allowedActions.includes(props.action);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>Back to the referral</BackLink>
        <ErrorSummary errors={form} />
        <h1>
          <span className="nhsuk-caption-l">
            {name}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {props.title}
        </h1>
        {conflict ? <EditConflictNotice what="referral" onReload={() => void reloadReferral()} /> : null}
        {allowed || conflict ? (
          <form method="post" onSubmit={submit} noValidate>
            {props.children(referral, form)}
            <div className="nhsuk-button-group">
              <Button variant={props.submitVariant} disabled={form.submitting}>
                {props.submitText}
              </Button>
              <Link className="nhsuk-link" to={back}>
                Cancel
              </Link>
            </div>
          </form>
        ) : (
          <>
            <p>This cannot be done to the referral now. It may already have been decided by someone else.</p>
            <p>
              <Link to={back}>Go back to the referral to see where it is</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
