import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';

/** Who the actor is to a link worker: the worker, their named supervisor, a scheme manager, or nobody. */
export type Relation = 'self' | 'supervisor' | 'manager' | 'none';

/**
 * Supervision and debriefs follow the relationship, not the role alone: a supervisor sees their
 * own supervisees, a manager every worker (but never the confidential notes), a worker themself.
 */
export async function relationTo(
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  workerId: string,
): Promise<Relation> {
  if (actor.kind !== 'user') return 'none';
  if (actor.userId === workerId) return 'self';
  const profile = await trx
    .selectFrom('worker_profiles')
    .select('supervisor_id')
    .where('scheme_id', '=', schemeId)
    .where('user_id', '=', workerId)
    .executeTakeFirst();
  if (profile?.supervisor_id === actor.userId) return 'supervisor';
  if (actor.role === 'scheme_manager') return 'manager';
  return 'none';
}

/** Confidential notes are read by the worker and the person who held the session or debrief, nobody else. */
export function mayReadNotes(actor: Actor, record: { worker_id: string; heldBy: (string | null)[] }): boolean {
  if (actor.kind !== 'user') return false;
  return actor.userId === record.worker_id || record.heldBy.includes(actor.userId);
}

/** The link workers a supervisor supervises in the scheme (their profiles name them as supervisor). */
export async function superviseesOf(trx: Transaction<DB>, schemeId: string, supervisorId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('worker_profiles')
    .select('user_id')
    .where('scheme_id', '=', schemeId)
    .where('supervisor_id', '=', supervisorId)
    .execute();
  return rows.map((r) => r.user_id);
}
