/** Updating what the case knows about the person: what matters to them, needs by domain, intervention level. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { fail } from '../../../../platform/errors.ts';
import type { DomainNeed, InterventionLevel } from '../../../../db/schema.ts';
import { findNeed } from '../../../scheme/codes/index.ts';
import type { CaseView } from '../cases.schemas.ts';
import { changeCase } from './change-case.ts';

/** "What matters to me", needs by domain and the intervention level. */
export function updateAbout(
  ctx: AppContext,
  {
    actor,
    scheme,
    id,
    input,
  }: InScheme & {
    id: string;
    input: {
      version: number;
      whatMatters: string;
      needsByDomain: DomainNeed[];
      interventionLevel: InterventionLevel | null;
    };
  },
): Promise<CaseView> {
  input.needsByDomain.forEach((n, i) => {
    if (!findNeed(n.domain))
      throw fail.field(
        `needsByDomain.${i}.domain`,
        `"${n.domain}" is not a need domain on the coded list.`,
        'Choose a domain from the list.',
      );
  });
  return changeCase(ctx, {
    actor,
    scheme,
    id,
    event: 'record-work',
    version: input.version,
    audit: { action: 'case.update-about' },
    work: async () => ({
      what_matters: input.whatMatters.trim(),
      needs_by_domain: JSON.stringify(input.needsByDomain.map((n) => ({ domain: n.domain, notes: n.notes.trim() }))),
      intervention_level: input.interventionLevel,
    }),
  });
}
