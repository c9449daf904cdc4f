/**
 * What makes a case need particular training. Referrals carry these codes (referrals.complexity_flags);
 * which courses a flag needs is the scheme's catalogue (training_courses.covers_flags), so a scheme
 * can change the mapping without a release.
 */
export const COMPLEXITY_FLAGS = [
  {
    code: 'mental_health',
    label: 'Significant mental health needs',
    hint: 'For example self-harm, suicidal thoughts or severe anxiety or depression.',
  },
  { code: 'safeguarding', label: 'Safeguarding (adult)', hint: 'An adult at risk of abuse or neglect.' },
  {
    code: 'children_safeguarding',
    label: 'Safeguarding (children involved)',
    hint: 'Children in the household may be at risk.',
  },
  {
    code: 'domestic_abuse',
    label: 'Domestic abuse',
    hint: 'The person is experiencing or has recently left domestic abuse.',
  },
] as const;

export type ComplexityFlag = (typeof COMPLEXITY_FLAGS)[number]['code'];

export const COMPLEXITY_CODES: readonly string[] = COMPLEXITY_FLAGS.map((f) => f.code);

/** The words for a flag code; an unknown code (from an older release) is shown as it is. */
export function complexityLabel(code: string): string {
  return COMPLEXITY_FLAGS.find((f) => f.code === code)?.label ?? code;
}

export function isComplexityFlag(code: string): code is ComplexityFlag {
  return COMPLEXITY_CODES.includes(code);
}
