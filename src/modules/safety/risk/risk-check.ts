import type { RiskLevel } from '../../../db/tables/risk.ts';
import type { FieldError } from '../../../platform/errors.ts';

export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high', 'immediate'];

/** The structured risk check asked at a contact. */
export interface RiskCheckInput {
  thoughts: boolean;
  plans: boolean;
  means: boolean;
  intent: boolean;
  protectiveFactors: string;
  harmToOthers: boolean;
  harmToOthersDetail: string;
  safeguardingConcern: boolean;
  level: RiskLevel;
  summary: string;
}

const rank = (level: RiskLevel) => RISK_LEVELS.indexOf(level);

/** The lowest level the answers allow, and the answers that set it (for the message). */
export function lowestLevelFor(c: RiskCheckInput): { level: RiskLevel; because: string } {
  if (c.intent && c.plans && c.means)
    return { level: 'high', because: 'intent, a plan and the means to harm themselves' };
  if (c.intent || c.plans)
    return { level: 'medium', because: c.intent ? 'intent to harm themselves' : 'a plan to harm themselves' };
  if (c.harmToOthers) return { level: 'medium', because: 'a risk of harm to others' };
  if (c.thoughts || c.means || c.safeguardingConcern)
    return {
      level: 'low',
      because: c.thoughts ? 'thoughts of harming themselves' : c.means ? 'access to means' : 'a safeguarding concern',
    };
  return { level: 'none', because: '' };
}

/**
 * Checks the answers agree with each other and with the level chosen: the worker sets the level,
 * but cannot set it below what the answers mean (intent + plan + means is at least high).
 * Field names are prefixed, e.g. "riskCheck.level".
 */
export function riskCheckProblems(c: RiskCheckInput, prefix = 'riskCheck'): FieldError[] {
  const errors: FieldError[] = [];
  const f = (name: string) => `${prefix}.${name}`;
  if ((c.plans || c.intent) && !c.thoughts) {
    errors.push({
      field: f('thoughts'),
      message: 'Plans or intent to harm themselves are recorded, but thoughts of it are not.',
      fix: 'Answer yes to thoughts of harming themselves, or correct plans and intent.',
    });
  }
  if (c.harmToOthers && !c.harmToOthersDetail.trim()) {
    errors.push({
      field: f('harmToOthersDetail'),
      message: 'A risk of harm to others is recorded without saying to whom or what.',
      fix: 'Say who may be at risk and what was said.',
    });
  }
  const lowest = lowestLevelFor(c);
  if (rank(c.level) < rank(lowest.level)) {
    errors.push({
      field: f('level'),
      message: `The level "${c.level}" is lower than the answers allow: ${lowest.because} means at least "${lowest.level}".`,
      fix: `Choose "${lowest.level}" or higher, or correct the answers above.`,
    });
  }
  if (rank(c.level) >= rank('medium') && !c.summary.trim()) {
    errors.push({
      field: f('summary'),
      message: `A ${c.level} risk needs a summary.`,
      fix: 'Write what was disclosed and what you did, in a sentence or two.',
    });
  }
  return errors;
}

/** Medium and above stay open (an active risk) until closed; none and low are recorded closed. */
export function isActiveLevel(level: RiskLevel): boolean {
  return rank(level) >= rank('medium');
}

export function isEscalatedLevel(level: RiskLevel): boolean {
  return level === 'high' || level === 'immediate';
}
