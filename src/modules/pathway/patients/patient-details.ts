import type { PreferredContact, Sex } from '../../../db/schema.ts';
import type { FieldError } from '../../../platform/errors.ts';
import { ETHNIC_CATEGORIES } from '../../scheme/codes/index.ts';
import { nhsNumberProblem, normaliseNhsNumber } from './nhs-number.ts';
import { normalisePostcode } from './postcode.ts';

/** A person's details as any intake route supplies them (web form, self-referral, FHIR). */
export interface PatientDetails {
  nhsNumber?: string | null;
  givenName: string;
  familyName: string;
  dateOfBirth?: string | null;
  sex?: Sex | null;
  genderIdentity?: string | null;
  ethnicity?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  town?: string | null;
  postcode?: string | null;
  phone?: string | null;
  email?: string | null;
  preferredContact?: PreferredContact | null;
  preferredLanguage?: string | null;
  interpreterNeeded?: boolean;
  accessibilityNeeds?: string | null;
  practiceOdsCode?: string | null;
}

/** The same details checked and put in standard form (NHS number digits only, postcode spaced, blanks as null). */
export type CleanPatientDetails = {
  [K in keyof Required<PatientDetails>]: Exclude<Required<PatientDetails>[K], undefined>;
};

const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Checks a person's details and puts them in standard form. `prefix` is the field path the
 * caller's errors should carry (e.g. "patient"). NHS number is required unless `nhsNumberOptional`.
 */
export function cleanPatientDetails(
  input: PatientDetails,
  today: string,
  options: { prefix: string; nhsNumberOptional: boolean },
): { value: CleanPatientDetails; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const f = (name: string) => `${options.prefix}.${name}`;
  const nhsRaw = blank(input.nhsNumber);
  let nhsNumber: string | null = null;
  if (nhsRaw) {
    const problem = nhsNumberProblem(nhsRaw);
    if (problem)
      errors.push({
        field: f('nhsNumber'),
        message: problem,
        fix: "Enter the 10-digit NHS number exactly as it appears on the person's NHS letters or the NHS App.",
      });
    else nhsNumber = normaliseNhsNumber(nhsRaw);
  } else if (!options.nhsNumberOptional) {
    errors.push({
      field: f('nhsNumber'),
      message: 'The NHS number is missing.',
      fix: "Enter the person's 10-digit NHS number; it is on the practice record.",
    });
  }
  const givenName = input.givenName.trim();
  const familyName = input.familyName.trim();
  if (!givenName)
    errors.push({
      field: f('givenName'),
      message: 'The first name is missing.',
      fix: "Enter the person's first name.",
    });
  if (!familyName)
    errors.push({ field: f('familyName'), message: 'The last name is missing.', fix: "Enter the person's last name." });
  const dob = blank(input.dateOfBirth);
  if (dob !== null) {
    if (!validDate(dob))
      errors.push({
        field: f('dateOfBirth'),
        message: `"${dob}" is not a real date.`,
        fix: 'Enter the date of birth as year-month-day, for example 1958-03-27.',
      });
    else if (dob > today)
      errors.push({
        field: f('dateOfBirth'),
        message: 'The date of birth is in the future.',
        fix: 'Check the year of birth.',
      });
    else if (dob < '1900-01-01')
      errors.push({
        field: f('dateOfBirth'),
        message: 'The date of birth is before 1900.',
        fix: 'Check the year of birth.',
      });
  }
  const postcodeRaw = blank(input.postcode);
  const postcode = postcodeRaw ? normalisePostcode(postcodeRaw) : null;
  if (postcodeRaw && !postcode)
    errors.push({
      field: f('postcode'),
      message: `"${postcodeRaw}" is not a UK postcode.`,
      fix: 'Enter a full postcode, for example LS1 4AP.',
    });
  const ethnicity = blank(input.ethnicity);
  if (ethnicity && !ETHNIC_CATEGORIES.some((e) => e.code === ethnicity)) {
    errors.push({
      field: f('ethnicity'),
      message: `"${ethnicity}" is not an NHS ethnic category code.`,
      fix: 'Choose one of the categories on the list (codes A to Z).',
    });
  }
  const practice = blank(input.practiceOdsCode)?.toUpperCase() ?? null;
  if (practice && !/^[A-Z0-9]{3,10}$/.test(practice)) {
    errors.push({
      field: f('practiceOdsCode'),
      message: `"${practice}" is not an ODS code.`,
      fix: "Enter the practice's ODS code: 3 to 10 letters and numbers, for example Y90001.",
    });
  }
  const email = blank(input.email);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.push({
      field: f('email'),
      message: `"${email}" is not an email address.`,
      fix: 'Enter an email address like name@example.com, or leave it blank.',
    });
  const phone = blank(input.phone);
  if (phone && !/^\+?[0-9 ()-]{7,20}$/.test(phone))
    errors.push({
      field: f('phone'),
      message: `"${phone}" is not a phone number.`,
      fix: 'Enter a UK phone number, for example 07700 900123.',
    });
  const preferredContact = input.preferredContact ?? null;
  if (preferredContact === 'email' && !email)
    errors.push({
      field: f('email'),
      message: 'Email is the preferred contact, but there is no email address.',
      fix: 'Enter an email address, or choose another way to be contacted.',
    });
  if ((preferredContact === 'phone' || preferredContact === 'text') && !phone)
    errors.push({
      field: f('phone'),
      message: `${preferredContact === 'text' ? 'Text message' : 'Phone'} is the preferred contact, but there is no phone number.`,
      fix: 'Enter a phone number, or choose another way to be contacted.',
    });
  const addressLine1 = blank(input.addressLine1);
  if (preferredContact === 'letter' && (!addressLine1 || !postcode))
    errors.push({
      field: f('addressLine1'),
      message: 'Letter is the preferred contact, but the address is incomplete.',
      fix: 'Enter the first line of the address and the postcode.',
    });
  return {
    errors,
    value: {
      nhsNumber,
      givenName,
      familyName,
      dateOfBirth: dob,
      sex: input.sex ?? null,
      genderIdentity: blank(input.genderIdentity),
      ethnicity,
      addressLine1,
      addressLine2: blank(input.addressLine2),
      town: blank(input.town),
      postcode,
      phone,
      email,
      preferredContact,
      preferredLanguage: blank(input.preferredLanguage),
      interpreterNeeded: input.interpreterNeeded ?? false,
      accessibilityNeeds: blank(input.accessibilityNeeds),
      practiceOdsCode: practice,
    },
  };
}
