/** Debrief requests as the support pages show them: the notes only for the worker and whoever held the debrief. */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { userIdOf } from '../../../platform/actor.ts';
import { isManager } from './debrief-access.ts';
import type * as repo from './debriefs.repository.ts';
import { mayReadNotes } from './support-access.ts';
import type { DebriefSummary, DebriefView } from './support.schemas.ts';

/** A request's category, dates and whether it is overdue or escalated: what everyone related may see. */
export function summariseDebrief(d: repo.DebriefRow, now: Date): DebriefSummary {
  return {
    id: d.id,
    workerId: d.worker_id,
    workerName: d.worker_name,
    supervisorName: d.supervisor_name,
    reason: d.reason,
    requestedAt: d.requested_at.toISOString(),
    respondBy: d.respond_by.toISOString(),
    status: d.status,
    completedAt: d.completed_at?.toISOString() ?? null,
    overdue: d.status === 'requested' && d.respond_by.getTime() < now.getTime(),
    escalated: d.escalated_at !== null,
  };
}

/** One request for the actor, with the notes and what they may do only as far as they took part. */
export async function presentDebrief(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  d: repo.DebriefRow,
): Promise<DebriefView> {
  const userId = userIdOf(actor) ?? '';
  const participant = d.worker_id === userId || d.supervisor_id === userId || d.completed_by === userId;
  const readsNotes = mayReadNotes(actor, { worker_id: d.worker_id, heldBy: [d.completed_by] });
  const session =
    participant && d.session_id
      ? await trx.selectFrom('case_sessions').select('case_id').where('id', '=', d.session_id).executeTakeFirst()
      : undefined;
  return {
    ...summariseDebrief(d, ctx.now()),
    confidential: !participant,
    notes: readsNotes ? d.notes : null,
    caseId: session?.case_id ?? null,
    canComplete: d.status === 'requested' && d.worker_id !== userId && (d.supervisor_id === userId || isManager(actor)),
  };
}
