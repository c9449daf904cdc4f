import { findNeed, findNeedBySnomed } from '../codes/index.ts';
import { SOCIAL_PRESCRIBING_REFERRAL, SYSTEM } from './fhir-codes.ts';
import { readObject, readObjects, readString, readStrings, withinLength, type Node, type Text } from './fhir-json.ts';
import { readPatient, type ReadPatient } from './fhir-patient.ts';
import type { FhirIssue } from './operation-outcome.ts';

/** Who the referral is for: a Patient sent with it, or one we already know. */
export type Subject =
  | { kind: 'resource'; patient: ReadPatient; path: string; resourcePath: string }
  | { kind: 'nhs-number'; nhsNumber: string; path: string }
  | { kind: 'patient-id'; id: string; path: string };

export interface Requester {
  name: string | null;
  contact: string | null;
  odsCode: string | null;
}

export interface Identifier {
  system: string;
  value: string;
}

/** A social prescribing ServiceRequest as read from FHIR, with the paths errors must point at. */
export interface FhirReferral {
  /** FHIRPath of the ServiceRequest itself: "ServiceRequest" or "Bundle.entry[n].resource". */
  path: string;
  identifier: Identifier | null;
  subject: Subject;
  requester: Requester;
  needs: { code: string; path: string }[];
  reason: string;
  consent: { contact: boolean; shareWithServices: boolean; shareWithGp: boolean };
  /** Where the person's consent came from, when a contained Consent gave it. */
  consentPath: string | null;
}

/** Resolves a local reference ("#id", or a Bundle entry's fullUrl) to the resource it names. */
export type LocalResolver = (reference: string) => Node | null;

/** The GP discussed the referral with the person: contact and updates to the GP, not onward sharing. */
const DEFAULT_CONSENT = { contact: true, shareWithServices: false, shareWithGp: true };
const ODS_CODE = /^[A-Z0-9]{3,10}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const issue = (code: FhirIssue['code'], expression: string, message: string, fix: string): FhirIssue => ({
  code,
  expression,
  message,
  fix,
});

/** Splits a FHIR token "system|value"; null when either side is missing. */
export function parseToken(token: string): Identifier | null {
  const bar = token.indexOf('|');
  if (bar <= 0 || bar === token.length - 1) return null;
  return { system: token.slice(0, bar), value: token.slice(bar + 1) };
}

/**
 * Reads a conditional reference or If-None-Exist query ("identifier=system|value"); only search
 * by identifier is supported, because that is the only search that names one record for sure.
 */
export function parseIdentifierQuery(
  query: string,
  expression: string | undefined,
  issues: FhirIssue[],
): Identifier | null {
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const where = expression ?? 'If-None-Exist';
  const names = [...params.keys()];
  const token = params.get('identifier');
  if (names.length !== 1 || token === null) {
    issues.push({
      code: 'not-supported',
      ...(expression ? { expression } : {}),
      message: `${where} searches by "${names.join('&') || query}"; only "identifier=system|value" is supported.`,
      fix: 'Search by one identifier, for example identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919.',
    });
    return null;
  }
  const identifier = parseToken(token);
  if (!identifier) {
    issues.push({
      code: 'invalid',
      ...(expression ? { expression } : {}),
      message: `${where} identifier "${token}" is not "system|value".`,
      fix: 'Give both the identifier system and its value, separated by "|".',
    });
  }
  return identifier;
}

function readIdentifier(sr: Node, ifNoneExist: Identifier | null, issues: FhirIssue[]): Identifier | null {
  const identifiers: Identifier[] = [];
  for (const node of readObjects(sr, 'identifier', issues)) {
    const system = withinLength(readString(node, 'system', issues), 200, issues);
    const value = withinLength(readString(node, 'value', issues), 200, issues);
    if (system && value) identifiers.push({ system, value });
  }
  if (!ifNoneExist) return identifiers[0] ?? null;
  if (identifiers.length === 0) return ifNoneExist;
  const match = identifiers.find((i) => i.system === ifNoneExist.system && i.value === ifNoneExist.value);
  if (!match) {
    issues.push(
      issue(
        'invalid',
        `${sr.path}.identifier`,
        `If-None-Exist names ${ifNoneExist.system}|${ifNoneExist.value}, which is not an identifier of this ServiceRequest.`,
        "Make If-None-Exist name the ServiceRequest's own identifier, or leave it out.",
      ),
    );
  }
  return match ?? null;
}

function checkKind(sr: Node, issues: FhirIssue[]): void {
  const at = (element: string) => `${sr.path}.${element}`;
  const status = readString(sr, 'status', issues);
  if (!status)
    issues.push(issue('required', at('status'), 'The ServiceRequest has no status.', 'Send status "active".'));
  else if (status.value !== 'active')
    issues.push(
      issue(
        'value',
        status.path,
        `The ServiceRequest's status is "${status.value}"; only an active request can be taken on.`,
        'Send status "active".',
      ),
    );
  const intent = readString(sr, 'intent', issues);
  if (!intent)
    issues.push(issue('required', at('intent'), 'The ServiceRequest has no intent.', 'Send intent "order".'));
  else if (intent.value !== 'order')
    issues.push(
      issue(
        'value',
        intent.path,
        `The ServiceRequest's intent is "${intent.value}"; a referral is an order.`,
        'Send intent "order".',
      ),
    );
  const code = readObject(sr, 'code', issues);
  const wanted = `SNOMED CT ${SOCIAL_PRESCRIBING_REFERRAL.code} "${SOCIAL_PRESCRIBING_REFERRAL.display}"`;
  if (!code) {
    issues.push(
      issue(
        'required',
        at('code'),
        'The ServiceRequest has no code.',
        `Send code ${wanted} (system ${SYSTEM.snomed}).`,
      ),
    );
    return;
  }
  const codings = readObjects(code, 'coding', issues);
  if (!codings.some((c) => c.value.system === SYSTEM.snomed && c.value.code === SOCIAL_PRESCRIBING_REFERRAL.code)) {
    issues.push(
      issue(
        'code-invalid',
        at('code'),
        'The ServiceRequest is not a referral to social prescribing: its code does not include the social prescribing concept.',
        `Send code ${wanted} (system ${SYSTEM.snomed}).`,
      ),
    );
  }
}

function readSubject(sr: Node, resolve: LocalResolver, issues: FhirIssue[]): Subject | null {
  const path = `${sr.path}.subject`;
  const subject = readObject(sr, 'subject', issues);
  if (!subject) {
    issues.push(
      issue(
        'required',
        path,
        'The ServiceRequest has no subject.',
        'Reference the Patient: contained ("#id"), a Bundle entry ("urn:uuid:…"), or a known patient ("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|…").',
      ),
    );
    return null;
  }
  const reference = readString(subject, 'reference', issues);
  if (reference && (reference.value.startsWith('#') || reference.value.startsWith('urn:'))) {
    const target = resolve(reference.value);
    if (!target) {
      issues.push(
        issue(
          'not-found',
          path,
          `The subject "${reference.value}" does not match any ${reference.value.startsWith('#') ? 'contained resource' : 'Bundle entry fullUrl'}.`,
          'Reference the contained Patient by "#" and its id, or the Patient entry by its fullUrl.',
        ),
      );
      return null;
    }
    if (target.value.resourceType !== 'Patient') {
      issues.push(
        issue(
          'invalid',
          path,
          `The subject "${reference.value}" is a ${String(target.value.resourceType)}, not a Patient.`,
          'Reference a Patient.',
        ),
      );
      return null;
    }
    return { kind: 'resource', patient: readPatient(target, issues), path, resourcePath: target.path };
  }
  if (reference?.value.startsWith('Patient?')) {
    const identifier = parseIdentifierQuery(reference.value.slice('Patient?'.length), path, issues);
    if (!identifier) return null;
    if (identifier.system !== SYSTEM.nhsNumber) {
      issues.push(
        issue(
          'not-supported',
          path,
          `Patients can only be found by NHS number, not by ${identifier.system}.`,
          `Use identifier=${SYSTEM.nhsNumber}|<NHS number>, or send the Patient with the request.`,
        ),
      );
      return null;
    }
    return { kind: 'nhs-number', nhsNumber: identifier.value.replace(/[\s-]/g, ''), path };
  }
  if (reference) {
    const id = /^Patient\/([^/]+)$/.exec(reference.value)?.[1];
    if (id && UUID.test(id)) return { kind: 'patient-id', id: id.toLowerCase(), path };
    issues.push(
      issue(
        'not-found',
        path,
        `The subject "${reference.value}" is not a Patient this service holds.`,
        'Send the Patient with the request (contained or in a transaction Bundle), or reference a known patient by NHS number.',
      ),
    );
    return null;
  }
  const logical = readObject(subject, 'identifier', issues);
  const nhsNumber = logical?.value.system === SYSTEM.nhsNumber ? readString(logical, 'value', issues) : null;
  if (nhsNumber) return { kind: 'nhs-number', nhsNumber: nhsNumber.value.replace(/[\s-]/g, ''), path };
  issues.push(
    issue(
      'required',
      path,
      'The subject has neither a reference nor an NHS number identifier.',
      'Reference the Patient, or give subject.identifier with the NHS number system.',
    ),
  );
  return null;
}

function practitionerName(node: Node, issues: FhirIssue[]): Text | null {
  const name = readObjects(node, 'name', issues)[0];
  if (!name) return null;
  const text = readString(name, 'text', issues);
  if (text) return text;
  const parts = [...readStrings(name, 'prefix', issues), ...readStrings(name, 'given', issues)].map((t) => t.value);
  const family = readString(name, 'family', issues);
  if (family) parts.push(family.value);
  return parts.length > 0 ? { value: parts.join(' '), path: name.path } : null;
}

function odsOf(identifier: Node | null, issues: FhirIssue[]): Text | null {
  return identifier?.value.system === SYSTEM.ods ? readString(identifier, 'value', issues) : null;
}

function firstTelecom(node: Node, issues: FhirIssue[]): Text | null {
  for (const t of readObjects(node, 'telecom', issues)) {
    const value = readString(t, 'value', issues);
    if (value) return value;
  }
  return null;
}

/** The referrer: an ODS-coded practice, and a person's name and contact where the GP system gives them. */
function readRequester(sr: Node, resolve: LocalResolver, issues: FhirIssue[]): Requester {
  const requester = readObject(sr, 'requester', issues);
  if (!requester) {
    issues.push(
      issue(
        'required',
        `${sr.path}.requester`,
        'The ServiceRequest does not say who is referring.',
        'Give requester: the practice (Organization) with its ODS code, or the referring PractitionerRole.',
      ),
    );
    return { name: null, contact: null, odsCode: null };
  }
  let name = readString(requester, 'display', issues);
  let contact: Text | null = null;
  let ods = odsOf(readObject(requester, 'identifier', issues), issues);
  const reference = readString(requester, 'reference', issues);
  if (reference?.value.startsWith('Organization?')) {
    const identifier = parseIdentifierQuery(reference.value.slice('Organization?'.length), reference.path, issues);
    if (identifier?.system === SYSTEM.ods) ods ??= { value: identifier.value, path: reference.path };
  } else if (reference?.value.startsWith('#')) {
    const target = resolve(reference.value);
    if (!target) {
      issues.push(
        issue(
          'not-found',
          reference.path,
          `The requester "${reference.value}" does not match any contained resource.`,
          'Contain the Organization, PractitionerRole or Practitioner, or give requester.identifier with the ODS code.',
        ),
      );
    } else if (target.value.resourceType === 'Organization') {
      ods ??=
        readObjects(target, 'identifier', issues)
          .map((i) => odsOf(i, issues))
          .find((t) => t !== null) ?? null;
      name ??= readString(target, 'name', issues);
    } else if (target.value.resourceType === 'PractitionerRole') {
      const organisation = readObject(target, 'organization', issues);
      ods ??= organisation ? odsOf(readObject(organisation, 'identifier', issues), issues) : null;
      const practitioner = readObject(target, 'practitioner', issues);
      name ??= practitioner ? readString(practitioner, 'display', issues) : null;
      contact = firstTelecom(target, issues);
    } else if (target.value.resourceType === 'Practitioner') {
      name ??= practitionerName(target, issues);
      contact = firstTelecom(target, issues);
    }
  }
  const odsCode = ods ? ods.value.toUpperCase() : null;
  if (ods && odsCode && !ODS_CODE.test(odsCode)) {
    issues.push(
      issue(
        'value',
        ods.path,
        `"${ods.value}" is not an ODS code.`,
        "Give the practice's ODS code: 3 to 10 letters and numbers, for example Y90001.",
      ),
    );
  }
  return {
    name: withinLength(name, 200, issues),
    contact: withinLength(contact, 200, issues),
    odsCode: odsCode && ODS_CODE.test(odsCode) ? odsCode : null,
  };
}

/** Needs from reasonCode (SNOMED CT or our need CodeSystem); reasons we cannot code are kept as words. */
function readReasons(sr: Node, issues: FhirIssue[]): { needs: FhirReferral['needs']; reason: string } {
  const needs: FhirReferral['needs'] = [];
  const words: string[] = [];
  for (const concept of readObjects(sr, 'reasonCode', issues)) {
    const codings = readObjects(concept, 'coding', issues);
    let coded = false;
    for (const coding of codings) {
      const code = typeof coding.value.code === 'string' ? coding.value.code : '';
      const need =
        coding.value.system === SYSTEM.snomed
          ? findNeedBySnomed(code)
          : coding.value.system === SYSTEM.need
            ? findNeed(code)
            : undefined;
      if (need) {
        needs.push({ code: need.code, path: `${coding.path}.code` });
        coded = true;
        break;
      }
    }
    const text = readString(concept, 'text', issues);
    const fallback =
      codings.map((c) => readString(c, 'display', issues) ?? readString(c, 'code', issues)).find((t) => t !== null) ??
      null;
    const said = text ?? (coded ? null : fallback);
    if (said) words.push(said.value);
  }
  for (const note of readObjects(sr, 'note', issues)) {
    const text = readString(note, 'text', issues);
    if (text) words.push(text.value);
  }
  return { needs, reason: words.join('\n') };
}

/** A contained Consent can withhold contact (deny, or not active) or allow onward sharing (active permit). */
function readConsent(sr: Node, issues: FhirIssue[]): { consent: FhirReferral['consent']; path: string | null } {
  const consent = readObjects(sr, 'contained', issues).find((c) => c.value.resourceType === 'Consent');
  if (!consent) return { consent: DEFAULT_CONSENT, path: null };
  const status = readString(consent, 'status', issues);
  const provision = readObject(consent, 'provision', issues);
  const type = provision ? readString(provision, 'type', issues) : null;
  if (status?.value !== 'active')
    return { consent: { ...DEFAULT_CONSENT, contact: false }, path: status?.path ?? `${consent.path}.status` };
  if (type?.value === 'deny') return { consent: { ...DEFAULT_CONSENT, contact: false }, path: type.path };
  return { consent: { ...DEFAULT_CONSENT, shareWithServices: true }, path: consent.path };
}

/**
 * Reads a social prescribing ServiceRequest: checks what makes it one (active order, the SNOMED
 * CT code, a subject, a requester) and gathers what intake needs, collecting every issue found.
 */
export function readServiceRequest(
  sr: Node,
  options: { resolve: LocalResolver; ifNoneExist: Identifier | null },
  issues: FhirIssue[],
): FhirReferral | null {
  const before = issues.length;
  checkKind(sr, issues);
  const identifier = readIdentifier(sr, options.ifNoneExist, issues);
  const subject = readSubject(sr, options.resolve, issues);
  const requester = readRequester(sr, options.resolve, issues);
  const { needs, reason } = readReasons(sr, issues);
  const { consent, path: consentPath } = readConsent(sr, issues);
  if (!subject || issues.length > before) return null;
  return { path: sr.path, identifier, subject, requester, needs, reason, consent, consentPath };
}

/** Resolves "#id" references against a resource's contained resources. */
export function containedResolver(sr: Node, issues: FhirIssue[]): LocalResolver {
  const byId = new Map<string, Node>();
  for (const resource of readObjects(sr, 'contained', issues)) {
    if (typeof resource.value.id === 'string') byId.set(`#${resource.value.id}`, resource);
  }
  return (reference) => byId.get(reference) ?? null;
}
