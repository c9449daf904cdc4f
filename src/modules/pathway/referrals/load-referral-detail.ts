/**
 * The full view of one referral, loaded inside an open scheme transaction: what every read and every change returns.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { findOrganisationById } from '../../identity/organisations/index.ts';
import { countPossibleDuplicatesOf, findPatient } from '../patients/index.ts';
import type { SchemeRef } from '../../scheme/schemes/index.ts';
import { crisisAdviceFor, crisisReasonsOf } from './crisis.ts';
import { listMessagesBack } from './messages-back.repository.ts';
import { referralAccess } from './referral-access.ts';
import { allowedReferralActions, presentDetail } from './present-referral.ts';
import type { ReferralDetail } from './referrals.schemas.ts';
import * as repo from './referrals.repository.ts';

/** Loads the full referral view inside an open scheme transaction (used after every change too). */
export async function loadReferralDetail(
  trx: Transaction<DB>,
  actor: Actor,
  scheme: SchemeRef,
  id: string,
  now: Date,
): Promise<ReferralDetail> {
  const referral = await repo.findReferral(trx, id);
  if (!referral) throw fail.notFound('That referral');
  const access = await referralAccess(trx, actor, referral);
  const [patient, events, messages, kase, organisation, duplicates, crisis] = await Promise.all([
    findPatient(trx, referral.patient_id),
    repo.listReferralEvents(trx, id),
    listMessagesBack(trx, id),
    repo.caseOfReferral(trx, id),
    referral.referrer_organisation_id
      ? findOrganisationById(trx, referral.referrer_organisation_id)
      : Promise.resolve(undefined),
    // The pairs kept as records are written: two index reads, so the triage transaction holding this referral's lock stays short.
    access === 'triage' ? countPossibleDuplicatesOf(trx, referral.patient_id) : Promise.resolve(0),
    crisisAdviceFor(trx, scheme.id, crisisReasonsOf(referral)),
  ]);
  if (!patient) throw fail.notFound('That referral');
  return presentDetail(
    {
      schemeSlug: scheme.slug,
      referral,
      patient,
      organisationName: organisation?.name ?? null,
      events,
      messages,
      caseId: kase?.id ?? null,
      possibleDuplicates: duplicates,
      allowedActions: allowedReferralActions(actor, referral, access),
      crisis,
    },
    now,
  );
}
