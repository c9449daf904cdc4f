import type { RiskRule } from '../rule.ts';
import { CHILD_SAFEGUARDING_RULES } from './child-safeguarding.ts';
import { DOMESTIC_ABUSE_RULES } from './domestic-abuse.ts';
import { EXPLOITATION_RULES } from './exploitation.ts';
import { HARM_TO_OTHERS_RULES } from './harm-to-others.ts';
import { SELF_HARM_RULES } from './self-harm.ts';
import { SELF_NEGLECT_RULES } from './self-neglect.ts';
import { SEXUAL_VIOLENCE_RULES } from './sexual-violence.ts';
import { SUICIDE_RULES } from './suicide.ts';

/** Every built-in rule, most urgent category first (the order matches are reported in). */
export const RISK_RULES: readonly RiskRule[] = [
  ...SUICIDE_RULES,
  ...SELF_HARM_RULES,
  ...HARM_TO_OTHERS_RULES,
  ...DOMESTIC_ABUSE_RULES,
  ...CHILD_SAFEGUARDING_RULES,
  ...SEXUAL_VIOLENCE_RULES,
  ...EXPLOITATION_RULES,
  ...SELF_NEGLECT_RULES,
];
