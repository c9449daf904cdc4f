import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { directoryApi, type ChangeKind } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { CHANGE_KINDS } from './directoryLabels.tsx';

/** Telling the directory manager that a service's entry is wrong. */
export function ReportChangePage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="Reporting a change is for people working in a scheme." />;
  return <ReportChange scheme={scheme} />;
}

function ReportChange({ scheme }: { scheme: SchemeRole }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { state } = useApiData(`directory:service:${id}`, () => directoryApi.get(scheme.slug, id));
  const form = useSubmit();
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [details, setDetails] = useState('');
  usePageTitle('Report a change', form.hasErrors);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const service = state.data.service;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!kind) problems.push({ field: 'kind', text: 'Select what is wrong' });
    if (!details.trim())
      problems.push({ field: 'details', text: 'Enter what is wrong and, if you know, what is right' });
    if (!form.check(problems) || !kind) return;
    await form.submit(async () => {
      await directoryApi.reportChange(scheme.slug, id, { kind, details });
      navigate(`/directory/services/${encodeURIComponent(id)}`, {
        state: { flash: 'Change reported. The directory manager has been told.' },
      });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/directory/services/${encodeURIComponent(id)}`}>{`Back to ${service.name}`}</BackLink>
        <ErrorSummary errors={form} />
        <span className="nhsuk-caption-l">{service.name}</span>
        <h1>Report a change</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Radios
            name="kind"
            legend="What is wrong?"
            value={kind}
            onChange={(v) => setKind(v as ChangeKind)}
            error={form.errorFor('kind')}
            options={CHANGE_KINDS}
          />
          <Textarea
            name="details"
            label="Details"
            hint="What is wrong, and what is right if you know, for example the new phone number. Do not name the people you support."
            value={details}
            onChange={setDetails}
            error={form.errorFor('details')}
            rows={4}
          />
          <Button disabled={form.submitting}>Send to the directory manager</Button>
        </form>
      </div>
    </div>
  );
}
