import type { Sex } from '../../../db/schema.ts';
import type { PatientDetails } from '../../pathway/patients/index.ts';
import { EXTENSION, SYSTEM } from './fhir-codes.ts';
import {
  extensionsOf,
  readBoolean,
  readObject,
  readObjects,
  readString,
  readStrings,
  withinLength,
  type Node,
  type Text,
} from './fhir-json.ts';
import type { FhirIssue } from './operation-outcome.ts';

export type PatientField = keyof PatientDetails;

/** A Patient resource read into the details intake needs, with where each detail is (or belongs) in the resource. */
export interface ReadPatient {
  details: PatientDetails;
  /** FHIRPath of each detail: where it was found, or where it should go when it is missing. */
  paths: Record<PatientField, string>;
}

const SEXES: readonly Sex[] = ['male', 'female', 'other', 'unknown'];
/** UK Core ethnic category "99": not known. Not an error; just no category. */
const ETHNICITY_NOT_KNOWN = '99';

/** The name to use: the official one if marked, else the first that is not old. */
function chooseName(names: Node[]): Node | null {
  return (
    names.find((n) => n.value.use === 'official') ??
    names.find((n) => n.value.use !== 'old' && n.value.use !== 'maiden') ??
    null
  );
}

function chooseAddress(addresses: Node[]): Node | null {
  return (
    addresses.find((a) => a.value.use === 'home') ??
    addresses.find((a) => a.value.use !== 'old' && a.value.use !== 'billing') ??
    null
  );
}

/** A language's words: the CodeableConcept's text, else the first coding's display, else its code. */
function languageOf(concept: Node | null, issues: FhirIssue[]): Text | null {
  if (!concept) return null;
  const text = readString(concept, 'text', issues);
  if (text) return text;
  for (const coding of readObjects(concept, 'coding', issues)) {
    const words = readString(coding, 'display', issues) ?? readString(coding, 'code', issues);
    if (words) return words;
  }
  return null;
}

function readEthnicity(patient: Node, issues: FhirIssue[]): Text | null {
  for (const extension of extensionsOf(patient, EXTENSION.ethnicCategory, issues)) {
    const concept = readObject(extension, 'valueCodeableConcept', issues);
    const codings = concept ? readObjects(concept, 'coding', issues) : [];
    const coding = codings.find((c) => c.value.system === SYSTEM.ethnicCategory) ?? codings[0];
    const code = coding ? readString(coding, 'code', issues) : null;
    if (code && code.value !== ETHNICITY_NOT_KNOWN) return code;
  }
  return null;
}

/** Interpreter needed: the R4 core extension, or UK Core NHSCommunication's interpreterRequired, on the Patient or a communication. */
function readInterpreter(
  patient: Node,
  communications: Node[],
  issues: FhirIssue[],
): { needed: boolean; language: Text | null } {
  let needed = false;
  let language: Text | null = null;
  for (const extension of extensionsOf(patient, EXTENSION.interpreterRequired, issues)) {
    if (readBoolean(extension, 'valueBoolean', issues) === true) needed = true;
  }
  for (const holder of [patient, ...communications]) {
    for (const extension of extensionsOf(holder, EXTENSION.nhsCommunication, issues)) {
      for (const sub of readObjects(extension, 'extension', issues)) {
        if (sub.value.url === 'interpreterRequired' && readBoolean(sub, 'valueBoolean', issues) === true) needed = true;
        if (sub.value.url === 'language')
          language ??= languageOf(readObject(sub, 'valueCodeableConcept', issues), issues);
      }
    }
  }
  return { needed, language };
}

function readTelecom(patient: Node, issues: FhirIssue[]): { phone: Text | null; email: Text | null } {
  const telecoms = readObjects(patient, 'telecom', issues).filter((t) => t.value.use !== 'old');
  const first = (systems: string[]) => {
    for (const t of telecoms) {
      if (typeof t.value.system === 'string' && systems.includes(t.value.system)) {
        const value = readString(t, 'value', issues);
        if (value) return value;
      }
    }
    return null;
  };
  return { phone: first(['phone', 'sms']), email: first(['email']) };
}

/**
 * Reads a UK Core Patient into the person's details intake checks. Structural slips are
 * reported with their paths; the details' own rules (NHS number check digit, postcode, dates)
 * are left to the domain, whose errors are then mapped back to `paths`.
 */
export function readPatient(patient: Node, issues: FhirIssue[]): ReadPatient {
  const at = (element: string) => `${patient.path}.${element}`;
  const paths: Record<PatientField, string> = {
    nhsNumber: at('identifier'),
    givenName: at('name'),
    familyName: at('name'),
    dateOfBirth: at('birthDate'),
    sex: at('gender'),
    genderIdentity: at('extension'),
    ethnicity: at('extension'),
    addressLine1: at('address'),
    addressLine2: at('address'),
    town: at('address'),
    postcode: at('address'),
    phone: at('telecom'),
    email: at('telecom'),
    preferredContact: at('extension'),
    preferredLanguage: at('communication'),
    interpreterNeeded: at('extension'),
    accessibilityNeeds: at('extension'),
    practiceOdsCode: at('generalPractitioner'),
  };
  const found = (field: PatientField, text: Text | null) => {
    if (text) paths[field] = text.path;
    return text;
  };

  const identifiers = readObjects(patient, 'identifier', issues);
  const nhsIdentifier = identifiers.find((i) => i.value.system === SYSTEM.nhsNumber);
  if (nhsIdentifier) paths.nhsNumber = `${nhsIdentifier.path}.value`;
  const nhsNumber = nhsIdentifier ? found('nhsNumber', readString(nhsIdentifier, 'value', issues)) : null;

  const name = chooseName(readObjects(patient, 'name', issues));
  if (name) {
    paths.givenName = `${name.path}.given`;
    paths.familyName = `${name.path}.family`;
  }
  const given = name ? found('givenName', readStrings(name, 'given', issues)[0] ?? null) : null;
  const family = name ? found('familyName', readString(name, 'family', issues)) : null;

  const gender = readString(patient, 'gender', issues);
  let sex: Sex | null = null;
  if (gender) {
    if ((SEXES as readonly string[]).includes(gender.value)) sex = gender.value as Sex;
    else
      issues.push({
        code: 'code-invalid',
        expression: gender.path,
        message: `"${gender.value}" is not an administrative gender.`,
        fix: 'Use one of: male, female, other, unknown.',
      });
  }

  const address = chooseAddress(readObjects(patient, 'address', issues));
  const lines = address ? readStrings(address, 'line', issues) : [];
  const line1 = found('addressLine1', lines[0] ?? null);
  const rest = lines.slice(1);
  const line2 = found(
    'addressLine2',
    rest.length > 0 ? { value: rest.map((l) => l.value).join(', '), path: rest[0]!.path } : null,
  );
  const town = address ? found('town', readString(address, 'city', issues)) : null;
  const postcode = address ? found('postcode', readString(address, 'postalCode', issues)) : null;

  const telecom = readTelecom(patient, issues);
  found('phone', telecom.phone);
  found('email', telecom.email);

  const communications = readObjects(patient, 'communication', issues);
  const communication = communications.find((c) => c.value.preferred === true) ?? communications[0] ?? null;
  const interpreter = readInterpreter(patient, communications, issues);
  const language = found(
    'preferredLanguage',
    (communication ? languageOf(readObject(communication, 'language', issues), issues) : null) ?? interpreter.language,
  );

  let practice: Text | null = null;
  for (const gp of readObjects(patient, 'generalPractitioner', issues)) {
    const identifier = readObject(gp, 'identifier', issues);
    if (identifier?.value.system === SYSTEM.ods) practice ??= readString(identifier, 'value', issues);
  }
  found('practiceOdsCode', practice);
  const ethnicity = found('ethnicity', readEthnicity(patient, issues));

  return {
    paths,
    details: {
      nhsNumber: nhsNumber?.value ?? null,
      givenName: withinLength(given, 100, issues) ?? '',
      familyName: withinLength(family, 100, issues) ?? '',
      dateOfBirth: found('dateOfBirth', readString(patient, 'birthDate', issues))?.value ?? null,
      sex,
      ethnicity: ethnicity?.value ?? null,
      addressLine1: withinLength(line1, 200, issues),
      addressLine2: withinLength(line2, 200, issues),
      town: withinLength(town, 100, issues),
      postcode: withinLength(postcode, 10, issues),
      phone: telecom.phone?.value ?? null,
      email: withinLength(telecom.email, 200, issues),
      preferredLanguage: withinLength(language, 60, issues),
      interpreterNeeded: interpreter.needed,
      practiceOdsCode: practice?.value ?? null,
    },
  };
}
