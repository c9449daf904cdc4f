import { RISK_CATEGORIES, type RiskCategory } from './rule.ts';
import { RISK_RULES } from './rules/index.ts';

/** One built-in category as managers see it: what it covers and examples of what it catches. */
export interface BuiltInRiskCategory {
  category: Exclude<RiskCategory, 'scheme'>;
  label: string;
  rules: { id: string; catches: string; examples: string[] }[];
}

/** The built-in rules by category, read-only, so managers know what is covered before adding their own phrases. */
export function builtInRiskLanguage(): BuiltInRiskCategory[] {
  const out: BuiltInRiskCategory[] = [];
  for (const rule of RISK_RULES) {
    let entry = out.find((c) => c.category === rule.category);
    if (!entry) {
      entry = { category: rule.category, label: RISK_CATEGORIES[rule.category], rules: [] };
      out.push(entry);
    }
    entry.rules.push({ id: rule.id, catches: rule.catches, examples: [...rule.examples] });
  }
  return out;
}
