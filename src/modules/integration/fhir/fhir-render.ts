import type { ReferralStatus } from '../../../db/schema.ts';
import { ETHNIC_CATEGORIES } from '../../scheme/codes/index.ts';
import { findNeed } from '../../scheme/codes/index.ts';
import { TASK_STATUS } from '../../pathway/referrals/index.ts';
import { EXTENSION, FULFIL_TASK, SOCIAL_PRESCRIBING_REFERRAL, SYSTEM } from './fhir-codes.ts';
import type {
  CodeableConcept,
  Coding,
  Extension,
  Identifier,
  Meta,
  Patient,
  Reference,
  ServiceRequest,
  Task,
} from './fhir-resources.ts';
import type { Bundle, BundleEntry, Resource } from './fhir-bundle.ts';
import type { FhirMessageBackRow, FhirPatientRow, FhirReferralRow } from './fhir.repository.ts';

/** What a Task and its ServiceRequest are drawn from: the referral, its messages back and the scheme. */
export interface ReferralFacts {
  referral: FhirReferralRow;
  messages: FhirMessageBackRow[];
  schemeName: string;
}

/** Words for the finer referral states a Task status cannot tell apart. */
const STATUS_WORDS: Record<ReferralStatus, string> = {
  received: 'Received: waiting for triage',
  information_requested: 'On hold: the scheme has asked the referrer for more information',
  waiting: 'Accepted: on the waiting list for a link worker',
  declined: 'Declined by the scheme',
  allocated: 'In progress: allocated to a link worker',
  completed: 'Completed: the person has been discharged',
  cancelled: 'Cancelled',
};

const SERVICE_REQUEST_STATUS: Record<ReferralStatus, ServiceRequest['status']> = {
  received: 'active',
  information_requested: 'active',
  waiting: 'active',
  allocated: 'active',
  declined: 'revoked',
  cancelled: 'revoked',
  completed: 'completed',
};

const MESSAGE_WORDS: Record<FhirMessageBackRow['kind'], string> = {
  declined: 'Referral declined',
  discharged: 'Discharge summary',
  unable_to_contact: 'Unable to contact the person',
  information_requested: 'More information requested',
};

const meta = (version: number, updatedAt: Date): Meta => ({
  versionId: String(version),
  lastUpdated: updatedAt.toISOString(),
});

function identifiersOf(r: FhirReferralRow): Identifier[] | undefined {
  return r.identifier_system && r.identifier_value
    ? [{ system: r.identifier_system, value: r.identifier_value }]
    : undefined;
}

function requesterOf(r: FhirReferralRow): Reference | undefined {
  if (!r.practice_ods_code && !r.referrer_name) return undefined;
  return {
    ...(r.practice_ods_code
      ? { type: 'Organization', identifier: { system: SYSTEM.ods, value: r.practice_ods_code } }
      : {}),
    ...(r.referrer_name ? { display: r.referrer_name } : {}),
  };
}

function statusReasonOf(r: FhirReferralRow): CodeableConcept | undefined {
  if (r.status === 'declined' && r.decline_reason) {
    return {
      text: r.decline_alternative
        ? `${r.decline_reason} Suggested alternative: ${r.decline_alternative}`
        : r.decline_reason,
    };
  }
  if (r.status === 'information_requested' && r.information_request) return { text: r.information_request };
  return undefined;
}

function outputOf(m: FhirMessageBackRow): { type: CodeableConcept; valueString: string } {
  const summary = m.body.summary;
  return {
    type: {
      coding: [{ system: SYSTEM.snomed, code: m.snomed_code, display: m.snomed_display }],
      text: MESSAGE_WORDS[m.kind],
    },
    valueString: typeof summary === 'string' && summary.trim() !== '' ? summary : m.snomed_display,
  };
}

/**
 * The Task that tracks a referral for the GP system (SDOH referral-management pattern): its
 * status follows the referral, businessStatus gives the finer state, output the messages back.
 */
export function renderTask(facts: ReferralFacts): Task {
  const r = facts.referral;
  const identifier = identifiersOf(r);
  const statusReason = statusReasonOf(r);
  const requester = requesterOf(r);
  return {
    resourceType: 'Task',
    id: r.id,
    meta: meta(r.version, r.updated_at),
    ...(identifier ? { identifier } : {}),
    status: TASK_STATUS[r.status],
    ...(statusReason ? { statusReason } : {}),
    businessStatus: {
      coding: [{ system: SYSTEM.referralStatus, code: r.status, display: STATUS_WORDS[r.status] }],
      text: STATUS_WORDS[r.status],
    },
    intent: 'order',
    code: { coding: [{ ...FULFIL_TASK }] },
    focus: { reference: `ServiceRequest/${r.id}` },
    for: { reference: `Patient/${r.patient_id}` },
    authoredOn: r.received_at.toISOString(),
    lastModified: r.updated_at.toISOString(),
    ...(requester ? { requester } : {}),
    owner: { type: 'Organization', display: facts.schemeName },
    ...(facts.messages.length > 0 ? { output: facts.messages.map(outputOf) } : {}),
  };
}

function needConcept(code: string): CodeableConcept {
  const need = findNeed(code);
  const coding: Coding[] = [];
  if (need?.snomed) coding.push({ system: SYSTEM.snomed, code: need.snomed.code, display: need.snomed.display });
  coding.push({ system: SYSTEM.need, code, ...(need ? { display: need.label } : {}) });
  return { coding, text: need?.label ?? code };
}

/** The referral as the ServiceRequest the GP system sent, as we hold it now. */
export function renderServiceRequest(facts: ReferralFacts): ServiceRequest {
  const r = facts.referral;
  const identifier = identifiersOf(r);
  const requester = requesterOf(r);
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: meta(r.version, r.updated_at),
    ...(identifier ? { identifier } : {}),
    status: SERVICE_REQUEST_STATUS[r.status],
    intent: 'order',
    code: { coding: [{ ...SOCIAL_PRESCRIBING_REFERRAL }], text: SOCIAL_PRESCRIBING_REFERRAL.display },
    subject: { reference: `Patient/${r.patient_id}` },
    authoredOn: r.received_at.toISOString(),
    ...(requester ? { requester } : {}),
    performer: [{ type: 'Organization', display: facts.schemeName }],
    ...(r.needs.length > 0 ? { reasonCode: r.needs.map(needConcept) } : {}),
    ...(r.reason ? { note: [{ text: r.reason }] } : {}),
  };
}

/** The person as a UK Core Patient: NHS number, name, contact details, language and GP practice. */
export function renderPatient(p: FhirPatientRow): Patient {
  const extension: Extension[] = [];
  const ethnicity = ETHNIC_CATEGORIES.find((e) => e.code === p.ethnicity);
  if (ethnicity)
    extension.push({
      url: EXTENSION.ethnicCategory,
      valueCodeableConcept: {
        coding: [{ system: SYSTEM.ethnicCategory, code: ethnicity.code, display: ethnicity.label }],
      },
    });
  if (p.interpreter_needed) extension.push({ url: EXTENSION.interpreterRequired, valueBoolean: true });
  const telecom: NonNullable<Patient['telecom']> = [];
  if (p.phone) telecom.push({ system: 'phone', value: p.phone });
  if (p.email) telecom.push({ system: 'email', value: p.email });
  const line = [p.address_line1, p.address_line2].filter((l): l is string => l !== null);
  const hasAddress = line.length > 0 || p.town !== null || p.postcode !== null;
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: meta(p.version, p.updated_at),
    ...(extension.length > 0 ? { extension } : {}),
    ...(p.nhs_number ? { identifier: [{ system: SYSTEM.nhsNumber, value: p.nhs_number }] } : {}),
    active: true,
    name: [{ use: 'official', family: p.family_name, given: [p.given_name] }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(p.sex ? { gender: p.sex } : {}),
    ...(p.date_of_birth ? { birthDate: p.date_of_birth } : {}),
    ...(hasAddress
      ? {
          address: [
            {
              use: 'home',
              ...(line.length > 0 ? { line } : {}),
              ...(p.town ? { city: p.town } : {}),
              ...(p.postcode ? { postalCode: p.postcode } : {}),
            },
          ],
        }
      : {}),
    ...(p.practice_ods_code
      ? {
          generalPractitioner: [
            { type: 'Organization', identifier: { system: SYSTEM.ods, value: p.practice_ods_code } },
          ],
        }
      : {}),
    ...(p.preferred_language ? { communication: [{ language: { text: p.preferred_language }, preferred: true }] } : {}),
  };
}

/** A search result page: every match in full, with the absolute URL it can be read at. */
export function searchsetBundle(base: string, selfUrl: string, resources: Resource[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: resources.length,
    link: [{ relation: 'self', url: selfUrl }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

/** A transaction-response entry: what happened to one request entry, and where the result lives. */
export function responseEntry(
  base: string,
  resource: { resourceType: string; id: string; meta: Meta },
  created: boolean,
  body?: Resource,
): BundleEntry {
  return {
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    ...(body ? { resource: body } : {}),
    response: {
      status: created ? '201 Created' : '200 OK',
      location: `${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`,
      etag: `W/"${resource.meta.versionId}"`,
      lastModified: resource.meta.lastUpdated,
    },
  };
}
