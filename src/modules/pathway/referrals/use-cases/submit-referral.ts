import type { AppContext } from '../../../../context.ts';
import type { CrisisReason } from '../../../../db/tables/crisis-referrals.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { isUniqueViolation } from '../../../../platform/db/errors.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { authorize } from '../../../../platform/policy.ts';
import { findCircumstance } from '../../../scheme/codes/index.ts';
import { findNeed } from '../../../scheme/codes/index.ts';
import { cleanPatientDetails } from '../../patients/index.ts';
import { findByNhsNumber, insertPatient } from '../../patients/index.ts';
import { loadSchemeRules } from '../../../scheme/scheme-settings/index.ts';
import { crisisExclusions, evaluateReferral } from '../criteria.ts';
import { alertPossibleCrisis, crisisReasonsOf } from '../crisis.ts';
import type { ReferralIntake } from '../intake.ts';
import * as repo from '../referrals.repository.ts';
import { riskLanguageIn } from '../risk-language.ts';
import { formatLondonDate } from '../../../../platform/format-london.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { userIdOf } from '../../../../platform/actor.ts';

export interface SubmittedReferral {
  referral: repo.ReferralRow;
  /** false when the same identifier was sent before: the existing referral is returned. */
  created: boolean;
  /** Why the referral may describe a crisis (empty when it does not): the referrer must be told to get urgent help. */
  crisis: CrisisReason[];
}

const OPEN = new Set(['received', 'information_requested', 'waiting', 'allocated']);

function checkIntake(intake: ReferralIntake, today: string) {
  const nhsNumberOptional = intake.source === 'self_referral' || intake.source === 'community_organisation';
  const { value: patient, errors } = cleanPatientDetails(intake.patient, today, {
    prefix: 'patient',
    nhsNumberOptional,
  });
  const extra: FieldError[] = [];
  intake.needs.forEach((code, i) => {
    if (!findNeed(code))
      extra.push({
        field: `needs.${i}`,
        message: `"${code}" is not a need on the coded list.`,
        fix: 'Choose needs from GET /api/codes (needs).',
      });
  });
  intake.circumstances.forEach((code, i) => {
    if (!findCircumstance(code))
      extra.push({
        field: `circumstances.${i}`,
        message: `"${code}" is not a circumstance on the coded list.`,
        fix: 'Choose circumstances from GET /api/codes (circumstances).',
      });
  });
  if (!intake.consent.contact) {
    extra.push({
      field: 'consent.contact',
      message: 'The person has not agreed to be contacted by the social prescribing service.',
      fix: 'Ask the person first: a link worker can only help someone who agrees to be contacted.',
    });
  }
  if (intake.reason.length > 4000)
    extra.push({
      field: 'reason',
      message: 'The reason is longer than 4,000 characters.',
      fix: 'Shorten the reason; the link worker will hear the rest from the person.',
    });
  return { patient, errors: [...errors, ...extra] };
}

/**
 * Takes in a referral from any route: checks it, finds or creates the person, applies the
 * scheme's criteria (in scope / needs review / out of scope, with reasons) and puts it in the
 * triage queue. Idempotent by the sender's identifier: sending it again returns the same referral.
 */
export async function submitReferral(
  ctx: AppContext,
  actor: Actor,
  schemeId: string,
  intake: ReferralIntake,
): Promise<SubmittedReferral> {
  authorize(actor, 'referral.create', { schemeId });
  const now = ctx.now();
  const today = londonDate(now);
  const { patient, errors } = checkIntake(intake, today);
  if (errors.length > 0) throw fail.validation(errors);
  const identifier = intake.identifier ?? null;

  const attempt = () =>
    inSchemeTransaction(ctx.db, schemeId, async (trx): Promise<SubmittedReferral> => {
      if (identifier) {
        const existing = await repo.findByIdentifier(trx, schemeId, identifier.system, identifier.value);
        if (existing) {
          await recordAudit(trx, actor, {
            action: 'referral.resubmit',
            recordType: 'referral',
            recordId: existing.id,
            schemeId,
            detail: { identifier },
          });
          return { referral: existing, created: false, crisis: crisisReasonsOf(existing) };
        }
      }
      const known = patient.nhsNumber ? await findByNhsNumber(trx, schemeId, patient.nhsNumber) : undefined;
      const person = known ?? (await insertPatient(trx, schemeId, patient, now));
      const rules = await loadSchemeRules(trx, schemeId);
      const practiceOdsCode = person.practice_ods_code ?? intake.referrer.practiceOdsCode;
      const result = evaluateReferral(
        rules.criteria,
        {
          dateOfBirth: person.date_of_birth,
          practiceOdsCode,
          needs: intake.needs,
          circumstances: intake.circumstances,
        },
        today,
      );
      const phrases = await riskLanguageIn(trx, schemeId, intake.reason);
      const crisis: CrisisReason[] = [
        ...crisisExclusions(rules.criteria, intake.circumstances),
        ...(phrases.length > 0 ? [{ kind: 'risk-language' as const, phrases }] : []),
      ];
      if (known) {
        const open = await repo.openReferralsOf(trx, known.id);
        const current = open.find((r) => OPEN.has(r.status));
        if (current) {
          result.reasons.push({
            code: 'open-referral',
            outcome: 'needs_review',
            message: `This person already has an open referral, received ${formatLondonDate(current.received_at)}. Check this is not a duplicate.`,
          });
          if (result.evaluation === 'in_scope') result.evaluation = 'needs_review';
        }
      }
      const referral = await repo.insertReferral(trx, {
        schemeId,
        patientId: person.id,
        source: intake.source,
        referredByUserId: userIdOf(actor),
        referredByClientId: actor.kind === 'client' ? actor.clientId : null,
        referrerOrganisationId: intake.referrer.organisationId,
        referrerName: intake.referrer.name,
        referrerContact: intake.referrer.contact,
        practiceOdsCode,
        identifier,
        reason: intake.reason.trim(),
        needs: [...new Set(intake.needs)],
        circumstances: [...new Set(intake.circumstances)],
        consent: intake.consent,
        evaluation: result.evaluation,
        evaluationReasons: result.reasons,
        receivedAt: now,
        urgency: crisis.length > 0 ? 0 : 1,
        crisisReasons: crisis,
      });
      const possibleCrisis = crisis.length > 0;
      await repo.insertReferralEvent(trx, {
        schemeId,
        referralId: referral.id,
        at: now,
        byUserId: userIdOf(actor),
        kind: 'received',
        status: 'received',
        detail: { source: intake.source, evaluation: result.evaluation, ...(possibleCrisis ? { possibleCrisis } : {}) },
      });
      const alerted = possibleCrisis
        ? await alertPossibleCrisis(ctx, trx, { schemeId, referralId: referral.id, at: now })
        : [];
      await recordAudit(trx, actor, {
        action: 'referral.create',
        recordType: 'referral',
        recordId: referral.id,
        schemeId,
        detail: {
          source: intake.source,
          patientId: person.id,
          newPatient: !known,
          evaluation: result.evaluation,
          ...(possibleCrisis
            ? {
                possibleCrisis: crisis.map((c) => (c.kind === 'exclusion' ? c.circumstance : 'risk-language')),
                alerted,
              }
            : {}),
        },
      });
      return { referral, created: true, crisis };
    });

  try {
    return await attempt();
  } catch (error) {
    // Two identical submissions at once: the second loses the race on the unique index and returns the first.
    if (identifier && isUniqueViolation(error, 'referrals_identifier_key')) return attempt();
    throw error;
  }
}
