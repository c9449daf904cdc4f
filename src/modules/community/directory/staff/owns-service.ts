/** Who may edit a directory service: the organisation that looks after it, through its own staff. */
import type { Actor } from '../../../../platform/actor.ts';
import { allow } from '../../../../platform/policy.ts';
import type { SchemeRef } from '../../../scheme/schemes/index.ts';
import type * as ownersRepo from './directory-owners.repository.ts';

/**
 * Whether the actor may edit the service: a scheme manager when their scheme looks after it, a
 * community organisation user when their organisation does.
 */
export function ownsService(actor: Actor, scheme: SchemeRef, owner: ownersRepo.ServiceOwner | undefined): boolean {
  if (!owner || actor.kind !== 'user' || !allow(actor, 'directory.edit-own', { schemeId: scheme.id })) return false;
  if (actor.role === 'scheme_manager') return owner.organisation_id === scheme.id;
  return actor.organisationId !== null && owner.organisation_id === actor.organisationId;
}
