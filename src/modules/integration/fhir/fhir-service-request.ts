import { findNeed, findNeedBySnomed } from '../../scheme/codes/index.ts';
import { SOCIAL_PRESCRIBING_REFERRAL, SYSTEM } from './fhir-codes.ts';
import type { Identifier } from './fhir-identifier.ts';
import { issue } from './fhir-issue.ts';
import { readObject, readObjects, readString, withinLength, type Node } from './fhir-json.ts';
import type { LocalResolver } from './fhir-local-reference.ts';
import { readRequester, type Requester } from './fhir-requester.ts';
import { readSubject, type Subject } from './fhir-subject.ts';
import type { FhirIssue } from './operation-outcome.ts';

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

/** The GP discussed the referral with the person: contact and updates to the GP, not onward sharing. */
const DEFAULT_CONSENT = { contact: true, shareWithServices: false, shareWithGp: true };

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
