/**
 * GET /fhir/Task?owner=…&status=… for a community organisation's system: the Tasks it owns.
 */
import type { AppContext } from '../../../../context.ts';
import type { OnwardReferralStatus } from '../../../../db/tables/onward-referrals.ts';
import type { ClientActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import {
  inOrganisationTransaction,
  isOnwardStatus,
  listVisibleOnward,
} from '../../../community/onward-referrals/index.ts';
import { renderOnwardTask, type OnwardTask } from '../fhir-onward.ts';
import { factsOf, organisationOf } from '../onward-access.ts';
import { fhirInvalid } from '../operation-outcome.ts';

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
