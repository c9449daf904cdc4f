/**
 * The equity report's reads: its rollup (0046) through the shared reader, so the months, practice, need and worker
 * filters and a supervisor's reach apply as in every report; and, for the lookup, the registered lists of the
 * practices a scheme serves or was referred from.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { EquityDimension } from '../../../db/tables/report-equity.ts';
import { practicesServed, readPracticePopulations } from '../practice-lists/index.ts';
import type { ReportFilters } from './report-filters.ts';
import { summed } from './rollups.repository.ts';
import { summaryValues } from './summaries.ts';

type Db = Kysely<DB> | Transaction<DB>;

const SUMS = [
  sql<string>`sum(referrals)`.as('referrals'),
  sql<string>`sum(engaged)`.as('engaged'),
  sql<string>`sum(paired)`.as('paired'),
  sql<string>`sum(improved)`.as('improved'),
];

/** One group's counts, of one practice or (practice null) of every practice in the filters. */
export interface EquitySumRow {
  practice: string | null;
  dimension: EquityDimension;
  group: string;
  referrals: string;
  engaged: string;
  paired: string;
  improved: string;
}

/**
 * Referrals, engaged, paired and improved over the range and filters: by dimension and group for every practice in
 * the filters together (`all`), and by age band and sex for each of the `listed` practices alone (those with a
 * registered list to compare with). Each read keeps only the columns it groups by, so forty schemes' years stay
 * small.
 */
export async function equitySums(
  db: Db,
  schemeIds: readonly string[],
  f: ReportFilters,
  listed: readonly string[],
): Promise<{ all: EquitySumRow[]; listed: EquitySumRow[] }> {
  const [all, perPractice] = await Promise.all([
    summed(db, 'report_equity', schemeIds, f, { uses: ['dimension', 'group_key'] })
      .select([
        sql<null>`null`.as('practice'),
        sql.ref<EquityDimension>('dimension').as('dimension'),
        sql.ref<string>('group_key').as('group'),
        ...SUMS,
      ])
      .groupBy(['dimension', 'group_key'])
      .execute() as Promise<EquitySumRow[]>,
    listed.length === 0
      ? Promise.resolve([])
      : (summed(db, 'report_equity', schemeIds, f, { uses: ['practice_ods_code', 'dimension', 'group_key'] })
          .where('practice_ods_code', 'in', listed)
          .where('dimension', 'in', ['age', 'sex'])
          .select([
            sql.ref<string | null>('practice_ods_code').as('practice'),
            sql.ref<EquityDimension>('dimension').as('dimension'),
            sql.ref<string>('group_key').as('group'),
            ...SUMS,
          ])
          .groupBy(['practice_ods_code', 'dimension', 'group_key'])
          .execute() as Promise<EquitySumRow[]>),
  ]);
  return { all, listed: perPractice };
}

/** A practice's registered patients of one sex in one five-year band. */
export interface PopulationBand {
  practice: string;
  sex: 'male' | 'female';
  ageBand: string;
  patients: number;
}

/** What the equity tables need from outside the rollups: the practices' lists and the ages the scheme takes. */
export interface EquityLookup {
  /** The practices the scheme serves or was referred from. */
  practices: string[];
  /** Those with an imported list, and the extract each was read from. */
  lists: { practice: string; extractDate: string }[];
  bands: PopulationBand[];
  /** The ages the scheme accepts (its policy), to compare with the part of a practice's list it could reach. */
  minAge: number;
  maxAge: number | null;
}

/** Reads one scheme's lookup, as the application, inside its transaction. */
export async function equityLookup(trx: Transaction<DB>, schemeId: string): Promise<EquityLookup> {
  const [served, referring, policy] = await Promise.all([
    practicesServed(trx, schemeId),
    // The practices its referrals came from, each once (any dimension counts every referral: sex will do).
    summaryValues(trx, 'equity', 'practice_ods_code', schemeId, { dimension: 'sex' }),
    trx
      .selectFrom('scheme_policies')
      .select(['min_age', 'max_age'])
      .where('scheme_id', '=', schemeId)
      .executeTakeFirst(),
  ]);
  const practices = [...new Set([...served, ...referring])].sort();
  const { lists, bands } = await readPracticePopulations(trx, practices);
  return {
    practices,
    lists: lists.map((l) => ({ practice: l.practice_ods_code, extractDate: l.extract_date })),
    bands: bands.map((b) => ({ practice: b.practice_ods_code, sex: b.sex, ageBand: b.age_band, patients: b.patients })),
    minAge: policy?.min_age ?? 0,
    maxAge: policy?.max_age ?? null,
  };
}

/** Several schemes' lookups as one (a commissioner's report): every practice once, the widest ages. */
export function mergeEquityLookups(all: EquityLookup[]): EquityLookup {
  const lists = new Map(all.flatMap((l) => l.lists.map((x) => [x.practice, x] as const)));
  const seen = new Set<string>();
  const bands = all
    .flatMap((l) => l.bands)
    .filter((b) => {
      const key = `${b.practice}|${b.sex}|${b.ageBand}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const maxAges = all.map((l) => l.maxAge);
  return {
    practices: [...new Set(all.flatMap((l) => l.practices))].sort(),
    lists: [...lists.values()],
    bands,
    minAge: all.length ? Math.min(...all.map((l) => l.minAge)) : 0,
    maxAge: maxAges.length && maxAges.every((m) => m !== null) ? Math.max(...(maxAges as number[])) : null,
  };
}
