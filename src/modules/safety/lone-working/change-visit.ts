/** The one way a visit changes: policy, relationship, state machine, optimistic locking and audit in one transaction. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { InScheme } from '../../../platform/in-scheme.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import type { SchemeRef } from '../../scheme/schemes/index.ts';
import { loadVisit, loadVisitView } from './load-visit.ts';
import * as repo from './lone-working.repository.ts';
import type { VisitView } from './lone-working.schemas.ts';
import type { VisitNeed } from './visit-access.ts';
import { visitStates, type VisitEvent } from './visit-states.ts';

export interface VisitWork {
  trx: Transaction<DB>;
  scheme: SchemeRef;
  visit: repo.VisitRow;
  now: Date;
  byUserId: string;
}

export interface VisitChangeRequest {
  need: VisitNeed;
  event?: VisitEvent;
  version?: number;
  audit: { action: string; detail?: Record<string, unknown> };
  work: (w: VisitWork) => Promise<repo.VisitChanges>;
}

/**
 * Every change to a visit goes through here: the policy and the relationship, the state machine,
 * optimistic locking (with the row locked, so the overdue check cannot run half-way through),
 * and the audit row in the same transaction.
 */
export async function changeVisit(
  ctx: AppContext,
  { actor, scheme, id, ...request }: InScheme & { id: string } & VisitChangeRequest,
): Promise<VisitView> {
  if (actor.kind !== 'user') throw fail.forbidden('Visits are changed by the people on them.');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const visit = await loadVisit(trx, actor, id, request.need, true);
    const status = request.event ? visitStates.next(visit.status, request.event) : visit.status;
    if (request.version !== undefined && request.version !== visit.version) throw fail.editConflict('visit', visit);
    const changes = await request.work({ trx, scheme, visit, now, byUserId: actor.userId });
    if (
      !(await repo.updateVisit(
        trx,
        id,
        visit.version,
        { ...changes, ...(status !== visit.status ? { status } : {}) },
        now,
      ))
    )
      throw fail.editConflict('visit', visit);
    await recordAudit(trx, actor, {
      action: request.audit.action,
      recordType: 'lone_working_visit',
      recordId: id,
      schemeId: scheme.id,
      detail: { ...(status !== visit.status ? { from: visit.status, to: status } : {}), ...request.audit.detail },
    });
    return loadVisitView(trx, actor, id, now);
  });
}
