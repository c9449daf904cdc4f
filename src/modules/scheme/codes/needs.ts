/**
 * The needs and reasons a referral can name. SNOMED CT codes are given only where a concept
 * clearly matches; the others are local codes, mapped by the deployer if their systems need it.
 */
export interface CodedNeed {
  code: string;
  label: string;
  snomed: { code: string; display: string } | null;
}

export const NEEDS: readonly CodedNeed[] = [
  { code: 'loneliness', label: 'Loneliness and social isolation', snomed: null },
  { code: 'low-mood', label: 'Low mood', snomed: { code: '366979004', display: 'Depressed mood' } },
  { code: 'anxiety', label: 'Anxiety and stress', snomed: { code: '48694002', display: 'Anxiety' } },
  { code: 'housing', label: 'Housing problems', snomed: null },
  {
    code: 'homelessness',
    label: 'Homeless or at risk of homelessness',
    snomed: { code: '32911000', display: 'Homeless' },
  },
  { code: 'debt', label: 'Debt', snomed: null },
  { code: 'money-benefits', label: 'Money and benefits', snomed: null },
  {
    code: 'employment-education',
    label: 'Employment, volunteering and education',
    snomed: { code: '73438004', display: 'Unemployed' },
  },
  { code: 'physical-activity', label: 'Physical activity', snomed: null },
  { code: 'healthy-eating', label: 'Healthy eating and weight', snomed: null },
  { code: 'carer-support', label: 'Support as a carer', snomed: null },
  { code: 'bereavement', label: 'Bereavement', snomed: null },
  { code: 'long-term-condition', label: 'Living well with a long-term condition', snomed: null },
  { code: 'frequent-attendance', label: 'Frequent GP attendance', snomed: null },
  { code: 'relationships-family', label: 'Relationships and family', snomed: null },
  { code: 'digital-inclusion', label: 'Getting online (digital inclusion)', snomed: null },
  { code: 'substance-use', label: 'Alcohol or substance use', snomed: null },
  { code: 'food-insecurity', label: 'Not enough food', snomed: null },
  { code: 'other', label: 'Something else', snomed: null },
];

const BY_CODE = new Map(NEEDS.map((n) => [n.code, n]));

/** The coded need, or undefined when the code is not on the list. */
export function findNeed(code: string): CodedNeed | undefined {
  return BY_CODE.get(code);
}

/** The coded need for a SNOMED CT code, so GP systems can send either. */
export function findNeedBySnomed(code: string): CodedNeed | undefined {
  return NEEDS.find((n) => n.snomed?.code === code);
}
