import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ReferralDetail } from '../../api/referrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { MessageBackLetter } from '../../components/MessageBackLetter.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { CrisisTag, CrisisWarning } from './CrisisWarning.tsx';
import { EvaluationResult } from './EvaluationResult.tsx';
import { StatusTag } from './labels.tsx';
import { ProvideInformationForm, TriageActions } from './ReferralActions.tsx';
import { PersonSummary, ReferralFacts } from './ReferralDetails.tsx';
import { ReferralTimeline } from './ReferralTimeline.tsx';
import { DUPLICATE_ROLES, REFERRER_ROLES, TRIAGE_ROLES, useScheme } from './SchemeContext.tsx';
import { useCodes } from '../../hooks/useCodes.ts';
import { useReferral } from './useReferral.ts';
import { ComplexityFlagsForm } from '../training/ComplexityFlagsForm.tsx';

function backFor(referral: ReferralDetail, isReferrer: boolean): { to: string; text: string } {
  if (isReferrer) return { to: '/referrals', text: 'Back to your referrals' };
  if (referral.status === 'received' || referral.status === 'information_requested')
    return { to: '/triage', text: 'Back to the triage queue' };
  if (referral.status === 'waiting') return { to: '/waiting-list', text: 'Back to the waiting list' };
  return { to: '/', text: 'Back to home' };
}

function StatusNotes({ referral, isTriager }: { referral: ReferralDetail; isTriager: boolean }) {
  if (referral.status === 'declined') {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>Why it was declined:</strong> {referral.declineReason ?? 'No reason was recorded.'}
        </p>
        {referral.declineAlternative ? (
          <p>
            <strong>Suggested alternative:</strong> {referral.declineAlternative}
          </p>
        ) : null}
      </div>
    );
  }
  if (referral.status === 'information_requested' && isTriager) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>Waiting for the referrer to answer:</strong> {referral.informationRequest ?? ''}
        </p>
      </div>
    );
  }
  if (referral.status === 'waiting' && referral.acceptedAt) {
    return (
      <>
        <p>Accepted on {formatDate(referral.acceptedAt)}, waiting for a link worker.</p>
        {referral.acceptReason ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              <strong>Accepted despite the criteria check, because:</strong> {referral.acceptReason}
            </p>
          </div>
        ) : null}
      </>
    );
  }
  if (referral.caseId && isTriager) {
    return (
      <p>
        <Link to={`/cases/${encodeURIComponent(referral.caseId)}`}>Open the case</Link>
      </p>
    );
  }
  return null;
}

/** One referral: the person, the criteria check, what happened, messages back and what can be done next. */
export function ReferralPage() {
  const id = useParams().id ?? '';
  const scheme = useScheme();
  const location = useLocation();
  const navigate = useNavigate();
  const { state, setData, reload } = useReferral(id);
  const codes = useCodes();
  const form = useSubmit();
  const [conflict, setConflict] = useState(false);
  const name =
    state.status === 'ready' ? `${state.data.patient.givenName} ${state.data.patient.familyName}` : 'Referral';
  usePageTitle(`Referral: ${name}`, form.hasErrors);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const referral = state.data;
  const isReferrer = REFERRER_ROLES.includes(scheme.role);
  const isTriager = TRIAGE_ROLES.includes(scheme.role);
  const back = backFor(referral, isReferrer);
  const codeLists = codes.state.status === 'ready' ? codes.state.data : null;

  function done(updated: ReferralDetail, flash: string | null) {
    setConflict(false);
    setData(updated);
    navigate(location.pathname, { replace: true, state: flash === null ? {} : { flash } });
    window.scrollTo(0, 0);
  }

  async function reloadReferral() {
    await reload();
    setConflict(false);
    form.clear();
  }

  const actionProps = { referral, form, onDone: done, onConflict: () => setConflict(true) };
  return (
    <>
      <BackLink to={back.to}>{back.text}</BackLink>
      <ErrorSummary errors={form} />
      <Flash />
      <h1>
        <span className="nhsuk-caption-l">
          Referral<span className="nhsuk-u-visually-hidden"> for </span>
        </span>
        {name}
      </h1>
      <p>
        <StatusTag status={referral.status} /> {referral.urgency === 'crisis' ? <CrisisTag /> : null} Received{' '}
        {formatDate(referral.receivedAt)}
      </p>
      {referral.crisis ? <CrisisWarning advice={referral.crisis} forTriage={isTriager} /> : null}
      {conflict ? <EditConflictNotice what="referral" onReload={() => void reloadReferral()} /> : null}
      <StatusNotes referral={referral} isTriager={isTriager} />
      {referral.possibleDuplicates > 0 && DUPLICATE_ROLES.includes(scheme.role) ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Possible duplicate record
            </span>
          </h2>
          <p>
            {referral.possibleDuplicates === 1
              ? 'Another record may be the same person.'
              : `${referral.possibleDuplicates} other records may be the same person.`}{' '}
            <Link to="/patients/duplicates">Check possible duplicates</Link> before you contact them.
          </p>
        </div>
      ) : null}

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ProvideInformationForm {...actionProps} />
          {/* The criteria check comes before the decision it informs, so an out-of-scope result is read before Accept. */}
          <EvaluationResult evaluation={referral.evaluation} reasons={referral.evaluationReasons} />
          <TriageActions {...actionProps} />
          <ComplexityFlagsForm {...actionProps} />

          <h2>The person</h2>
          <PersonSummary patient={referral.patient} codes={codeLists} />

          <h2>The referral</h2>
          <ReferralFacts referral={referral} codes={codeLists} />

          <ReferralTimeline events={referral.events} />

          <section aria-labelledby="messages-heading">
            <h2 id="messages-heading">Messages back</h2>
            {referral.messagesBack.length === 0 ? (
              <p>No messages have been sent back about this referral yet.</p>
            ) : (
              referral.messagesBack.map((message) => <MessageBackLetter key={message.id} message={message} />)
            )}
          </section>
        </div>
      </div>
    </>
  );
}
