import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { listRead, recordAudit } from '../../../platform/audit.ts';
import { fail } from '../../../platform/errors.ts';
import { decodeCursor, keysetPage } from '../../../platform/http/cursor.ts';
import { resolveScheme, type SchemeRef } from '../../schemes/index.ts';
import * as repo from '../onward-referrals.repository.ts';
import type { InboxView } from '../onward-referrals.schemas.ts';
import { isOnwardStatus } from '../onward-states.ts';
import { presentForOrganisation } from '../present-onward.ts';
import { applyStatusChange, readStatusChange } from './change-onward-status.ts';
import { userNames } from './worker-access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The community organisation the actor answers for; its transactions see only what was sent to it. */
async function organisationOf(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  action: 'onward-referral.inbox' | 'onward-referral.respond',
): Promise<{ scheme: SchemeRef; organisationId: string; userId: string }> {
  const scheme = await resolveScheme(ctx, actor, slug, action);
  if (actor.kind !== 'user' || !actor.organisationId)
    throw fail.forbidden("Only a community organisation's users have an inbox.");
  return { scheme, organisationId: actor.organisationId, userId: actor.userId };
}

async function present(trx: Transaction<DB>, rows: repo.OnwardRow[], scheme: SchemeRef): Promise<InboxView[]> {
  const [events, names] = await Promise.all([
    repo.listEvents(
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

async function findInOrganisation(
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

/** How many referrals one page of the inbox shows. */
export const INBOX_PAGE = 50;

/** The organisation's inbox: onward referrals sent to it, newest first, optionally by status; paged by keyset (`after`). */
export async function listInbox(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  status?: string,
  after?: string,
): Promise<{ items: InboxView[]; next: string | null }> {
  const { scheme, organisationId } = await organisationOf(ctx, actor, slug, 'onward-referral.inbox');
  const statuses = status
    ? status
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const bad = statuses.filter((s) => !isOnwardStatus(s));
  if (bad.length > 0)
    throw fail.field(
      'status',
      `"${bad.join(', ')}" is not an onward referral status.`,
      'Use requested, received, accepted, rejected, in-progress, on-hold, completed, cancelled or failed.',
    );
  const cursor = decodeCursor(after);
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const rows = await repo.listInboxPage(trx, organisationId, statuses.filter(isOnwardStatus), cursor, INBOX_PAGE + 1);
    const page = keysetPage(rows, INBOX_PAGE, (r) => ({ at: r.sent_at, id: r.id }));
    await recordAudit(trx, actor, {
      action: 'onward-referral.inbox',
      recordType: 'organisation',
      recordId: organisationId,
      schemeId: scheme.id,
      detail: listRead({ filters: { status }, cursor: after, shown: page.items.length }),
    });
    return { items: await present(trx, page.items, scheme), next: page.next };
  });
}

export async function getInboxItem(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<InboxView> {
  const { scheme, organisationId } = await organisationOf(ctx, actor, slug, 'onward-referral.inbox');
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const row = await findInOrganisation(trx, organisationId, id);
    await recordAudit(trx, actor, {
      action: 'onward-referral.read',
      recordType: 'onward_referral',
      recordId: id,
      schemeId: scheme.id,
    });
    return (await present(trx, [row], scheme))[0]!;
  });
}

export type InboxAction = 'accept' | 'decline' | 'start' | 'hold' | 'complete' | 'fail';
const TARGET: Record<InboxAction, string> = {
  accept: 'accepted',
  decline: 'rejected',
  start: 'in-progress',
  hold: 'on-hold',
  complete: 'completed',
  fail: 'failed',
};

/** The organisation answers: accept, decline with a reason, start (or resume), put on hold, complete with an outcome, or say it could not be completed. */
export async function respondToReferral(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  action: InboxAction,
  input: { version: number; reason?: string; outcome?: { attended: string; note: string } },
): Promise<InboxView> {
  const { scheme, organisationId, userId } = await organisationOf(ctx, actor, slug, 'onward-referral.respond');
  const change = readStatusChange({ status: TARGET[action], reason: input.reason, outcome: input.outcome });
  return repo.inOrganisationTransaction(ctx.db, scheme.id, organisationId, async (trx) => {
    const row = await findInOrganisation(trx, organisationId, id, true);
    const updated = await applyStatusChange(
      ctx,
      trx,
      row,
      {
        ...change,
        version: input.version,
        kind: action === 'decline' ? 'declined' : action === 'complete' ? 'completed' : 'status',
      },
      { actor, by: { kind: 'user', userId } },
    );
    return (await present(trx, [updated], scheme))[0]!;
  });
}
