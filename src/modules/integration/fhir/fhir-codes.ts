/** The identifier systems, code systems and codes the FHIR interface reads and writes. */
export const SYSTEM = {
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  ods: 'https://fhir.nhs.uk/Id/ods-organization-code',
  snomed: 'http://snomed.info/sct',
  /** Linkwork's own need codes (src/modules/codes/needs.ts), for needs with no SNOMED CT concept. */
  need: 'https://linkwork.nhs.example/CodeSystem/need',
  /** Linkwork's referral statuses, carried in Task.businessStatus. */
  referralStatus: 'https://linkwork.nhs.example/CodeSystem/referral-status',
  taskCode: 'http://hl7.org/fhir/CodeSystem/task-code',
  ethnicCategory: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland',
} as const;

export const EXTENSION = {
  ethnicCategory: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory',
  nhsCommunication: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSCommunication',
  interpreterRequired: 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired',
} as const;

/** The one thing a GP system may ask of us: SNOMED CT "Referral to social prescribing service". */
export const SOCIAL_PRESCRIBING_REFERRAL = {
  system: SYSTEM.snomed,
  code: '871731000000106',
  display: 'Referral to social prescribing service',
} as const;

export const FULFIL_TASK = { system: SYSTEM.taskCode, code: 'fulfill', display: 'Fulfill the focal request' } as const;
