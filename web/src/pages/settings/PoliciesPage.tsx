import { useState } from 'react';
import { settingsApi, type Policies } from '../../api/settings.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SettingsForm, type SettingsFormInput } from './SettingsForm.tsx';
import { decimalNumber, useSettings, wholeNumber } from '../../hooks/useSettings.ts';

type PolicyKey = keyof Policies;

interface PolicyField {
  key: PolicyKey;
  label: string;
  hint: string;
  min: number;
  max: number;
  decimal?: boolean;
  group: string;
}

const FIELDS: PolicyField[] = [
  {
    key: 'annualPeoplePerFte',
    group: 'Safe caseload',
    label: 'People a full-time link worker supports in a year',
    hint: '200 to 250 is a safe caseload',
    min: 1,
    max: 1000,
  },
  {
    key: 'fullTimeHours',
    group: 'Safe caseload',
    label: 'Full-time hours a week',
    hint: 'Each worker’s share is worked out from their hours, for example 37.5',
    min: 0,
    max: 60,
    decimal: true,
  },
  {
    key: 'contactAttempts',
    group: 'Contacting people',
    label: 'Contact attempts before sending a letter',
    hint: 'From 1 to 10',
    min: 1,
    max: 10,
  },
  {
    key: 'contactWindowDays',
    group: 'Contacting people',
    label: 'Days to make the attempts in',
    hint: 'From 1 to 90',
    min: 1,
    max: 90,
  },
  {
    key: 'letterWaitDays',
    group: 'Contacting people',
    label: 'Days to wait after the letter before closing as unable to contact',
    hint: 'From 0 to 90',
    min: 0,
    max: 90,
  },
  {
    key: 'interventionWeeks',
    group: 'Intervention length',
    label: 'Weeks of support',
    hint: 'From 1 to 104. Workers are prompted as the limit nears, and need a reason to extend',
    min: 1,
    max: 104,
  },
  {
    key: 'interventionSessions',
    group: 'Intervention length',
    label: 'Sessions',
    hint: 'From 1 to 100',
    min: 1,
    max: 100,
  },
  {
    key: 'practiceQuietWeeks',
    group: 'GP practices',
    label: 'Weeks without a referral before a practice counts as stopped',
    hint: 'From 2 to 26. Managers are told once when a practice that used to refer regularly has sent none for this long',
    min: 2,
    max: 26,
  },
];

const GROUPS = [...new Set(FIELDS.map((f) => f.group))];

function PoliciesForm({ settings, reload }: SettingsFormInput) {
  const scheme = useScheme();
  const form = useSubmit();
  const [values, setValues] = useState<Record<PolicyKey, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f.key, String(settings.policies[f.key])])) as Record<PolicyKey, string>,
  );

  const read = (f: PolicyField) => (f.decimal ? decimalNumber(values[f.key]) : wholeNumber(values[f.key]));

  function check(): FieldError[] {
    return FIELDS.flatMap((f) => {
      const n = read(f);
      const bad = Number.isNaN(n) || n > f.max || (f.decimal ? n <= f.min : n < f.min);
      if (!bad) return [];
      const range = f.decimal ? `more than ${f.min} and at most ${f.max}` : `a whole number from ${f.min} to ${f.max}`;
      return [{ field: f.key, text: `${f.label} must be ${range}` }];
    });
  }

  async function save() {
    const numbers = Object.fromEntries(FIELDS.map((f) => [f.key, read(f)])) as unknown as Policies;
    await settingsApi.savePolicies(scheme.slug, { version: settings.version, ...numbers });
    return 'Policies saved. Workers’ safe caseloads have been worked out again.';
  }

  return (
    <SettingsForm title="Policies" form={form} check={check} save={save} reload={reload}>
      {GROUPS.map((group) => (
        <div key={group}>
          <h2>{group}</h2>
          {FIELDS.filter((f) => f.group === group).map((f) => (
            <TextInput
              key={f.key}
              name={f.key}
              label={f.label}
              hint={f.hint}
              inputMode={f.decimal ? 'text' : 'numeric'}
              widthClass="nhsuk-input--width-4"
              value={values[f.key]}
              onChange={(value) => setValues((all) => ({ ...all, [f.key]: value }))}
              error={form.errorFor(f.key)}
            />
          ))}
        </div>
      ))}
    </SettingsForm>
  );
}

/** The scheme manager sets the safe caseload, the contact policy and the intervention length. */
export function PoliciesPage() {
  const { state, reload } = useSettings();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <PoliciesForm settings={state.data} reload={reload} />;
}
