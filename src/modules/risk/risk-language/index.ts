/**
 * The risk-language detector's front door: what other modules may call. The detector prompts the
 * structured risk check when a note contains risk language; it never judges the level of risk.
 */
export { detectRiskLanguage, describeMatch, type RiskLanguageMatch } from './detect.ts';
export { builtInRiskLanguage, type BuiltInRiskCategory } from './describe.ts';
export { phraseProblem, normalisePhrase } from './scheme-phrases.ts';
export { RISK_CATEGORIES, type RiskCategory } from './rule.ts';
