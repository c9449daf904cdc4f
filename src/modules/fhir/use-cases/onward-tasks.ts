import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { OnwardReferralStatus } from '../../../db/tables/onward-referrals.ts';
import type { ClientActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import {
  findOnward,
  inOrganisationTransaction,
  insertOnwardEvent,
  listVisibleOnward,
  organisationNames,
  updateOnward,
  type OnwardRow,
} from '../../onward-referrals/index.ts';
import { applyStatusChange, readStatusChange } from '../../onward-referrals/index.ts';
import { isOnwardStatus } from '../../onward-referrals/index.ts';
import {
  isOwnBusinessWords,
  renderOnwardServiceRequest,
  renderOnwardTask,
  type OnwardFacts,
  type OnwardServiceRequest,
  type OnwardTask,
  type TaskUpdate,
} from '../fhir-onward.ts';
import { fhirInvalid } from '../operation-outcome.ts';
import { isResourceId } from './read-referral.ts';

/** True when the client is a community organisation's system: it works with onward-referral Tasks. */
export function isOrganisationClient(actor: ClientActor): actor is ClientActor & { organisationId: string } {
  return typeof actor.organisationId === 'string';
}

function organisationOf(actor: ClientActor): string {
  authorize(actor, 'onward-referral.fhir', { schemeId: actor.schemeId });
  if (!isOrganisationClient(actor))
    throw fail.forbidden(
      "Onward-referral Tasks are for a community organisation's system; this API client is not one. Ask the administrator for a client that names your organisation.",
    );
  return actor.organisationId;
}

async function factsOf(
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

async function load(
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

/** GET /fhir/Task/{id} for an organisation's system: a Task it owns, else not found. */
export async function getOnwardTask(ctx: AppContext, actor: ClientActor, id: string): Promise<OnwardTask> {
  const organisationId = organisationOf(actor);
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    const row = await load(trx, actor, organisationId, id, 'Task');
    await recordAudit(trx, actor, {
      action: 'fhir.onward-task.read',
      recordType: 'onward_referral',
      recordId: row.id,
      schemeId: actor.schemeId,
    });
    return renderOnwardTask((await factsOf(trx, [row], actor.schemeId, organisationId))[0]!);
  });
}

export async function getOnwardServiceRequest(
  ctx: AppContext,
  actor: ClientActor,
  id: string,
): Promise<OnwardServiceRequest> {
  const organisationId = organisationOf(actor);
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    const row = await load(trx, actor, organisationId, id, 'ServiceRequest');
    await recordAudit(trx, actor, {
      action: 'fhir.onward-service-request.read',
      recordType: 'onward_referral',
      recordId: row.id,
      schemeId: actor.schemeId,
    });
    return renderOnwardServiceRequest((await factsOf(trx, [row], actor.schemeId, organisationId))[0]!);
  });
}

export interface OnwardSearch {
  owner: string | null;
  status: string | null;
  focus: string | null;
}

/**
 * GET /fhir/Task?owner=Organization/{id}&status=…: the Tasks the client's organisation owns. Another
 * owner is refused (403), not silently emptied, so a misconfigured system finds out.
 */
export async function searchOnwardTasks(
  ctx: AppContext,
  actor: ClientActor,
  search: OnwardSearch,
): Promise<OnwardTask[]> {
  const organisationId = organisationOf(actor);
  if (search.owner !== null) {
    const ownerId = /(?:^|\/)Organization\/([^/]+)$/.exec(search.owner)?.[1] ?? search.owner;
    if (ownerId.toLowerCase() !== organisationId.toLowerCase())
      throw fail.forbidden(
        `This client may search only the Tasks its own organisation owns: owner=Organization/${organisationId}.`,
      );
  }
  const statuses = search.status
    ? search.status
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const bad = statuses.filter((s) => !isOnwardStatus(s));
  if (bad.length > 0)
    throw fhirInvalid([
      {
        code: 'code-invalid',
        message: `"${bad.join(', ')}" is not a Task status.`,
        fix: 'Use requested, received, accepted, rejected, in-progress, on-hold, completed, cancelled or failed; separate several with commas.',
      },
    ]);
  const focusId = search.focus ? (/(?:^|\/)ServiceRequest\/([^/]+)$/.exec(search.focus)?.[1] ?? search.focus) : null;
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    let rows = await listVisibleOnward(trx, { organisationId, statuses: statuses as OnwardReferralStatus[] });
    if (focusId !== null) rows = rows.filter((r) => r.id === focusId.toLowerCase());
    await recordAudit(trx, actor, {
      action: 'fhir.onward-task.search',
      recordType: 'organisation',
      recordId: organisationId,
      schemeId: actor.schemeId,
      detail: { status: search.status, count: rows.length },
    });
    return (await factsOf(trx, rows, actor.schemeId, organisationId)).map(renderOnwardTask);
  });
}

/**
 * PUT /fhir/Task/{id}: the organisation's system changes status, statusReason, businessStatus and
 * output (the outcome) of a Task it owns, through the same state machine as the inbox.
 */
export async function updateOnwardTask(
  ctx: AppContext,
  actor: ClientActor,
  id: string,
  update: TaskUpdate,
): Promise<OnwardTask> {
  const organisationId = organisationOf(actor);
  if (update.status === 'cancelled')
    throw new AppError(
      'illegal-transition',
      'Only the link worker who sent the referral can cancel it. Decline it instead: status rejected, with a statusReason.',
      { extra: { to: 'cancelled' } },
    );
  const change = readStatusChange(
    { status: update.status, reason: update.reason, outcome: update.outcome },
    { status: 'Task.status', reason: 'Task.statusReason', outcome: 'Task.output' },
  );
  const businessStatus =
    update.businessStatus && !isOwnBusinessWords(update.businessStatus) ? update.businessStatus.slice(0, 200) : null;
  return inOrganisationTransaction(ctx.db, actor.schemeId, organisationId, async (trx) => {
    let row = await load(trx, actor, organisationId, id, 'Task', true);
    if (update.version !== null && update.version !== row.version) throw fail.editConflict('Task', row);
    if (change.to !== row.status) {
      row = await applyStatusChange(
        ctx,
        trx,
        row,
        { ...change, businessStatus, version: row.version, kind: 'fhir-update' },
        { actor, by: { kind: 'api_client', clientId: actor.clientId } },
      );
    } else if (businessStatus !== row.business_status) {
      const now = ctx.now();
      if (!(await updateOnward(trx, row.id, row.version, { business_status: businessStatus }, now)))
        throw fail.editConflict('Task', row);
      await insertOnwardEvent(trx, {
        schemeId: row.scheme_id,
        onwardReferralId: row.id,
        from: row.status,
        to: row.status,
        kind: 'business-status',
        byKind: 'api_client',
        byApiClientId: actor.clientId,
        note: businessStatus,
        at: now,
      });
      await recordAudit(trx, actor, {
        action: 'onward-referral.business-status',
        recordType: 'onward_referral',
        recordId: row.id,
        schemeId: row.scheme_id,
        detail: { businessStatus },
      });
      row = (await findOnward(trx, row.id))!;
    }
    return renderOnwardTask((await factsOf(trx, [row], actor.schemeId, organisationId))[0]!);
  });
}
