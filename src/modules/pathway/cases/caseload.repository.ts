import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * A worker's caseload page in one query: each case with its person, session counts, last
 * session and task counts (correlated subqueries on indexed columns, no per-row round trips).
 */
export function listCaseload(
  db: Db,
  schemeId: string,
  workerId: string,
  closed: boolean,
  after: { at: Date; id: string } | null,
  limit: number,
  today: string,
  byRisk: CaseloadRiskOrder = {},
) {
  let query = db
    .selectFrom('cases as c')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select([
      'c.id',
      'c.status',
      'c.allocated_at',
      'c.first_contact_at',
      'c.extra_weeks',
      'c.extra_sessions',
      'c.letter_sent_at',
      'c.active_risk_rank',
      'p.id as patient_id',
      'p.given_name',
      'p.family_name',
      'p.date_of_birth',
      'p.preferred_language',
    ])
    .select((eb) => [
      eb
        .selectFrom('case_sessions as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.case_id', '=', 'c.id')
        .where('s.attendance', '=', 'attended')
        .as('sessions_held'),
      eb
        .selectFrom('case_sessions as s')
        .select((sb) => sb.fn.max('s.starts_at').as('m'))
        .whereRef('s.case_id', '=', 'c.id')
        .where('s.attendance', '=', 'attended')
        .as('last_session_at'),
      eb
        .selectFrom('case_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.case_id', '=', 'c.id')
        .where('t.done_at', 'is', null)
        .as('open_tasks'),
      eb
        .selectFrom('case_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.case_id', '=', 'c.id')
        .where('t.done_at', 'is', null)
        .where('t.due_on', '<', today)
        .as('overdue_tasks'),
      eb
        .selectFrom('contact_attempts as a')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('a.case_id', '=', 'c.id')
        .as('contact_attempts'),
    ])
    .where('c.scheme_id', '=', schemeId)
    .where('c.worker_id', '=', workerId);
  query = closed ? query.where('c.status', '=', 'closed') : query.where('c.status', 'in', ['contacting', 'active']);
  if (byRisk.atLeast !== undefined) query = query.where('c.active_risk_rank', '>=', byRisk.atLeast);
  if (byRisk.sort) {
    const from = byRisk.sort.after;
    if (from) {
      query = query.where((eb) =>
        eb.or([
          eb('c.active_risk_rank', '<', from.rank),
          eb.and([
            eb('c.active_risk_rank', '=', from.rank),
            eb(eb.refTuple('c.allocated_at', 'c.id'), '>', eb.tuple(from.at, from.id)),
          ]),
        ]),
      );
    }
    return query
      .orderBy('c.active_risk_rank', 'desc')
      .orderBy('c.allocated_at')
      .orderBy('c.id')
      .limit(limit + 1)
      .execute();
  }
  if (after) query = query.where((eb) => eb(eb.refTuple('c.allocated_at', 'c.id'), '>', eb.tuple(after.at, after.id)));
  return query
    .orderBy('c.allocated_at')
    .orderBy('c.id')
    .limit(limit + 1)
    .execute();
}

/**
 * Risk on a caseload (cases.active_risk_rank, kept by the risk module): "this rank or above" is an
 * index range, and sorting by it walks cases_open_risk_idx (rank descending, then allocation).
 */
export interface CaseloadRiskOrder {
  atLeast?: number;
  sort?: { after: { rank: number; at: Date; id: string } | null };
}

export function countClosedCases(db: Db, schemeId: string, workerId: string) {
  return db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('status', '=', 'closed')
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function countOpenCases(db: Db, schemeId: string, workerId: string) {
  return db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('scheme_id', '=', schemeId)
    .where('worker_id', '=', workerId)
    .where('status', 'in', ['contacting', 'active'])
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
