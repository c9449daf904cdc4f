import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { issuesFromDomain, readServiceRequestBody, readTransactionBundle, toReferralIntake } from './fhir-intake.ts';
import type { JsonObject } from './fhir-json.ts';
import { fhirIssuesOf, type FhirIssue } from './operation-outcome.ts';

const NHS = 'https://fhir.nhs.uk/Id/nhs-number';
const ODS = 'https://fhir.nhs.uk/Id/ods-organization-code';
const SNOMED = 'http://snomed.info/sct';

const role = {
  resourceType: 'PractitionerRole',
  id: 'gp',
  organization: { identifier: { system: ODS, value: 'y90001' } },
  practitioner: { display: 'Dr Amara Patel' },
  telecom: [{ system: 'phone', value: '0113 496 0000' }],
};
const patient = {
  resourceType: 'Patient',
  id: 'pat',
  identifier: [{ system: NHS, value: '943 476 5919' }],
  name: [{ family: 'Okoro', given: ['Maya'] }],
  birthDate: '1958-03-27',
};

function serviceRequest(overrides: JsonObject = {}): JsonObject {
  return {
    resourceType: 'ServiceRequest',
    contained: [patient, role],
    identifier: [{ system: 'https://gp.example/referrals', value: 'R-1' }],
    status: 'active',
    intent: 'order',
    code: { coding: [{ system: SNOMED, code: '871731000000106' }] },
    subject: { reference: '#pat' },
    requester: { reference: '#gp' },
    reasonCode: [
      { coding: [{ system: SNOMED, code: '48694002', display: 'Anxiety' }] },
      { coding: [{ system: SNOMED, code: '160903007', display: 'Lives alone' }] },
    ],
    note: [{ text: 'Asked for help with getting out more.' }],
    ...overrides,
  };
}

/** The issues a read refused with. */
function refused(read: () => unknown): FhirIssue[] {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return fhirIssuesOf(error) ?? [];
    throw error;
  }
  throw new Error('expected the read to be refused');
}

describe('reading a ServiceRequest', () => {
  it('gathers the intake: the contained person, the practice, coded needs and the words', () => {
    const referral = readServiceRequestBody(serviceRequest(), null);
    expect(referral).toMatchObject({
      path: 'ServiceRequest',
      identifier: { system: 'https://gp.example/referrals', value: 'R-1' },
      subject: { kind: 'resource', path: 'ServiceRequest.subject', resourcePath: 'ServiceRequest.contained[0]' },
      requester: { name: 'Dr Amara Patel', contact: '0113 496 0000', odsCode: 'Y90001' },
      needs: [{ code: 'anxiety', path: 'ServiceRequest.reasonCode[0].coding[0].code' }],
      consent: { contact: true, shareWithServices: false, shareWithGp: true },
    });
    expect(referral.reason).toBe('Lives alone\nAsked for help with getting out more.');
    expect(toReferralIntake(referral, { givenName: 'Maya', familyName: 'Okoro' }, 'org-1')).toMatchObject({
      source: 'gp_system',
      needs: ['anxiety'],
      circumstances: [],
      referrer: {
        name: 'Dr Amara Patel',
        contact: '0113 496 0000',
        organisationId: 'org-1',
        practiceOdsCode: 'Y90001',
      },
    });
  });

  it('takes our own need CodeSystem as well as SNOMED CT', () => {
    const referral = readServiceRequestBody(
      serviceRequest({
        reasonCode: [{ coding: [{ system: 'https://linkwork.nhs.example/CodeSystem/need', code: 'debt' }] }],
      }),
      null,
    );
    expect(referral.needs.map((n) => n.code)).toEqual(['debt']);
  });

  it('reads conditional, logical and literal references to a known patient', () => {
    const conditional = readServiceRequestBody(
      serviceRequest({ subject: { reference: `Patient?identifier=${NHS}|943%20476%205919` } }),
      null,
    );
    expect(conditional.subject).toEqual({
      kind: 'nhs-number',
      nhsNumber: '9434765919',
      path: 'ServiceRequest.subject',
    });
    const logical = readServiceRequestBody(
      serviceRequest({ subject: { identifier: { system: NHS, value: '9434765919' } } }),
      null,
    );
    expect(logical.subject).toMatchObject({ kind: 'nhs-number', nhsNumber: '9434765919' });
    const id = '0b7d5a4e-1c1f-4a36-9d6f-6f2b1c2f3a4b';
    expect(readServiceRequestBody(serviceRequest({ subject: { reference: `Patient/${id}` } }), null).subject).toEqual({
      kind: 'patient-id',
      id,
      path: 'ServiceRequest.subject',
    });
    expect(
      refused(() =>
        readServiceRequestBody(
          serviceRequest({ subject: { reference: 'Patient?identifier=https://example.org/mrn|123' } }),
          null,
        ),
      ),
    ).toEqual([expect.objectContaining({ code: 'not-supported', expression: 'ServiceRequest.subject' })]);
    expect(refused(() => readServiceRequestBody(serviceRequest({ subject: { reference: '#gp' } }), null))).toEqual([
      expect.objectContaining({ code: 'invalid', expression: 'ServiceRequest.subject' }),
    ]);
  });

  it('takes If-None-Exist as the identifier, and refuses one that names another identifier or another search', () => {
    const { identifier: _identifier, ...anonymous } = serviceRequest();
    expect(readServiceRequestBody(anonymous, 'identifier=urn:x|1').identifier).toEqual({ system: 'urn:x', value: '1' });
    expect(
      readServiceRequestBody(serviceRequest(), 'identifier=https://gp.example/referrals|R-1').identifier?.value,
    ).toBe('R-1');
    expect(refused(() => readServiceRequestBody(serviceRequest(), 'identifier=urn:x|2'))).toEqual([
      expect.objectContaining({ code: 'invalid', expression: 'ServiceRequest.identifier' }),
    ]);
    expect(refused(() => readServiceRequestBody(serviceRequest(), 'subject=Patient/1'))).toEqual([
      expect.objectContaining({ code: 'not-supported' }),
    ]);
  });

  it('reports every problem at once, each at its element', () => {
    const issues = refused(() =>
      readServiceRequestBody(
        serviceRequest({
          status: 'draft',
          intent: 'plan',
          code: { coding: [{ system: SNOMED, code: '73761001' }] },
          requester: { identifier: { system: ODS, value: 'not an ods code' } },
        }),
        null,
      ),
    );
    expect(issues.map((i) => [i.code, i.expression])).toEqual([
      ['value', 'ServiceRequest.status'],
      ['value', 'ServiceRequest.intent'],
      ['code-invalid', 'ServiceRequest.code'],
      ['value', 'ServiceRequest.requester.identifier.value'],
    ]);
  });

  it('lets a contained Consent withhold contact or allow onward sharing', () => {
    const consent = (provision: string, status = 'active') => ({
      resourceType: 'Consent',
      id: 'c',
      status,
      provision: { type: provision },
    });
    expect(
      readServiceRequestBody(serviceRequest({ contained: [patient, role, consent('permit')] }), null).consent,
    ).toEqual({ contact: true, shareWithServices: true, shareWithGp: true });
    expect(readServiceRequestBody(serviceRequest({ contained: [patient, role, consent('deny')] }), null)).toMatchObject(
      { consent: { contact: false }, consentPath: 'ServiceRequest.contained[2].provision.type' },
    );
    expect(
      readServiceRequestBody(serviceRequest({ contained: [patient, role, consent('permit', 'rejected')] }), null),
    ).toMatchObject({ consent: { contact: false }, consentPath: 'ServiceRequest.contained[2].status' });
  });
});

describe('reading a transaction Bundle', () => {
  const bundle = (entries: JsonObject[], type = 'transaction') => ({ resourceType: 'Bundle', type, entry: entries });
  const patientEntry = {
    fullUrl: 'urn:uuid:p',
    resource: { ...patient, id: undefined },
    request: { method: 'POST', url: 'Patient' },
  };
  const requestEntry = (overrides: JsonObject = {}) => ({
    fullUrl: 'urn:uuid:s',
    resource: serviceRequest({
      contained: undefined,
      subject: { reference: 'urn:uuid:p' },
      requester: { identifier: { system: ODS, value: 'Y90001' } },
      ...overrides,
    }),
    request: { method: 'POST', url: 'ServiceRequest' },
  });

  it('resolves the subject by fullUrl and lists the entries in order', () => {
    const { referral, entries } = readTransactionBundle(bundle([patientEntry, requestEntry()]));
    expect(referral).toMatchObject({
      path: 'Bundle.entry[1].resource',
      subject: { kind: 'resource', resourcePath: 'Bundle.entry[0].resource' },
    });
    expect(entries).toEqual([
      { resourceType: 'Patient', fullUrl: 'urn:uuid:p' },
      { resourceType: 'ServiceRequest', fullUrl: 'urn:uuid:s' },
    ]);
  });

  it("honours the ServiceRequest entry's ifNoneExist", () => {
    const entry = requestEntry({ identifier: undefined });
    const { referral } = readTransactionBundle(
      bundle([patientEntry, { ...entry, request: { ...entry.request, ifNoneExist: 'identifier=urn:x|9' } }]),
    );
    expect(referral.identifier).toEqual({ system: 'urn:x', value: '9' });
  });

  it('refuses what is not one POSTed Patient and one ServiceRequest that refers to it', () => {
    expect(refused(() => readTransactionBundle(bundle([patientEntry, requestEntry()], 'batch')))).toEqual([
      expect.objectContaining({ code: 'not-supported', expression: 'Bundle.type' }),
    ]);
    expect(refused(() => readTransactionBundle(bundle([patientEntry, requestEntry(), requestEntry()])))).toEqual([
      expect.objectContaining({ code: 'not-supported', expression: 'Bundle.entry' }),
    ]);
    expect(
      refused(() =>
        readTransactionBundle(
          bundle([{ ...patientEntry, request: { method: 'PUT', url: 'Patient/1' } }, requestEntry()]),
        ),
      ).map((i) => i.expression),
    ).toEqual(['Bundle.entry[0].request.method', 'Bundle.entry[0].request.url']);
    const otherPatient = { ...patientEntry, fullUrl: 'urn:uuid:q' };
    expect(
      refused(() =>
        readTransactionBundle(
          bundle([otherPatient, requestEntry({ contained: [patient], subject: { reference: '#pat' } })]),
        ),
      ),
    ).toEqual([expect.objectContaining({ code: 'invalid', expression: 'Bundle.entry[0]' })]);
    expect(refused(() => readTransactionBundle(patient))).toEqual([
      expect.objectContaining({ code: 'invalid', expression: 'Bundle.resourceType' }),
    ]);
  });
});

describe('domain errors as FHIR issues', () => {
  it('points each field error at the element that carried it', () => {
    const referral = readServiceRequestBody(
      serviceRequest({ contained: [{ ...patient, name: [{ family: 'Okoro' }], birthDate: '2090-01-01' }, role] }),
      null,
    );
    const issues = issuesFromDomain(
      [
        { field: 'patient.givenName', message: 'The first name is missing.', fix: 'Enter it.' },
        { field: 'patient.dateOfBirth', message: 'In the future.', fix: 'Check it.' },
        { field: 'consent.contact', message: 'No consent.', fix: 'Ask.' },
        { field: 'reason', message: 'Too long.', fix: 'Shorten.' },
      ],
      referral,
    );
    expect(issues.map((i) => [i.code, i.expression])).toEqual([
      ['required', 'ServiceRequest.contained[0].name[0].given'],
      ['value', 'ServiceRequest.contained[0].birthDate'],
      ['value', 'ServiceRequest'],
      ['value', 'ServiceRequest.note'],
    ]);
  });

  it("points a known patient's problems at the subject", () => {
    const referral = readServiceRequestBody(
      serviceRequest({ subject: { reference: `Patient?identifier=${NHS}|9434765919` } }),
      null,
    );
    expect(issuesFromDomain([{ field: 'patient.postcode', message: 'Bad', fix: 'Fix' }], referral)).toEqual([
      { code: 'invalid', expression: 'ServiceRequest.subject', message: 'Bad', fix: 'Fix' },
    ]);
  });
});
