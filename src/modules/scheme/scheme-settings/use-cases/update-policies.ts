/** Changing the scheme's caseload, contact and intervention policies. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import type { PoliciesBody, SchemeSettings } from '../scheme-settings.schemas.ts';
import { savePolicy } from '../save-policy.ts';

/** Caseload, contact and intervention policies. */
export async function updatePolicies(
  ctx: AppContext,
  { actor, scheme, input: body }: InScheme & { input: PoliciesBody },
): Promise<SchemeSettings> {
  return savePolicy(ctx, {
    actor,
    scheme,
    version: body.version,
    action: 'scheme.policies-update',
    change: async (_trx, current) => ({
      min_age: current.min_age,
      max_age: current.max_age,
      practices_served: current.practices_served,
      needs_in_scope: current.needs_in_scope,
      self_referral_open: current.self_referral_open,
      annual_people_per_fte: body.annualPeoplePerFte,
      full_time_hours: body.fullTimeHours,
      contact_attempts: body.contactAttempts,
      contact_window_days: body.contactWindowDays,
      letter_wait_days: body.letterWaitDays,
      intervention_weeks: body.interventionWeeks,
      intervention_sessions: body.interventionSessions,
      practice_quiet_weeks: body.practiceQuietWeeks ?? current.practice_quiet_weeks,
    }),
    detail: { ...body },
  });
}
