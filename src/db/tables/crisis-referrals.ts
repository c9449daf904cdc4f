import type { Generated } from 'kysely';
import type { DefaultJson } from '../schema.ts';

/** Lower is more urgent: 0 possible crisis (review today), 1 routine (0019_crisis_referrals.sql). */
export type ReferralUrgency = 0 | 1;

/** Why a referral was flagged as a possible crisis: a crisis-type exclusion it named, or risk language in its text. */
export type CrisisReason =
  | { kind: 'exclusion'; circumstance: string; label: string; alternative: string }
  | { kind: 'risk-language'; phrases: string[] };

/** The columns 0019_crisis_referrals.sql adds to referrals. */
export interface ReferralCrisisColumns {
  urgency: Generated<ReferralUrgency>;
  crisis_reasons: DefaultJson<CrisisReason[]>;
  accept_reason: string | null;
}

/** The column 0019_crisis_referrals.sql adds to scheme_exclusions. */
export interface ExclusionCrisisColumns {
  crisis: Generated<boolean>;
}
