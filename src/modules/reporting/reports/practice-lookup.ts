/**
 * What the practices report needs from outside the rollups, read per scheme as the application: the practices'
 * names, the practices the scheme serves, its weeks-without-referrals setting and its measures' names.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { listOrganisations } from '../../identity/organisations/index.ts';
import { measureNames, type MeasureNames } from '../../pathway/outcomes/index.ts';
import { loadPolicy } from '../../scheme/scheme-settings/index.ts';

export interface PracticeLookup {
  /** GP practices' names by ODS code. */
  names: Record<string, string>;
  /** The practices the scheme serves (its criteria); empty when it takes any practice. */
  served: string[];
  /** Weeks without a referral before a practice counts as stopped. */
  quietWeeks: number;
  measures: MeasureNames;
}

/** The scheme's practices and settings, inside its transaction. */
export async function practiceLookup(trx: Transaction<DB>, schemeId: string): Promise<PracticeLookup> {
  const [organisations, policy, measures] = await Promise.all([
    listOrganisations(trx, 'gp_practice'),
    loadPolicy(trx, schemeId),
    measureNames(trx, schemeId),
  ]);
  const names: Record<string, string> = {};
  for (const o of organisations) if (o.ods_code) names[o.ods_code] = o.name;
  return { names, served: policy.practices_served, quietWeeks: policy.practice_quiet_weeks, measures };
}

/** Several schemes' lookups as one (a commissioner's report): every name and served practice, the shortest setting. */
export function mergePracticeLookups(all: PracticeLookup[], mergeMeasures: (m: MeasureNames[]) => MeasureNames) {
  return {
    names: Object.assign({}, ...all.map((l) => l.names)) as Record<string, string>,
    served: [...new Set(all.flatMap((l) => l.served))],
    quietWeeks: Math.min(...all.map((l) => l.quietWeeks)),
    measures: mergeMeasures(all.map((l) => l.measures)),
  } satisfies PracticeLookup;
}
