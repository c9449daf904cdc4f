import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import type { Codes } from '../../api/codes.ts';
import { selfReferralApi, type SelfReferralForm } from '../../api/referrals.ts';
import { Button } from '../../components/Button.tsx';
import { Checkbox, Checkboxes } from '../../components/form/Checkboxes.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { EMPTY_PATIENT, checkPatient, toPatientInput, type PatientDraft } from '../referrals/patientDraft.ts';
import { CONTACT_OPTIONS } from '../referrals/PersonFields.tsx';
import { listField, remapFields } from '../referrals/problems.ts';
import { useCodes } from '../../hooks/useCodes.ts';
import { plainNeedOptions } from './plainNeeds.ts';
import { UrgentHelp } from './UrgentHelp.tsx';

const TITLE = 'Ask for help from a social prescriber';

/** A problem shown as one plain sentence in the error summary. */
function plainProblem(detail: string): ApiError {
  return new ApiError({ title: detail, status: 400, detail });
}

/** What the person sees after a failed send: plain words, never "validation failed". */
function explain(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 429)
    return plainProblem('Too many forms have been sent from this device; try again in a few minutes.');
  if (error.status === 403)
    return plainProblem(
      error.problem.detail ??
        'This service is not taking requests through this form at the moment. Please speak to your GP practice, who can refer you.',
    );
  const tokenError = error.problem.errors?.find((e) => e.field === 'formToken');
  if (tokenError) return plainProblem(tokenError.fix ? `${tokenError.message} ${tokenError.fix}` : tokenError.message);
  return remapFields(error, listField('needs'));
}

function Closed({ form }: { form: SelfReferralForm }) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{TITLE}</h1>
        <p>{form.scheme.name} is not taking requests through this form at the moment.</p>
        <h2>What you can do instead</h2>
        <p>
          Speak to your GP practice. They can refer you to a social prescriber, or tell you about other help near you.
        </p>
        <UrgentHelp />
      </div>
    </div>
  );
}

function OpenForm({ form, codes, slug }: { form: SelfReferralForm; codes: Codes; slug: string }) {
  const navigate = useNavigate();
  const submission = useSubmit();
  const [token, setToken] = useState(form.formToken);
  const [patient, setPatient] = useState<PatientDraft>(EMPTY_PATIENT);
  const [needs, setNeeds] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState<string[]>([]);
  const [website, setWebsite] = useState('');
  usePageTitle(TITLE, submission.hasErrors);
  const set =
    <K extends keyof PatientDraft>(key: K) =>
    (value: PatientDraft[K]) =>
      setPatient((p) => ({ ...p, [key]: value }));

  function check(): FieldError[] {
    const problems = checkPatient(patient, { nhsNumberRequired: false, dateOfBirthRequired: true, whose: 'your' });
    if (!patient.preferredContact)
      problems.push({ field: 'patient.preferredContact', text: 'Choose how you would like us to contact you' });
    if (needs.length === 0)
      problems.push({ field: 'needs', text: 'Choose at least one thing you would like help with' });
    if (!consent.includes('contact'))
      problems.push({
        field: 'consent.contact',
        text: 'Tick the box to say we can contact you. We cannot help without talking to you',
      });
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!submission.check(problems)) return;
    const result = await submission.submit(
      () =>
        selfReferralApi.send(slug, {
          formToken: token,
          ...(website ? { website } : {}),
          patient: toPatientInput(patient),
          needs,
          reason: reason.trim(),
          consent: {
            contact: consent.includes('contact'),
            shareWithServices: consent.includes('shareWithServices'),
            shareWithGp: consent.includes('shareWithGp'),
          },
        }),
      { onError: explainAndRefreshToken },
    );
    if (!result) return;
    // What the person wrote may describe a crisis: the next page leads with where to get help now.
    navigate(`/self-referral/${encodeURIComponent(slug)}/sent?reference=${encodeURIComponent(result.reference)}`, {
      replace: true,
      state: result.crisis ? { crisis: result.crisis } : {},
    });
  }

  function explainAndRefreshToken(error: unknown): unknown {
    // An expired or foreign token will never pass: fetch a fresh one so sending again works.
    if (
      error instanceof ApiError &&
      error.problem.errors?.some((e) => e.field === 'formToken' && !/too quickly/i.test(e.message))
    ) {
      selfReferralApi.form(slug).then(
        (fresh) => setToken(fresh.formToken),
        () => undefined,
      );
    }
    return explain(error);
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={submission} />
        <h1>
          <span className="nhsuk-caption-l">
            {form.scheme.name}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {TITLE}
        </h1>
        <p className="nhsuk-body-l">
          A social prescriber (also called a link worker) can help with things that affect your health and wellbeing,
          like feeling lonely, money worries or housing.
        </p>
        <p>Fill in this form and someone from {form.scheme.name} will contact you. It takes about 10 minutes.</p>
        <UrgentHelp />
        <form method="post" onSubmit={submit} noValidate>
          <h2>About you</h2>
          <TextInput
            name="patient.givenName"
            label="First name"
            autoComplete="given-name"
            spellCheck={false}
            value={patient.givenName}
            onChange={set('givenName')}
            error={submission.errorFor('patient.givenName')}
          />
          <TextInput
            name="patient.familyName"
            label="Last name"
            autoComplete="family-name"
            spellCheck={false}
            value={patient.familyName}
            onChange={set('familyName')}
            error={submission.errorFor('patient.familyName')}
          />
          <DateInput
            name="patient.dateOfBirth"
            legend="Date of birth"
            hint="For example, 15 3 1984"
            autoCompleteBirthday
            value={patient.dateOfBirth}
            onChange={set('dateOfBirth')}
            error={submission.errorFor('patient.dateOfBirth')}
          />
          <TextInput
            name="patient.nhsNumber"
            label="NHS number (optional)"
            hint="This is a 10 digit number, like 485 777 3456. You can find it on letters from the NHS, in the NHS App, or by asking your GP practice. Leave it blank if you do not know it."
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            widthClass="nhsuk-input--width-10"
            value={patient.nhsNumber}
            onChange={set('nhsNumber')}
            error={submission.errorFor('patient.nhsNumber')}
          />

          <h2>Your address</h2>
          <TextInput
            name="patient.addressLine1"
            label="Address line 1"
            autoComplete="address-line1"
            value={patient.addressLine1}
            onChange={set('addressLine1')}
            error={submission.errorFor('patient.addressLine1')}
          />
          <TextInput
            name="patient.addressLine2"
            label="Address line 2 (optional)"
            autoComplete="address-line2"
            value={patient.addressLine2}
            onChange={set('addressLine2')}
            error={submission.errorFor('patient.addressLine2')}
          />
          <TextInput
            name="patient.town"
            label="Town or city"
            autoComplete="address-level2"
            widthClass="nhsuk-u-width-two-thirds"
            value={patient.town}
            onChange={set('town')}
            error={submission.errorFor('patient.town')}
          />
          <TextInput
            name="patient.postcode"
            label="Postcode"
            autoComplete="postal-code"
            widthClass="nhsuk-input--width-10"
            value={patient.postcode}
            onChange={set('postcode')}
            error={submission.errorFor('patient.postcode')}
          />

          <h2>How we contact you</h2>
          <TextInput
            name="patient.phone"
            label="Phone number (optional)"
            hint="A mobile number if you would like text messages"
            type="tel"
            autoComplete="tel"
            widthClass="nhsuk-input--width-20"
            value={patient.phone}
            onChange={set('phone')}
            error={submission.errorFor('patient.phone')}
          />
          <TextInput
            name="patient.email"
            label="Email address (optional)"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={patient.email}
            onChange={set('email')}
            error={submission.errorFor('patient.email')}
          />
          <Radios
            name="patient.preferredContact"
            legend="How would you like us to contact you?"
            options={CONTACT_OPTIONS}
            value={patient.preferredContact}
            onChange={set('preferredContact')}
            error={submission.errorFor('patient.preferredContact')}
          />

          <h2>Language and access</h2>
          <TextInput
            name="patient.preferredLanguage"
            label="What language would you like to use? (optional)"
            hint="Leave this blank if you are happy to use English"
            autoComplete="off"
            widthClass="nhsuk-u-width-one-half"
            value={patient.preferredLanguage}
            onChange={set('preferredLanguage')}
            error={submission.errorFor('patient.preferredLanguage')}
          />
          <Checkbox
            name="patient.interpreterNeeded"
            label="I need an interpreter"
            checked={patient.interpreterNeeded}
            onChange={set('interpreterNeeded')}
            error={submission.errorFor('patient.interpreterNeeded')}
          />
          <Textarea
            name="patient.accessibilityNeeds"
            label="Is there anything that would make it easier to talk to us or meet us? (optional)"
            hint="For example, large print, a hearing loop, step-free access, or having someone with you"
            rows={3}
            value={patient.accessibilityNeeds}
            onChange={set('accessibilityNeeds')}
            error={submission.errorFor('patient.accessibilityNeeds')}
          />

          <h2>Your GP practice</h2>
          <TextInput
            name="patient.practiceOdsCode"
            label="Your GP practice code (optional)"
            hint="Only if you know it. It is a short code of letters and numbers, like Y90001, on letters from your practice"
            autoComplete="off"
            spellCheck={false}
            widthClass="nhsuk-input--width-10"
            value={patient.practiceOdsCode}
            onChange={set('practiceOdsCode')}
            error={submission.errorFor('patient.practiceOdsCode')}
          />

          <h2>What you would like help with</h2>
          <Checkboxes
            name="needs"
            legend="What would you like help with?"
            hint="Choose all that apply"
            options={plainNeedOptions(codes.needs)}
            values={needs}
            onChange={setNeeds}
            error={submission.errorFor('needs')}
          />
          <Textarea
            name="reason"
            label="Tell us more (optional)"
            hint="Anything that would help us understand what matters to you"
            rows={5}
            value={reason}
            onChange={setReason}
            error={submission.errorFor('reason')}
          />

          <h2>Agreeing to be contacted</h2>
          <Checkboxes
            name="consent"
            legend="Tick the boxes you agree with"
            options={[
              {
                value: 'contact',
                id: 'consent.contact',
                text: `I agree that ${form.scheme.name} can contact me`,
                hint: 'We need this to help you',
              },
              {
                value: 'shareWithServices',
                id: 'consent.shareWithServices',
                text: 'I agree you can share my details with services you put me in touch with',
              },
              {
                value: 'shareWithGp',
                id: 'consent.shareWithGp',
                text: 'I agree you can tell my GP practice how things are going',
              },
            ]}
            values={consent}
            onChange={setConsent}
            optionErrors={[
              submission.errorFor('consent.contact'),
              submission.errorFor('consent.shareWithServices'),
              submission.errorFor('consent.shareWithGp'),
            ].filter((e): e is string => Boolean(e))}
          />

          <div className="linkwork-honeypot" aria-hidden="true">
            <label htmlFor="website">Leave this blank</label>
            <input
              id="website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={website}
              onChange={(event) => setWebsite(event.target.value)}
            />
          </div>

          <Button disabled={submission.submitting}>Send</Button>
        </form>
      </div>
    </div>
  );
}

/** The public self-referral form: no sign-in, plain English, guarded against bots without third parties. */
export function SelfReferralPage() {
  const slug = useParams().slug ?? '';
  const form = useApiData(`self-referral:${slug}`, () => selfReferralApi.form(slug));
  const codes = useCodes();
  usePageTitle(TITLE);

  if (form.state.status === 'failed') return <LoadFailure error={form.state.error} />;
  if (form.state.status === 'ready' && !form.state.data.open) return <Closed form={form.state.data} />;
  if (codes.state.status === 'failed') return <LoadFailure error={codes.state.error} />;
  if (form.state.status === 'loading' || codes.state.status === 'loading') return <Loading />;
  return <OpenForm form={form.state.data} codes={codes.state.data} slug={slug} />;
}
