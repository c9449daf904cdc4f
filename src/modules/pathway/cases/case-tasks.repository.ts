import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

const TASK_COLUMNS = [
  't.id',
  't.case_id',
  't.description',
  't.due_on',
  't.done_at',
  't.assignee_id',
  'a.name as assignee_name',
  'p.given_name',
  'p.family_name',
] as const;

export function listTasks(db: Db, caseId: string) {
  return db
    .selectFrom('case_tasks as t')
    .innerJoin('users as a', 'a.id', 't.assignee_id')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(TASK_COLUMNS)
    .where('t.case_id', '=', caseId)
    .orderBy('t.done_at', (ob) => ob.nullsFirst())
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

/** A person's open tasks, soonest due first, by keyset on (due date, id); optionally only on cases with an active risk of this rank or above. */
export function listOpenTasksFor(
  db: Db,
  schemeId: string,
  userId: string,
  after: { dueOn: string; id: string } | null,
  limit: number,
  riskAtLeast?: number,
) {
  let query = db
    .selectFrom('case_tasks as t')
    .innerJoin('users as a', 'a.id', 't.assignee_id')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('patients as p', 'p.id', 'c.patient_id')
    .select(TASK_COLUMNS)
    .where('t.scheme_id', '=', schemeId)
    .where('t.assignee_id', '=', userId)
    .where('t.done_at', 'is', null)
    .where('c.status', '<>', 'closed');
  if (riskAtLeast !== undefined) query = query.where('c.active_risk_rank', '>=', riskAtLeast);
  if (after) query = query.where((eb) => eb(eb.refTuple('t.due_on', 't.id'), '>', eb.tuple(after.dueOn, after.id)));
  return query
    .orderBy('t.due_on')
    .orderBy('t.id')
    .limit(limit + 1)
    .execute();
}

export async function insertTask(
  db: Db,
  t: {
    schemeId: string;
    caseId: string;
    assigneeId: string;
    description: string;
    dueOn: string;
    createdBy: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_tasks')
    .values({
      scheme_id: t.schemeId,
      case_id: t.caseId,
      assignee_id: t.assigneeId,
      description: t.description,
      due_on: t.dueOn,
      created_by: t.createdBy,
      created_at: t.at,
    })
    .execute();
}

export function findTask(db: Db, id: string) {
  return db
    .selectFrom('case_tasks')
    .select(['id', 'case_id', 'assignee_id', 'done_at', 'description'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function completeTask(db: Db, id: string, userId: string | null, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('case_tasks')
    .set({ done_at: at, done_by: userId })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
