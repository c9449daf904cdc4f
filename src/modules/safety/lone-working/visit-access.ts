import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';
import { userIdOf } from '../../../platform/actor.ts';

export type VisitNeed = 'read' | 'work' | 'acknowledge';

export interface VisitRelationship {
  own: boolean;
  buddy: boolean;
  monitor: boolean;
}

/** How the actor stands to a visit: its worker, its buddy, or a supervisor or manager of the scheme. */
export function visitRelationship(
  actor: Actor,
  visit: { scheme_id: string; worker_id: string; buddy_id: string },
): VisitRelationship {
  const userId = userIdOf(actor);
  return {
    own: userId !== null && userId === visit.worker_id,
    buddy: userId !== null && userId === visit.buddy_id,
    monitor: allow(actor, 'lone-working.monitor', { schemeId: visit.scheme_id }),
  };
}

/**
 * A visit follows the relationship: the worker reads and works it (check in and out, extend,
 * cancel); the buddy, supervisors and the scheme manager read it and acknowledge its alerts.
 * Anyone else gets 404, so visit ids cannot be probed.
 */
export function checkVisitAccess(
  actor: Actor,
  visit: { scheme_id: string; worker_id: string; buddy_id: string },
  need: VisitNeed,
): VisitRelationship {
  const r = visitRelationship(actor, visit);
  if (!r.own && !r.buddy && !r.monitor) throw fail.notFound('That visit');
  if (need === 'work' && !r.own)
    throw fail.forbidden(
      'Only the worker on the visit can check in, check out, extend or cancel it. If you are worried about them, acknowledge the alert once you know they are safe.',
    );
  if (need === 'acknowledge' && (r.own || (!r.buddy && !r.monitor)))
    throw fail.forbidden(
      'Alerts are acknowledged by the buddy, a supervisor or the scheme manager. Check out to show you are safe.',
    );
  return r;
}
