import { RISK_CATEGORIES, type RiskCategory } from './rule.ts';
import { RISK_RULES } from './rules/index.ts';
import { EVERYDAY_IDIOMS, RISK_LEXICON } from './rules/lexicon.ts';

/** One built-in category as managers see it: what it covers and examples of what it catches. */
export interface BuiltInRiskCategory {
  category: Exclude<RiskCategory, 'scheme'>;
  label: string;
  rules: { id: string; catches: string; examples: string[] }[];
}

/**
 * The built-in rules and the lexicon safety net by category, read-only, so managers know what is
 * covered before adding their own phrases.
 */
export function builtInRiskLanguage(): BuiltInRiskCategory[] {
  const out: BuiltInRiskCategory[] = [];
  const categoryOf = (category: BuiltInRiskCategory['category']) => {
    let entry = out.find((c) => c.category === category);
    if (!entry) {
      entry = { category, label: RISK_CATEGORIES[category], rules: [] };
      out.push(entry);
    }
    return entry;
  };
  for (const rule of RISK_RULES)
    categoryOf(rule.category).rules.push({ id: rule.id, catches: rule.catches, examples: [...rule.examples] });
  for (const word of RISK_LEXICON) {
    categoryOf(word.category).rules.push({
      id: word.id,
      catches: `Safety net for phrasings no rule above knows: ${word.reason}, in a sentence about a person, unless the word is in one of ${EVERYDAY_IDIOMS.length} everyday idioms (such as "killing time" or "my phone died")`,
      examples: [...word.examples],
    });
  }
  return out;
}
