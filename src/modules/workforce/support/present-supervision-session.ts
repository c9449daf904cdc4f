/**
 * Supervision sessions and their action points as the supervision pages show them: the notes, cases and
 * actions only for the worker and whoever held the session; for anyone else related, only that it happened.
 */
import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { londonDate } from '../../../platform/london-time.ts';
import { mayReadNotes, relationTo } from './support-access.ts';
import type { SupervisionSessionView } from './support.schemas.ts';
import * as repo from './supervision.repository.ts';

/** The action points of the given sessions, each marked overdue when still open past its due date. */
export async function actionsOf(trx: Transaction<DB>, sessionIds: string[], today: string) {
  const rows = await repo.listSessionActions(trx, sessionIds);
  return rows.map((a) => ({
    id: a.id,
    sessionId: a.session_id,
    description: a.description,
    ownerId: a.owner_id,
    ownerName: a.owner_name,
    dueOn: a.due_on,
    done: a.done_at !== null,
    overdue: a.done_at === null && a.due_on < today,
  }));
}

/** One session for the actor: not found unless they are related to its worker, confidential unless they took part. */
export async function presentSession(
  ctx: AppContext,
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  id: string,
): Promise<SupervisionSessionView> {
  const s = await repo.findSupervisionSession(trx, id);
  const participant = s !== undefined && mayReadNotes(actor, { worker_id: s.worker_id, heldBy: [s.supervisor_id] });
  if (!s || (!participant && (await relationTo(trx, actor, schemeId, s.worker_id)) === 'none'))
    throw fail.notFound('That supervision session');
  const base = {
    id: s.id,
    workerId: s.worker_id,
    workerName: s.worker_name,
    supervisorId: s.supervisor_id,
    supervisorName: s.supervisor_name,
    heldOn: s.held_on,
    kind: s.kind,
    recordedAt: s.created_at.toISOString(),
  };
  if (!participant) return { ...base, confidential: true, notes: null, casesDiscussed: null, actions: null };
  const cases =
    s.cases_discussed.length === 0
      ? []
      : await trx
          .selectFrom('cases as c')
          .innerJoin('patients as p', 'p.id', 'c.patient_id')
          .select(['c.id', 'p.given_name', 'p.family_name'])
          .where('c.id', 'in', s.cases_discussed)
          .execute();
  return {
    ...base,
    confidential: false,
    notes: s.notes,
    casesDiscussed: cases.map((c) => ({ id: c.id, name: `${c.given_name} ${c.family_name}`.trim() })),
    actions: await actionsOf(trx, [s.id], londonDate(ctx.now())),
  };
}
