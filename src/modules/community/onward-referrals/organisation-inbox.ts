/** A community organisation's inbox: which organisation the actor answers for, its referrals, and how they are shown to it. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { fail } from '../../../platform/errors.ts';
import type { InScheme, SchemeRef } from '../../../platform/in-scheme.ts';
import * as repo from './onward-referrals.repository.ts';
import type { InboxView } from './onward-referrals.schemas.ts';
import { presentForOrganisation } from './present-onward.ts';
import { userNames } from './worker-access.ts';
import { listEvents } from './onward-events.repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The community organisation the actor answers for; its transactions see only what was sent to it. */
export function organisationOf({ actor }: InScheme): { organisationId: string; userId: string } {
  if (actor.kind !== 'user' || !actor.organisationId)
    throw fail.forbidden("Only a community organisation's users have an inbox.");
  return { organisationId: actor.organisationId, userId: actor.userId };
}

/** Inbox items as the organisation sees them, with who sent each. */
export async function presentInboxItems(
  trx: Transaction<DB>,
  rows: repo.OnwardRow[],
  scheme: SchemeRef,
): Promise<InboxView[]> {
  const [events, names] = await Promise.all([
    listEvents(
      trx,
      rows.map((r) => r.id),
    ),
    userNames(
      trx,
      rows.map((r) => r.created_by),
    ),
  ]);
  return rows.map((r) =>
    presentForOrganisation(r, events, { sentBy: names.get(r.created_by) ?? 'A link worker', schemeName: scheme.name }),
  );
}

/** A referral sent to the organisation; anything else is not found. */
export async function findInOrganisation(
  trx: Transaction<DB>,
  organisationId: string,
  id: string,
  lock = false,
): Promise<repo.OnwardRow> {
  const row = UUID.test(id) ? await repo.findOnward(trx, id, lock) : undefined;
  // Row-level security already hides other organisations' referrals; the check stays as a second line.
  if (!row || row.receiving_organisation_id !== organisationId) throw fail.notFound('That onward referral');
  return row;
}
