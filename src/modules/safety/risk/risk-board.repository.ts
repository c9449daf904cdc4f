import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const RANK_SQL = sql<number>`CASE r.level WHEN 'immediate' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

/** Open risks in a board's scope: the scheme's, or those on a supervisor's supervisees' cases. */
function boardRisks(db: Db, schemeId: string, supervisorId: string | null) {
  let query = db
    .selectFrom('risk_assessments as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .where('r.scheme_id', '=', schemeId)
    .where('r.status', '=', 'open');
  if (supervisorId) {
    query = query
      .innerJoin('worker_profiles as wp', (j) =>
        j.onRef('wp.user_id', '=', 'c.worker_id').onRef('wp.scheme_id', '=', 'r.scheme_id'),
      )
      .where('wp.supervisor_id', '=', supervisorId);
  }
  return query;
}

export interface BoardPosition {
  overdue: boolean;
  rank: number;
  at: Date;
  id: string;
}

/**
 * A page of the team risk board: risks with an overdue open action first, then by level (highest
 * first), then oldest first, by keyset. Only open risks in scope are read (partial indexes on open
 * risks and open actions), so the cost follows the active risks, not the scheme's records.
 */
export function listBoardRisks(
  db: Db,
  schemeId: string,
  supervisorId: string | null,
  now: Date,
  after: BoardPosition | null,
  limit: number,
) {
  const inner = boardRisks(db, schemeId, supervisorId)
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .innerJoin('users as w', 'w.id', 'c.worker_id')
    .select([
      'r.id',
      'r.case_id',
      'r.level',
      'r.assessed_at',
      'c.worker_id',
      'w.name as worker_name',
      'p.id as patient_id',
      'p.given_name',
      'p.family_name',
    ])
    .select((eb) => [
      RANK_SQL.as('rank'),
      sql<number>`CASE WHEN ${eb
        .selectFrom('risk_actions as a')
        .select((ab) => ab.fn.min('a.due_at').as('d'))
        .whereRef('a.risk_id', '=', 'r.id')
        .where('a.status', '=', 'open')} < ${now} THEN 1 ELSE 0 END`.as('overdue'),
    ]);
  let query = db.selectFrom(inner.as('b')).selectAll();
  if (after) {
    const o = after.overdue ? 1 : 0;
    query = query.where((eb) =>
      eb.or([
        eb('b.overdue', '<', o),
        eb.and([
          eb('b.overdue', '=', o),
          eb.or([
            eb('b.rank', '<', after.rank),
            eb.and([
              eb('b.rank', '=', after.rank),
              eb(eb.refTuple('b.assessed_at', 'b.id'), '>', eb.tuple(after.at, after.id)),
            ]),
          ]),
        ]),
      ]),
    );
  }
  return query
    .orderBy('b.overdue', 'desc')
    .orderBy('b.rank', 'desc')
    .orderBy('b.assessed_at')
    .orderBy('b.id')
    .limit(limit + 1)
    .execute();
}
export type BoardRiskRow = Awaited<ReturnType<typeof listBoardRisks>>[number];

/** How many active risks the board's scope holds. */
export async function countBoardRisks(db: Db, schemeId: string, supervisorId: string | null): Promise<number> {
  const row = await boardRisks(db, schemeId, supervisorId)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
