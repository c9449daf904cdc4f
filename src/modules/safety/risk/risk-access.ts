import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';
import { checkCaseAccess } from '../../pathway/case-records/index.ts';
import { findCase, type CaseRow } from '../../pathway/case-records/index.ts';

/**
 * Risk follows the case: whoever may see the case sees its risks (the banner must reach everyone
 * who sees the case). Acting on a risk (resolving actions, closing) needs 'risk.act' as well:
 * the case's link worker, supervisors and the scheme manager.
 */
export async function loadRiskCase(
  trx: Transaction<DB>,
  actor: Actor,
  schemeId: string,
  caseId: string,
  need: 'read' | 'act',
): Promise<CaseRow> {
  const kase = await findCase(trx, caseId);
  if (!kase || kase.scheme_id !== schemeId) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, 'read');
  if (need === 'act' && !canActOnRisk(actor, kase))
    throw fail.forbidden("Only the case's link worker, a supervisor or the scheme manager can act on its risks.");
  return kase;
}

export function canActOnRisk(actor: Actor, kase: { scheme_id: string; worker_id: string }): boolean {
  return (
    allow(actor, 'risk.act', { schemeId: kase.scheme_id }) &&
    actor.kind === 'user' &&
    (actor.userId === kase.worker_id || allow(actor, 'case.read-any', { schemeId: kase.scheme_id }))
  );
}

/** Whose active risks the team risk board shows: the whole scheme, or one supervisor's supervisees. */
export type RiskBoardScope = { kind: 'scheme' } | { kind: 'supervisees'; supervisorId: string };

/**
 * The team risk board is for the people who answer for a team's safety: a scheme manager sees the
 * whole scheme; a supervisor sees only the cases of the link workers they supervise (the
 * relationship in the scheme settings, checked in the query). Link workers see their own risks on
 * their caseload and tasks instead. Row-level security still keeps every other scheme out.
 */
export function riskBoardScope(actor: Actor, schemeId: string): RiskBoardScope {
  if (actor.kind !== 'user' || !allow(actor, 'risk.act', { schemeId }))
    throw fail.forbidden('The team risk board is for supervisors and scheme managers.');
  if (actor.role === 'scheme_manager') return { kind: 'scheme' };
  if (actor.role === 'supervisor') return { kind: 'supervisees', supervisorId: actor.userId };
  throw fail.forbidden(
    "The team risk board is for supervisors and scheme managers. Your own cases' risks are on your caseload and your tasks.",
  );
}
