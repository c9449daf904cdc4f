import { useEffect, useRef, useState } from 'react';
import type { CircumstanceCode, Codes } from '../../api/codes.ts';
import { settingsApi, type ExclusionOutcome } from '../../api/settings.ts';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { listField, remapFields } from '../referrals/problems.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { useCodes } from '../../hooks/useCodes.ts';
import { SettingsForm, type SettingsFormInput } from './SettingsForm.tsx';
import { useSettings, wholeNumber } from '../../hooks/useSettings.ts';

interface ExclusionDraft {
  key: number;
  circumstance: string;
  outcome: string;
  alternative: string;
  crisis: boolean;
}

/** The circumstance whose exclusion is crisis-type unless the manager says otherwise (CRISIS_BY_DEFAULT on the server). */
const CRISIS_BY_DEFAULT = 'mental-health-crisis';

const OUTCOMES = [
  {
    value: 'out_of_scope',
    text: 'Out of scope',
    hint: 'The referral is flagged to be declined, with the alternative suggested',
  },
  { value: 'needs_review', text: 'Needs review', hint: 'Someone looks at the referral more closely before deciding' },
];

function ExclusionFields({
  index,
  value,
  circumstances,
  onChange,
  onRemove,
  errorFor,
}: {
  index: number;
  value: ExclusionDraft;
  circumstances: readonly CircumstanceCode[];
  onChange: (value: ExclusionDraft) => void;
  onRemove: () => void;
  errorFor: (field: string) => string | undefined;
}) {
  const prefix = `exclusions.${index}`;
  function chooseCircumstance(code: string) {
    const suggestion = circumstances.find((c) => c.code === code)?.defaultAlternative ?? '';
    // Fill in the usual alternative only when none has been written yet.
    onChange({
      ...value,
      circumstance: code,
      alternative: value.alternative.trim() ? value.alternative : suggestion,
      crisis: value.circumstance ? value.crisis : code === CRISIS_BY_DEFAULT,
    });
  }
  return (
    <fieldset className="nhsuk-fieldset linkwork-membership">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Exclusion {index + 1}</legend>
      <Select
        name={`${prefix}.circumstance`}
        label="Circumstance"
        emptyOption="Choose a circumstance"
        options={circumstances.map((c) => ({ value: c.code, text: c.label }))}
        value={value.circumstance}
        onChange={chooseCircumstance}
        error={errorFor(`${prefix}.circumstance`)}
      />
      <Radios
        name={`${prefix}.outcome`}
        legend="What happens to a referral where this applies?"
        options={OUTCOMES}
        value={value.outcome}
        onChange={(outcome) => onChange({ ...value, outcome })}
        error={errorFor(`${prefix}.outcome`)}
      />
      <Textarea
        name={`${prefix}.alternative`}
        label="Alternative pathway to suggest"
        hint="The referrer sees this, for example: Crisis team, call NHS 111 and choose option 2"
        rows={3}
        value={value.alternative}
        onChange={(alternative) => onChange({ ...value, alternative })}
        error={errorFor(`${prefix}.alternative`)}
      />
      <Checkboxes
        name={`${prefix}.crisis`}
        legend="Is this a crisis?"
        legendSize="s"
        values={value.crisis ? ['crisis'] : []}
        options={[
          {
            value: 'crisis',
            text: 'Treat as a possible crisis',
            hint: 'The referral is still taken in, but the referrer is told to get urgent help now (999, NHS 111 option 2, your crisis contacts), it goes to the top of triage, and the scheme managers and safeguarding lead are told at once',
          },
        ]}
        onChange={(values) => onChange({ ...value, crisis: values.includes('crisis') })}
        error={errorFor(`${prefix}.crisis`)}
      />
      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove exclusion {index + 1}
      </Button>
    </fieldset>
  );
}

function CriteriaForm({ settings, reload, codes }: SettingsFormInput & { codes: Codes }) {
  const scheme = useScheme();
  const form = useSubmit();
  const nextKey = useRef(settings.criteria.exclusions.length);
  const c = settings.criteria;
  const [minAge, setMinAge] = useState(String(c.minAge));
  const [maxAge, setMaxAge] = useState(c.maxAge === null ? '' : String(c.maxAge));
  const [practices, setPractices] = useState<string[]>(c.practicesServed);
  const [needs, setNeeds] = useState<string[]>(c.needsInScope);
  const [selfReferral, setSelfReferral] = useState(c.selfReferralOpen ? 'yes' : 'no');
  const [exclusions, setExclusions] = useState<ExclusionDraft[]>(
    c.exclusions.map((e, key) => ({ key, ...e, crisis: e.crisis ?? e.circumstance === CRISIS_BY_DEFAULT })),
  );
  // After adding or removing a row, focus goes somewhere sensible rather than being lost.
  const [focusAfterChange, setFocusAfterChange] = useState<'last-row' | 'heading' | null>(null);
  const exclusionsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusAfterChange === 'heading') exclusionsHeading.current?.focus();
    if (focusAfterChange === 'last-row')
      document.getElementById(`exclusions-${exclusions.length - 1}-circumstance`)?.focus();
    if (focusAfterChange) setFocusAfterChange(null);
  }, [focusAfterChange, exclusions.length]);

  // Practices already chosen but no longer on Linkwork's list stay visible so they can be removed.
  const practiceOptions = [
    ...settings.practices.map((p) => ({ value: p.odsCode, text: `${p.name} (${p.odsCode})` })),
    ...c.practicesServed
      .filter((ods) => !settings.practices.some((p) => p.odsCode === ods))
      .map((ods) => ({ value: ods, text: ods })),
  ];

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    const min = wholeNumber(minAge);
    const max = maxAge.trim() ? wholeNumber(maxAge) : null;
    if (Number.isNaN(min) || min > 120)
      problems.push({ field: 'minAge', text: 'Minimum age must be a whole number from 0 to 120' });
    if (max !== null && (Number.isNaN(max) || max > 130))
      problems.push({ field: 'maxAge', text: 'Maximum age must be a whole number from 0 to 130, or left blank' });
    else if (max !== null && !Number.isNaN(min) && max < min)
      problems.push({ field: 'maxAge', text: 'Maximum age must be the same as or more than the minimum age' });
    const seen = new Set<string>();
    exclusions.forEach((e, i) => {
      if (!e.circumstance)
        problems.push({
          field: `exclusions.${i}.circumstance`,
          text: `Choose the circumstance for exclusion ${i + 1}`,
        });
      else if (seen.has(e.circumstance))
        problems.push({
          field: `exclusions.${i}.circumstance`,
          text: `Exclusion ${i + 1} repeats a circumstance already listed: remove one`,
        });
      seen.add(e.circumstance);
      if (!e.outcome)
        problems.push({ field: `exclusions.${i}.outcome`, text: `Choose what happens for exclusion ${i + 1}` });
      if (!e.alternative.trim())
        problems.push({
          field: `exclusions.${i}.alternative`,
          text: `Enter the alternative pathway for exclusion ${i + 1}`,
        });
      else if (e.alternative.trim().length > 500)
        problems.push({
          field: `exclusions.${i}.alternative`,
          text: `The alternative for exclusion ${i + 1} must be 500 characters or fewer`,
        });
    });
    return problems;
  }

  async function save() {
    await settingsApi.saveCriteria(scheme.slug, {
      version: settings.version,
      minAge: wholeNumber(minAge),
      maxAge: maxAge.trim() ? wholeNumber(maxAge) : null,
      practicesServed: practices,
      needsInScope: needs,
      selfReferralOpen: selfReferral === 'yes',
      exclusions: exclusions.map((e) => ({
        circumstance: e.circumstance,
        outcome: e.outcome as ExclusionOutcome,
        alternative: e.alternative.trim(),
        crisis: e.crisis,
      })),
    });
    return 'Referral criteria saved. New referrals are checked against them from now on.';
  }

  return (
    <SettingsForm
      title="Referral criteria"
      form={form}
      check={check}
      save={save}
      reload={reload}
      mapError={(error) => remapFields(error, listField('practicesServed', 'needsInScope'))}
      intro={<p>Every new referral is checked against these. Referrals already received keep the result they had.</p>}
    >
      <h2>Ages</h2>
      <TextInput
        name="minAge"
        label="Minimum age"
        inputMode="numeric"
        widthClass="nhsuk-input--width-3"
        value={minAge}
        onChange={setMinAge}
        error={form.errorFor('minAge')}
      />
      <TextInput
        name="maxAge"
        label="Maximum age (optional)"
        hint="Leave blank for no upper age limit"
        inputMode="numeric"
        widthClass="nhsuk-input--width-3"
        value={maxAge}
        onChange={setMaxAge}
        error={form.errorFor('maxAge')}
      />

      <h2>Practices and needs</h2>
      {practiceOptions.length === 0 ? (
        <p>
          No GP practices are known to Linkwork yet, so referrals from any practice are taken. An administrator adds
          practices.
        </p>
      ) : (
        <Checkboxes
          name="practicesServed"
          legend="Practices served"
          hint="Leave all unticked to take referrals from any practice"
          options={practiceOptions}
          values={practices}
          onChange={setPractices}
          error={form.errorFor('practicesServed')}
          small
        />
      )}
      <Checkboxes
        name="needsInScope"
        legend="Needs in scope"
        hint="Leave all unticked to take referrals for any need"
        options={codes.needs.map((n) => ({ value: n.code, text: n.label }))}
        values={needs}
        onChange={setNeeds}
        error={form.errorFor('needsInScope')}
        small
      />

      <h2>Self-referral</h2>
      <Radios
        name="selfReferralOpen"
        legend="Can people refer themselves using the public form?"
        options={[
          { value: 'yes', text: 'Yes', hint: `The form is at /self-referral/${settings.scheme.slug}` },
          { value: 'no', text: 'No', hint: 'The form tells people to speak to their GP practice instead' },
        ]}
        value={selfReferral}
        onChange={setSelfReferral}
        error={form.errorFor('selfReferralOpen')}
      />

      <h2 ref={exclusionsHeading} tabIndex={-1}>
        Exclusions
      </h2>
      <p>
        Circumstances where social prescribing is not the right service, or not on its own. Each has the pathway to
        suggest instead.
      </p>
      {exclusions.length === 0 ? <p>There are no exclusions.</p> : null}
      {exclusions.map((exclusion, index) => (
        <ExclusionFields
          key={exclusion.key}
          index={index}
          value={exclusion}
          circumstances={codes.circumstances}
          onChange={(value) => setExclusions((list) => list.map((e) => (e.key === exclusion.key ? value : e)))}
          onRemove={() => {
            setExclusions((list) => list.filter((e) => e.key !== exclusion.key));
            setFocusAfterChange('heading');
          }}
          errorFor={form.errorFor}
        />
      ))}
      <div className="nhsuk-button-group">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            nextKey.current += 1;
            setExclusions((list) => [
              ...list,
              { key: nextKey.current, circumstance: '', outcome: 'out_of_scope', alternative: '', crisis: false },
            ]);
            setFocusAfterChange('last-row');
          }}
        >
          Add an exclusion
        </Button>
      </div>
    </SettingsForm>
  );
}

/** The scheme manager changes who the service is for. */
export function CriteriaPage() {
  const { state, reload } = useSettings();
  const codes = useCodes();
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  if (codes.state.status === 'failed') return <LoadFailure error={codes.state.error} />;
  if (state.status === 'loading' || codes.state.status === 'loading') return <Loading />;
  return <CriteriaForm settings={state.data} reload={reload} codes={codes.state.data} />;
}
