import type { Evaluation, EvaluationReason } from '../../../db/schema.ts';
import type { CrisisReason } from '../../../db/tables/crisis-referrals.ts';
import { findCircumstance } from '../../scheme/codes/index.ts';
import { findNeed } from '../../scheme/codes/index.ts';
import { ageOn } from '../patients/index.ts';
import type { Criteria } from '../../scheme/scheme-settings/index.ts';

/**
 * The scheme's crisis-type exclusions a referral names. A match never loses the referral: it is
 * saved, flagged for review today, and the referrer is told where to get urgent help.
 */
export function crisisExclusions(criteria: Criteria, circumstances: readonly string[]): CrisisReason[] {
  return criteria.exclusions
    .filter((e) => e.crisis && circumstances.includes(e.circumstance))
    .map((e) => ({
      kind: 'exclusion',
      circumstance: e.circumstance,
      label: findCircumstance(e.circumstance)?.label ?? e.circumstance,
      alternative: e.alternative,
    }));
}

/** What the criteria look at in a referral. */
export interface ReferralFacts {
  dateOfBirth: string | null;
  practiceOdsCode: string | null;
  needs: readonly string[];
  circumstances: readonly string[];
}

export interface EvaluationResult {
  evaluation: Evaluation;
  reasons: EvaluationReason[];
}

const RANK: Record<Evaluation, number> = { in_scope: 0, needs_review: 1, out_of_scope: 2 };

/**
 * The criteria engine: every referral is checked against its scheme's boundaries at intake.
 * The worst finding decides (out of scope > needs review > in scope); every finding is kept
 * as a reason the triager sees, with the alternative pathway to suggest where there is one.
 */
export function evaluateReferral(criteria: Criteria, facts: ReferralFacts, today: string): EvaluationResult {
  const reasons: EvaluationReason[] = [];

  if (!facts.dateOfBirth) {
    reasons.push({
      code: 'age-unknown',
      outcome: 'needs_review',
      message: 'No date of birth was given, so the age criteria could not be checked.',
    });
  } else {
    const age = ageOn(facts.dateOfBirth, today);
    if (age < criteria.minAge) {
      reasons.push({
        code: 'too-young',
        outcome: 'out_of_scope',
        message: `The person is ${age}; this scheme works with people aged ${criteria.minAge} and over.`,
        alternative:
          age < 18
            ? 'Children and young people: the school nurse, the family hub or the CAMHS single point of access.'
            : undefined,
      });
    } else if (criteria.maxAge !== null && age > criteria.maxAge) {
      reasons.push({
        code: 'too-old',
        outcome: 'out_of_scope',
        message: `The person is ${age}; this scheme works with people aged up to ${criteria.maxAge}.`,
      });
    }
  }

  if (criteria.practicesServed.length > 0) {
    if (!facts.practiceOdsCode) {
      reasons.push({
        code: 'practice-unknown',
        outcome: 'needs_review',
        message:
          'No registered GP practice was given; check the person is registered with a practice this scheme serves.',
      });
    } else if (!criteria.practicesServed.includes(facts.practiceOdsCode)) {
      reasons.push({
        code: 'practice-not-served',
        outcome: 'out_of_scope',
        message: `The registered practice (${facts.practiceOdsCode}) is not one this scheme serves.`,
        alternative: "Refer to the social prescribing service of the practice's own primary care network.",
      });
    }
  }

  if (criteria.needsInScope.length > 0 && facts.needs.length > 0) {
    const outside = facts.needs.filter((n) => !criteria.needsInScope.includes(n));
    const labels = outside.map((n) => findNeed(n)?.label ?? n).join(', ');
    if (outside.length === facts.needs.length) {
      reasons.push({
        code: 'needs-not-in-scope',
        outcome: 'out_of_scope',
        message: `None of the needs named is one this scheme works with (${labels}).`,
      });
    } else if (outside.length > 0) {
      reasons.push({
        code: 'some-needs-not-in-scope',
        outcome: 'needs_review',
        message: `Some needs are outside this scheme's scope: ${labels}.`,
      });
    }
  }
  if (facts.needs.length === 0) {
    reasons.push({ code: 'no-needs', outcome: 'needs_review', message: 'No need or reason was chosen from the list.' });
  }

  for (const exclusion of criteria.exclusions) {
    if (!facts.circumstances.includes(exclusion.circumstance)) continue;
    const label = findCircumstance(exclusion.circumstance)?.label ?? exclusion.circumstance;
    reasons.push({
      code: `exclusion:${exclusion.circumstance}`,
      outcome: exclusion.outcome,
      message:
        exclusion.outcome === 'out_of_scope' ? `Excluded by the scheme: ${label}.` : `Needs a closer look: ${label}.`,
      alternative: exclusion.alternative,
    });
  }

  const evaluation = reasons.reduce<Evaluation>(
    (worst, r) => (RANK[r.outcome] > RANK[worst] ? r.outcome : worst),
    'in_scope',
  );
  return {
    evaluation,
    reasons: reasons.map((r) =>
      r.alternative === undefined ? { code: r.code, outcome: r.outcome, message: r.message } : r,
    ),
  };
}
