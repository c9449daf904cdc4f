import type { CodeLabel } from '../../api/codes.ts';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { PatientDraft } from './patientDraft.ts';

interface PersonFieldsProps {
  value: PatientDraft;
  onChange: (value: PatientDraft) => void;
  errorFor: (field: string) => string | undefined;
  ethnicCategories: readonly CodeLabel[];
  nhsNumberRequired: boolean;
  /** False where a record may have no date of birth (correcting a self-referral's details); labels it optional. */
  dateOfBirthRequired?: boolean;
  /** Hint under the practice code, e.g. saying the referrer's own practice is used when it is blank. */
  practiceHint: string;
}

export const CONTACT_OPTIONS = [
  { value: 'phone', text: 'Phone call' },
  { value: 'text', text: 'Text message' },
  { value: 'email', text: 'Email' },
  { value: 'letter', text: 'Letter' },
];

export const SEX_OPTIONS = [
  { value: 'female', text: 'Female' },
  { value: 'male', text: 'Male' },
  { value: 'other', text: 'Other' },
  { value: 'unknown', text: 'Not known' },
];

/** The person being referred, as a professional records them: identity, contact, communication, practice. */
export function PersonFields({
  value,
  onChange,
  errorFor,
  ethnicCategories,
  nhsNumberRequired,
  dateOfBirthRequired = true,
  practiceHint,
}: PersonFieldsProps) {
  const set =
    <K extends keyof PatientDraft>(key: K) =>
    (next: PatientDraft[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <>
      <h2>The person</h2>
      <TextInput
        name="patient.nhsNumber"
        label={nhsNumberRequired ? 'NHS number' : 'NHS number (optional)'}
        hint="10 digits"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        value={value.nhsNumber}
        onChange={set('nhsNumber')}
        error={errorFor('patient.nhsNumber')}
      />
      <TextInput
        name="patient.givenName"
        label="First name"
        autoComplete="off"
        spellCheck={false}
        value={value.givenName}
        onChange={set('givenName')}
        error={errorFor('patient.givenName')}
      />
      <TextInput
        name="patient.familyName"
        label="Last name"
        autoComplete="off"
        spellCheck={false}
        value={value.familyName}
        onChange={set('familyName')}
        error={errorFor('patient.familyName')}
      />
      <DateInput
        name="patient.dateOfBirth"
        legend={dateOfBirthRequired ? 'Date of birth' : 'Date of birth (optional)'}
        hint="For example, 15 3 1984"
        value={value.dateOfBirth}
        onChange={set('dateOfBirth')}
        error={errorFor('patient.dateOfBirth')}
      />
      <Radios
        name="patient.sex"
        legend="Sex (optional)"
        options={SEX_OPTIONS}
        value={value.sex}
        onChange={set('sex')}
        error={errorFor('patient.sex')}
      />
      <TextInput
        name="patient.genderIdentity"
        label="Gender identity (optional)"
        hint="In the person’s own words, if they have told you"
        autoComplete="off"
        value={value.genderIdentity}
        onChange={set('genderIdentity')}
        error={errorFor('patient.genderIdentity')}
      />
      <Select
        name="patient.ethnicity"
        label="Ethnicity (optional)"
        emptyOption="Not recorded"
        options={ethnicCategories.map((e) => ({ value: e.code, text: e.label }))}
        value={value.ethnicity}
        onChange={set('ethnicity')}
        error={errorFor('patient.ethnicity')}
      />

      <h2>Contact details</h2>
      <TextInput
        name="patient.addressLine1"
        label="Address line 1"
        autoComplete="off"
        value={value.addressLine1}
        onChange={set('addressLine1')}
        error={errorFor('patient.addressLine1')}
      />
      <TextInput
        name="patient.addressLine2"
        label="Address line 2 (optional)"
        autoComplete="off"
        value={value.addressLine2}
        onChange={set('addressLine2')}
        error={errorFor('patient.addressLine2')}
      />
      <TextInput
        name="patient.town"
        label="Town or city"
        autoComplete="off"
        widthClass="nhsuk-u-width-two-thirds"
        value={value.town}
        onChange={set('town')}
        error={errorFor('patient.town')}
      />
      <TextInput
        name="patient.postcode"
        label="Postcode"
        autoComplete="off"
        widthClass="nhsuk-input--width-10"
        value={value.postcode}
        onChange={set('postcode')}
        error={errorFor('patient.postcode')}
      />
      <TextInput
        name="patient.phone"
        label="Phone number"
        type="tel"
        autoComplete="off"
        widthClass="nhsuk-input--width-20"
        value={value.phone}
        onChange={set('phone')}
        error={errorFor('patient.phone')}
      />
      <TextInput
        name="patient.email"
        label="Email address (optional)"
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={value.email}
        onChange={set('email')}
        error={errorFor('patient.email')}
      />
      <Radios
        name="patient.preferredContact"
        legend="How would they like to be contacted?"
        options={CONTACT_OPTIONS}
        value={value.preferredContact}
        onChange={set('preferredContact')}
        error={errorFor('patient.preferredContact')}
      />

      <h2>Communication needs</h2>
      <TextInput
        name="patient.preferredLanguage"
        label="Preferred language"
        hint="For example, English, Polish or British Sign Language"
        autoComplete="off"
        widthClass="nhsuk-u-width-one-half"
        value={value.preferredLanguage}
        onChange={set('preferredLanguage')}
        error={errorFor('patient.preferredLanguage')}
      />
      <Checkbox
        name="patient.interpreterNeeded"
        label="They need an interpreter"
        checked={value.interpreterNeeded}
        onChange={set('interpreterNeeded')}
        error={errorFor('patient.interpreterNeeded')}
      />
      <Textarea
        name="patient.accessibilityNeeds"
        label="Accessibility and communication needs (optional)"
        hint="For example, large print, hearing loop, step-free access, or someone to be with them"
        rows={3}
        value={value.accessibilityNeeds}
        onChange={set('accessibilityNeeds')}
        error={errorFor('patient.accessibilityNeeds')}
      />

      <h2>GP practice</h2>
      <TextInput
        name="patient.practiceOdsCode"
        label="Registered GP practice ODS code"
        hint={practiceHint}
        autoComplete="off"
        spellCheck={false}
        widthClass="nhsuk-input--width-10"
        value={value.practiceOdsCode}
        onChange={set('practiceOdsCode')}
        error={errorFor('patient.practiceOdsCode')}
      />
    </>
  );
}
