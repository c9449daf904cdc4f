import type { FieldError } from '../../../platform/errors.ts';
import type { PatientDetails } from '../../pathway/patients/index.ts';
import type { ReferralIntake } from '../../pathway/referrals/index.ts';
import { nodeOf, readObject, readObjects, readString, type Node } from './fhir-json.ts';
import type { PatientField } from './fhir-patient.ts';
import { parseIdentifierQuery } from './fhir-identifier.ts';
import { containedResolver, type LocalResolver } from './fhir-local-reference.ts';
import { readServiceRequest, type FhirReferral } from './fhir-service-request.ts';
import { fhirInvalid, type FhirIssue } from './operation-outcome.ts';

/** One entry of a transaction, in order, for the transaction-response. */
export interface TransactionEntry {
  resourceType: 'Patient' | 'ServiceRequest';
  fullUrl: string | null;
}

const ENTRY_TYPES = new Set(['Patient', 'ServiceRequest']);

/** The same slip can be seen twice (e.g. contained read for the subject and for consent); say it once. */
function unique(issues: FhirIssue[]): FhirIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}|${i.expression ?? ''}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function bodyNode(body: unknown, path: string, expected: string): Node {
  const node = nodeOf(body, path);
  if (!node) {
    throw fhirInvalid([
      {
        code: 'structure',
        message: `The request body is not a FHIR resource: expected a JSON object with resourceType "${expected}".`,
        fix: `Send the ${expected} as FHIR R4 JSON (Content-Type: application/fhir+json).`,
      },
    ]);
  }
  if (node.value.resourceType !== expected) {
    throw fhirInvalid([
      {
        code: 'invalid',
        expression: `${path}.resourceType`,
        message: `The body's resourceType is ${JSON.stringify(node.value.resourceType ?? null)}; this endpoint takes a ${expected}.`,
        fix:
          expected === 'Bundle'
            ? 'POST a transaction Bundle to /fhir, or a ServiceRequest to /fhir/ServiceRequest.'
            : 'POST a ServiceRequest here, or a transaction Bundle to /fhir.',
      },
    ]);
  }
  return node;
}

/**
 * Reads a ServiceRequest posted on its own (Patient contained or referenced). `ifNoneExist` is the
 * header of a conditional create; it must name the request's own identifier.
 */
export function readServiceRequestBody(body: unknown, ifNoneExist: string | null): FhirReferral {
  const sr = bodyNode(body, 'ServiceRequest', 'ServiceRequest');
  const issues: FhirIssue[] = [];
  const condition = ifNoneExist ? parseIdentifierQuery(ifNoneExist, undefined, issues) : null;
  const referral = readServiceRequest(sr, { resolve: containedResolver(sr, issues), ifNoneExist: condition }, issues);
  if (!referral || issues.length > 0) throw fhirInvalid(unique(issues));
  return referral;
}

interface ReadEntry {
  node: Node;
  resource: Node;
  resourceType: 'Patient' | 'ServiceRequest';
  fullUrl: string | null;
  ifNoneExist: string | null;
}

function readEntry(entry: Node, issues: FhirIssue[]): ReadEntry | null {
  const before = issues.length;
  const resource = readObject(entry, 'resource', issues);
  const request = readObject(entry, 'request', issues);
  if (!resource)
    issues.push({
      code: 'required',
      expression: `${entry.path}.resource`,
      message: 'The entry has no resource.',
      fix: 'Each entry carries a Patient or the ServiceRequest.',
    });
  const resourceType = resource?.value.resourceType;
  if (resource && (typeof resourceType !== 'string' || !ENTRY_TYPES.has(resourceType))) {
    issues.push({
      code: 'not-supported',
      expression: `${resource.path}.resourceType`,
      message: `A ${JSON.stringify(resourceType ?? null)} cannot be sent in a referral Bundle.`,
      fix: "Send one Patient and one ServiceRequest; put the requester's details in ServiceRequest.requester or its contained resources.",
    });
  }
  if (!request) {
    issues.push({
      code: 'required',
      expression: `${entry.path}.request`,
      message: 'The entry has no request.',
      fix: 'Give request.method "POST" and request.url the resource type, e.g. "Patient".',
    });
  } else {
    const method = readString(request, 'method', issues);
    if (method?.value !== 'POST')
      issues.push({
        code: 'not-supported',
        expression: `${request.path}.method`,
        message: `Only POST (create) is supported in a referral Bundle, not ${method?.value ?? 'no method'}.`,
        fix: 'Use request.method "POST".',
      });
    const url = readString(request, 'url', issues);
    if (typeof resourceType === 'string' && url?.value.replace(/^\//, '') !== resourceType) {
      issues.push({
        code: 'value',
        expression: `${request.path}.url`,
        message: `request.url is "${url?.value ?? ''}", which does not match the ${resourceType} it creates.`,
        fix: `Use request.url "${resourceType}".`,
      });
    }
  }
  if (!resource || !request || issues.length > before) return null;
  return {
    node: entry,
    resource,
    resourceType: resourceType as ReadEntry['resourceType'],
    fullUrl: readString(entry, 'fullUrl', issues)?.value ?? null,
    ifNoneExist: readString(request, 'ifNoneExist', issues)?.value ?? null,
  };
}

/**
 * Reads a transaction Bundle of one Patient and one ServiceRequest. One referral per Bundle keeps
 * the transaction all-or-nothing; batches are refused because they are not.
 */
export function readTransactionBundle(body: unknown): { referral: FhirReferral; entries: TransactionEntry[] } {
  const bundle = bodyNode(body, 'Bundle', 'Bundle');
  const issues: FhirIssue[] = [];
  const type = readString(bundle, 'type', issues);
  if (type?.value !== 'transaction') {
    issues.push({
      code: type ? 'not-supported' : 'required',
      expression: 'Bundle.type',
      message: `The Bundle's type is ${type ? `"${type.value}"` : 'missing'}; only "transaction" is accepted.`,
      fix: 'Send type "transaction" so the Patient and ServiceRequest are created together or not at all.',
    });
  }
  const nodes = readObjects(bundle, 'entry', issues);
  if (nodes.length === 0)
    issues.push({
      code: 'required',
      expression: 'Bundle.entry',
      message: 'The Bundle has no entries.',
      fix: 'Send one Patient entry and one ServiceRequest entry.',
    });
  const entries = nodes.map((node) => readEntry(node, issues));
  if (issues.length > 0) throw fhirInvalid(unique(issues));
  const read = entries.filter((e): e is ReadEntry => e !== null);
  const requests = read.filter((e) => e.resourceType === 'ServiceRequest');
  const patients = read.filter((e) => e.resourceType === 'Patient');
  if (requests.length !== 1)
    issues.push({
      code: 'not-supported',
      expression: 'Bundle.entry',
      message: `The Bundle has ${requests.length} ServiceRequests; one referral per Bundle is accepted.`,
      fix: 'Send each referral in its own Bundle.',
    });
  if (patients.length > 1)
    issues.push({
      code: 'not-supported',
      expression: 'Bundle.entry',
      message: `The Bundle has ${patients.length} Patients; a referral is for one person.`,
      fix: 'Send only the Patient the ServiceRequest is for.',
    });
  const request = requests[0];
  if (!request || issues.length > 0) throw fhirInvalid(unique(issues));

  const byFullUrl = new Map(read.filter((e) => e.fullUrl).map((e) => [e.fullUrl!, e.resource]));
  const contained = containedResolver(request.resource, issues);
  const resolve: LocalResolver = (reference) =>
    reference.startsWith('#') ? contained(reference) : (byFullUrl.get(reference) ?? null);
  const condition = request.ifNoneExist
    ? parseIdentifierQuery(request.ifNoneExist, `${request.node.path}.request.ifNoneExist`, issues)
    : null;
  const referral = readServiceRequest(request.resource, { resolve, ifNoneExist: condition }, issues);
  const patient = patients[0];
  if (
    referral &&
    patient &&
    !(referral.subject.kind === 'resource' && referral.subject.resourcePath === patient.resource.path)
  ) {
    issues.push({
      code: 'invalid',
      expression: patient.node.path,
      message: 'This Patient is not the subject of the ServiceRequest.',
      fix: `Set the ServiceRequest's subject.reference to this entry's fullUrl${patient.fullUrl ? ` (${patient.fullUrl})` : ''}.`,
    });
  }
  if (!referral || issues.length > 0) throw fhirInvalid(unique(issues));
  return { referral, entries: read.map((e) => ({ resourceType: e.resourceType, fullUrl: e.fullUrl })) };
}

/** The intake submitReferral takes, from a read referral and the person it is for. */
export function toReferralIntake(
  referral: FhirReferral,
  patient: PatientDetails,
  organisationId: string | null,
): ReferralIntake {
  return {
    source: 'gp_system',
    patient,
    needs: referral.needs.map((n) => n.code),
    circumstances: [],
    reason: referral.reason,
    consent: referral.consent,
    referrer: {
      name: referral.requester.name,
      contact: referral.requester.contact,
      organisationId,
      practiceOdsCode: referral.requester.odsCode,
    },
    identifier: referral.identifier,
  };
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || v === false;

/**
 * The domain's field errors ("patient.nhsNumber") as FHIR issues at the element that carried
 * the value, so a GP system can tell which part of its message to correct.
 */
export function issuesFromDomain(errors: readonly FieldError[], referral: FhirReferral): FhirIssue[] {
  return errors.map((error): FhirIssue => {
    const [head, tail] = error.field.split(/\.(.*)/s);
    if (head === 'patient' && tail) {
      if (referral.subject.kind !== 'resource')
        return { code: 'invalid', expression: referral.subject.path, message: error.message, fix: error.fix };
      const { paths, details } = referral.subject.patient;
      const field = tail as PatientField;
      const path = paths[field] ?? referral.subject.path;
      return {
        code: blank(details[field]) ? 'required' : 'value',
        expression: path,
        message: error.message,
        fix: error.fix,
      };
    }
    if (head === 'needs') {
      const need = referral.needs[Number(tail)];
      return {
        code: 'code-invalid',
        expression: need?.path ?? `${referral.path}.reasonCode`,
        message: error.message,
        fix: error.fix,
      };
    }
    if (head === 'consent')
      return {
        code: 'value',
        expression: referral.consentPath ?? referral.path,
        message: error.message,
        fix: error.fix,
      };
    if (head === 'reason')
      return { code: 'value', expression: `${referral.path}.note`, message: error.message, fix: error.fix };
    return { code: 'invalid', expression: referral.path, message: error.message, fix: error.fix };
  });
}
