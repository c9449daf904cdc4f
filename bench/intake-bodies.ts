/**
 * Referrals for the intake measurements, each for a new person (a referral sent twice is
 * idempotent, and the same person twice is flagged as a possible duplicate: neither is intake).
 */
import type { ReferralIntake } from '../src/modules/pathway/referrals/intake.ts';

const ODS = 'https://fhir.nhs.uk/Id/ods-organization-code';
const IDENTIFIER_SYSTEM = 'https://bench.linkwork.example/Id/referral';
const REASON = 'Low mood since losing her job; would like to meet people.';

/** NHS numbers for new people: 999 and six digits from 600000 up (the generator uses 1–100000), with the check digit. */
export function nhsNumbers(): () => string {
  let n = 600_000;
  return () => {
    for (;;) {
      const digits = `999${String(n++).padStart(6, '0')}`;
      const sum = [...digits].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
      const check = 11 - (sum % 11);
      if (check !== 10) return `${digits}${check === 11 ? 0 : check}`;
    }
  };
}

/** A GP system's referral: a ServiceRequest with the Patient contained, coded as social prescribing. */
export function fhirServiceRequest(id: string, nhsNumber: string, ods: string): string {
  return JSON.stringify({
    resourceType: 'ServiceRequest',
    status: 'active',
    intent: 'order',
    identifier: [{ system: IDENTIFIER_SYSTEM, value: id }],
    code: {
      coding: [
        {
          system: 'http://snomed.info/sct',
          code: '871731000000106',
          display: 'Referral to social prescribing service',
        },
      ],
    },
    subject: { reference: '#patient' },
    contained: [
      {
        resourceType: 'Patient',
        id: 'patient',
        identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber }],
        name: [{ family: 'Intake', given: ['Bench'] }],
        gender: 'female',
        birthDate: '1961-04-12',
        address: [{ line: ['12 Mill Lane'], city: 'Lakeside', postalCode: 'LK1 4AP' }],
        generalPractitioner: [{ identifier: { system: ODS, value: ods } }],
      },
    ],
    requester: { identifier: { system: ODS, value: ods }, display: 'Dr Bench Referrer' },
    reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '366979004', display: 'Depressed mood' }] }],
    note: [{ text: REASON }],
  });
}

/** The browser's referral form, as a referrer at the practice sends it. */
export function webReferral(nhsNumber: string, ods: string): string {
  return JSON.stringify({
    patient: {
      nhsNumber,
      givenName: 'Bench',
      familyName: 'Intake',
      dateOfBirth: '1961-04-12',
      sex: 'female',
      addressLine1: '12 Mill Lane',
      town: 'Lakeside',
      postcode: 'LK1 4AP',
      phone: '07700 900123',
      preferredContact: 'phone',
      practiceOdsCode: ods,
    },
    needs: ['loneliness'],
    circumstances: [],
    reason: REASON,
    consent: { contact: true, shareWithServices: true, shareWithGp: true },
  });
}

/** What the FHIR route hands the intake use case, for measuring the use case with no HTTP in front. */
export function gpSystemIntake(id: string, nhsNumber: string, ods: string): ReferralIntake {
  return {
    source: 'gp_system',
    needs: ['low-mood'],
    circumstances: [],
    reason: REASON,
    patient: {
      nhsNumber,
      givenName: 'Bench',
      familyName: 'Intake',
      dateOfBirth: '1961-04-12',
      sex: 'female',
      addressLine1: '12 Mill Lane',
      town: 'Lakeside',
      postcode: 'LK1 4AP',
      practiceOdsCode: ods,
    },
    consent: { contact: true, shareWithServices: false, shareWithGp: true },
    referrer: { name: 'Dr Bench Referrer', contact: null, organisationId: null, practiceOdsCode: ods },
    identifier: { system: IDENTIFIER_SYSTEM, value: id },
  };
}
