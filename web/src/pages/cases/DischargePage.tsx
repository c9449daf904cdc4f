import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { codesApi } from '../../api/codes.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { personName } from './caseLabels.tsx';
import { FinalMeasuresPanel } from './FinalMeasuresPanel.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';

/** Discharging a person: the coded reason, a summary and what was arranged, which go back to the GP and the referrer. */
export function DischargePage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Case pages are for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <DischargeInScheme scheme={scheme} />;
}

function DischargeInScheme({ scheme }: { scheme: SchemeRole }) {
  const { slug } = scheme;
  const id = useParams().id ?? '';
  const caseTo = `/cases/${encodeURIComponent(id)}`;
  const { state, setData, reload } = useApiData(`${slug}|${id}`, () => casesApi.get(slug, id));
  const codes = useApiData('codes', () => codesApi.get());
  const errors = useErrorsAcrossForms();
  usePageTitle(
    state.status === 'ready' ? `Discharge ${personName(state.data.patient)}` : 'Discharge',
    errors.hasErrors,
  );

  if (state.status === 'loading' || codes.state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  if (codes.state.status === 'failed') return <LoadFailure error={codes.state.error} />;
  const kase = state.data;
  const name = personName(kase.patient);

  if (!kase.allowedActions.includes('discharge')) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={caseTo}>Back to the case</BackLink>
          <h1>Discharge {name}</h1>
          <p>
            {kase.status === 'closed'
              ? 'This case is already closed.'
              : `Only the link worker (${kase.worker.name}) or the scheme manager can discharge this person.`}
          </p>
          <p>
            <Link to={caseTo}>Go to the case</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <DischargeForm
        slug={slug}
        caseId={kase.id}
        version={kase.version}
        name={name}
        contactStep={kase.contactStep.step}
        reasons={codes.state.data.dischargeReasons}
        finalMeasures={<FinalMeasuresPanel kase={kase} />}
        caseTo={caseTo}
        onReload={() => void reload()}
        onStale={(view) => setData(view)}
      />
    </FormErrorsReporter.Provider>
  );
}

interface DischargeFormProps {
  slug: string;
  caseId: string;
  version: number;
  name: string;
  contactStep: string;
  reasons: { code: string; label: string }[];
  /** The outcome measures asked at discharge, whose change the message back carries. */
  finalMeasures: ReactNode;
  caseTo: string;
  onReload: () => void;
  onStale: (view: Awaited<ReturnType<typeof casesApi.get>>) => void;
}

function DischargeForm(props: DischargeFormProps) {
  const navigate = useNavigate();
  const form = useCaseForm('discharge');
  const declined = props.contactStep === 'declined' && props.reasons.some((r) => r.code === 'patient-withdrew');
  const [reason, setReason] = useState(declined ? 'patient-withdrew' : '');
  const [summary, setSummary] = useState('');
  const [arranged, setArranged] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!reason) errors.push({ field: 'reason', text: 'Select the reason for discharge' });
    if (!summary.trim()) errors.push({ field: 'summary', text: 'Enter a summary of your work together' });
    else if (summary.length > 4000)
      errors.push({ field: 'summary', text: 'The summary must be 4,000 characters or fewer' });
    if (arranged.length > 4000)
      errors.push({ field: 'arranged', text: 'What was arranged must be 4,000 characters or fewer' });
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      casesApi.discharge(props.slug, props.caseId, {
        version: props.version,
        reason,
        summary: summary.trim(),
        arranged: arranged.trim(),
      }),
    );
    if (!view) return;
    navigate(props.caseTo, {
      state: {
        flash: `${props.name} has been discharged. A message back has been sent to the GP and the referrer.`,
        section: 'messagesBack',
      },
    });
  }

  async function reloadKeepingDraft() {
    try {
      props.onStale(await casesApi.get(props.slug, props.caseId));
      form.clear();
    } catch {
      props.onReload();
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={props.caseTo}>Back to the case</BackLink>
        <FormErrorSummary
          form={form}
          level={2}
          onReload={() => void reloadKeepingDraft()}
          reloadWarning="What you have typed here will be kept when you reload. Check the case has not been closed already, then discharge again."
        />
        <span className="nhsuk-caption-l">{props.name}</span>
        <h1>Discharge</h1>
        {props.finalMeasures}
        <form method="post" onSubmit={submit} noValidate>
          <Radios
            name={form.name('reason')}
            legend="Why is the person being discharged?"
            value={reason}
            options={props.reasons.map((r) => ({ value: r.code, text: r.label }))}
            onChange={setReason}
            error={form.errorFor('reason')}
          />
          <Textarea
            name={form.name('summary')}
            label="Summary"
            hint="What you and the person worked on, and how things are now. The GP and the referrer will read this."
            value={summary}
            onChange={setSummary}
            error={form.errorFor('summary')}
            rows={8}
          />
          <Textarea
            name={form.name('arranged')}
            label="What was arranged (optional)"
            hint="Community support the person is now connected to, onward referrals, and anything the GP should follow up."
            value={arranged}
            onChange={setArranged}
            error={form.errorFor('arranged')}
            rows={5}
          />
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              When you discharge {props.name}, the case closes and a message back will be sent to the GP and the
              referrer. It gives the reason, your summary and what was arranged, with the sessions held and the goals.
              The case cannot be reopened.
            </p>
          </div>
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>Discharge and send the message back</Button>
            <Link className="nhsuk-link" to={props.caseTo}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
