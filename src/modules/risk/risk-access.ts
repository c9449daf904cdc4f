import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { fail } from '../../platform/errors.ts';
import { allow } from '../../platform/policy.ts';
import { checkCaseAccess } from '../cases/case-access.ts';
import { findCase, type CaseRow } from '../cases/cases.repository.ts';

/**
 * Risk follows the case: whoever may see the case sees its risks (the banner must reach everyone
 * who sees the case). Acting on a risk (resolving actions, closing) needs 'risk.act' as well:
 * the case's link worker, supervisors and the scheme manager.
 */
export async function loadRiskCase(trx: Transaction<DB>, actor: Actor, schemeId: string, caseId: string, need: 'read' | 'act'): Promise<CaseRow> {
  const kase = await findCase(trx, caseId);
  if (!kase || kase.scheme_id !== schemeId) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, 'read');
  if (need === 'act' && !canActOnRisk(actor, kase)) throw fail.forbidden('Only the case\'s link worker, a supervisor or the scheme manager can act on its risks.');
  return kase;
}

export function canActOnRisk(actor: Actor, kase: { scheme_id: string; worker_id: string }): boolean {
  return allow(actor, 'risk.act', { schemeId: kase.scheme_id }) && actor.kind === 'user'
    && (actor.userId === kase.worker_id || allow(actor, 'case.read-any', { schemeId: kase.scheme_id }));
}
