import type { PatientView } from './patients.schemas.ts';
import type { PatientRow } from './patients.repository.ts';
import { ageOn } from './age.ts';
import { londonDate } from '../../../platform/london-time.ts';

/** Age today on the London calendar (a birthday starts at midnight in England, not UTC), or null when unknown. */
export function ageFrom(dateOfBirth: string | null, now: Date): number | null {
  return dateOfBirth ? ageOn(dateOfBirth, londonDate(now)) : null;
}

export function presentPatient(p: PatientRow, now: Date): PatientView {
  return {
    id: p.id,
    nhsNumber: p.nhs_number,
    givenName: p.given_name,
    familyName: p.family_name,
    dateOfBirth: p.date_of_birth,
    age: ageFrom(p.date_of_birth, now),
    sex: p.sex,
    genderIdentity: p.gender_identity,
    ethnicity: p.ethnicity,
    addressLine1: p.address_line1,
    addressLine2: p.address_line2,
    town: p.town,
    postcode: p.postcode,
    phone: p.phone,
    email: p.email,
    preferredContact: p.preferred_contact,
    preferredLanguage: p.preferred_language,
    interpreterNeeded: p.interpreter_needed,
    accessibilityNeeds: p.accessibility_needs,
    practiceOdsCode: p.practice_ods_code,
    version: p.version,
  };
}
