/** The kinds of risk the detector prompts about, in the words shown to workers and managers. */
export const RISK_CATEGORIES = {
  suicide: 'thoughts of suicide or of not wanting to live',
  'self-harm': 'self-harm',
  'harm-to-others': 'harm to other people',
  'domestic-abuse': 'domestic abuse or coercive control',
  'child-safeguarding': 'a child at risk',
  exploitation: 'exploitation, modern slavery or financial abuse',
  'self-neglect': 'self-neglect',
  'sexual-violence': 'sexual violence',
  scheme: "a phrase on the scheme's own list",
} as const;

export type RiskCategory = keyof typeof RISK_CATEGORIES;

/** The category keys, for schemas and lists. */
export const RISK_CATEGORY_KEYS = Object.keys(RISK_CATEGORIES) as RiskCategory[];

/**
 * One named rule. `patterns` are written in the language described in pattern.ts; `unless` are
 * patterns that, found in the same clause, mark an everyday idiom ("killing time") rather than risk.
 * `examples` must match and `traps` must not: the unit tests hold every rule to both.
 */
export interface RiskRule {
  id: string;
  category: Exclude<RiskCategory, 'scheme'>;
  /** What the rule catches, in plain English, shown to managers with the examples. */
  catches: string;
  patterns: readonly string[];
  unless?: readonly string[];
  examples: readonly string[];
  traps: readonly string[];
}
