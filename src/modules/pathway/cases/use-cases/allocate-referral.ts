import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { allow } from '../../../../platform/policy.ts';
import { insertCase } from '../../case-records/index.ts';
import { acceptReferralStep } from '../../referrals/index.ts';
import type { ReferralDetail } from '../../referrals/index.ts';
import { changeReferral } from '../../referrals/index.ts';
import { loadSchemeRules } from '../../../scheme/scheme-settings/index.ts';
import { gapsOf } from '../../../workforce/allocation/index.ts';
import { loadCompetenceNeed } from '../../../workforce/training/index.ts';
import { describeGaps } from '../../../workforce/training/index.ts';
import { insertOverride } from '../../../workforce/training/index.ts';
import { loadCandidatesById } from '../../../workforce/allocation/index.ts';
import { userIdOf } from '../../../../platform/actor.ts';

/**
 * Gives a referral to a link worker and opens their case. The worker must be a link worker of
 * the scheme; allocating beyond their safe caseload is possible but recorded in the audit log.
 * A worker whose training for the case's complexity is missing or lapsed is refused, unless a
 * scheme manager records an override with a reason (stored, audited and shown on the case).
 * Allocating straight from triage accepts the referral too, under the referral's own acceptance
 * rule: one the criteria put out of scope needs the reason for taking it (`reason`).
 */
export function allocateReferral(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & {
    id: string;
    input: { version: number; workerId: string; reason?: string; override?: { reason: string } };
  },
): Promise<ReferralDetail> {
  return changeReferral(ctx, {
    actor,
    scheme,
    id,
    version: input.version,
    event: 'allocate',
    action: 'referral.allocate',
    access: 'triage',
    build: async ({ trx, scheme, referral, now }) => {
      const acceptance = referral.accepted_at ? null : acceptReferralStep(actor, referral, input.reason, now);
      const rules = await loadSchemeRules(trx, scheme.id);
      const need = {
        language: null,
        interpreterNeeded: false,
        competence: await loadCompetenceNeed(trx, scheme.id, referral.complexity_flags, now),
      };
      const [worker] = await loadCandidatesById(trx, scheme.id, rules, now, [input.workerId], need);
      if (!worker)
        throw fail.field(
          'workerId',
          'That person is not an active link worker in this scheme.',
          'Choose a link worker from the list, or search for them by name.',
        );
      const gaps = gapsOf(worker, need);
      const mayOverride = allow(actor, 'allocation.override', { schemeId: scheme.id });
      if (gaps.length > 0 && !input.override) {
        throw fail.field(
          'workerId',
          `${worker.name} is not trained for this case: ${describeGaps(gaps)}.`,
          mayOverride
            ? 'Choose another link worker, or record an override with your reason for accepting the risk.'
            : 'Choose another link worker, or ask a scheme manager to allocate with an override.',
        );
      }
      if (gaps.length > 0 && !mayOverride) {
        throw fail.forbidden(
          `Only a scheme manager can allocate this case to ${worker.name}, whose training is missing or lapsed: ${describeGaps(gaps)}. Ask a scheme manager to record the override.`,
        );
      }
      const reason = input.override?.reason.trim() ?? '';
      if (gaps.length > 0 && reason === '') {
        throw fail.field(
          'override.reason',
          'Give the reason for allocating to someone whose training is missing or lapsed.',
          "Say why this is the safest choice, for example that no trained worker speaks the person's language, and what support is in place.",
        );
      }
      const override = gaps.length > 0 && actor.kind === 'user' ? { reason, missing: gaps, by: actor.userId } : null;
      return {
        changes: acceptance?.changes ?? {},
        detail: {
          workerId: worker.userId,
          workerName: worker.name,
          overCap: worker.capacity.overCap,
          openCases: worker.capacity.openCases,
          cap: worker.capacity.cap,
          ...(acceptance?.detail.reason ? { acceptReason: acceptance.detail.reason } : {}),
          ...(override ? { trainingMissing: describeGaps(override.missing), overrideReason: override.reason } : {}),
        },
        after: async (saved) => {
          const caseId = await insertCase(trx, {
            schemeId: scheme.id,
            referralId: saved.id,
            patientId: saved.patient_id,
            workerId: worker.userId,
            allocatedBy: userIdOf(actor),
            at: now,
          });
          await recordAudit(trx, actor, {
            action: 'case.create',
            recordType: 'case',
            recordId: caseId,
            schemeId: scheme.id,
            detail: { referralId: saved.id, workerId: worker.userId, overCap: worker.capacity.overCap },
          });
          if (override) {
            const overrideId = await insertOverride(trx, {
              schemeId: scheme.id,
              referralId: saved.id,
              caseId,
              workerId: worker.userId,
              flags: saved.complexity_flags,
              missing: override.missing,
              reason: override.reason,
              byUserId: override.by,
              at: now,
            });
            await recordAudit(trx, actor, {
              action: 'allocation.override',
              recordType: 'case',
              recordId: caseId,
              schemeId: scheme.id,
              reason: override.reason,
              detail: {
                overrideId,
                referralId: saved.id,
                workerId: worker.userId,
                flags: saved.complexity_flags,
                missing: override.missing,
              },
            });
          }
        },
      };
    },
  });
}
