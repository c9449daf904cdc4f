import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { fail } from '../../platform/errors.ts';
import { insertCase } from '../cases/cases.repository.ts';
import type { ReferralDetail } from '../referrals/referrals.schemas.ts';
import { changeReferral } from '../referrals/use-cases/change-referral.ts';
import { loadSchemeRules } from '../scheme-settings/scheme-criteria.ts';
import { loadCandidates } from './load-candidates.ts';

/**
 * Gives a referral to a link worker and opens their case. The worker must be a link worker of
 * the scheme; allocating beyond their safe caseload is possible but recorded in the audit log.
 */
export function allocateReferral(ctx: AppContext, actor: Actor, slug: string, id: string, input: { version: number; workerId: string }): Promise<ReferralDetail> {
  return changeReferral(ctx, actor, {
    slug, id, version: input.version, event: 'allocate', action: 'referral.allocate', access: 'triage',
    build: async ({ trx, scheme, referral, now }) => {
      const rules = await loadSchemeRules(trx, scheme.id);
      const worker = (await loadCandidates(trx, scheme.id, rules, now)).find((w) => w.userId === input.workerId);
      if (!worker) throw fail.field('workerId', 'That person is not an active link worker in this scheme.', 'Choose a link worker from the list.');
      return {
        changes: referral.accepted_at ? {} : { accepted_at: now, triaged_at: now, triaged_by: actor.kind === 'user' ? actor.userId : null },
        detail: { workerId: worker.userId, workerName: worker.name, overCap: worker.capacity.overCap, openCases: worker.capacity.openCases, cap: worker.capacity.cap },
        after: async (saved) => {
          const caseId = await insertCase(trx, { schemeId: scheme.id, referralId: saved.id, patientId: saved.patient_id, workerId: worker.userId, allocatedBy: actor.kind === 'user' ? actor.userId : null, at: now });
          await recordAudit(trx, actor, { action: 'case.create', recordType: 'case', recordId: caseId, schemeId: scheme.id, detail: { referralId: saved.id, workerId: worker.userId, overCap: worker.capacity.overCap } });
        },
      };
    },
  });
}
