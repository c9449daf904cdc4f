import { SYSTEM } from './fhir-codes.ts';
import { parseIdentifierQuery } from './fhir-identifier.ts';
import { issue } from './fhir-issue.ts';
import { readObject, readObjects, readString, readStrings, withinLength, type Node, type Text } from './fhir-json.ts';
import type { LocalResolver } from './fhir-local-reference.ts';
import type { FhirIssue } from './operation-outcome.ts';

export interface Requester {
  name: string | null;
  contact: string | null;
  odsCode: string | null;
}

const ODS_CODE = /^[A-Z0-9]{3,10}$/;

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
export function readRequester(sr: Node, resolve: LocalResolver, issues: FhirIssue[]): Requester {
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
