import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { settingsApi, type WorkerProfileView } from '../../api/settings.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/Radios.tsx';
import { TextInput } from '../../components/TextInput.tsx';
import { useFormErrors, type FieldError } from '../../hooks/useFormErrors.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { listField, remapFields } from '../referrals/problems.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { capacityText, decimalNumber, useSettings } from './useSettings.ts';

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

function WorkerForm({ worker, reload }: { worker: WorkerProfileView; reload: () => Promise<void> }) {
  const scheme = useScheme();
  const errors = useFormErrors();
  const [hours, setHours] = useState(String(worker.hoursPerWeek));
  const [languages, setLanguages] = useState(worker.languages.join(', '));
  const [accepting, setAccepting] = useState(worker.acceptingCases ? 'yes' : 'no');

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    const n = decimalNumber(hours);
    if (Number.isNaN(n) || n > 60) problems.push({ field: 'hoursPerWeek', text: 'Hours a week must be a number from 0 to 60, like 22.5' });
    const list = languagesFrom(languages);
    if (list.length > 20) problems.push({ field: 'languages', text: 'List 20 languages or fewer' });
    if (list.some((l) => l.length > 60)) problems.push({ field: 'languages', text: 'Each language must be 60 characters or fewer: separate languages with commas' });
    return problems;
  }

  async function save() {
    await settingsApi.saveWorker(scheme.slug, worker.userId, {
      hoursPerWeek: decimalNumber(hours),
      languages: languagesFrom(languages),
      acceptingCases: accepting === 'yes',
    });
    return `${worker.name}’s working pattern saved`;
  }

  return (
    <SettingsForm
      title={`${worker.name}’s working pattern`}
      errors={errors}
      check={check}
      save={save}
      reload={reload}
      what="worker’s details"
      mapError={(error) => remapFields(error, listField('languages'))}
      intro={<p>Now: {capacityText(worker.capacity)}{worker.capacity.overCap ? ' (over their safe caseload)' : ''}.</p>}
    >
      <TextInput
        name="hoursPerWeek"
        label="Hours a week"
        hint="Their safe caseload is worked out from these hours"
        inputMode="text"
        widthClass="nhsuk-input--width-4"
        value={hours}
        onChange={setHours}
        error={errors.errorFor('hoursPerWeek')}
      />
      <TextInput
        name="languages"
        label="Languages they can work in, other than English (optional)"
        hint="Separate languages with commas, for example Polish, Urdu, British Sign Language"
        value={languages}
        onChange={setLanguages}
        error={errors.errorFor('languages')}
      />
      <Radios
        name="acceptingCases"
        legend="Are they taking new cases?"
        options={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No', hint: 'For example while on leave; allocation will show they are not taking cases' },
        ]}
        value={accepting}
        onChange={setAccepting}
        error={errors.errorFor('acceptingCases')}
      />
    </SettingsForm>
  );
}

/** The scheme manager records a link worker's hours, languages and whether they take new cases. */
export function WorkerPage() {
  const userId = useParams().userId ?? '';
  const { state, reload } = useSettings();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const worker = state.data.workers.find((w) => w.userId === userId);
  if (!worker) return <NotFoundPage />;
  return <WorkerForm key={worker.userId} worker={worker} reload={reload} />;
}
