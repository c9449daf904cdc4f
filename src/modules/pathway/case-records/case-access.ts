import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';

/**
 * A case follows the relationship: its link worker reads and works it; supervisors and the
 * scheme manager read every case in the scheme, and the manager may work any of them. Others
 * get 404, so case ids cannot be probed.
 */
export function checkCaseAccess(
  actor: Actor,
  kase: { scheme_id: string; worker_id: string },
  need: 'read' | 'write',
): void {
  const resource = { schemeId: kase.scheme_id };
  const own = actor.kind === 'user' && actor.userId === kase.worker_id;
  const action = need === 'read' ? 'case.read' : 'case.write';
  if (!allow(actor, action, resource)) throw fail.notFound('That case');
  if (own) return;
  if (need === 'read' && allow(actor, 'case.read-any', resource)) return;
  if (need === 'write' && actor.kind === 'user' && actor.role === 'scheme_manager') return;
  if (need === 'write' && allow(actor, 'case.read-any', resource))
    throw fail.forbidden('You can read this case but only its link worker or the scheme manager can change it.');
  throw fail.notFound('That case');
}

/** Whether the actor may read the case: `checkCaseAccess` as a yes or no, for pages that only name the person. */
export function mayReadCase(actor: Actor, kase: { scheme_id: string; worker_id: string }): boolean {
  try {
    checkCaseAccess(actor, kase, 'read');
    return true;
  } catch {
    return false;
  }
}
