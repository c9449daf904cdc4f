import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPatient } from './fhir-patient.ts';
import type { JsonObject } from './fhir-json.ts';
import type { FhirIssue } from './operation-outcome.ts';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../test/fixtures/fhir/${name}.json`, import.meta.url), 'utf8'),
  ) as JsonObject;

function read(value: JsonObject, path = 'Patient') {
  const issues: FhirIssue[] = [];
  return { ...readPatient({ value, path }, issues), issues };
}

describe('reading a UK Core Patient', () => {
  it('reads the Richard Smith example into the details intake takes, with where each came from', () => {
    const { details, paths, issues } = read(fixture('UKCore-Patient-RichardSmith-Example'));
    expect(issues).toEqual([]);
    expect(details).toEqual({
      nhsNumber: '9912003888',
      givenName: 'Richard',
      familyName: 'SMITH',
      dateOfBirth: '1970-09-11',
      sex: 'male',
      ethnicity: 'G',
      addressLine1: '4 Sandmoor Drive',
      addressLine2: null,
      town: 'LEEDS',
      postcode: 'LS17 7DF',
      phone: '01131231234',
      email: null,
      preferredLanguage: 'British Sign Language',
      interpreterNeeded: false,
      practiceOdsCode: null,
    });
    expect(paths.nhsNumber).toBe('Patient.identifier[0].value');
    expect(paths.givenName).toBe('Patient.name[0].given[0]');
    expect(paths.postcode).toBe('Patient.address[0].postalCode');
    expect(paths.ethnicity).toBe('Patient.extension[0].valueCodeableConcept.coding[0].code');
    expect(paths.email).toBe('Patient.telecom');
  });

  it('points missing details at where they belong', () => {
    const { details, paths } = read(fixture('UKCore-Patient-Sn-SingleLanguage-Example'), 'Bundle.entry[0].resource');
    expect(details.nhsNumber).toBeNull();
    expect(details.preferredLanguage).toBe('English');
    expect(paths.nhsNumber).toBe('Bundle.entry[0].resource.identifier');
    expect(paths.dateOfBirth).toBe('Bundle.entry[0].resource.birthDate');
  });

  it('takes the preferred language when one is marked, else the first', () => {
    const multiple = fixture('UKCore-Patient-Sn-MultipleLanguages-Example');
    expect(read(multiple).details.preferredLanguage).toBe('English');
    const communication = multiple.communication as JsonObject[];
    communication[1] = { ...communication[1], preferred: true };
    expect(read(multiple).details.preferredLanguage).toBe('French');
  });

  it('reads an interpreter need from the R4 extension or UK Core NHSCommunication', () => {
    const core = read({
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired', valueBoolean: true }],
      name: [{ family: 'A', given: ['B'] }],
    });
    expect(core.details.interpreterNeeded).toBe(true);
    const ukCore = read({
      name: [{ family: 'A', given: ['B'] }],
      extension: [
        {
          url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication',
          extension: [
            {
              url: 'language',
              valueCodeableConcept: { coding: [{ system: 'urn:ietf:bcp:47', code: 'pl', display: 'Polish' }] },
            },
            { url: 'interpreterRequired', valueBoolean: true },
          ],
        },
      ],
    });
    expect(ukCore.details).toMatchObject({ interpreterNeeded: true, preferredLanguage: 'Polish' });
  });

  it('treats ethnic category 99 (not known) as no category', () => {
    const patient = fixture('UKCore-Patient-RichardSmith-Example');
    const [ethnic] = patient.extension as JsonObject[];
    ethnic!.valueCodeableConcept = {
      coding: [{ system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland', code: '99' }],
    };
    expect(read(patient).details.ethnicity).toBeNull();
  });

  it('reports a gender outside the value set and elements of the wrong shape', () => {
    const { issues } = read({ gender: 'M', name: { family: 'A' }, telecom: [{ system: 'phone', value: 7700900123 }] });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'structure', expression: 'Patient.name' }),
      expect.objectContaining({ code: 'code-invalid', expression: 'Patient.gender' }),
      expect.objectContaining({ code: 'structure', expression: 'Patient.telecom[0].value' }),
    ]);
  });

  it('reports values longer than the record holds', () => {
    const { issues } = read({ name: [{ family: 'x'.repeat(101), given: ['B'] }] });
    expect(issues).toEqual([expect.objectContaining({ code: 'value', expression: 'Patient.name[0].family' })]);
  });
});
