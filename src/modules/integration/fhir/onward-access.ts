/**
 * A community organisation's system and the onward referrals it may see: the client check, loading
 * one it owns, and the facts its Tasks and ServiceRequests render.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ClientActor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import { findOnward, organisationNames, type OnwardRow } from '../../community/onward-referrals/index.ts';
import type { OnwardFacts } from './fhir-onward.ts';
import { isResourceId } from './resource-id.ts';

/** True when the client is a community organisation's system: it works with onward-referral Tasks. */
export function isOrganisationClient(actor: ClientActor): actor is ClientActor & { organisationId: string } {
  return typeof actor.organisationId === 'string';
}

/** The organisation the client works for; a client that names none may not use onward-referral Tasks. */
export function organisationOf(actor: ClientActor): string {
  authorize(actor, 'onward-referral.fhir', { schemeId: actor.schemeId });
  if (!isOrganisationClient(actor))
    throw fail.forbidden(
      "Onward-referral Tasks are for a community organisation's system; this API client is not one. Ask the administrator for a client that names your organisation.",
    );
  return actor.organisationId;
}

/** The onward referrals with the scheme and organisation names their resources show. */
export async function factsOf(
  trx: Transaction<DB>,
  rows: OnwardRow[],
  schemeId: string,
  organisationId: string,
): Promise<OnwardFacts[]> {
  if (rows.length === 0) return [];
  const names = await organisationNames(trx, [schemeId, organisationId]);
  const name = (id: string) => names.get(id) ?? '';
  return rows.map((row) => ({ row, schemeName: name(schemeId), ownerName: name(organisationId) }));
}

/** An onward referral the organisation owns in the client's scheme, else not found as the resource asked for. */
export async function loadOwnedOnward(
  trx: Transaction<DB>,
  actor: ClientActor,
  organisationId: string,
  id: string,
  resource: string,
  lock = false,
): Promise<OnwardRow> {
  const row = isResourceId(id) ? await findOnward(trx, id.toLowerCase(), lock) : undefined;
  if (!row || row.receiving_organisation_id !== organisationId || row.scheme_id !== actor.schemeId)
    throw fail.notFound(`${resource}/${id}`);
  return row;
}
