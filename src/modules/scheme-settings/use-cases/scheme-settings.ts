import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail, type FieldError } from '../../../platform/errors.ts';
import { findCircumstance } from '../../codes/index.ts';
import { findNeed } from '../../codes/index.ts';
import { listOrganisations } from '../../organisations/index.ts';
import { builtInRiskLanguage } from '../../risk-language/index.ts';
import { resolveScheme, type SchemeRef } from '../../schemes/index.ts';
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { loadSchemeRules } from '../scheme-criteria.ts';
import * as repo from '../scheme-settings.repository.ts';
import type { CriteriaBody, PoliciesBody, SafetyView, SchemeSettings } from '../scheme-settings.schemas.ts';
import { CRISIS_BY_DEFAULT } from '../scheme-policies.ts';

async function present(trx: Transaction<DB>, scheme: SchemeRef): Promise<SchemeSettings> {
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

/** Present the settings inside a transaction the caller already holds (the safety settings use case). */
export { present as presentSchemeSettings };

/** The scheme's criteria and policies (its link workers are paged apart): managers edit them; the team can read them. */
export async function getSchemeSettings(ctx: AppContext, actor: Actor, slug: string): Promise<SchemeSettings> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.read');
  return inSchemeTransaction(ctx.db, scheme.id, (trx) => present(trx, scheme));
}

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

async function savePolicy(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  version: number,
  action: string,
  change: (trx: Transaction<DB>, current: repo.PolicyRow) => Promise<repo.PolicyChanges>,
  detail: Record<string, unknown>,
): Promise<SchemeSettings> {
  const scheme = await resolveScheme(ctx, actor, slug, 'scheme.settings.update');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const current = await repo.loadPolicy(trx, scheme.id);
    if (current.version !== version) throw fail.editConflict("scheme's settings", current);
    const saved = await repo.updatePolicy(trx, scheme.id, version, await change(trx, current), now);
    if (!saved) throw fail.editConflict("scheme's settings", current);
    await recordAudit(trx, actor, { action, recordType: 'scheme', recordId: scheme.id, schemeId: scheme.id, detail });
    return present(trx, scheme);
  });
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
  };
}

/** Eligibility and exclusions: every referral from now on is checked against them. */
export async function updateCriteria(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  body: CriteriaBody,
): Promise<SchemeSettings> {
  const errors = checkCriteria(body);
  if (errors.length) throw fail.validation(errors);
  return savePolicy(
    ctx,
    actor,
    slug,
    body.version,
    'scheme.criteria-update',
    async (trx, current) => {
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
    {
      minAge: body.minAge,
      maxAge: body.maxAge,
      practices: body.practicesServed.length,
      needs: body.needsInScope.length,
      exclusions: body.exclusions.map((e) => e.circumstance),
      crisisExclusions: body.exclusions
        .filter((e) => e.crisis ?? CRISIS_BY_DEFAULT.has(e.circumstance))
        .map((e) => e.circumstance),
    },
  );
}

/** Caseload, contact and intervention policies. */
export async function updatePolicies(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  body: PoliciesBody,
): Promise<SchemeSettings> {
  return savePolicy(
    ctx,
    actor,
    slug,
    body.version,
    'scheme.policies-update',
    async (_trx, current) => ({
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
    }),
    { ...body },
  );
}
