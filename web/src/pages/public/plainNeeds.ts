import type { NeedCode } from '../../api/codes.ts';

/** Needs in the words someone asking for help for themselves would use. */
const PLAIN: Record<string, string> = {
  loneliness: 'Feeling lonely or cut off from people',
  'low-mood': 'Feeling low',
  anxiety: 'Feeling anxious or stressed',
  housing: 'Problems with where I live',
  homelessness: 'I have nowhere to live, or I might lose my home',
  debt: 'Debt',
  'money-benefits': 'Money and benefits',
  'employment-education': 'Work, volunteering or learning',
  'physical-activity': 'Being more active',
  'healthy-eating': 'Eating well and my weight',
  'carer-support': 'Looking after someone (being a carer)',
  bereavement: 'Someone close to me has died',
  'long-term-condition': 'Living with a long-term health condition',
  'relationships-family': 'Relationships and family',
  'digital-inclusion': 'Getting online',
  'substance-use': 'Alcohol or drugs',
  'food-insecurity': 'Not having enough food',
  other: 'Something else',
};

/** Needs only a professional would name, left off the public form. */
const PROFESSIONAL_ONLY = new Set(['frequent-attendance']);

/** The needs to offer on the public form, with plain labels, in the coded list's order. */
export function plainNeedOptions(needs: readonly NeedCode[]): { value: string; text: string }[] {
  return needs
    .filter((n) => !PROFESSIONAL_ONLY.has(n.code))
    .map((n) => ({ value: n.code, text: PLAIN[n.code] ?? n.label }));
}
