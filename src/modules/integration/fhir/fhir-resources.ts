/** The parts of FHIR R4 resources this server writes: only the elements it fills in. */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system: string;
  value: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Meta {
  versionId: string;
  lastUpdated: string;
}

export interface Extension {
  url: string;
  valueBoolean?: boolean;
  valueCodeableConcept?: CodeableConcept;
}

export interface Task {
  resourceType: 'Task';
  id: string;
  meta: Meta;
  identifier?: Identifier[];
  status: 'received' | 'accepted' | 'rejected' | 'in-progress' | 'completed' | 'cancelled' | 'on-hold';
  statusReason?: CodeableConcept;
  businessStatus: CodeableConcept;
  intent: 'order';
  code: CodeableConcept;
  focus: Reference;
  for: Reference;
  authoredOn: string;
  lastModified: string;
  requester?: Reference;
  owner: Reference;
  output?: { type: CodeableConcept; valueString: string }[];
}

export interface ServiceRequest {
  resourceType: 'ServiceRequest';
  id: string;
  meta: Meta;
  identifier?: Identifier[];
  status: 'active' | 'revoked' | 'completed';
  intent: 'order';
  code: CodeableConcept;
  subject: Reference;
  authoredOn: string;
  requester?: Reference;
  performer: Reference[];
  reasonCode?: CodeableConcept[];
  note?: { text: string }[];
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  meta: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  active: true;
  name: { use: 'official'; family: string; given: string[] }[];
  telecom?: { system: 'phone' | 'email'; value: string }[];
  gender?: string;
  birthDate?: string;
  address?: { use: 'home'; line?: string[]; city?: string; postalCode?: string }[];
  generalPractitioner?: Reference[];
  communication?: { language: CodeableConcept; preferred: true }[];
}
