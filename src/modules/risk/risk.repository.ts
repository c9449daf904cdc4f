import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RiskEventKind } from '../../db/tables/active-risk.ts';
import type { RiskActionStatus, RiskLevel } from '../../db/tables/risk.ts';

type Db = Kysely<DB> | Transaction<DB>;

const RISK_COLUMNS = [
  'risk_assessments.id',
  'risk_assessments.scheme_id',
  'risk_assessments.case_id',
  'risk_assessments.session_id',
  'risk_assessments.assessed_by',
  'risk_assessments.assessed_at',
  'risk_assessments.self_harm_thoughts',
  'risk_assessments.self_harm_plans',
  'risk_assessments.self_harm_means',
  'risk_assessments.self_harm_intent',
  'risk_assessments.protective_factors',
  'risk_assessments.harm_to_others',
  'risk_assessments.harm_to_others_detail',
  'risk_assessments.safeguarding_concern',
  'risk_assessments.level',
  'risk_assessments.summary',
  'risk_assessments.matched_phrases',
  'risk_assessments.escalation_note',
  'risk_assessments.status',
  'risk_assessments.closed_at',
  'risk_assessments.closed_by',
  'risk_assessments.closing_note',
  'risk_assessments.version',
  'risk_assessments.updated_at',
] as const;

export interface NewAssessment {
  schemeId: string;
  caseId: string;
  sessionId: string | null;
  assessedBy: string | null;
  at: Date;
  thoughts: boolean;
  plans: boolean;
  means: boolean;
  intent: boolean;
  protectiveFactors: string;
  harmToOthers: boolean;
  harmToOthersDetail: string;
  safeguardingConcern: boolean;
  level: RiskLevel;
  summary: string;
  matchedPhrases: string[];
  open: boolean;
}

export async function insertAssessment(db: Db, a: NewAssessment): Promise<string> {
  const row = await db
    .insertInto('risk_assessments')
    .values({
      scheme_id: a.schemeId,
      case_id: a.caseId,
      session_id: a.sessionId,
      assessed_by: a.assessedBy,
      assessed_at: a.at,
      self_harm_thoughts: a.thoughts,
      self_harm_plans: a.plans,
      self_harm_means: a.means,
      self_harm_intent: a.intent,
      protective_factors: a.protectiveFactors,
      harm_to_others: a.harmToOthers,
      harm_to_others_detail: a.harmToOthersDetail,
      safeguarding_concern: a.safeguardingConcern,
      level: a.level,
      summary: a.summary,
      matched_phrases: a.matchedPhrases,
      status: a.open ? 'open' : 'closed',
      closed_at: a.open ? null : a.at,
      closed_by: a.open ? null : a.assessedBy,
      updated_at: a.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setEscalationNote(db: Db, id: string, note: string): Promise<void> {
  await db.updateTable('risk_assessments').set({ escalation_note: note }).where('id', '=', id).execute();
}

function risksWithNames(db: Db) {
  return db
    .selectFrom('risk_assessments')
    .leftJoin('users as assessor', 'assessor.id', 'risk_assessments.assessed_by')
    .leftJoin('users as closer', 'closer.id', 'risk_assessments.closed_by')
    .select([...RISK_COLUMNS, 'assessor.name as assessed_by_name', 'closer.name as closed_by_name']);
}

export function findRisk(db: Db, id: string) {
  return risksWithNames(db).where('risk_assessments.id', '=', id).executeTakeFirst();
}
export type RiskRow = NonNullable<Awaited<ReturnType<typeof findRisk>>>;

export function listCaseRisks(db: Db, caseId: string) {
  return risksWithNames(db)
    .where('risk_assessments.case_id', '=', caseId)
    .orderBy('risk_assessments.assessed_at', 'desc')
    .orderBy('risk_assessments.id')
    .execute();
}

export function listActiveRisks(db: Db, caseId: string) {
  return db
    .selectFrom('risk_assessments')
    .select(['id', 'level', 'assessed_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'open')
    .orderBy('assessed_at', 'desc')
    .execute();
}

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

export async function closeRisk(
  db: Db,
  id: string,
  version: number,
  note: string,
  by: string | null,
  at: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('risk_assessments')
    .set((eb) => ({
      status: 'closed',
      closed_at: at,
      closed_by: by,
      closing_note: note,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
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

/** The scheme's own risk phrases, added to the built-in detector (none when the scheme has no policies row yet). */
export async function schemeRiskPhrases(db: Db, schemeId: string): Promise<string[]> {
  const row = await db
    .selectFrom('scheme_policies')
    .select('added_risk_phrases')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  return row?.added_risk_phrases ?? [];
}

export async function crisisContactsOf(
  db: Db,
  schemeId: string,
): Promise<{ name: string; phone: string; when: string }[]> {
  const row = await db
    .selectFrom('scheme_policies')
    .select('crisis_contacts')
    .where('scheme_id', '=', schemeId)
    .executeTakeFirst();
  const raw: unknown = row?.crisis_contacts;
  const list = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(list)
    ? list.filter(
        (c): c is { name: string; phone: string; when: string } =>
          typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string',
      )
    : [];
}

/** Who was notified about a risk, and when (from the notification rows). */
export function listNotified(db: Db, riskId: string) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.recipient_id')
    .select(['users.name', 'notifications.created_at as at'])
    .where('notifications.source_type', '=', 'risk')
    .where('notifications.source_id', '=', riskId)
    .orderBy('notifications.created_at')
    .orderBy('users.name')
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

export interface NewRiskEvent {
  schemeId: string;
  caseId: string;
  riskId: string;
  actionId?: string | null;
  kind: RiskEventKind;
  level: RiskLevel;
  subject?: string;
  note?: string;
  byUserId: string | null;
  at: Date;
}

export async function insertRiskEvent(db: Db, e: NewRiskEvent): Promise<void> {
  await db
    .insertInto('risk_events')
    .values({
      scheme_id: e.schemeId,
      case_id: e.caseId,
      risk_id: e.riskId,
      action_id: e.actionId ?? null,
      kind: e.kind,
      level: e.level,
      subject: e.subject ?? '',
      note: e.note ?? '',
      by_user_id: e.byUserId,
      at: e.at,
    })
    .execute();
}

/** A case's risk events, oldest first, for its timeline. */
export function listRiskEvents(db: Db, caseId: string) {
  return db
    .selectFrom('risk_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select([
      'e.id',
      'e.risk_id',
      'e.action_id',
      'e.kind',
      'e.level',
      'e.subject',
      'e.note',
      'e.at',
      'u.name as by_name',
    ])
    .where('e.case_id', '=', caseId)
    .orderBy('e.at')
    .orderBy('e.seq')
    .execute();
}
export type RiskEventRow = Awaited<ReturnType<typeof listRiskEvents>>[number];

/** The names of the people with these ids, in the order given (who was told about a risk). */
export async function namesOf(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => typeof n === 'string');
}

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
