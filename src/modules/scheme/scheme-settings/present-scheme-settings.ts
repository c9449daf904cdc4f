/**
 * The scheme's settings as the settings page shows them: criteria, policies, safety settings and the
 * safeguarding lead, read inside a transaction the caller already holds.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { listOrganisations } from '../../identity/organisations/index.ts';
import { builtInRiskLanguage } from '../../safety/risk-language/index.ts';
import type { SchemeRef } from '../schemes/index.ts';
import { loadSchemeRules } from './scheme-criteria.ts';
import * as repo from './scheme-settings.repository.ts';
import type { SafetyView, SchemeSettings } from './scheme-settings.schemas.ts';

/** Present the settings inside a transaction the caller already holds (the safety settings use case). */
export async function presentSchemeSettings(trx: Transaction<DB>, scheme: SchemeRef): Promise<SchemeSettings> {
  const rules = await loadSchemeRules(trx, scheme.id);
  const [practices, safety] = await Promise.all([
    listOrganisations(trx, 'gp_practice'),
    repo.loadSafety(trx, scheme.id),
  ]);
  const lead = await repo.findStaffChoice(trx, scheme.id, safety.safeguarding_lead_id);
  const p = rules.policy;
  return {
    scheme,
    version: p.version,
    updatedAt: p.updated_at.toISOString(),
    criteria: {
      minAge: p.min_age,
      maxAge: p.max_age,
      practicesServed: p.practices_served,
      needsInScope: p.needs_in_scope,
      selfReferralOpen: p.self_referral_open,
      exclusions: rules.criteria.exclusions.map((e) => ({
        circumstance: e.circumstance,
        outcome: e.outcome,
        alternative: e.alternative,
        crisis: e.crisis,
      })),
    },
    policies: {
      annualPeoplePerFte: p.annual_people_per_fte,
      fullTimeHours: Number(p.full_time_hours),
      contactAttempts: p.contact_attempts,
      contactWindowDays: p.contact_window_days,
      letterWaitDays: p.letter_wait_days,
      interventionWeeks: p.intervention_weeks,
      interventionSessions: p.intervention_sessions,
      practiceQuietWeeks: p.practice_quiet_weeks,
    },
    practices: practices.filter((o) => o.ods_code && o.active).map((o) => ({ odsCode: o.ods_code!, name: o.name })),
    safety: presentSafety(safety),
    builtInRiskLanguage: builtInRiskLanguage(),
    safeguardingLead: lead && { userId: lead.user_id, name: lead.name, role: lead.role },
  };
}

function presentSafety(s: repo.SafetyRow): SafetyView {
  return {
    addedRiskPhrases: s.added_risk_phrases,
    crisisContacts: s.crisis_contacts,
    safeguardingLeadId: s.safeguarding_lead_id,
    supervisionCadenceDays: s.supervision_cadence_days,
    difficultSessionsInRow: s.difficult_sessions_in_row,
    debriefResponseWorkingDays: s.debrief_response_working_days,
    loneWorkingGraceMinutes: s.lone_working_grace_minutes,
    loneWorkingEscalationMinutes: s.lone_working_escalation_minutes,
    onwardReminderWorkingDays: s.onward_reminder_working_days,
    onwardAutoDeclineDays: s.onward_auto_decline_days,
    loneWorkingCheckInWindowMinutes: s.lone_working_checkin_window_minutes,
  };
}
