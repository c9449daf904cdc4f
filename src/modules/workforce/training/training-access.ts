import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';

/**
 * Whose training the actor may see or record: their own (any staff role), anyone's for the
 * scheme manager. Anyone else gets 404, so people's training cannot be probed. Returns the
 * person's id.
 */
export function trainingSubject(
  actor: Actor,
  schemeId: string,
  userId: string | undefined,
  need: 'read' | 'record',
): string {
  if (actor.kind !== 'user') throw fail.forbidden('Only people record training.');
  const resource = { schemeId };
  const own = userId === undefined || userId === actor.userId;
  if (own && allow(actor, need === 'read' ? 'training.read-own' : 'training.record-own', resource)) return actor.userId;
  if (allow(actor, 'training.manage', resource)) return userId ?? actor.userId;
  throw fail.notFound("That person's training");
}
