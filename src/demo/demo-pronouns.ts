import type { Sex } from '../db/schema.ts';

export interface Pronouns {
  they: string;
  them: string;
  their: string;
  They: string;
}

/**
 * The pronouns for a demo person's recorded sex, so notes written about whichever case the seed picks
 * fit the person they are about; "they" when the record does not say. Sentences using these keep to
 * verbs that read the same for every pronoun ("said", "had", "agreed").
 */
export function pronounsFor(sex: Sex | null): Pronouns {
  if (sex === 'female') return { they: 'she', them: 'her', their: 'her', They: 'She' };
  if (sex === 'male') return { they: 'he', them: 'him', their: 'his', They: 'He' };
  return { they: 'they', them: 'them', their: 'their', They: 'They' };
}
