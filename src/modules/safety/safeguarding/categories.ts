/** Types of abuse and neglect in the Care Act 2014 statutory guidance (adults). */
export const ADULT_CATEGORIES = [
  { code: 'physical', label: 'Physical abuse' },
  { code: 'domestic', label: 'Domestic abuse' },
  { code: 'sexual', label: 'Sexual abuse' },
  { code: 'psychological', label: 'Psychological or emotional abuse' },
  { code: 'financial', label: 'Financial or material abuse' },
  { code: 'modern_slavery', label: 'Modern slavery' },
  { code: 'discriminatory', label: 'Discriminatory abuse' },
  { code: 'organisational', label: 'Organisational or institutional abuse' },
  { code: 'neglect', label: 'Neglect and acts of omission' },
  { code: 'self_neglect', label: 'Self-neglect' },
] as const;

/** Categories of abuse in Working Together to Safeguard Children, with exploitation and domestic abuse. */
export const CHILD_CATEGORIES = [
  { code: 'physical', label: 'Physical abuse' },
  { code: 'emotional', label: 'Emotional abuse' },
  { code: 'sexual', label: 'Sexual abuse' },
  { code: 'neglect', label: 'Neglect' },
  { code: 'sexual_exploitation', label: 'Child sexual exploitation' },
  { code: 'criminal_exploitation', label: 'Child criminal exploitation (including county lines)' },
  { code: 'domestic_abuse', label: 'Living with domestic abuse' },
] as const;

export function categoriesFor(subject: 'adult' | 'child'): readonly { code: string; label: string }[] {
  return subject === 'adult' ? ADULT_CATEGORIES : CHILD_CATEGORIES;
}
