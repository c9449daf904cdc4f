import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import { authorize } from '../../../platform/policy.ts';
import { resolveScheme } from '../../schemes/index.ts';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import * as repo from '../debriefs.repository.ts';
import { requestDebrief } from '../request-debrief.ts';
import { mayReadNotes } from '../support-access.ts';
import type { DebriefList, DebriefSummary, DebriefView } from '../support.schemas.ts';

function summarise(d: repo.DebriefRow, now: Date): DebriefSummary {
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

const isManager = (actor: Actor) => actor.kind === 'user' && actor.role === 'scheme_manager';
const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : '');

/**
 * Debrief requests by relationship: a worker's own, a supervisor's supervisees', every one for a
 * manager (the category and dates only). Open ones first, soonest deadline first.
 */
export async function listDebriefs(ctx: AppContext, actor: Actor, slug: string): Promise<DebriefList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  const userId = userIdOf(actor);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const filter = isManager(actor)
      ? {}
      : actor.kind === 'user' && actor.role === 'link_worker'
        ? { workerId: userId }
        : { supervisorId: userId };
    const items = (await repo.listDebriefs(trx, scheme.id, filter)).map((d) => summarise(d, ctx.now()));
    const open = items.filter((d) => d.status === 'requested');
    return {
      items,
      counts: {
        open: open.length,
        overdue: open.filter((d) => d.overdue).length,
        escalated: open.filter((d) => d.escalated).length,
      },
    };
  });
}

async function loadVisible(trx: Transaction<DB>, actor: Actor, id: string) {
  const d = await repo.findDebrief(trx, id);
  const userId = userIdOf(actor);
  if (!d || !(d.worker_id === userId || d.supervisor_id === userId || d.completed_by === userId || isManager(actor)))
    throw fail.notFound('That debrief request');
  return d;
}

async function present(trx: Transaction<DB>, ctx: AppContext, actor: Actor, d: repo.DebriefRow): Promise<DebriefView> {
  const userId = userIdOf(actor);
  const participant = d.worker_id === userId || d.supervisor_id === userId || d.completed_by === userId;
  const readsNotes = mayReadNotes(actor, { worker_id: d.worker_id, heldBy: [d.completed_by] });
  const session =
    participant && d.session_id
      ? await trx.selectFrom('case_sessions').select('case_id').where('id', '=', d.session_id).executeTakeFirst()
      : undefined;
  return {
    ...summarise(d, ctx.now()),
    confidential: !participant,
    notes: readsNotes ? d.notes : null,
    caseId: session?.case_id ?? null,
    canComplete: d.status === 'requested' && d.worker_id !== userId && (d.supervisor_id === userId || isManager(actor)),
  };
}

/** One debrief request; notes only for the worker and whoever held the debrief. */
export async function getDebrief(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<DebriefView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) =>
    present(trx, ctx, actor, await loadVisible(trx, actor, id)),
  );
}

/** Records that the debrief happened, with confidential notes: the worker's supervisor, or a manager (e.g. after escalation). */
export async function completeDebrief(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  id: string,
  body: { notes: string },
): Promise<DebriefView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'debrief.respond');
  const notes = body.notes.trim();
  if (!notes)
    throw fail.field(
      'notes',
      'The notes are missing.',
      'Write a short note of the debrief: it is seen only by the worker and you.',
    );
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const d = await loadVisible(trx, actor, id);
    const userId = userIdOf(actor);
    if (d.worker_id === userId || (d.supervisor_id !== userId && !isManager(actor)))
      throw fail.forbidden("Only the worker's supervisor or a scheme manager can record this debrief.");
    if (d.status === 'completed' || !(await repo.completeDebriefRow(trx, id, userId, notes, ctx.now()))) {
      throw new AppError('illegal-transition', 'This debrief has already been recorded.');
    }
    await recordAudit(trx, actor, {
      action: 'debrief.complete',
      recordType: 'debrief',
      recordId: id,
      schemeId: scheme.id,
      detail: { workerId: d.worker_id, reason: d.reason },
    });
    return present(trx, ctx, actor, (await repo.findDebrief(trx, id))!);
  });
}

/** A link worker asks their supervisor for a debrief, for any reason of their own. */
export async function askForDebrief(ctx: AppContext, actor: Actor, slug: string): Promise<DebriefView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'supervision.read');
  if (actor.kind !== 'user' || actor.role !== 'link_worker')
    throw fail.forbidden('Link workers ask for debriefs; supervisors and managers respond to them.');
  authorize(actor, 'supervision.read', { schemeId: scheme.id });
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const id = await requestDebrief(ctx, trx, { schemeId: scheme.id, workerId: actor.userId, reason: 'asked' });
    await recordAudit(trx, actor, { action: 'debrief.ask', recordType: 'debrief', recordId: id, schemeId: scheme.id });
    return present(trx, ctx, actor, (await repo.findDebrief(trx, id))!);
  });
}
