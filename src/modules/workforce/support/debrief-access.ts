/**
 * Who stands where to a debrief request: the manager sees every one, the worker, their supervisor and
 * whoever held it see their own; anyone else is told it is not found.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import * as repo from './debriefs.repository.ts';
import { userIdOf } from '../../../platform/actor.ts';

/** Whether the actor is a scheme manager, who responds to any debrief request. */
export const isManager = (actor: Actor) => actor.kind === 'user' && actor.role === 'scheme_manager';

/** A debrief request the actor may see, or not found. */
export async function loadVisibleDebrief(trx: Transaction<DB>, actor: Actor, id: string) {
  const d = await repo.findDebrief(trx, id);
  const userId = userIdOf(actor) ?? '';
  if (!d || !(d.worker_id === userId || d.supervisor_id === userId || d.completed_by === userId || isManager(actor)))
    throw fail.notFound('That debrief request');
  return d;
}
