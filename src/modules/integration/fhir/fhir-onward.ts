import type { OnwardReferralAttended, OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import type { OnwardRow } from '../../community/onward-referrals/index.ts';
import { isOnwardStatus } from '../../community/onward-referrals/index.ts';
import { presentShared } from '../../community/onward-referrals/index.ts';
import { FULFIL_TASK, SYSTEM } from './fhir-codes.ts';
import type { CodeableConcept, Meta, Reference } from './fhir-resources.ts';
import { fhirInvalid, type FhirIssue } from './operation-outcome.ts';

/** Code systems of onward-referral Tasks: the SDOH Clinical Care output type, and Linkwork's own codes. */
export const ONWARD_SYSTEM = {
  sdohccTemporary: 'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes',
  outcome: 'https://linkwork.nhs.example/CodeSystem/onward-referral-outcome',
  businessStatus: 'https://linkwork.nhs.example/CodeSystem/onward-referral-business-status',
} as const;
/** SNOMED CT 306206005 "Referral to service". */
export const REFERRAL_TO_SERVICE = {
  system: SYSTEM.snomed,
  code: '306206005',
  display: 'Referral to service',
} as const;

export interface OnwardTaskOutput {
  type: CodeableConcept;
  valueString: string;
}

export interface OnwardTask {
  resourceType: 'Task';
  id: string;
  meta: Meta;
  status: OnwardReferralStatus;
  statusReason?: CodeableConcept;
  businessStatus: CodeableConcept;
  intent: 'order';
  code: CodeableConcept;
  focus: Reference;
  for: Reference;
  authoredOn: string;
  lastModified: string;
  requester: Reference;
  owner: Reference;
  output?: OnwardTaskOutput[];
}

export interface OnwardServiceRequest {
  resourceType: 'ServiceRequest';
  id: string;
  meta: Meta;
  status: 'active' | 'revoked' | 'completed';
  intent: 'order';
  code: CodeableConcept;
  subject: Reference;
  authoredOn: string;
  requester: Reference;
  performer: Reference[];
  note: { text: string }[];
}

export interface OnwardFacts {
  row: OnwardRow;
  schemeName: string;
  ownerName: string;
}

const WORDS: Record<OnwardReferralStatus, string> = {
  requested: 'Sent: waiting for the service to answer',
  received: 'Received by the service',
  accepted: 'Accepted by the service',
  rejected: 'Declined',
  'in-progress': 'The person is taking part',
  'on-hold': 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled by the link worker',
  failed: 'Could not be completed',
};

/** True for the businessStatus words Linkwork writes itself: sent back unchanged, they are not the organisation's own. */
export const isOwnBusinessWords = (text: string) => Object.values(WORDS).includes(text);

const meta = (r: OnwardRow): Meta => ({ versionId: String(r.version), lastUpdated: r.updated_at.toISOString() });
const owner = (f: OnwardFacts): Reference => ({
  reference: `Organization/${f.row.receiving_organisation_id}`,
  type: 'Organization',
  display: f.ownerName,
});
/** The person as the organisation may know them: the shared name only, never a Patient it could read. */
const person = (r: OnwardRow): Reference => ({ display: r.shared_snapshot.name ?? 'The person referred' });

function outputs(r: OnwardRow): OnwardTaskOutput[] {
  if (!r.outcome_attended) return [];
  return [
    {
      type: {
        coding: [{ system: ONWARD_SYSTEM.outcome, code: 'attended', display: 'Attended' }],
        text: 'Did the person attend',
      },
      valueString: r.outcome_attended,
    },
    {
      type: {
        coding: [{ system: ONWARD_SYSTEM.sdohccTemporary, code: 'resulting-activity', display: 'Resulting Activity' }],
        text: 'What happened',
      },
      valueString: r.outcome_note ?? '',
    },
  ];
}

/**
 * The Task that tracks an onward referral (SDOH Clinical Care referral-management pattern): owned
 * by the receiving organisation, focused on the ServiceRequest, status the FHIR Task state itself,
 * output the outcome (attended, and what happened as the resulting activity).
 */
export function renderOnwardTask(f: OnwardFacts): OnwardTask {
  const r = f.row;
  const out = outputs(r);
  const business = r.business_status ?? WORDS[r.status];
  return {
    resourceType: 'Task',
    id: r.id,
    meta: meta(r),
    status: r.status,
    ...(r.status_reason ? { statusReason: { text: r.status_reason } } : {}),
    businessStatus: {
      ...(r.business_status
        ? {}
        : { coding: [{ system: ONWARD_SYSTEM.businessStatus, code: r.status, display: WORDS[r.status] }] }),
      text: business,
    },
    intent: 'order',
    code: { coding: [{ ...FULFIL_TASK }] },
    focus: { reference: `ServiceRequest/${r.id}` },
    for: person(r),
    authoredOn: r.sent_at.toISOString(),
    lastModified: r.updated_at.toISOString(),
    requester: { type: 'Organization', display: f.schemeName },
    owner: owner(f),
    ...(out.length > 0 ? { output: out } : {}),
  };
}

/** The onward referral as a ServiceRequest: the service asked for, the message, and exactly the fields shared with consent. */
export function renderOnwardServiceRequest(f: OnwardFacts): OnwardServiceRequest {
  const r = f.row;
  const status =
    r.status === 'completed'
      ? 'completed'
      : ['rejected', 'cancelled', 'failed'].includes(r.status)
        ? 'revoked'
        : 'active';
  const shared = presentShared(r.shared_snapshot)
    .map((s) => `${s.label}: ${s.value}`)
    .join('\n');
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: meta(r),
    status,
    intent: 'order',
    code: { coding: [{ ...REFERRAL_TO_SERVICE }], text: `Referral to ${r.service_name}` },
    subject: person(r),
    authoredOn: r.sent_at.toISOString(),
    requester: { type: 'Organization', display: f.schemeName },
    performer: [owner(f)],
    note: [{ text: r.message }, { text: `Shared with the person's consent:\n${shared}` }],
  };
}

export interface TaskUpdate {
  status: string;
  reason?: string;
  businessStatus: string | null;
  outcome?: { attended: string; note: string };
  version: number | null;
}

const ATTENDED: OnwardReferralAttended[] = ['yes', 'no', 'unknown'];

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as { text?: unknown; coding?: { display?: unknown; code?: unknown }[] };
  if (typeof c.text === 'string' && c.text.trim()) return c.text.trim();
  const coding = Array.isArray(c.coding) ? c.coding[0] : undefined;
  if (typeof coding?.display === 'string') return coding.display;
  return typeof coding?.code === 'string' ? coding.code : undefined;
}

function outputCode(o: unknown): string | undefined {
  const type = (o as { type?: { coding?: { code?: unknown }[] } }).type;
  return type?.coding?.map((c) => c.code).find((c): c is string => typeof c === 'string');
}

function outputValue(o: unknown): string | undefined {
  const v = o as { valueString?: unknown; valueCode?: unknown; valueBoolean?: unknown };
  if (typeof v.valueString === 'string') return v.valueString;
  if (typeof v.valueCode === 'string') return v.valueCode;
  if (typeof v.valueBoolean === 'boolean') return v.valueBoolean ? 'yes' : 'no';
  return undefined;
}

/**
 * Reads a PUT /fhir/Task/{id} body: the Task as the organisation's system holds it. Only status,
 * statusReason, businessStatus and output are taken; the version comes from If-Match or meta.versionId.
 */
export function readTaskUpdate(body: unknown, id: string, ifMatch: string | null): TaskUpdate {
  const issues: FhirIssue[] = [];
  const task = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (task.resourceType !== 'Task')
    issues.push({
      code: 'structure',
      expression: 'Task',
      message: 'The body is not a Task.',
      fix: 'Send the Task resource (resourceType "Task") as application/fhir+json.',
    });
  if (task.id !== undefined && task.id !== id)
    issues.push({
      code: 'invalid',
      expression: 'Task.id',
      message: `The Task id "${String(task.id)}" is not the id in the URL.`,
      fix: 'PUT the Task to /fhir/Task/{its id}.',
    });
  const status = typeof task.status === 'string' ? task.status : '';
  if (!status)
    issues.push({
      code: 'required',
      expression: 'Task.status',
      message: 'The Task has no status.',
      fix: 'Give the new status: received, accepted, rejected, in-progress, on-hold, completed or failed.',
    });
  else if (!isOnwardStatus(status))
    issues.push({
      code: 'code-invalid',
      expression: 'Task.status',
      message: `"${status}" is not a Task status.`,
      fix: 'Use received, accepted, rejected, in-progress, on-hold, completed or failed.',
    });
  let outcome: TaskUpdate['outcome'];
  if (task.output !== undefined) {
    const list = Array.isArray(task.output) ? task.output : [];
    const attended = list.find((o) => outputCode(o) === 'attended');
    const activity = list.find((o) => outputCode(o) === 'resulting-activity');
    const attendedValue = attended ? outputValue(attended) : undefined;
    if (!attendedValue || !ATTENDED.includes(attendedValue as OnwardReferralAttended))
      issues.push({
        code: 'value',
        expression: 'Task.output',
        message: 'The output has no "attended" answer of yes, no or unknown.',
        fix: `Add an output with type ${ONWARD_SYSTEM.outcome}#attended and valueString yes, no or unknown.`,
      });
    const note = activity ? outputValue(activity)?.trim() : undefined;
    if (!note)
      issues.push({
        code: 'value',
        expression: 'Task.output',
        message: 'The output does not say what happened.',
        fix: `Add an output with type ${ONWARD_SYSTEM.sdohccTemporary}#resulting-activity and a valueString saying what happened.`,
      });
    if (attendedValue && note) outcome = { attended: attendedValue, note };
  }
  const m = ifMatch ? /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch) : null;
  if (ifMatch && !m)
    issues.push({
      code: 'invalid',
      message: `If-Match "${ifMatch}" is not a version.`,
      fix: 'Send the ETag from the last read, e.g. If-Match: W/"3".',
    });
  const metaVersion = (task.meta as { versionId?: unknown } | undefined)?.versionId;
  const version = m
    ? Number(m[1])
    : typeof metaVersion === 'string' && /^\d+$/.test(metaVersion)
      ? Number(metaVersion)
      : null;
  if (issues.length > 0) throw fhirInvalid(issues);
  const reason = textOf(task.statusReason);
  return {
    status,
    ...(reason ? { reason } : {}),
    businessStatus: textOf(task.businessStatus) ?? null,
    ...(outcome ? { outcome } : {}),
    version,
  };
}
