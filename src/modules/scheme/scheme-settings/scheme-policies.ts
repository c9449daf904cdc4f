import type { ExclusionOutcome } from '../../../db/schema.ts';

/**
 * The shapes of a scheme's configured rules, as the domain rules take them (built by loadSchemeRules in
 * scheme-criteria.ts): who the scheme is for, how contact is attempted, how long an intervention runs and
 * how many people a worker can safely hold. The rules that apply them live with their subject: criteria.ts
 * in referrals, contact-policy.ts and intervention-limit.ts in cases, capacity.ts in allocation.
 */

/** A scheme's boundaries, as its manager set them. */
export interface Criteria {
  minAge: number;
  maxAge: number | null;
  /** ODS codes of the practices served; empty means any practice. */
  practicesServed: readonly string[];
  /** Need codes the scheme works with; empty means any need. */
  needsInScope: readonly string[];
  /** `crisis`: naming this circumstance means the person may need urgent help (see crisisExclusions). */
  exclusions: readonly { circumstance: string; outcome: ExclusionOutcome; alternative: string; crisis: boolean }[];
}

/** Circumstances whose exclusion is crisis-type unless the scheme says otherwise (the shipped acute mental health crisis). */
export const CRISIS_BY_DEFAULT: ReadonlySet<string> = new Set(['mental-health-crisis']);

export interface ContactPolicy {
  /** Unsuccessful attempts to make before sending a letter. */
  attempts: number;
  /** Days the attempts are spread over. */
  windowDays: number;
  /** Days to wait for an answer to the letter before closing. */
  letterWaitDays: number;
}

export interface InterventionPolicy {
  weeks: number;
  sessions: number;
}

export interface CapacityPolicy {
  /** People a full-time worker safely supports in a year (200–250 is the accepted range). */
  annualPeoplePerFte: number;
  fullTimeHours: number;
  interventionWeeks: number;
}
