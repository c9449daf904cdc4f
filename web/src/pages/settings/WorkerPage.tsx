import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { settingsApi, type WorkerProfileView } from '../../api/settings.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { DateInput, datePartsFrom, readDate } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { StaffPicker } from '../../components/StaffPicker.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { useApiData } from '../../hooks/useApiData.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { listField, remapFields } from '../referrals/problems.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { capacityText, decimalNumber, useSettings, wholeNumber } from '../../hooks/useSettings.ts';

/** Splits "Polish, Urdu" into ["Polish", "Urdu"], dropping blanks and repeats. */
function languagesFrom(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((l) => l.trim())
    .filter((l) => {
      const key = l.toLowerCase();
      if (!l || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function WorkerForm({
  worker,
  reload,
  schemeCadence,
}: {
  worker: WorkerProfileView;
  reload: () => Promise<void>;
  schemeCadence: number;
}) {
  const scheme = useScheme();
  const form = useSubmit();
  const [hours, setHours] = useState(String(worker.hoursPerWeek));
  const [languages, setLanguages] = useState(worker.languages.join(', '));
  const [accepting, setAccepting] = useState(worker.acceptingCases ? 'yes' : 'no');
  const [supervisorId, setSupervisorId] = useState(worker.supervisorId ?? '');
  const [cadence, setCadence] = useState(
    worker.supervisionCadenceDays === null ? '' : String(worker.supervisionCadenceDays),
  );
  const [startedOn, setStartedOn] = useState(datePartsFrom(worker.startedOn));

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    const n = decimalNumber(hours);
    if (Number.isNaN(n) || n > 60)
      problems.push({ field: 'hoursPerWeek', text: 'Hours a week must be a number from 0 to 60, like 22.5' });
    const list = languagesFrom(languages);
    if (list.length > 20) problems.push({ field: 'languages', text: 'List 20 languages or fewer' });
    if (list.some((l) => l.length > 60))
      problems.push({
        field: 'languages',
        text: 'Each language must be 60 characters or fewer: separate languages with commas',
      });
    const days = wholeNumber(cadence);
    if (cadence.trim() && (Number.isNaN(days) || days < 7 || days > 182))
      problems.push({
        field: 'supervisionCadenceDays',
        text: 'Days between supervision sessions must be a whole number from 7 to 182, or empty for the scheme’s',
      });
    if (readDate(startedOn).kind === 'invalid')
      problems.push({ field: 'startedOn', text: 'Start date must be a real date, like 1 4 2026' });
    return problems;
  }

  async function save() {
    await settingsApi.saveWorker(scheme.slug, worker.userId, {
      hoursPerWeek: decimalNumber(hours),
      languages: languagesFrom(languages),
      acceptingCases: accepting === 'yes',
      supervisorId: supervisorId || null,
      supervisionCadenceDays: cadence.trim() ? wholeNumber(cadence) : null,
      startedOn: (() => {
        const date = readDate(startedOn);
        return date.kind === 'date' ? date.iso : null;
      })(),
    });
    return `${worker.name}’s working pattern saved`;
  }

  return (
    <SettingsForm
      title={`${worker.name}’s working pattern`}
      form={form}
      check={check}
      save={save}
      reload={reload}
      what="worker’s details"
      mapError={(error) => remapFields(error, listField('languages'))}
      intro={
        <p>
          Now: {capacityText(worker.capacity)}
          {worker.capacity.overCap ? ' (over their safe caseload)' : ''}.
        </p>
      }
    >
      <TextInput
        name="hoursPerWeek"
        label="Hours a week"
        hint="Their safe caseload is worked out from these hours"
        inputMode="text"
        widthClass="nhsuk-input--width-4"
        value={hours}
        onChange={setHours}
        error={form.errorFor('hoursPerWeek')}
      />
      <TextInput
        name="languages"
        label="Languages they can work in, other than English (optional)"
        hint="Separate languages with commas, for example Polish, Urdu, British Sign Language"
        value={languages}
        onChange={setLanguages}
        error={form.errorFor('languages')}
      />
      <Radios
        name="acceptingCases"
        legend="Are they taking new cases?"
        options={[
          { value: 'yes', text: 'Yes' },
          {
            value: 'no',
            text: 'No',
            hint: 'For example while on leave; allocation will show they are not taking cases',
          },
        ]}
        value={accepting}
        onChange={setAccepting}
        error={form.errorFor('acceptingCases')}
      />
      <h2>Clinical supervision</h2>
      <StaffPicker
        slug={scheme.slug}
        name="supervisorId"
        legend="Named supervisor"
        hint="Holds their clinical supervision and debriefs them after difficult sessions. Choose one of the scheme’s managers or supervisors."
        noneText="No supervisor named"
        current={worker.supervisor}
        exclude={worker.userId}
        value={supervisorId}
        onChange={setSupervisorId}
        error={form.errorFor('supervisorId')}
      />
      <TextInput
        name="supervisionCadenceDays"
        label="Days between supervision sessions (optional)"
        hint={`Leave empty for the scheme’s ${schemeCadence} days`}
        inputMode="numeric"
        widthClass="nhsuk-input--width-4"
        value={cadence}
        onChange={setCadence}
        error={form.errorFor('supervisionCadenceDays')}
      />
      <DateInput
        name="startedOn"
        legend="Date they started (optional)"
        hint="Supervision falls due a cadence after this until their first session. For example, 1 4 2026"
        value={startedOn}
        onChange={setStartedOn}
        error={form.errorFor('startedOn')}
      />
    </SettingsForm>
  );
}

/** The scheme manager records a link worker's hours, languages, whether they take new cases, and their supervision. */
export function WorkerPage() {
  const scheme = useScheme();
  const userId = useParams().userId ?? '';
  const { state: settings, reload: reloadSettings } = useSettings();
  const { state: worker, reload: reloadWorker } = useApiData(`settings:worker:${scheme.slug}:${userId}`, () =>
    settingsApi.worker(scheme.slug, userId),
  );
  if (settings.status === 'loading' || worker.status === 'loading') return <Loading />;
  if (worker.status === 'failed')
    return worker.error.status === 404 || worker.error.status === 400 ? (
      <NotFoundPage />
    ) : (
      <LoadFailure error={worker.error} />
    );
  if (settings.status === 'failed') return <LoadFailure error={settings.error} />;
  const reload = () => Promise.all([reloadSettings(), reloadWorker()]).then(() => undefined);
  return (
    <WorkerForm
      key={worker.data.userId}
      worker={worker.data}
      reload={reload}
      schemeCadence={settings.data.safety.supervisionCadenceDays}
    />
  );
}
