import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { referralsApi, type ReferralDetail } from '../../api/referrals.ts';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import type { Submit } from '../../hooks/useSubmit.ts';
import { clarifyProblem, isEditConflict } from './problems.ts';
import { useScheme } from './SchemeContext.tsx';
import { referralHref } from './useReferral.ts';

interface ActionProps {
  referral: ReferralDetail;
  /** The page's form state: its error summary shows what these forms refuse. */
  form: Submit;
  /** Called with the updated referral and the success message to show (null: none, the page leads with a warning). */
  onDone: (updated: ReferralDetail, flash: string | null) => void;
  onConflict: () => void;
}

/** A triager's choices: accept, allocate, decline, or ask the referrer a question. */
export function TriageActions({ referral, form, onDone, onConflict }: ActionProps) {
  const scheme = useScheme();
  const [acceptReason, setAcceptReason] = useState('');
  const can = (action: string) => referral.allowedActions.includes(action);
  if (!['accept', 'allocate', 'decline', 'request-information'].some(can)) return null;
  const outOfScope = referral.evaluation === 'out_of_scope';

  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (outOfScope && !acceptReason.trim()) {
      form.showFieldErrors([
        { field: 'reason', text: 'Enter why you are accepting a referral the criteria check put out of scope' },
      ]);
      return;
    }
    const updated = await form.submit(
      () =>
        referralsApi.accept(
          scheme.slug,
          referral.id,
          outOfScope ? { version: referral.version, reason: acceptReason.trim() } : { version: referral.version },
        ),
      { onError: explainFailure },
    );
    if (updated) onDone(updated, 'Referral accepted. The person is on the waiting list for a link worker.');
  }

  function explainFailure(error: unknown): unknown {
    if (isEditConflict(error)) onConflict();
    return clarifyProblem(error, 'referral');
  }

  return (
    <section aria-labelledby="actions-heading" className="linkwork-no-print">
      <h2 id="actions-heading">Decide on this referral</h2>
      {can('accept') && outOfScope ? (
        <form method="post" onSubmit={accept} noValidate>
          <Textarea
            name="reason"
            label="Why are you accepting a referral that is out of scope?"
            hint="The criteria check above put it outside the service’s criteria. Your reason is kept on the referral."
            rows={3}
            value={acceptReason}
            onChange={setAcceptReason}
            error={form.errorFor('reason')}
          />
          <Button disabled={form.submitting} variant="secondary">
            Accept despite the criteria check
          </Button>
        </form>
      ) : null}
      <div className="nhsuk-button-group">
        {can('accept') && !outOfScope ? (
          <form method="post" className="linkwork-inline-form" onSubmit={accept} noValidate>
            <Button disabled={form.submitting}>Accept onto the waiting list</Button>
          </form>
        ) : null}
        {/* Allocating an out-of-scope referral straight from triage asks for the reason on the allocation page. */}
        {can('allocate') ? (
          <ButtonLink to={referralHref(referral.id, 'allocate')} variant={can('accept') ? 'secondary' : undefined}>
            Allocate a link worker
          </ButtonLink>
        ) : null}
      </div>
      <ul className="nhsuk-list">
        {can('request-information') ? (
          <li>
            <Link to={referralHref(referral.id, 'request-information')}>Ask the referrer for more information</Link>
          </li>
        ) : null}
        {can('decline') ? (
          <li>
            <Link to={referralHref(referral.id, 'decline')}>Decline this referral</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** A referrer answers the service's question; the referral goes back to triage. */
export function ProvideInformationForm({ referral, form, onDone, onConflict }: ActionProps) {
  const scheme = useScheme();
  const [answer, setAnswer] = useState('');
  if (!referral.allowedActions.includes('provide-information')) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!answer.trim()) {
      form.showFieldErrors([{ field: 'answer', text: 'Enter your answer to the question' }]);
      return;
    }
    const updated = await form.submit(
      () =>
        referralsApi.provideInformation(scheme.slug, referral.id, { version: referral.version, answer: answer.trim() }),
      {
        onError: (error) => {
          if (isEditConflict(error)) onConflict();
          return clarifyProblem(error, 'referral');
        },
      },
    );
    if (!updated) return;
    setAnswer('');
    // An answer that may describe a crisis is never "sent" successfully: the page leads with what to do now instead.
    onDone(
      updated,
      updated.crisis && !referral.crisis ? null : 'Answer sent. The service will look at the referral again.',
    );
  }

  return (
    <section aria-labelledby="answer-heading" className="linkwork-no-print">
      <h2 id="answer-heading">The service needs more information</h2>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Question: </span>
        <p className="linkwork-pre-line">{referral.informationRequest ?? 'The service asked for more information.'}</p>
      </div>
      <form method="post" onSubmit={submit} noValidate>
        <Textarea
          name="answer"
          label="Your answer"
          hint="It is added to the referral and the referral goes back to the service to decide"
          rows={5}
          value={answer}
          onChange={setAnswer}
          error={form.errorFor('answer')}
        />
        <Button disabled={form.submitting}>Send answer</Button>
      </form>
    </section>
  );
}
