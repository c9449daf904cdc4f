import type { RiskLevel } from '../../api/risk.ts';
import type { Role } from '../../api/types.ts';

/** Who the team risk board is for (the server enforces it: a supervisor sees their supervisees' cases, a manager the scheme). */
export const RISK_BOARD_ROLES: readonly Role[] = ['supervisor', 'scheme_manager'];

export const LEVELS: { value: RiskLevel; text: string; hint: string }[] = [
  { value: 'none', text: 'None', hint: 'Nothing suggests a risk of harm now.' },
  { value: 'low', text: 'Low', hint: 'Some thoughts or worries, no plan or intent; protective factors in place.' },
  {
    value: 'medium',
    text: 'Medium',
    hint: 'A plan or intent, or a risk to others: stays open as an active risk with a review.',
  },
  {
    value: 'high',
    text: 'High',
    hint: 'Intent, a plan and the means: your supervisor and the safeguarding lead are told at once.',
  },
  {
    value: 'immediate',
    text: 'Immediate',
    hint: 'Someone is in danger now: call 999 or the crisis line before anything else.',
  },
];

export function levelText(level: RiskLevel): string {
  return LEVELS.find((l) => l.value === level)?.text ?? level;
}

export const FEELINGS = [
  { value: 'fine', text: 'Fine' },
  { value: 'affected', text: 'A bit affected' },
  { value: 'difficult', text: 'Difficult' },
  { value: 'distressing', text: 'Distressing' },
];
