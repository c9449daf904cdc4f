import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { RiskActionStatus } from '../../../db/tables/risk.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewAction {
  kind: string;
  description: string;
  assigneeId: string;
  dueAt: Date;
  required: boolean;
}

/** Inserts a risk's actions; returns each one's id, deadline and whether it is required (to schedule its overdue check). */
export async function insertActions(
  db: Db,
  schemeId: string,
  riskId: string,
  actions: NewAction[],
  at: Date,
): Promise<{ id: string; due_at: Date; required: boolean }[]> {
  if (actions.length === 0) return [];
  return db
    .insertInto('risk_actions')
    .values(
      actions.map((a) => ({
        scheme_id: schemeId,
        risk_id: riskId,
        kind: a.kind,
        description: a.description,
        assignee_id: a.assigneeId,
        due_at: a.dueAt,
        required: a.required,
        created_at: at,
      })),
    )
    .returning(['id', 'due_at', 'required'])
    .execute();
}

function actionsWithNames(db: Db) {
  return db
    .selectFrom('risk_actions')
    .innerJoin('users as assignee', 'assignee.id', 'risk_actions.assignee_id')
    .leftJoin('users as resolver', 'resolver.id', 'risk_actions.resolved_by')
    .select([
      'risk_actions.id',
      'risk_actions.risk_id',
      'risk_actions.kind',
      'risk_actions.description',
      'risk_actions.assignee_id',
      'risk_actions.due_at',
      'risk_actions.required',
      'risk_actions.status',
      'risk_actions.outcome_note',
      'risk_actions.created_at',
      'risk_actions.resolved_at',
      'risk_actions.resolved_by',
      'assignee.name as assignee_name',
      'resolver.name as resolved_by_name',
    ]);
}

export function listActions(db: Db, riskIds: string[]) {
  if (riskIds.length === 0) return Promise.resolve([]);
  return actionsWithNames(db)
    .where('risk_actions.risk_id', 'in', riskIds)
    .orderBy('risk_actions.due_at')
    .orderBy('risk_actions.id')
    .execute();
}
export type RiskActionRow = Awaited<ReturnType<typeof listActions>>[number];

export function findAction(db: Db, id: string) {
  return actionsWithNames(db).where('risk_actions.id', '=', id).executeTakeFirst();
}

/**
 * One action with what its overdue alert needs (its risk, the case and the case's link worker), the
 * action's row locked so the deadline job and the sweep, or a resolution at the same moment, take turns.
 */
export function findActionForOverdueAlert(db: Db, id: string) {
  return db
    .selectFrom('risk_actions')
    .innerJoin('risk_assessments', 'risk_assessments.id', 'risk_actions.risk_id')
    .innerJoin('cases', 'cases.id', 'risk_assessments.case_id')
    .select([
      'risk_actions.id',
      'risk_actions.scheme_id',
      'risk_actions.risk_id',
      'risk_actions.kind',
      'risk_actions.description',
      'risk_actions.assignee_id',
      'risk_actions.due_at',
      'risk_actions.required',
      'risk_actions.status',
      'risk_actions.overdue_alerted_at',
      'risk_assessments.level',
      'risk_assessments.status as risk_status',
      'risk_assessments.case_id',
      'cases.worker_id',
    ])
    .where('risk_actions.id', '=', id)
    .forUpdate('risk_actions')
    .executeTakeFirst();
}

/** Records that an open action's overdue alert went; false when it had already gone or the action was resolved. */
export async function markOverdueAlerted(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('risk_actions')
    .set({ overdue_alerted_at: at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('overdue_alerted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Required actions of open risks past their deadline whose overdue alert has not gone, oldest first:
 * a partial index holds only open, required, unalerted actions, so the cost follows those.
 */
export function listOverdueUnalertedActions(db: Db, schemeId: string, now: Date) {
  return db
    .selectFrom('risk_actions')
    .innerJoin('risk_assessments', 'risk_assessments.id', 'risk_actions.risk_id')
    .select(['risk_actions.id'])
    .where('risk_actions.scheme_id', '=', schemeId)
    .where('risk_actions.status', '=', 'open')
    .where('risk_actions.required', '=', true)
    .where('risk_actions.overdue_alerted_at', 'is', null)
    .where('risk_actions.due_at', '<=', now)
    .where('risk_assessments.status', '=', 'open')
    .orderBy('risk_actions.due_at')
    .orderBy('risk_actions.id')
    .execute();
}

/** Resolves an open action; false when someone resolved it first. */
export async function resolveAction(
  db: Db,
  id: string,
  status: Exclude<RiskActionStatus, 'open'>,
  note: string,
  by: string | null,
  at: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('risk_actions')
    .set({ status, outcome_note: note, resolved_at: at, resolved_by: by })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open risk actions given to someone, soonest due first, with the person's name for their task list. */
export function listOpenActionsFor(db: Db, schemeId: string, userId: string, limit: number) {
  return db
    .selectFrom('risk_actions')
    .innerJoin('risk_assessments', 'risk_assessments.id', 'risk_actions.risk_id')
    .innerJoin('cases', 'cases.id', 'risk_assessments.case_id')
    .innerJoin('patients', 'patients.id', 'cases.patient_id')
    .select([
      'risk_actions.id',
      'risk_actions.risk_id',
      'risk_actions.description',
      'risk_actions.due_at',
      'risk_actions.required',
      'risk_assessments.level',
      'risk_assessments.case_id',
      'patients.given_name',
      'patients.family_name',
    ])
    .where('risk_actions.scheme_id', '=', schemeId)
    .where('risk_actions.assignee_id', '=', userId)
    .where('risk_actions.status', '=', 'open')
    .orderBy('risk_actions.due_at')
    .orderBy('risk_actions.id')
    .limit(limit)
    .execute();
}
