import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import {
  directoryApi,
  type CapacityStatus,
  type EditableFields,
  type ServiceDetail,
  type ServiceStatus,
} from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { freshnessText } from './directoryLabels.tsx';

const STATUSES: { value: ServiceStatus; text: string }[] = [
  { value: 'active', text: 'Running' },
  { value: 'temporarily closed', text: 'Temporarily closed' },
  { value: 'inactive', text: 'Not running at the moment (hidden from searches)' },
  { value: 'defunct', text: 'Closed for good (hidden from searches)' },
];
const CAPACITIES: { value: CapacityStatus | 'unknown'; text: string }[] = [
  { value: 'capacity', text: 'Taking people on' },
  { value: 'waitlist', text: 'Waiting list' },
  { value: 'no_capacity', text: 'Not taking people on' },
  { value: 'unknown', text: 'Do not say' },
];

interface Form {
  name: string;
  description: string;
  email: string;
  url: string;
  status: ServiceStatus;
  minimumAge: string;
  maximumAge: string;
  free: 'yes' | 'no';
  fees: string;
  languages: string;
  capacity: string;
  capacityNote: string;
  confirmCorrect: boolean;
}

function formOf(e: EditableFields): Form {
  return {
    name: e.name,
    description: e.description ?? '',
    email: e.email ?? '',
    url: e.url ?? '',
    status: e.status,
    minimumAge: e.minimumAge === null ? '' : String(e.minimumAge),
    maximumAge: e.maximumAge === null ? '' : String(e.maximumAge),
    free: e.free ? 'yes' : 'no',
    fees: e.free ? '' : (e.fees ?? ''),
    languages: e.languages.map((l) => `${l.code} ${l.name}`).join(', '),
    capacity: e.capacity ?? 'unknown',
    capacityNote: e.capacityNote ?? '',
    confirmCorrect: false,
  };
}

/** "en English, pl Polish" into languages; null when an entry is not a code and a name. */
function readLanguages(text: string): { name: string; code: string }[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const read = parts.map((p) => /^([A-Za-z]{2,3})\s+(.+)$/.exec(p));
  if (read.some((m) => m === null)) return null;
  return read.map((m) => ({ code: m![1]!.toLowerCase(), name: m![2]!.trim() }));
}

function age(text: string): number | null | 'bad' {
  if (!text.trim()) return null;
  return /^\d{1,3}$/.test(text.trim()) && Number(text) <= 120 ? Number(text) : 'bad';
}

/** Where a server field error belongs on this form. */
function formField(field: string): string {
  return field.startsWith('languages') ? 'languages' : field === 'free' ? 'free' : field;
}

/** An owner editing a service they look after: details, cost, languages, capacity, and confirming it is still correct. */
export function EditServicePage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="Editing is for the organisation that looks after the service." />;
  return <EditService scheme={scheme} />;
}

function EditService({ scheme }: { scheme: SchemeRole }) {
  const { id = '' } = useParams();
  const { state, reload } = useApiData(`directory:service:${id}`, () => directoryApi.get(scheme.slug, id));
  usePageTitle(state.status === 'ready' ? `Edit ${state.data.service.name}` : 'Edit service');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  if (!state.data.canEdit)
    return (
      <ForbiddenContent detail="Only the organisation that looks after this service can edit it. You can report a change instead." />
    );
  return <EditForm key={state.data.version} scheme={scheme} detail={state.data} onReload={() => void reload()} />;
}

function EditForm({ scheme, detail, onReload }: { scheme: SchemeRole; detail: ServiceDetail; onReload: () => void }) {
  const navigate = useNavigate();
  const submission = useSubmit();
  const [form, setForm] = useState<Form>(() => formOf(detail.editable));
  const [conflict, setConflict] = useState(false);
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  usePageTitle(`Edit ${detail.service.name}`, submission.hasErrors);
  const id = detail.service.id;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!form.name.trim()) problems.push({ field: 'name', text: 'Enter the service’s name' });
    const min = age(form.minimumAge);
    const max = age(form.maximumAge);
    if (min === 'bad')
      problems.push({
        field: 'minimumAge',
        text: 'Enter the minimum age as a whole number of years, or leave it empty',
      });
    if (max === 'bad')
      problems.push({
        field: 'maximumAge',
        text: 'Enter the maximum age as a whole number of years, or leave it empty',
      });
    if (form.free === 'no' && !form.fees.trim())
      problems.push({ field: 'fees', text: 'Say what the service costs, for example £2 a session' });
    const languages = readLanguages(form.languages);
    if (!languages)
      problems.push({
        field: 'languages',
        text: 'Enter each language as its code and name, separated by commas, for example: en English, pl Polish',
      });
    if (!submission.check(problems) || min === 'bad' || max === 'bad' || !languages) return;
    const saved = await submission.submit(
      async () => {
        await directoryApi.edit(scheme.slug, id, {
          version: detail.version,
          name: form.name,
          description: form.description,
          email: form.email,
          url: form.url,
          status: form.status,
          minimumAge: min,
          maximumAge: max,
          free: form.free === 'yes',
          ...(form.free === 'no' ? { fees: form.fees } : {}),
          languages,
          capacity: form.capacity === 'unknown' ? null : (form.capacity as CapacityStatus),
          capacityNote: form.capacity === 'unknown' ? null : form.capacityNote,
          confirmCorrect: form.confirmCorrect,
        });
        return true;
      },
      { onError: explainEditFailure },
    );
    if (!saved) return;
    navigate(
      scheme.role === 'community_org_user' || scheme.role === 'scheme_manager'
        ? '/directory/our-services'
        : `/directory/services/${encodeURIComponent(id)}`,
      { state: { flash: `${form.name.trim()} saved.` } },
    );
  }

  /** A conflict shows the reload notice; server field paths move onto this form's fields. */
  function explainEditFailure(error: unknown): unknown {
    if (error instanceof ApiError && error.status === 409) {
      setConflict(true);
      return error;
    }
    if (error instanceof ApiError && error.problem.errors?.length) {
      return new ApiError({
        ...error.problem,
        errors: error.problem.errors.map((e) => ({ ...e, field: formField(e.field) })),
      });
    }
    return error;
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/directory/our-services">Back to our services</BackLink>
        {conflict ? <EditConflictNotice what="service" onReload={onReload} /> : <ErrorSummary errors={submission} />}
        <span className="nhsuk-caption-l">{detail.summary.organisation.name}</span>
        <h1>Edit {detail.service.name}</h1>
        <p>
          What you save here is published in the open directory (Open Referral UK) at once.{' '}
          {freshnessText(detail.summary.freshness)}
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Radios
            name="capacity"
            legend="Is the service taking people on?"
            value={form.capacity}
            onChange={set('capacity')}
            error={submission.errorFor('capacity')}
            options={CAPACITIES}
            hint="Link workers see this in their searches. It is not published."
          />
          <TextInput
            name="capacityNote"
            label="Capacity note (optional)"
            hint="For example, about four weeks' wait"
            value={form.capacityNote}
            onChange={set('capacityNote')}
            error={submission.errorFor('capacityNote')}
          />
          <TextInput
            name="name"
            label="Name"
            value={form.name}
            onChange={set('name')}
            error={submission.errorFor('name')}
          />
          <Textarea
            name="description"
            label="Description"
            value={form.description}
            onChange={set('description')}
            error={submission.errorFor('description')}
            rows={4}
          />
          <Radios
            name="status"
            legend="Status"
            value={form.status}
            onChange={(v) => set('status')(v as ServiceStatus)}
            error={submission.errorFor('status')}
            options={STATUSES}
          />
          <TextInput
            name="email"
            label="Email address"
            type="email"
            value={form.email}
            onChange={set('email')}
            error={submission.errorFor('email')}
            autoComplete="off"
          />
          <TextInput
            name="url"
            label="Website"
            hint="Starting https://"
            value={form.url}
            onChange={set('url')}
            error={submission.errorFor('url')}
            autoComplete="off"
          />
          <TextInput
            name="minimumAge"
            label="Minimum age (optional)"
            value={form.minimumAge}
            onChange={set('minimumAge')}
            error={submission.errorFor('minimumAge')}
            inputMode="numeric"
            widthClass="nhsuk-input--width-3"
          />
          <TextInput
            name="maximumAge"
            label="Maximum age (optional)"
            value={form.maximumAge}
            onChange={set('maximumAge')}
            error={submission.errorFor('maximumAge')}
            inputMode="numeric"
            widthClass="nhsuk-input--width-3"
          />
          <Radios
            name="free"
            legend="Is it free?"
            value={form.free}
            onChange={(v) => set('free')(v === 'yes' ? 'yes' : 'no')}
            error={submission.errorFor('free')}
            options={[
              { value: 'yes', text: 'Yes, it is free' },
              { value: 'no', text: 'No, it costs something' },
            ]}
          />
          {form.free === 'no' ? (
            <TextInput
              name="fees"
              label="What does it cost?"
              hint="For example, £2 a session"
              value={form.fees}
              onChange={set('fees')}
              error={submission.errorFor('fees')}
            />
          ) : null}
          <TextInput
            name="languages"
            label="Languages it is run in"
            hint="Code and name, separated by commas, for example: en English, pl Polish"
            value={form.languages}
            onChange={set('languages')}
            error={submission.errorFor('languages')}
          />
          <Checkbox
            name="confirmCorrect"
            label="I have checked these details and they are correct"
            hint="Sets the date the details were last confirmed to today"
            checked={form.confirmCorrect}
            onChange={set('confirmCorrect')}
            error={submission.errorFor('confirmCorrect')}
          />
          <Button disabled={submission.submitting}>Save</Button>
        </form>
      </div>
    </div>
  );
}
