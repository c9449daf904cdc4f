import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../../db/schema.ts';
import {
  renderPatient,
  renderServiceRequest,
  renderTask,
  responseEntry,
  searchsetBundle,
  type ReferralFacts,
} from './fhir-render.ts';
import type { FhirPatientRow, FhirReferralRow } from './fhir.repository.ts';

const at = new Date('2026-02-03T09:30:00Z');
const later = new Date('2026-02-10T14:00:00Z');

function facts(overrides: Partial<FhirReferralRow> = {}, messages: ReferralFacts['messages'] = []): ReferralFacts {
  return {
    schemeName: 'Riverside Social Prescribing',
    messages,
    referral: {
      id: '11111111-1111-4111-8111-111111111111',
      patient_id: '22222222-2222-4222-8222-222222222222',
      status: 'received',
      referred_by_client_id: 'c',
      referrer_name: 'Dr Amara Patel',
      practice_ods_code: 'Y90001',
      identifier_system: 'https://gp.example/referrals',
      identifier_value: 'R-1',
      reason: 'Lonely.',
      needs: ['low-mood', 'loneliness'],
      information_request: null,
      decline_reason: null,
      decline_alternative: null,
      received_at: at,
      updated_at: later,
      version: 3,
      ...overrides,
    },
  };
}

describe('rendering a referral as FHIR', () => {
  it('draws the Task from the referral', () => {
    expect(renderTask(facts())).toEqual({
      resourceType: 'Task',
      id: '11111111-1111-4111-8111-111111111111',
      meta: { versionId: '3', lastUpdated: later.toISOString() },
      identifier: [{ system: 'https://gp.example/referrals', value: 'R-1' }],
      status: 'received',
      businessStatus: {
        coding: [
          {
            system: 'https://linkwork.nhs.example/CodeSystem/referral-status',
            code: 'received',
            display: 'Received: waiting for triage',
          },
        ],
        text: 'Received: waiting for triage',
      },
      intent: 'order',
      code: {
        coding: [
          { system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' },
        ],
      },
      focus: { reference: 'ServiceRequest/11111111-1111-4111-8111-111111111111' },
      for: { reference: 'Patient/22222222-2222-4222-8222-222222222222' },
      authoredOn: at.toISOString(),
      lastModified: later.toISOString(),
      requester: {
        type: 'Organization',
        identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y90001' },
        display: 'Dr Amara Patel',
      },
      owner: { type: 'Organization', display: 'Riverside Social Prescribing' },
    });
  });

  it('follows the referral status in both Task and ServiceRequest', () => {
    const expected: Record<ReferralStatus, [string, string]> = {
      received: ['received', 'active'],
      information_requested: ['on-hold', 'active'],
      waiting: ['accepted', 'active'],
      allocated: ['in-progress', 'active'],
      declined: ['rejected', 'revoked'],
      cancelled: ['cancelled', 'revoked'],
      completed: ['completed', 'completed'],
    };
    for (const [status, [task, request]] of Object.entries(expected) as [ReferralStatus, [string, string]][]) {
      expect(renderTask(facts({ status })).status, status).toBe(task);
      expect(renderTask(facts({ status })).businessStatus.coding?.[0]?.code).toBe(status);
      expect(renderServiceRequest(facts({ status })).status, status).toBe(request);
    }
  });

  it('says why a Task is on hold or rejected', () => {
    expect(
      renderTask(facts({ status: 'information_requested', information_request: 'Which GP?' })).statusReason,
    ).toEqual({ text: 'Which GP?' });
    expect(
      renderTask(
        facts({ status: 'declined', decline_reason: 'Out of area.', decline_alternative: 'Leeds North scheme' }),
      ).statusReason,
    ).toEqual({ text: 'Out of area. Suggested alternative: Leeds North scheme' });
    expect(renderTask(facts({ status: 'waiting', information_request: 'Old question' }))).not.toHaveProperty(
      'statusReason',
    );
  });

  it('lists messages back as output, with the summary or else the SNOMED CT display', () => {
    const message = (summary: unknown) => ({
      id: 'm',
      kind: 'discharged' as const,
      snomed_code: '1',
      snomed_display: 'Discharged from service',
      body: { summary },
      created_at: later,
    });
    const output = renderTask(facts({}, [message('Met her goals.'), message(undefined)])).output;
    expect(output?.map((o) => o.valueString)).toEqual(['Met her goals.', 'Discharged from service']);
    expect(output?.[0]?.type).toEqual({
      coding: [{ system: 'http://snomed.info/sct', code: '1', display: 'Discharged from service' }],
      text: 'Discharge summary',
    });
  });

  it('codes needs with SNOMED CT where there is a concept, and always with our need code', () => {
    const [lowMood, loneliness] = renderServiceRequest(facts()).reasonCode!;
    expect(lowMood!.coding!.map((c) => c.code)).toEqual(['366979004', 'low-mood']);
    expect(loneliness!.coding!.map((c) => c.code)).toEqual(['loneliness']);
  });

  it('leaves out what a patient record does not hold', () => {
    const row: FhirPatientRow = {
      id: 'p',
      nhs_number: null,
      given_name: 'Maya',
      family_name: 'Okoro',
      date_of_birth: null,
      sex: null,
      ethnicity: null,
      address_line1: null,
      address_line2: null,
      town: null,
      postcode: 'LS1 4AP',
      phone: null,
      email: null,
      preferred_language: null,
      interpreter_needed: false,
      practice_ods_code: null,
      updated_at: later,
      version: 1,
    };
    expect(renderPatient(row)).toEqual({
      resourceType: 'Patient',
      id: 'p',
      meta: { versionId: '1', lastUpdated: later.toISOString() },
      active: true,
      name: [{ use: 'official', family: 'Okoro', given: ['Maya'] }],
      address: [{ use: 'home', postalCode: 'LS1 4AP' }],
    });
  });

  it('builds search and transaction-response entries with absolute and versioned locations', () => {
    const task = renderTask(facts());
    expect(
      searchsetBundle('https://lw.example/fhir', 'https://lw.example/fhir/Task?focus=x', [task]).entry[0]!.fullUrl,
    ).toBe(`https://lw.example/fhir/Task/${task.id}`);
    expect(responseEntry('https://lw.example/fhir', task, false).response).toEqual({
      status: '200 OK',
      location: `Task/${task.id}/_history/3`,
      etag: 'W/"3"',
      lastModified: later.toISOString(),
    });
  });
});
