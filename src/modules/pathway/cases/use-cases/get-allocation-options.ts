import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { allow } from '../../../../platform/policy.ts';
import { findPatient } from '../../patients/index.ts';
import { findReferral } from '../../referrals/index.ts';
import { loadSchemeRules } from '../../../scheme/scheme-settings/index.ts';
import { complexityLabel } from '../../../workforce/training/index.ts';
import { gapsOf } from '../../../workforce/allocation/index.ts';
import { loadCompetenceNeed } from '../../../workforce/training/index.ts';
import { countActiveWorkers } from '../../../workforce/allocation/index.ts';
import { loadShortlist, searchCandidates } from '../../../workforce/allocation/index.ts';

/** How many of the best-ranked workers the allocation page suggests. */
export const SHORTLIST_SIZE = 10;
/** How many workers a search by name shows at most. */
export const SEARCH_LIMIT = 20;

/**
 * The workers who could take a referral, with their safe-caseload position and why: the first
 * `SHORTLIST_SIZE` of the full ranking, or, with `q`, the workers whose name holds it (any worker
 * can be weighed and chosen, the manager's override included), each evaluated by the same checks.
 * The cost follows the shortlist, not the team: training is read only for the workers weighed.
 */
export async function getAllocationOptions(
  ctx: AppContext,
  { actor, scheme, referralId, query = {} }: InScheme & { referralId: string; query?: { q?: string } },
) {
  const search = query.q?.trim() ?? '';
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const referral = await findReferral(trx, referralId);
    if (!referral) throw fail.notFound('That referral');
    const patient = await findPatient(trx, referral.patient_id);
    const rules = await loadSchemeRules(trx, scheme.id);
    const competence = await loadCompetenceNeed(trx, scheme.id, referral.complexity_flags, ctx.now());
    const need = {
      language: patient?.preferred_language ?? null,
      interpreterNeeded: patient?.interpreter_needed ?? false,
      competence,
    };
    const found =
      search === ''
        ? { workers: await loadShortlist(trx, scheme.id, rules, ctx.now(), need, SHORTLIST_SIZE), more: false }
        : await searchCandidates(trx, scheme.id, rules, ctx.now(), search, need, SEARCH_LIMIT);
    const totalWorkers = await countActiveWorkers(trx, scheme.id);
    return {
      referralId,
      language: need.language,
      complexityFlags: referral.complexity_flags,
      complexityLabels: referral.complexity_flags.map(complexityLabel),
      canOverride: allow(actor, 'allocation.override', { schemeId: scheme.id }),
      totalWorkers,
      search: search === '' ? null : search,
      limit: search === '' ? SHORTLIST_SIZE : SEARCH_LIMIT,
      more: search === '' ? totalWorkers > found.workers.length : found.more,
      workers: found.workers.map((w) => ({
        userId: w.userId,
        name: w.name,
        hoursPerWeek: w.hoursPerWeek,
        languages: w.languages,
        acceptingCases: w.acceptingCases,
        capacity: w.capacity,
        languageMatch: w.languageMatch,
        suggested: w.suggested,
        blocked: w.blocked,
        trainingGaps: gapsOf(w, need),
        reasons: w.reasons,
      })),
    };
  });
}
