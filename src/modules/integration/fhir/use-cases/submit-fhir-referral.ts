import type { Transaction } from 'kysely';
import type { AppContext } from '../../../../context.ts';
import type { DB } from '../../../../db/schema.ts';
import type { CrisisReason } from '../../../../db/tables/crisis-referrals.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import type { PatientDetails } from '../../../pathway/patients/index.ts';
import { submitReferral, type SubmittedReferral } from '../../../pathway/referrals/index.ts';
import { issuesFromDomain, toReferralIntake } from '../fhir-intake.ts';
import type { ReferralFacts } from '../fhir-render.ts';
import type { FhirReferral } from '../fhir-service-request.ts';
import type { Subject } from '../fhir-subject.ts';
import * as repo from '../fhir.repository.ts';
import { fhirInvalid } from '../operation-outcome.ts';
import { loadReferralFacts } from '../read-referral.ts';

export interface SubmittedFhirReferral {
  facts: ReferralFacts;
  /** false when the same identifier was sent before: the existing referral, 200 not 201. */
  created: boolean;
  /** The person the referral is for, whether the scheme knew them already or not (that is not told). */
  patient: { id: string; version: number; updatedAt: Date };
  /** Why the referral may describe a crisis (empty when it does not): the answer carries a warning. */
  crisis: CrisisReason[];
}

function identifierTaken(referral: FhirReferral): AppError {
  const message = 'Another system has already sent a referral with this identifier.';
  return fail.conflict(message, [
    {
      field: `${referral.path}.identifier`,
      message,
      fix: 'Use an identifier system that belongs to your system, such as your own URL.',
    },
  ]);
}

/** The details of a patient the client referred before, found by NHS number or by our id. */
async function knownPatient(
  trx: Transaction<DB>,
  actor: ClientActor,
  subject: Exclude<Subject, { kind: 'resource' }>,
): Promise<PatientDetails> {
  const row =
    subject.kind === 'nhs-number'
      ? await repo.findClientPatientByNhsNumber(trx, actor.schemeId, subject.nhsNumber, actor.clientId)
      : await repo.findClientPatient(trx, subject.id, actor.clientId);
  if (!row?.nhs_number) {
    throw fhirInvalid([
      {
        code: 'not-found',
        expression: subject.path,
        message:
          subject.kind === 'nhs-number'
            ? `There is no patient with NHS number ${subject.nhsNumber} among the people you have referred.`
            : `Patient/${subject.id} is not a patient you have referred.`,
        fix: 'Send the Patient with the referral instead: contained in the ServiceRequest, or as an entry of a transaction Bundle.',
      },
    ]);
  }
  return {
    nhsNumber: row.nhs_number,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    ethnicity: row.ethnicity,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    town: row.town,
    postcode: row.postcode,
    phone: row.phone,
    email: row.email,
    preferredLanguage: row.preferred_language,
    interpreterNeeded: row.interpreter_needed,
    practiceOdsCode: row.practice_ods_code,
  };
}

/**
 * Takes in a referral a GP system sent as FHIR: resolves who it is for and which practice sent it,
 * then hands it to the one intake every route uses. The domain's field errors come back as FHIR
 * issues at the element that carried the value. Sending the same identifier again is safe.
 */
export async function submitFhirReferral(
  ctx: AppContext,
  options: { actor: ClientActor; referral: FhirReferral },
): Promise<SubmittedFhirReferral> {
  const { actor, referral } = options;
  authorize(actor, 'referral.create', { schemeId: actor.schemeId });
  const prepared = await inSchemeTransaction(ctx.db, actor.schemeId, async (trx) => {
    if (referral.identifier) {
      const sender = await repo.findReferralSender(trx, actor.schemeId, referral.identifier);
      if (sender && sender.referred_by_client_id !== actor.clientId) throw identifierTaken(referral);
    }
    const patient =
      referral.subject.kind === 'resource'
        ? referral.subject.patient.details
        : await knownPatient(trx, actor, referral.subject);
    const organisationId = referral.requester.odsCode
      ? await repo.findOrganisationIdByOdsCode(trx, referral.requester.odsCode)
      : null;
    return { patient, organisationId };
  });

  let submitted: SubmittedReferral;
  try {
    submitted = await submitReferral(
      ctx,
      actor,
      actor.schemeId,
      toReferralIntake(referral, prepared.patient, prepared.organisationId),
    );
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation-failed' && error.errors)
      throw fhirInvalid(issuesFromDomain(error.errors, referral));
    throw error;
  }
  // Another client's referral can only come back here by losing a race for the same identifier.
  if (submitted.referral.referred_by_client_id !== actor.clientId) throw identifierTaken(referral);

  return inSchemeTransaction(ctx.db, actor.schemeId, async (trx) => {
    const facts = await loadReferralFacts(trx, actor, submitted.referral.id);
    const patient = await repo.findPatientVersion(trx, submitted.referral.patient_id);
    if (!facts || !patient)
      throw new AppError(
        'internal-error',
        'Something went wrong on our side after the referral was received. Send it again with the same identifier to get its Task.',
      );
    return {
      facts,
      created: submitted.created,
      crisis: submitted.crisis,
      patient: { id: patient.id, version: patient.version, updatedAt: patient.updated_at },
    };
  });
}
