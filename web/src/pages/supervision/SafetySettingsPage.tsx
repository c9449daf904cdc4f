import { useState } from 'react';
import { supportApi, type CrisisContact, type SafetySettings } from '../../api/support.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StaffPicker } from '../../components/StaffPicker.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { listField, remapFields } from '../referrals/problems.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { SettingsForm, type SettingsFormInput } from '../settings/SettingsForm.tsx';
import { useSettings, wholeNumber } from '../../hooks/useSettings.ts';
import { addedPhraseProblems, phrasesFrom, RiskLanguageSettings } from './RiskLanguageSettings.tsx';

type NumberKey =
  | 'supervisionCadenceDays'
  | 'difficultSessionsInRow'
  | 'debriefResponseWorkingDays'
  | 'loneWorkingGraceMinutes'
  | 'loneWorkingEscalationMinutes'
  | 'loneWorkingCheckInWindowMinutes'
  | 'onwardReminderWorkingDays'
  | 'onwardAutoDeclineDays';

const NUMBERS: { key: NumberKey; label: string; hint: string; min: number; max: number }[] = [
  {
    key: 'supervisionCadenceDays',
    label: 'Days between clinical supervision sessions',
    hint: 'The default for every worker, from 7 to 182. A worker can have their own',
    min: 7,
    max: 182,
  },
  {
    key: 'difficultSessionsInRow',
    label: 'Difficult sessions in a row before a debrief is asked for',
    hint: 'From 1 to 20',
    min: 1,
    max: 20,
  },
  {
    key: 'debriefResponseWorkingDays',
    label: 'Working days for the supervisor to debrief',
    hint: 'From 1 to 10. Overdue debriefs go to the managers',
    min: 1,
    max: 10,
  },
  {
    key: 'loneWorkingGraceMinutes',
    label: 'Minutes after a visit’s expected end before the buddy is alerted',
    hint: 'From 0 to 240',
    min: 0,
    max: 240,
  },
  {
    key: 'loneWorkingEscalationMinutes',
    label: 'Minutes after that before the manager is alerted',
    hint: 'From 1 to 240',
    min: 1,
    max: 240,
  },
  {
    key: 'loneWorkingCheckInWindowMinutes',
    label: 'Minutes before a visit’s planned start that the worker can check in',
    hint: 'From 0 to 240. Check-in closes at the planned end; outside these times the worker starts an unplanned visit instead',
    min: 0,
    max: 240,
  },
  {
    key: 'onwardReminderWorkingDays',
    label: 'Working days without an answer before an onward referral is chased',
    hint: 'From 1 to 30. The organisation (or, for a service not on Linkwork, the worker) is reminded',
    min: 1,
    max: 30,
  },
  {
    key: 'onwardAutoDeclineDays',
    label: 'Days without an answer before an onward referral is declined automatically',
    hint: 'From 2 to 90, and long enough for the reminder to come first. The worker is told at once',
    min: 2,
    max: 90,
  },
];

const MAX_CONTACTS = 10;

function SafetyForm({ settings, reload }: SettingsFormInput) {
  const scheme = useScheme();
  const form = useSubmit();
  const safety = settings.safety;
  const [phrases, setPhrases] = useState(safety.addedRiskPhrases.join('\n'));
  const [contacts, setContacts] = useState<CrisisContact[]>(
    safety.crisisContacts.length ? safety.crisisContacts : [{ name: '', phone: '', when: '' }],
  );
  const [lead, setLead] = useState(safety.safeguardingLeadId ?? '');
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(
    () => Object.fromEntries(NUMBERS.map((n) => [n.key, String(safety[n.key])])) as Record<NumberKey, string>,
  );

  const filledContacts = () => contacts.filter((c) => c.name.trim() || c.phone.trim() || c.when.trim());

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    for (const text of addedPhraseProblems(phrases)) problems.push({ field: 'addedRiskPhrases', text });
    filledContacts().forEach((c, i) => {
      if (!c.name.trim()) problems.push({ field: `crisisContacts.${i}.name`, text: 'Enter the crisis contact’s name' });
      if (!/^\+?[0-9][0-9 ()-]{2,}$/.test(c.phone.trim()))
        problems.push({ field: `crisisContacts.${i}.phone`, text: 'Enter a phone number, like 01632 960 123' });
    });
    for (const n of NUMBERS) {
      const value = wholeNumber(numbers[n.key]);
      if (Number.isNaN(value) || value < n.min || value > n.max)
        problems.push({ field: n.key, text: `${n.label} must be a whole number from ${n.min} to ${n.max}` });
    }
    return problems;
  }

  async function save() {
    const body: SafetySettings & { version: number } = {
      version: settings.version,
      addedRiskPhrases: phrasesFrom(phrases),
      crisisContacts: filledContacts().map((c) => ({
        name: c.name.trim(),
        phone: c.phone.trim(),
        when: c.when.trim(),
      })),
      safeguardingLeadId: lead || null,
      ...(Object.fromEntries(NUMBERS.map((n) => [n.key, wholeNumber(numbers[n.key])])) as Record<NumberKey, number>),
    };
    await supportApi.saveSafety(scheme.slug, body);
    return 'Safety settings saved';
  }

  const setContact = (i: number, change: Partial<CrisisContact>) =>
    setContacts((all) => all.map((c, j) => (j === i ? { ...c, ...change } : c)));

  return (
    <SettingsForm
      title="Safety settings"
      form={form}
      check={check}
      save={save}
      reload={reload}
      mapError={(error) => remapFields(error, listField('addedRiskPhrases'))}
    >
      <RiskLanguageSettings
        settings={settings}
        phrases={phrases}
        onChange={setPhrases}
        error={form.errorFor('addedRiskPhrases')}
      />

      <h2>Crisis contacts</h2>
      <p>Shown with 999 and NHS 111 option 2 whenever someone is at immediate risk. Leave a row empty to remove it.</p>
      {contacts.map((c, i) => (
        <fieldset className="nhsuk-fieldset" key={i}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Crisis contact {i + 1}</legend>
          <TextInput
            name={`crisisContacts.${i}.name`}
            label="Name"
            value={c.name}
            onChange={(name) => setContact(i, { name })}
            error={form.errorFor(`crisisContacts.${i}.name`)}
          />
          <TextInput
            name={`crisisContacts.${i}.phone`}
            label="Phone number"
            type="tel"
            widthClass="nhsuk-input--width-20"
            value={c.phone}
            onChange={(phone) => setContact(i, { phone })}
            error={form.errorFor(`crisisContacts.${i}.phone`)}
          />
          <TextInput
            name={`crisisContacts.${i}.when`}
            label="When to call (optional)"
            hint="For example 24 hours, or weekdays 9am to 5pm"
            value={c.when}
            onChange={(when) => setContact(i, { when })}
            error={form.errorFor(`crisisContacts.${i}.when`)}
          />
        </fieldset>
      ))}
      {contacts.length < MAX_CONTACTS ? (
        <p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setContacts((all) => [...all, { name: '', phone: '', when: '' }])}
          >
            Add another crisis contact
          </button>
        </p>
      ) : null}

      <h2>Safeguarding lead</h2>
      <StaffPicker
        slug={scheme.slug}
        name="safeguardingLeadId"
        legend="Safeguarding lead"
        hint="Told at once about every high risk and safeguarding concern. Choose one of the scheme’s managers or supervisors."
        noneText="No safeguarding lead"
        current={settings.safeguardingLead}
        value={lead}
        onChange={setLead}
        error={form.errorFor('safeguardingLeadId')}
      />

      <h2>Supervision, debriefs and lone working</h2>
      {NUMBERS.map((n) => (
        <TextInput
          key={n.key}
          name={n.key}
          label={n.label}
          hint={n.hint}
          inputMode="numeric"
          widthClass="nhsuk-input--width-4"
          value={numbers[n.key]}
          onChange={(value) => setNumbers((all) => ({ ...all, [n.key]: value }))}
          error={form.errorFor(n.key)}
        />
      ))}
    </SettingsForm>
  );
}

/** The scheme manager sets what keeps workers and patients safe: risk phrases, crisis contacts, safeguarding lead and timings. */
export function SafetySettingsPage() {
  const { state, reload } = useSettings();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <SafetyForm settings={state.data} reload={reload} />;
}
