/** Loading a visit the actor may reach, and the visit page with its timeline. */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import * as repo from './lone-working.repository.ts';
import type { VisitView } from './lone-working.schemas.ts';
import { presentVisit } from './present-visit.ts';
import { checkVisitAccess, type VisitNeed } from './visit-access.ts';

/** A visit in the transaction's scheme, after checking the actor's relationship to it; `lock` for changes. */
export async function loadVisit(
  trx: Transaction<DB>,
  actor: Actor,
  id: string,
  need: VisitNeed,
  lock = false,
): Promise<repo.VisitRow> {
  const visit = await repo.findVisit(trx, id, lock);
  if (!visit) throw fail.notFound('That visit');
  checkVisitAccess(actor, visit, need);
  return visit;
}

/** The visit page, with its timeline. */
export async function loadVisitView(trx: Transaction<DB>, actor: Actor, id: string, now: Date): Promise<VisitView> {
  const visit = await loadVisit(trx, actor, id, 'read');
  const [events, settings] = await Promise.all([
    repo.listVisitEvents(trx, id),
    repo.loneWorkingSettings(trx, visit.scheme_id),
  ]);
  return presentVisit(actor, visit, events, now, settings);
}
