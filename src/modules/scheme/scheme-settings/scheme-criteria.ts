import type { Transaction } from 'kysely';
import type { CrisisContact, DB } from '../../../db/schema.ts';
import { listExclusions, loadPolicy, loadSafety, type PolicyRow } from './scheme-settings.repository.ts';
import type { CapacityPolicy, ContactPolicy, Criteria, InterventionPolicy } from './scheme-policies.ts';

/** Everything a scheme has configured, in the shapes the domain rules take. */
export interface SchemeRules {
  policy: PolicyRow;
  criteria: Criteria;
  contact: ContactPolicy;
  intervention: InterventionPolicy;
  capacity: CapacityPolicy;
}

/** Loads a scheme's criteria and policies once, for the rules that need them. */
export async function loadSchemeRules(trx: Transaction<DB>, schemeId: string): Promise<SchemeRules> {
  const policy = await loadPolicy(trx, schemeId);
  const exclusions = await listExclusions(trx, schemeId);
  return {
    policy,
    criteria: {
      minAge: policy.min_age,
      maxAge: policy.max_age,
      practicesServed: policy.practices_served,
      needsInScope: policy.needs_in_scope,
      exclusions,
    },
    contact: {
      attempts: policy.contact_attempts,
      windowDays: policy.contact_window_days,
      letterWaitDays: policy.letter_wait_days,
    },
    intervention: { weeks: policy.intervention_weeks, sessions: policy.intervention_sessions },
    capacity: {
      annualPeoplePerFte: policy.annual_people_per_fte,
      fullTimeHours: Number(policy.full_time_hours),
      interventionWeeks: policy.intervention_weeks,
    },
  };
}

/** The scheme's crisis contacts, for anyone who must tell a person where to get urgent help now. */
export async function loadCrisisContacts(trx: Transaction<DB>, schemeId: string): Promise<CrisisContact[]> {
  await loadPolicy(trx, schemeId);
  const safety = await loadSafety(trx, schemeId);
  const raw: unknown =
    typeof safety.crisis_contacts === 'string' ? JSON.parse(safety.crisis_contacts) : safety.crisis_contacts;
  return Array.isArray(raw) ? (raw as CrisisContact[]) : [];
}
