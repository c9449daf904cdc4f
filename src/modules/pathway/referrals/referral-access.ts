import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';
import { findOrganisationById } from '../../identity/organisations/index.ts';
import type { ReferralRow } from './referrals.repository.ts';

export type ReferralAccess = 'triage' | 'referrer';

/** Who a referrer is for the referrals they may see: themselves, their organisation, their practice. */
export async function referrerIdentity(trx: Transaction<DB>, actor: Actor) {
  if (actor.kind !== 'user') return null;
  const org = actor.organisationId ? await findOrganisationById(trx, actor.organisationId) : undefined;
  return {
    userId: actor.userId,
    organisationId: actor.organisationId,
    practiceOdsCode: org?.ods_code ?? null,
    organisationName: org?.name ?? null,
  };
}

/** The referral's columns the access rule reads: its scheme and who made it. */
export type ReferralParties = Pick<
  ReferralRow,
  'scheme_id' | 'referred_by_user_id' | 'referrer_organisation_id' | 'practice_ods_code'
>;

type ReferrerIdentity = Awaited<ReturnType<typeof referrerIdentity>>;

function accessOf(actor: Actor, referral: ReferralParties, who: ReferrerIdentity): ReferralAccess | null {
  const resource = { schemeId: referral.scheme_id };
  if (allow(actor, 'referral.triage', resource)) return 'triage';
  if (allow(actor, 'referral.read-own', resource)) {
    if (
      who &&
      (referral.referred_by_user_id === who.userId ||
        (who.organisationId !== null && referral.referrer_organisation_id === who.organisationId) ||
        (who.practiceOdsCode !== null && referral.practice_ods_code === who.practiceOdsCode))
    )
      return 'referrer';
  }
  return null;
}

/**
 * How the actor may see a referral: scheme staff who triage see every referral in the scheme;
 * a referrer sees the ones they, their organisation or their practice made. Anyone else gets
 * 404, so referral ids cannot be probed.
 */
export async function referralAccess(
  trx: Transaction<DB>,
  actor: Actor,
  referral: ReferralParties,
): Promise<ReferralAccess> {
  const who = allow(actor, 'referral.read-own', { schemeId: referral.scheme_id })
    ? await referrerIdentity(trx, actor)
    : null;
  const access = accessOf(actor, referral, who);
  if (!access) throw fail.notFound('That referral');
  return access;
}

/**
 * The same rule for many referrals at once (a page of notifications naming people): the referrer's
 * identity is looked up once, and the answer says only whether the actor may see each referral.
 */
export async function referralReader(
  trx: Transaction<DB>,
  actor: Actor,
): Promise<(referral: ReferralParties) => boolean> {
  const who = await referrerIdentity(trx, actor);
  return (referral) => accessOf(actor, referral, who) !== null;
}
