import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { onwardApi, type Draft } from '../../api/onwardReferrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { hoursText } from './onwardLabels.tsx';

/** Referring the person on a case to a directory service: consent, what is shared (minimum necessary ticked), a message, and a preview of exactly what is sent. */
export function NewOnwardReferralPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Onward referrals are made by link workers and scheme managers working in a scheme." />
    );
  return <NewOnwardReferral scheme={scheme} />;
}

function NewOnwardReferral({ scheme }: { scheme: SchemeRole }) {
  const caseId = useParams().caseId ?? '';
  const serviceId = useSearchParams()[0].get('service') ?? '';
  const draft = useApiData(`${scheme.slug}|onward-draft|${caseId}|${serviceId}`, () =>
    onwardApi.draft(scheme.slug, caseId, serviceId),
  );
  usePageTitle(
    draft.state.status === 'ready' ? `Refer to ${draft.state.data.service.name}` : 'Refer to a community service',
  );
  if (!serviceId) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</BackLink>
          <h1>Refer to a community service</h1>
          <p>
            First <Link to={`/directory?case=${encodeURIComponent(caseId)}`}>find the service in the directory</Link>,
            then choose “Refer to this service”.
          </p>
        </div>
      </div>
    );
  }
  if (draft.state.status === 'loading') return <Loading />;
  if (draft.state.status === 'failed') return <LoadFailure error={draft.state.error} />;
  return <ReferralForm scheme={scheme} caseId={caseId} draft={draft.state.data} />;
}

function ReferralForm({ scheme, caseId, draft }: { scheme: SchemeRole; caseId: string; draft: Draft }) {
  const navigate = useNavigate();
  const form = useSubmit();
  usePageTitle(`Refer to ${draft.service.name}`, form.hasErrors);
  const [consent, setConsent] = useState('');
  const [shared, setShared] = useState<string[]>(draft.fields.filter((f) => f.minimum).map((f) => f.key));
  const [message, setMessage] = useState('');
  const s = draft.service;
  const preview = draft.fields.filter((f) => shared.includes(f.key));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (consent !== 'yes')
      problems.push({
        field: 'consent',
        text:
          consent === 'no'
            ? 'The person has not agreed. Do not refer them without their consent'
            : 'Select whether the person agrees to this referral and to sharing the information',
      });
    if (!shared.includes('name'))
      problems.push({
        field: 'sharedFields',
        text: 'Share at least the person’s name, so the service knows who is referred',
      });
    if (!message.trim())
      problems.push({
        field: 'message',
        text: 'Enter a message to the service: why you are referring the person and what they hope for',
      });
    if (!form.check(problems)) return;
    await form.submit(async () => {
      await onwardApi.create(scheme.slug, caseId, {
        serviceId: s.id,
        consent: true,
        sharedFields: shared,
        message: message.trim(),
      });
      navigate(`/cases/${encodeURIComponent(caseId)}`, {
        state: {
          flash: `Referral sent to ${s.name}.${s.onLinkwork ? ' They will answer in Linkwork.' : ' They are not on Linkwork: contact them and record their answer on the case.'}`,
        },
      });
    });
  }

  const stats = draft.stats;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/directory/services/${encodeURIComponent(s.id)}?case=${encodeURIComponent(caseId)}`}>
          Back to the service
        </BackLink>
        <ErrorSummary errors={form} />
        <h1>
          <span className="nhsuk-caption-l">Refer to a community service</span>
          {s.name}
        </h1>
        {s.organisationName ? <p className="nhsuk-body-l">Run by {s.organisationName}</p> : null}
        <p>
          {stats.answered === 0
            ? 'No onward referrals to this service have been answered yet.'
            : `Answers in a median of ${stats.medianResponseHours === null ? 'no recorded time' : hoursText(stats.medianResponseHours)}; accepted ${Math.round((stats.acceptanceRate ?? 0) * 100)}% of ${stats.answered} answered referrals.`}
        </p>
        {!s.active ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>This service is not active
              </span>
            </h2>
            <p>The directory says this service is not running. Choose another service.</p>
          </div>
        ) : null}
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {s.onLinkwork
              ? `${s.organisationName ?? 'The organisation'} uses Linkwork: they will see the referral in their inbox and answer there. They see only what you share below, never the case.`
              : 'This service is not on Linkwork. After sending, contact them as they ask and record their answer on the case.'}
          </p>
        </div>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Radios
            name="consent"
            legend="Does the person agree to this referral and to sharing the information you choose below?"
            hint="Ask them now, or confirm what they told you. Refer only with their consent."
            value={consent}
            onChange={setConsent}
            error={form.errorFor('consent')}
            options={[
              { value: 'yes', text: 'Yes, they agree' },
              { value: 'no', text: 'No' },
            ]}
          />
          <Checkboxes
            name="sharedFields"
            legend="What to share with the service"
            legendSize="m"
            hint="Share only what the service needs. Name, phone number and how they prefer to be contacted are ticked: the minimum necessary."
            values={shared}
            onChange={setShared}
            error={form.errorFor('sharedFields')}
            options={draft.fields.map((f) => ({ value: f.key, text: f.label, hint: f.value }))}
          />
          <Textarea
            name="message"
            label="Message to the service"
            hint="Why you are referring the person and what they hope for. Do not add anything they have not agreed to share."
            value={message}
            onChange={setMessage}
            error={form.errorFor('message')}
            rows={5}
          />
          <h2>What will be sent</h2>
          <p>Exactly this goes to {s.name}:</p>
          <SummaryList>
            {preview.map((f) => (
              <SummaryRow key={f.key} label={f.label}>
                {f.value}
              </SummaryRow>
            ))}
            <SummaryRow label="Message">{message.trim() || 'Not written yet'}</SummaryRow>
          </SummaryList>
          {form.errorFor('serviceId') ? (
            <p className="nhsuk-error-message" id="serviceId">
              {form.errorFor('serviceId')}
            </p>
          ) : null}
          <Button disabled={form.submitting}>Send referral</Button>
        </form>
      </div>
    </div>
  );
}
