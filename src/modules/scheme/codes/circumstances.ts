/**
 * Circumstances a referrer says apply to the person. A scheme's exclusions are written against
 * these (e.g. an acute mental health crisis is for the crisis team, not social prescribing).
 */
export interface Circumstance {
  code: string;
  label: string;
  /** The alternative pathway suggested by default when a scheme excludes this circumstance. */
  defaultAlternative: string;
}

export const CIRCUMSTANCES: readonly Circumstance[] = [
  {
    code: 'mental-health-crisis',
    label: 'Acute mental health crisis or active suicidal plans',
    defaultAlternative: 'Crisis team: call NHS 111 and choose option 2 (24 hours), or 999 if life is at risk.',
  },
  {
    code: 'secondary-mental-health-care',
    label: 'Under a secondary mental health team',
    defaultAlternative: 'Talk to the care coordinator at the community mental health team.',
  },
  {
    code: 'specialist-debt-advice',
    label: 'Needs regulated, specialist debt advice',
    defaultAlternative: 'National Debtline (0808 808 4000) or the local Citizens Advice debt service.',
  },
  {
    code: 'safeguarding-emergency',
    label: 'Immediate safeguarding concern',
    defaultAlternative:
      'Make a safeguarding referral to the local authority now; call 999 if someone is in immediate danger.',
  },
  {
    code: 'homeless-tonight',
    label: 'Homeless tonight',
    defaultAlternative: 'Council housing options team (out-of-hours line) or Shelter helpline 0808 800 4444.',
  },
  {
    code: 'clinical-need',
    label: 'Needs a clinical assessment or treatment',
    defaultAlternative: 'Refer to the appropriate clinical service.',
  },
  {
    code: 'substance-dependence',
    label: 'Alcohol or drug dependence needing treatment',
    defaultAlternative: 'Local drug and alcohol treatment service (self-referral accepted).',
  },
];

const BY_CODE = new Map(CIRCUMSTANCES.map((c) => [c.code, c]));

export function findCircumstance(code: string): Circumstance | undefined {
  return BY_CODE.get(code);
}
