import { SYSTEM } from './fhir-codes.ts';
import { parseIdentifierQuery } from './fhir-identifier.ts';
import { issue } from './fhir-issue.ts';
import { readObject, readString, type Node } from './fhir-json.ts';
import type { LocalResolver } from './fhir-local-reference.ts';
import { readPatient, type ReadPatient } from './fhir-patient.ts';
import type { FhirIssue } from './operation-outcome.ts';

/** Who the referral is for: a Patient sent with it, or one we already know. */
export type Subject =
  | { kind: 'resource'; patient: ReadPatient; path: string; resourcePath: string }
  | { kind: 'nhs-number'; nhsNumber: string; path: string }
  | { kind: 'patient-id'; id: string; path: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readSubject(sr: Node, resolve: LocalResolver, issues: FhirIssue[]): Subject | null {
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
