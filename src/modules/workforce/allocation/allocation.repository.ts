import type { Kysely, Transaction } from 'kysely';
import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { yearAllocations } from './worker-loads.repository.ts';
import type { CapacityPolicy } from '../../scheme/scheme-settings/index.ts';
import { capacitySql } from './capacity.ts';
import type { RankKey } from './rank-candidates.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** One worker of the SQL ranking, with the key SQL ranked them by: an upper bound of their place. */
export interface RankedWorkerRow {
  user_id: string;
  name: string;
  hours_per_week: string | null;
  languages: string[] | null;
  accepting_cases: boolean | null;
  bound: RankKey;
}

/**
 * Where the SQL ranking reads each worker's allocations in the year: `counted`, the figure kept on their counts
 * row since the scheme's window (never more than the year's once the window is inside it, so the places it gives
 * are an upper bound: one narrow row per worker); or `year`, every worker's month and day counts from `yearAgo`.
 */
export type YearAllocationsSource = { kind: 'counted' } | { kind: 'year'; yearAgo: Date };

/** The first London day ('YYYY-MM-DD') the scheme's kept allocation figures count, or null before the first count. */
export async function readAllocationWindow(db: Db, schemeId: string): Promise<string | null> {
  const row = await db
    .selectFrom('worker_allocation_windows')
    .select('counted_from')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row?.counted_from ?? null;
}

/**
 * Moves the current scheme's window to the London day `from` and counts every worker's allocations from it again
 * (`recount_worker_allocations`, as the owner): the number of workers counted. Fails at once with 55P03
 * (`isLockNotAvailable`) while a case being written holds the window.
 */
export async function recountAllocations(db: Db, from: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT recount_worker_allocations(${from}::date) AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** A ranked worker as the shortlist weighs them, with the key SQL ordered them by (`name` the name it sorted). */
function rankedRow(
  r: Omit<RankedWorkerRow, 'bound'> & { suggested: boolean; score: number | string },
  name: string,
): RankedWorkerRow {
  return {
    user_id: r.user_id,
    name: r.name,
    hours_per_week: r.hours_per_week,
    languages: r.languages,
    accepting_cases: r.accepting_cases,
    bound: { userId: r.user_id, name, suggested: r.suggested, score: Number(r.score) },
  };
}

/**
 * The person's language as the SQL ranking weighs it: null when no language counts, the trimmed lower-case
 * name to match, or 'anyone' when SQL's lower() may not fold it as JavaScript does (letters beyond ASCII):
 * then every worker is given the language's points as an upper bound, and the checks settle it.
 */
export type LanguageBound = { match: string } | 'anyone' | null;

/**
 * A pattern finding one language among a worker's, joined by the unit separator, any case and spacing:
 * one regular expression per row is several times cheaper than unnesting each worker's list.
 */
function spokenPattern(language: string): string {
  return `\x1f\\s*${language.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\x1f`;
}

/** The scheme's active link workers: the people allocation may weigh. */
function activeWorkers(db: Db, schemeId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.onRef('p.user_id', '=', 'm.user_id').onRef('p.scheme_id', '=', 'm.scheme_id'),
    )
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', 'link_worker')
    .where('u.active', '=', true);
}

/** How many active link workers the scheme has (the shortlist says it is chosen from them). */
export async function countActiveWorkers(db: Db, schemeId: string): Promise<number> {
  const row = await activeWorkers(db, schemeId)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The next `limit` active link workers after `after`, in the ranking's order (`compareRank`) by what costs
 * one row per worker: taking cases, open cases against the safe caseload, the year's allocations against
 * the annual figure (`YearAllocationsSource`), spare places and language, as `capacityOf` and
 * `rankCandidates` weigh them. Each key is an upper bound of the worker's place: training can only lower a
 * worker (a gap blocks), and the kept allocation figure is never above the year's. The caller reads the exact
 * load and training for each batch only, evaluates it in full, and reads on only while an unread worker could
 * rank higher.
 */
export async function rankWorkersAfter(
  db: Db,
  o: {
    schemeId: string;
    capacity: CapacityPolicy;
    year: YearAllocationsSource;
    language: LanguageBound;
    after: RankKey | null;
    limit: number;
  },
): Promise<RankedWorkerRow[]> {
  const counted = activeWorkers(db, o.schemeId).leftJoin('worker_case_counts as c', (join) =>
    join.onRef('c.scheme_id', '=', 'm.scheme_id').onRef('c.worker_id', '=', 'm.user_id'),
  );
  const withYear =
    o.year.kind === 'counted'
      ? counted.select(sql<number>`coalesce(c.allocated_since, 0)::float8`.as('allocated'))
      : counted
          .leftJoin(yearAllocations(db, o.schemeId, o.year.yearAgo).as('y'), 'y.worker_id', 'm.user_id')
          .select(sql<number>`coalesce(y.allocated, 0)::float8`.as('allocated'));
  const base = withYear
    .select(['u.id as user_id', 'u.name', 'p.hours_per_week', 'p.languages', 'p.accepting_cases'])
    .select([
      sql<number>`coalesce(p.hours_per_week::float8, ${o.capacity.fullTimeHours}::float8)`.as('hours'),
      sql<number>`coalesce(c.open_cases, 0)::float8`.as('open_cases'),
      sql<boolean>`coalesce(p.accepting_cases, true)`.as('accepting'),
      (o.language === null || o.language === 'anyone'
        ? sql<boolean>`${o.language === 'anyone'}::boolean`
        : sql<boolean>`coalesce((chr(31) || lower(array_to_string(p.languages, chr(31))) || chr(31)) ~ ${spokenPattern(o.language.match)}, false)`
      ).as('language_match'),
    ]);
  const { spare, overCap } = capacitySql(o.capacity, {
    hoursPerWeek: sql`b.hours`,
    openCases: sql`b.open_cases`,
    allocatedThisYear: sql`b.allocated`,
  });
  const weighed = db
    .selectFrom(base.as('b'))
    .selectAll('b')
    .select([spare.as('spare'), overCap.as('over_cap')]);
  const keyed = db
    .selectFrom(weighed.as('w'))
    .selectAll('w')
    .select([
      sql<boolean>`(w.accepting AND NOT w.over_cap AND w.spare > 0)`.as('suggested'),
      sql<number>`(CASE WHEN NOT w.accepting THEN -1000 WHEN w.over_cap THEN -500 ELSE w.spare END + CASE WHEN w.language_match THEN 100 ELSE 0 END)`.as(
        'score',
      ),
    ]);
  let q = db
    .selectFrom(keyed.as('k'))
    .select(['k.user_id', 'k.name', 'k.hours_per_week', 'k.languages', 'k.accepting_cases', 'k.suggested', 'k.score']);
  if (o.after) {
    const a = o.after;
    q = q.where(
      sql<boolean>`(NOT k.suggested, -k.score, k.name COLLATE "C", k.user_id) > (${!a.suggested}::boolean, ${-a.score}::float8, ${a.name} COLLATE "C", ${a.userId}::uuid)`,
    );
  }
  const rows = await q
    .orderBy(sql`k.suggested DESC, k.score DESC, k.name COLLATE "C", k.user_id`)
    .limit(o.limit)
    .execute();
  return rows.map((r) => rankedRow(r, r.name));
}

/** A ranking key's place in the index order of the kept keys (`worker_case_counts.rank_order`), with `bonus` taken off. */
function keyOrder(key: RankKey, bonus: number): number {
  return (key.suggested ? -1e9 : 0) - (key.score - bonus);
}

/**
 * One run of the kept keys in ranking order after `after`, each worker's score raised by `bonus`: along
 * `worker_case_counts_rank_idx`, reading `limit` rows past the cursor.
 */
function keyRun(
  schemeId: string,
  o: { bonus: number; where: RawBuilder<boolean>; after: RankKey | null; limit: number },
) {
  const cursor = o.after
    ? sql<boolean>`(c.rank_order, c.rank_name COLLATE "C", c.worker_id) > (${keyOrder(o.after, o.bonus)}::float8, ${o.after.name} COLLATE "C", ${o.after.userId}::uuid)`
    : sql<boolean>`true`;
  return sql`(SELECT c.worker_id AS user_id, c.rank_name, c.rank_suggested, c.rank_score + ${o.bonus}::float8 AS score, c.rank_order - ${o.bonus}::float8 AS ord
    FROM worker_case_counts c
    WHERE c.scheme_id = ${schemeId} AND c.rankable AND ${o.where} AND ${cursor}
    ORDER BY c.rank_order, c.rank_name COLLATE "C", c.worker_id
    LIMIT ${o.limit})`;
}

/**
 * As `rankWorkersAfter`, from each worker's kept key (0038_worker_rank_keys.sql: taking cases, spare places from the
 * open cases and the allocations counted since the scheme's window, name, languages): the next `limit` workers
 * read along an index, whatever the size of the team. Use only while the window lies inside the year
 * (`YearAllocationsSource` `counted`), when each key is an upper bound of the worker's place. A language asked
 * for is weighed by two runs merged: its speakers (and anyone with a language SQL cannot fold) with its points,
 * and everyone else.
 */
export async function rankWorkersByKeyAfter(
  db: Db,
  o: { schemeId: string; language: LanguageBound; after: RankKey | null; limit: number },
): Promise<RankedWorkerRow[]> {
  const { schemeId, after, limit } = o;
  const runs =
    o.language === null || o.language === 'anyone'
      ? keyRun(schemeId, { bonus: o.language === null ? 0 : 100, where: sql<boolean>`true`, after, limit })
      : (() => {
          const keys = [o.language.match, '*'];
          return sql`${keyRun(schemeId, { bonus: 100, where: sql<boolean>`c.rank_languages && ${keys}::text[]`, after, limit })}
            UNION ALL ${keyRun(schemeId, { bonus: 0, where: sql<boolean>`NOT (c.rank_languages && ${keys}::text[])`, after, limit })}`;
        })();
  const rows = await db
    .selectFrom(
      sql<{
        user_id: string;
        rank_name: string;
        rank_suggested: boolean;
        score: number;
        ord: number;
      }>`(SELECT * FROM (${runs}) r ORDER BY r.ord, r.rank_name COLLATE "C", r.user_id LIMIT ${limit})`.as('k'),
    )
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .leftJoin('worker_profiles as p', (join) =>
      join.on('p.scheme_id', '=', schemeId).onRef('p.user_id', '=', 'k.user_id'),
    )
    .select([
      'k.user_id',
      'u.name',
      'k.rank_name',
      'k.rank_suggested as suggested',
      'k.score',
      'p.hours_per_week',
      'p.languages',
      'p.accepting_cases',
    ])
    .orderBy(sql`k.ord, k.rank_name COLLATE "C", k.user_id`)
    .execute();
  return rows.map((r) => rankedRow(r, r.rank_name));
}

/** Active link workers by id (allocating to one; the chosen worker kept on screen). */
export function listWorkersById(db: Db, schemeId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return activeWorkers(db, schemeId)
    .select(['u.id as user_id', 'u.name', 'p.hours_per_week', 'p.languages', 'p.accepting_cases'])
    .where('m.user_id', 'in', [...ids])
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Active link workers whose name holds `text`, any case, by name: at most `limit`. */
export function searchWorkersByName(db: Db, schemeId: string, text: string, limit: number) {
  const like = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return activeWorkers(db, schemeId)
    .select(['u.id as user_id', 'u.name', 'p.hours_per_week', 'p.languages', 'p.accepting_cases'])
    .where(sql<boolean>`u.name ILIKE ${like}`)
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(limit)
    .execute();
}
