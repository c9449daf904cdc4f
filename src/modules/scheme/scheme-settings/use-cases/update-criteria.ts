/** Changing the scheme's eligibility criteria and exclusions, checked against the coded lists. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail, type FieldError } from '../../../../platform/errors.ts';
import { findCircumstance } from '../../codes/index.ts';
import { findNeed } from '../../codes/index.ts';
import * as repo from '../scheme-settings.repository.ts';
import type { CriteriaBody, SchemeSettings } from '../scheme-settings.schemas.ts';
import { CRISIS_BY_DEFAULT } from '../scheme-policies.ts';
import { savePolicy } from '../save-policy.ts';

function checkCriteria(body: CriteriaBody): FieldError[] {
  const errors: FieldError[] = [];
  if (body.maxAge !== null && body.maxAge < body.minAge)
    errors.push({
      field: 'maxAge',
      message: `The maximum age (${body.maxAge}) is below the minimum age (${body.minAge}).`,
      fix: 'Raise the maximum age, or leave it empty for no maximum.',
    });
  body.practicesServed.forEach((code, i) => {
    if (!/^[A-Z0-9]{3,10}$/.test(code))
      errors.push({
        field: `practicesServed.${i}`,
        message: `"${code}" is not an ODS code.`,
        fix: 'Use ODS codes of GP practices, for example Y90001.',
      });
  });
  body.needsInScope.forEach((code, i) => {
    if (!findNeed(code))
      errors.push({
        field: `needsInScope.${i}`,
        message: `"${code}" is not a need on the coded list.`,
        fix: 'Choose needs from the list.',
      });
  });
  const seen = new Set<string>();
  body.exclusions.forEach((e, i) => {
    if (!findCircumstance(e.circumstance))
      errors.push({
        field: `exclusions.${i}.circumstance`,
        message: `"${e.circumstance}" is not a circumstance on the coded list.`,
        fix: 'Choose a circumstance from the list.',
      });
    if (seen.has(e.circumstance))
      errors.push({
        field: `exclusions.${i}.circumstance`,
        message: 'This circumstance is listed twice.',
        fix: 'Remove the repeated exclusion.',
      });
    seen.add(e.circumstance);
    if (!e.alternative.trim())
      errors.push({
        field: `exclusions.${i}.alternative`,
        message: 'The alternative pathway is missing.',
        fix: 'Say where referrers should send people instead.',
      });
  });
  return errors;
}

function unchangedPolicies(p: repo.PolicyRow) {
  return {
    annual_people_per_fte: p.annual_people_per_fte,
    full_time_hours: Number(p.full_time_hours),
    contact_attempts: p.contact_attempts,
    contact_window_days: p.contact_window_days,
    letter_wait_days: p.letter_wait_days,
    intervention_weeks: p.intervention_weeks,
    intervention_sessions: p.intervention_sessions,
    practice_quiet_weeks: p.practice_quiet_weeks,
  };
}

/** Eligibility and exclusions: every referral from now on is checked against them. */
export async function updateCriteria(
  ctx: AppContext,
  { actor, scheme, input: body }: InScheme & { input: CriteriaBody },
): Promise<SchemeSettings> {
  const errors = checkCriteria(body);
  if (errors.length) throw fail.validation(errors);
  return savePolicy(ctx, {
    actor,
    scheme,
    version: body.version,
    action: 'scheme.criteria-update',
    change: async (trx, current) => {
      await repo.replaceExclusions(
        trx,
        current.scheme_id,
        body.exclusions.map((e) => ({
          circumstance: e.circumstance,
          outcome: e.outcome,
          alternative: e.alternative.trim(),
          crisis: e.crisis ?? CRISIS_BY_DEFAULT.has(e.circumstance),
        })),
      );
      return {
        ...unchangedPolicies(current),
        min_age: body.minAge,
        max_age: body.maxAge,
        practices_served: [...new Set(body.practicesServed)],
        needs_in_scope: [...new Set(body.needsInScope)],
        self_referral_open: body.selfReferralOpen,
      };
    },
    detail: {
      minAge: body.minAge,
      maxAge: body.maxAge,
      practices: body.practicesServed.length,
      needs: body.needsInScope.length,
      exclusions: body.exclusions.map((e) => e.circumstance),
      crisisExclusions: body.exclusions
        .filter((e) => e.crisis ?? CRISIS_BY_DEFAULT.has(e.circumstance))
        .map((e) => e.circumstance),
    },
  });
}
