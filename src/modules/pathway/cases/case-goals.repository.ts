import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DB, GoalStatus } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listGoals(db: Db, caseId: string) {
  return db
    .selectFrom('case_goals')
    .select(['id', 'description', 'actions', 'status', 'progress', 'progress_note', 'updated_at', 'version'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

export async function insertGoal(
  db: Db,
  g: { schemeId: string; caseId: string; description: string; actions: string; at: Date },
): Promise<void> {
  await db
    .insertInto('case_goals')
    .values({
      scheme_id: g.schemeId,
      case_id: g.caseId,
      description: g.description,
      actions: g.actions,
      created_at: g.at,
      updated_at: g.at,
    })
    .execute();
}

export function findGoal(db: Db, id: string) {
  return db
    .selectFrom('case_goals')
    .select(['id', 'case_id', 'status', 'updated_at', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateGoal(
  db: Db,
  id: string,
  version: number,
  g: { description: string; actions: string; status: GoalStatus; progress: number | null; progressNote: string },
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable('case_goals')
    .set({
      description: g.description,
      actions: g.actions,
      status: g.status,
      progress: g.progress,
      progress_note: g.progressNote,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
