import type { AppContext } from '../../context.ts';
import type { Actor } from '../../platform/actor.ts';
import { inSchemeTransaction } from '../../platform/db/scheme-transaction.ts';
import { fail } from '../../platform/errors.ts';
import { allow } from '../../platform/policy.ts';
import { findPatient } from '../patients/patients.repository.ts';
import { findReferral } from '../referrals/referrals.repository.ts';
import { loadSchemeRules } from '../scheme-settings/scheme-criteria.ts';
import { resolveScheme } from '../schemes/resolve-scheme.ts';
import { complexityLabel } from '../training/complexity.ts';
import { gapsOf, loadCompetenceNeed } from '../training/competence.ts';
import { loadCandidates } from './load-candidates.ts';
import { rankCandidates } from './rank-candidates.ts';

/** The workers who could take a referral, ranked, with their safe-caseload position and why. */
export async function getAllocationOptions(ctx: AppContext, actor: Actor, slug: string, referralId: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'referral.allocate');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const referral = await findReferral(trx, referralId);
    if (!referral) throw fail.notFound('That referral');
    const patient = await findPatient(trx, referral.patient_id);
    const rules = await loadSchemeRules(trx, scheme.id);
    const competence = await loadCompetenceNeed(trx, scheme.id, referral.complexity_flags, ctx.now());
    const need = { language: patient?.preferred_language ?? null, interpreterNeeded: patient?.interpreter_needed ?? false, competence };
    const ranked = rankCandidates(await loadCandidates(trx, scheme.id, rules, ctx.now()), need);
    return {
      referralId, language: need.language, complexityFlags: referral.complexity_flags, complexityLabels: referral.complexity_flags.map(complexityLabel), canOverride: allow(actor, 'allocation.override', { schemeId: scheme.id }),
      workers: ranked.map((w) => ({
        userId: w.userId, name: w.name, hoursPerWeek: w.hoursPerWeek, languages: w.languages, acceptingCases: w.acceptingCases, capacity: w.capacity,
        languageMatch: w.languageMatch, suggested: w.suggested, blocked: w.blocked, trainingGaps: gapsOf(w, need), reasons: w.reasons,
      })),
    };
  });
}
