/**
 * PUT /fhir/Task/{id}: a community organisation's system changes a Task it owns.
 */
import type { AppContext } from '../../../../context.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import {
  applyStatusChange,
  findOnward,
  inOrganisationTransaction,
  insertOnwardEvent,
  readStatusChange,
  updateOnward,
} from '../../../community/onward-referrals/index.ts';
import { isOwnBusinessWords, renderOnwardTask, type OnwardTask, type TaskUpdate } from '../fhir-onward.ts';
import { factsOf, loadOwnedOnward, organisationOf } from '../onward-access.ts';

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
    let row = await loadOwnedOnward(trx, actor, organisationId, id, 'Task', true);
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
