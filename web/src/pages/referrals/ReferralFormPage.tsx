import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { referralsApi, type Consent } from '../../api/referrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { EMPTY_PATIENT, checkPatient, toPatientInput, type PatientDraft } from './patientDraft.ts';
import { PersonFields } from './PersonFields.tsx';
import { listField, remapFields } from './problems.ts';
import { REFERRER_ROLES, useScheme } from './SchemeContext.tsx';
import { useCodes } from '../../hooks/useCodes.ts';

const CONSENT_OPTIONS = [
  {
    value: 'contact',
    id: 'consent.contact',
    text: 'They agree to be contacted by the social prescribing service',
    hint: 'Required. A link worker can only help someone who agrees to be contacted.',
  },
  {
    value: 'shareWithServices',
    id: 'consent.shareWithServices',
    text: 'They agree their details can be shared with community services they are referred on to',
  },
  { value: 'shareWithGp', id: 'consent.shareWithGp', text: 'They agree the service can share updates with their GP' },
];

function consentFrom(values: readonly string[]): Consent {
  return {
    contact: values.includes('contact'),
    shareWithServices: values.includes('shareWithServices'),
    shareWithGp: values.includes('shareWithGp'),
  };
}

/** "Refer someone": a professional's referral form; the criteria result shows on the next page. */
export function ReferralFormPage() {
  const scheme = useScheme();
  const navigate = useNavigate();
  const codes = useCodes();
  const form = useSubmit();
  const [patient, setPatient] = useState<PatientDraft>(EMPTY_PATIENT);
  const [needs, setNeeds] = useState<string[]>([]);
  const [circumstances, setCircumstances] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState<string[]>([]);
  usePageTitle('Refer someone', form.hasErrors);

  if (codes.state.status === 'failed') return <LoadFailure error={codes.state.error} />;

  const isReferrer = REFERRER_ROLES.includes(scheme.role);
  // Community organisations often do not know the NHS number; the server agrees (it is optional for them).
  const nhsNumberRequired = scheme.role !== 'community_org_user';
  const practiceHint =
    scheme.role === 'referrer' && scheme.organisation
      ? `For example, Y90001. Leave blank if they are registered with your practice, ${scheme.organisation.name}.`
      : 'For example, Y90001. You can find it on the practice’s letters or the NHS website.';

  function check(): FieldError[] {
    const problems = checkPatient(patient, { nhsNumberRequired, dateOfBirthRequired: true, whose: 'the person’s' });
    if (needs.length === 0) problems.push({ field: 'needs', text: 'Select at least one thing they need help with' });
    if (!consent.includes('contact')) {
      problems.push({
        field: 'consent.contact',
        text: 'Confirm the person agrees to be contacted. Ask them first: a link worker can only help someone who agrees',
      });
    }
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        const referral = await referralsApi.create(scheme.slug, {
          patient: toPatientInput(patient),
          needs,
          circumstances,
          reason: reason.trim(),
          consent: consentFrom(consent),
        });
        // A possible crisis is never "sent" successfully: the referral page leads with what to do now instead.
        navigate(`/referrals/${encodeURIComponent(referral.id)}`, {
          state: referral.crisis ? {} : { flash: 'Referral sent' },
        });
      },
      { onError: (error) => remapFields(error, listField('needs', 'circumstances')) },
    );
  }

  const cancelTo = isReferrer ? '/referrals' : '/';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={cancelTo} />
        <ErrorSummary errors={form} />
        <h1>
          <span className="nhsuk-caption-l">
            {scheme.name}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          Refer someone
        </h1>
        <p>
          Refer someone to a social prescribing link worker. We check the referral against the service’s criteria as
          soon as you send it, and show you the result.
        </p>
        {!isReferrer ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Use this form to record a referral you received by phone or in person. Say who made it in the reason.</p>
          </div>
        ) : null}
        {codes.state.status === 'loading' ? (
          <Loading />
        ) : (
          <form method="post" onSubmit={submit} noValidate>
            <PersonFields
              value={patient}
              onChange={setPatient}
              errorFor={form.errorFor}
              ethnicCategories={codes.state.data.ethnicCategories}
              nhsNumberRequired={nhsNumberRequired}
              practiceHint={practiceHint}
            />

            <h2>The referral</h2>
            <Checkboxes
              name="needs"
              legend="What do they need help with?"
              hint="Select all that apply"
              options={codes.state.data.needs.map((n) => ({ value: n.code, text: n.label }))}
              values={needs}
              onChange={setNeeds}
              error={form.errorFor('needs')}
            />
            <Checkboxes
              name="circumstances"
              legend="Do any of these apply? (optional)"
              hint="So we can check this service is right for them"
              options={codes.state.data.circumstances.map((c) => ({ value: c.code, text: c.label }))}
              values={circumstances}
              onChange={setCircumstances}
              error={form.errorFor('circumstances')}
            />
            <Textarea
              name="reason"
              label="Reason for referral"
              hint="What matters to the person, what has been tried, and anything the link worker should know before contacting them"
              rows={6}
              value={reason}
              onChange={setReason}
              error={form.errorFor('reason')}
            />

            <h2>Consent</h2>
            <Checkboxes
              name="consent"
              legend="What has the person agreed to?"
              hint="Select all that apply"
              options={CONSENT_OPTIONS}
              values={consent}
              onChange={setConsent}
              error={form.errorFor('consent')}
              optionErrors={[
                form.errorFor('consent.contact'),
                form.errorFor('consent.shareWithServices'),
                form.errorFor('consent.shareWithGp'),
              ].filter((e): e is string => Boolean(e))}
            />

            <div className="nhsuk-button-group">
              <Button disabled={form.submitting}>Send referral</Button>
              <Link className="nhsuk-link" to={cancelTo}>
                Cancel
              </Link>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
