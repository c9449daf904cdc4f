import { SOCIAL_PRESCRIBING_REFERRAL, SYSTEM } from './fhir-codes.ts';

const DOCUMENTATION = [
  `Send a referral to social prescribing as a ServiceRequest with code SNOMED CT ${SOCIAL_PRESCRIBING_REFERRAL.code} "${SOCIAL_PRESCRIBING_REFERRAL.display}", status active and intent order:`,
  'POST it to /fhir/ServiceRequest with the Patient contained, or POST /fhir a transaction Bundle of one Patient and one ServiceRequest.',
  `The Patient needs an NHS number (${SYSTEM.nhsNumber}); a patient you referred before can be referenced as Patient?identifier=${SYSTEM.nhsNumber}|<NHS number>.`,
  `Give the requester's practice by ODS code (${SYSTEM.ods}). Code needs in reasonCode with SNOMED CT or ${SYSTEM.need}; reasons we cannot code are kept as text, with note.`,
  'The same ServiceRequest.identifier (or If-None-Exist: identifier=system|value) sent again returns the same referral with 200 instead of 201.',
  'The response is a Task whose status follows the referral: received, accepted, rejected, on-hold, in-progress, completed, cancelled; its output carries messages back.',
  'Errors are OperationOutcomes whose issue.expression names the element to correct.',
].join(' ');

/** The CapabilityStatement for GET /fhir/metadata: what GP systems can do here, and how. */
export function capabilityStatement(base: string, date: string, version: string): Record<string, unknown> {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Linkwork',
    kind: 'instance',
    software: { name: 'Linkwork', version },
    implementation: { description: 'Linkwork social prescribing: referrals from GP clinical systems', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation: DOCUMENTATION,
        security: {
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'OAuth',
                  display: 'OAuth',
                },
              ],
              text: 'Bearer token',
            },
          ],
          description:
            'Send "Authorization: Bearer <token>" with the API client token the scheme gave you. A token sees only its own scheme and the referrals it sent.',
        },
        resource: [
          {
            type: 'ServiceRequest',
            interaction: [{ code: 'create' }, { code: 'read' }],
            versioning: 'versioned',
            conditionalCreate: true,
            documentation: `Social prescribing referrals (code ${SYSTEM.snomed}|${SOCIAL_PRESCRIBING_REFERRAL.code}). Creating one answers with its Task.`,
          },
          {
            type: 'Task',
            interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'update' }],
            versioning: 'versioned',
            searchParam: [
              {
                name: 'focus',
                type: 'reference',
                documentation: 'The ServiceRequest the Task fulfils: focus=ServiceRequest/<id>.',
              },
              {
                name: 'owner',
                type: 'reference',
                documentation:
                  "A community organisation's system: its own onward-referral Tasks, owner=Organization/<id>.",
              },
              {
                name: 'status',
                type: 'token',
                documentation: "A community organisation's system: Tasks in these statuses (comma-separated).",
              },
            ],
            documentation:
              "Tracks a referral. The Task id is the ServiceRequest id. A community organisation's system reads and updates (PUT, with If-Match) the onward-referral Tasks its organisation owns: status, statusReason, businessStatus, output.",
          },
          {
            type: 'Patient',
            interaction: [{ code: 'read' }],
            documentation: 'A person you referred, with UK Core identifiers.',
          },
        ],
        interaction: [
          {
            code: 'transaction',
            documentation: 'One Patient and one ServiceRequest per Bundle, each with request.method POST.',
          },
        ],
      },
    ],
  };
}
