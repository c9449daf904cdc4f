import { describe, expect, it } from 'vitest';
import { detectRiskLanguage, detectWithRules } from './detect.ts';
import { RISK_RULES } from './rules/index.ts';

describe('each built-in risk-language rule', () => {
  it('has a unique id, a plain-English description, examples and traps', () => {
    expect(new Set(RISK_RULES.map((r) => r.id)).size).toBe(RISK_RULES.length);
    for (const rule of RISK_RULES) {
      expect(rule.catches.length, rule.id).toBeGreaterThan(10);
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.traps.length, rule.id).toBeGreaterThan(0);
    }
  });

  describe.each(RISK_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples.map((e) => [e]))('catches "%s"', (example) => {
      expect(detectWithRules([rule], example).map((m) => m.rule)).toContain(rule.id);
    });
    it.each(rule.traps.map((t) => [t]))('stays quiet on the everyday "%s"', (trap) => {
      expect(detectRiskLanguage(trap)).toEqual([]);
    });
  });
});
