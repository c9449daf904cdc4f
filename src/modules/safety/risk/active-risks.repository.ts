import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listActiveRisks(db: Db, caseId: string) {
  return db
    .selectFrom('risk_assessments')
    .select(['id', 'level', 'assessed_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .orderBy('assessed_at', 'desc')
    .execute();
}

/** Open risks of the given cases (the page's only): partial index on open risks by case. */
export function openRisksOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('risk_assessments')
    .select(['id', 'case_id', 'level', 'assessed_at'])
    .where('case_id', 'in', caseIds)
    .where('status', '=', 'open')
    .orderBy('assessed_at')
    .orderBy('id')
    .execute();
}

/** Open risks on any case of the given people: only cases with an active risk are in the index. */
export function openRisksOfPatients(db: Db, patientIds: string[]) {
  if (patientIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases as c')
    .innerJoin('risk_assessments as r', 'r.case_id', 'c.id')
    .select(['r.id', 'r.case_id', 'r.level', 'r.assessed_at', 'c.patient_id'])
    .where('c.patient_id', 'in', patientIds)
    .where('c.active_risk_rank', '>', 0)
    .where('r.status', '=', 'open')
    .orderBy('r.assessed_at')
    .orderBy('r.id')
    .execute();
}

/**
 * Keeps cases.active_risk_rank (the risk module's column on the case) equal to the highest open risk,
 * in the caller's transaction. The case's version is not changed: a risk is not an edit of the case.
 * Under READ COMMITTED each statement takes a new snapshot, so locking first makes the recount current.
 */
export async function refreshCaseRiskRank(db: Db, caseId: string): Promise<void> {
  // Lock the case first, so the update below (a new statement, a new snapshot) sees a risk another
  // transaction committed on the same case meanwhile: two changes at once cannot leave a stale rank.
  await db.selectFrom('cases').select('id').where('id', '=', caseId).forUpdate().execute();
  await db
    .updateTable('cases')
    .set((eb) => ({
      active_risk_rank: eb.fn.coalesce(
        eb
          .selectFrom('risk_assessments')
          .select(
            sql<number>`max(CASE level WHEN 'immediate' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)::smallint`.as(
              'rank',
            ),
          )
          .where('case_id', '=', caseId)
          .where('status', '=', 'open'),
        sql<number>`0::smallint`,
      ),
    }))
    .where('id', '=', caseId)
    .execute();
}
