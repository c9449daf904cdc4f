import type { PatientInput, PreferredContact, Sex } from '../../api/referrals.ts';
import { EMPTY_DATE, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { londonToday } from '../../lib/format.ts';

/** A person's details as typed into a form: all text, so nothing typed is lost between attempts. */
export interface PatientDraft {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  sex: string;
  genderIdentity: string;
  ethnicity: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  phone: string;
  email: string;
  preferredContact: string;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  accessibilityNeeds: string;
  practiceOdsCode: string;
}

export const EMPTY_PATIENT: PatientDraft = {
  nhsNumber: '',
  givenName: '',
  familyName: '',
  dateOfBirth: EMPTY_DATE,
  sex: '',
  genderIdentity: '',
  ethnicity: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  phone: '',
  email: '',
  preferredContact: '',
  preferredLanguage: '',
  interpreterNeeded: false,
  accessibilityNeeds: '',
  practiceOdsCode: '',
};

const SEXES: readonly Sex[] = ['male', 'female', 'other', 'unknown'];
const CONTACTS: readonly PreferredContact[] = ['phone', 'text', 'email', 'letter'];

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** True when the NHS number's last digit is the modulus 11 check digit of the other nine. */
export function nhsNumberIsValid(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** The body's `patient` object: blanks become null, the date of birth becomes yyyy-mm-dd. */
export function toPatientInput(draft: PatientDraft): PatientInput {
  const dob = readDate(draft.dateOfBirth);
  return {
    nhsNumber: text(draft.nhsNumber.replace(/[\s-]/g, '')),
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    dateOfBirth: dob.kind === 'date' ? dob.iso : null,
    sex: SEXES.includes(draft.sex as Sex) ? (draft.sex as Sex) : null,
    genderIdentity: text(draft.genderIdentity),
    ethnicity: text(draft.ethnicity),
    addressLine1: text(draft.addressLine1),
    addressLine2: text(draft.addressLine2),
    town: text(draft.town),
    postcode: text(draft.postcode),
    phone: text(draft.phone),
    email: text(draft.email),
    preferredContact: CONTACTS.includes(draft.preferredContact as PreferredContact)
      ? (draft.preferredContact as PreferredContact)
      : null,
    preferredLanguage: text(draft.preferredLanguage),
    interpreterNeeded: draft.interpreterNeeded,
    accessibilityNeeds: text(draft.accessibilityNeeds),
    practiceOdsCode: text(draft.practiceOdsCode)?.toUpperCase() ?? null,
  };
}

interface CheckOptions {
  nhsNumberRequired: boolean;
  dateOfBirthRequired: boolean;
  /** "the person’s" for a referrer, "your" for someone referring themselves. */
  whose: string;
}

/**
 * The checks a person can fix before sending; the server checks everything again and its
 * answers are shown the same way.
 */
export function checkPatient(draft: PatientDraft, options: CheckOptions): FieldError[] {
  const problems: FieldError[] = [];
  const { whose } = options;
  const nhs = draft.nhsNumber.replace(/[\s-]/g, '');
  if (!nhs && options.nhsNumberRequired)
    problems.push({ field: 'patient.nhsNumber', text: `Enter ${whose} NHS number` });
  else if (nhs && !/^\d{10}$/.test(nhs))
    problems.push({ field: 'patient.nhsNumber', text: 'NHS number must be 10 digits' });
  else if (nhs && !nhsNumberIsValid(nhs))
    problems.push({ field: 'patient.nhsNumber', text: 'Enter a valid NHS number: check the digits' });
  if (!draft.givenName.trim()) problems.push({ field: 'patient.givenName', text: `Enter ${whose} first name` });
  if (!draft.familyName.trim()) problems.push({ field: 'patient.familyName', text: `Enter ${whose} last name` });
  const dob = readDate(draft.dateOfBirth);
  if (dob.kind === 'empty' && options.dateOfBirthRequired)
    problems.push({ field: 'patient.dateOfBirth', text: `Enter ${whose} date of birth` });
  else if (dob.kind === 'invalid' && dob.problem === 'incomplete') {
    problems.push({ field: 'patient.dateOfBirth', text: 'Date of birth must include a day, month and year' });
  } else if (dob.kind === 'invalid')
    problems.push({ field: 'patient.dateOfBirth', text: 'Date of birth must be a real date' });
  else if (dob.kind === 'date' && dob.iso > londonToday()) {
    problems.push({ field: 'patient.dateOfBirth', text: 'Date of birth must be in the past' });
  }
  const email = draft.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problems.push({
      field: 'patient.email',
      text: 'Enter an email address in the correct format, like name@example.com',
    });
  }
  if (draft.preferredContact === 'email' && !email)
    problems.push({ field: 'patient.email', text: 'Enter an email address, or choose another way to be contacted' });
  if ((draft.preferredContact === 'phone' || draft.preferredContact === 'text') && !draft.phone.trim()) {
    problems.push({ field: 'patient.phone', text: 'Enter a phone number, or choose another way to be contacted' });
  }
  if (draft.preferredContact === 'letter' && (!draft.addressLine1.trim() || !draft.postcode.trim())) {
    problems.push({
      field: 'patient.addressLine1',
      text: 'Enter the first line of the address and the postcode, or choose another way to be contacted',
    });
  }
  return problems;
}
