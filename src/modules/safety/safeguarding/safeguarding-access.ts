import type { Actor } from '../../../platform/actor.ts';
import { allow } from '../../../platform/policy.ts';

/** Who is related to a concern: its author, the author's supervisor and the scheme's safeguarding lead. */
export interface ConcernPeople {
  schemeId: string;
  raisedBy: string;
  raisedBySupervisorId: string | null;
  safeguardingLeadId: string | null;
}

/**
 * A safeguarding record is need-to-know: its author, their supervisor, the scheme's safeguarding
 * lead and the scheme manager. Everyone else who can see the case sees only that one exists.
 */
export function canReadConcern(actor: Actor, c: ConcernPeople): boolean {
  if (!allow(actor, 'safeguarding.read', { schemeId: c.schemeId })) return false;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'scheme_manager') return true;
  return (
    actor.userId === c.raisedBy || actor.userId === c.raisedBySupervisorId || actor.userId === c.safeguardingLeadId
  );
}

/** Whoever reads it may add actions and record the referral and outcome. */
export const canWorkConcern = canReadConcern;

/** The scheme-wide list: the safeguarding lead and the managers. */
export function canListConcerns(actor: Actor, schemeId: string, safeguardingLeadId: string | null): boolean {
  if (!allow(actor, 'safeguarding.read', { schemeId }) || actor.kind !== 'user') return false;
  return actor.role === 'scheme_manager' || actor.userId === safeguardingLeadId;
}
