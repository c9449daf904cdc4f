import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RiskActionStatus, RiskLevel } from '../../db/tables/risk.ts';

type Db = Kysely<DB> | Transaction<DB>;

const RISK_COLUMNS = [
  'risk_assessments.id', 'risk_assessments.scheme_id', 'risk_assessments.case_id', 'risk_assessments.session_id', 'risk_assessments.assessed_by', 'risk_assessments.assessed_at',
  'risk_assessments.self_harm_thoughts', 'risk_assessments.self_harm_plans', 'risk_assessments.self_harm_means', 'risk_assessments.self_harm_intent',
  'risk_assessments.protective_factors', 'risk_assessments.harm_to_others', 'risk_assessments.harm_to_others_detail', 'risk_assessments.safeguarding_concern',
  'risk_assessments.level', 'risk_assessments.summary', 'risk_assessments.matched_phrases', 'risk_assessments.escalation_note', 'risk_assessments.status',
  'risk_assessments.closed_at', 'risk_assessments.closed_by', 'risk_assessments.closing_note', 'risk_assessments.version', 'risk_assessments.updated_at',
] as const;

export interface NewAssessment {
  schemeId: string; caseId: string; sessionId: string | null; assessedBy: string | null; at: Date;
  thoughts: boolean; plans: boolean; means: boolean; intent: boolean; protectiveFactors: string;
  harmToOthers: boolean; harmToOthersDetail: string; safeguardingConcern: boolean; level: RiskLevel; summary: string; matchedPhrases: string[]; open: boolean;
}

export async function insertAssessment(db: Db, a: NewAssessment): Promise<string> {
  const row = await db.insertInto('risk_assessments').values({
    scheme_id: a.schemeId, case_id: a.caseId, session_id: a.sessionId, assessed_by: a.assessedBy, assessed_at: a.at,
    self_harm_thoughts: a.thoughts, self_harm_plans: a.plans, self_harm_means: a.means, self_harm_intent: a.intent, protective_factors: a.protectiveFactors,
    harm_to_others: a.harmToOthers, harm_to_others_detail: a.harmToOthersDetail, safeguarding_concern: a.safeguardingConcern, level: a.level, summary: a.summary,
    matched_phrases: a.matchedPhrases, status: a.open ? 'open' : 'closed', closed_at: a.open ? null : a.at, closed_by: a.open ? null : a.assessedBy, updated_at: a.at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function setEscalationNote(db: Db, id: string, note: string): Promise<void> {
  await db.updateTable('risk_assessments').set({ escalation_note: note }).where('id', '=', id).execute();
}

function risksWithNames(db: Db) {
  return db.selectFrom('risk_assessments')
    .leftJoin('users as assessor', 'assessor.id', 'risk_assessments.assessed_by')
    .leftJoin('users as closer', 'closer.id', 'risk_assessments.closed_by')
    .select([...RISK_COLUMNS, 'assessor.name as assessed_by_name', 'closer.name as closed_by_name']);
}

export function findRisk(db: Db, id: string) {
  return risksWithNames(db).where('risk_assessments.id', '=', id).executeTakeFirst();
}
export type RiskRow = NonNullable<Awaited<ReturnType<typeof findRisk>>>;

export function listCaseRisks(db: Db, caseId: string) {
  return risksWithNames(db).where('risk_assessments.case_id', '=', caseId).orderBy('risk_assessments.assessed_at', 'desc').orderBy('risk_assessments.id').execute();
}

export function listActiveRisks(db: Db, caseId: string) {
  return db.selectFrom('risk_assessments').select(['id', 'level', 'assessed_at'])
    .where('case_id', '=', caseId).where('status', '=', 'open').orderBy('assessed_at', 'desc').execute();
}

export interface NewAction { kind: string; description: string; assigneeId: string; dueAt: Date; required: boolean }

export async function insertActions(db: Db, schemeId: string, riskId: string, actions: NewAction[], at: Date): Promise<void> {
  if (actions.length === 0) return;
  await db.insertInto('risk_actions').values(actions.map((a) => ({
    scheme_id: schemeId, risk_id: riskId, kind: a.kind, description: a.description, assignee_id: a.assigneeId, due_at: a.dueAt, required: a.required, created_at: at,
  }))).execute();
}

function actionsWithNames(db: Db) {
  return db.selectFrom('risk_actions')
    .innerJoin('users as assignee', 'assignee.id', 'risk_actions.assignee_id')
    .leftJoin('users as resolver', 'resolver.id', 'risk_actions.resolved_by')
    .select([
      'risk_actions.id', 'risk_actions.risk_id', 'risk_actions.kind', 'risk_actions.description', 'risk_actions.assignee_id', 'risk_actions.due_at', 'risk_actions.required',
      'risk_actions.status', 'risk_actions.outcome_note', 'risk_actions.created_at', 'risk_actions.resolved_at', 'risk_actions.resolved_by',
      'assignee.name as assignee_name', 'resolver.name as resolved_by_name',
    ]);
}

export function listActions(db: Db, riskIds: string[]) {
  if (riskIds.length === 0) return Promise.resolve([]);
  return actionsWithNames(db).where('risk_actions.risk_id', 'in', riskIds).orderBy('risk_actions.due_at').orderBy('risk_actions.id').execute();
}
export type RiskActionRow = Awaited<ReturnType<typeof listActions>>[number];

export function findAction(db: Db, id: string) {
  return actionsWithNames(db).where('risk_actions.id', '=', id).executeTakeFirst();
}

/** Resolves an open action; false when someone resolved it first. */
export async function resolveAction(db: Db, id: string, status: Exclude<RiskActionStatus, 'open'>, note: string, by: string | null, at: Date): Promise<boolean> {
  const r = await db.updateTable('risk_actions').set({ status, outcome_note: note, resolved_at: at, resolved_by: by })
    .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function closeRisk(db: Db, id: string, version: number, note: string, by: string | null, at: Date): Promise<boolean> {
  const r = await db.updateTable('risk_assessments')
    .set((eb) => ({ status: 'closed', closed_at: at, closed_by: by, closing_note: note, updated_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id).where('version', '=', version).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open risk actions given to someone, soonest due first, with the person's name for their task list. */
export function listOpenActionsFor(db: Db, schemeId: string, userId: string, limit: number) {
  return db.selectFrom('risk_actions')
    .innerJoin('risk_assessments', 'risk_assessments.id', 'risk_actions.risk_id')
    .innerJoin('cases', 'cases.id', 'risk_assessments.case_id')
    .innerJoin('patients', 'patients.id', 'cases.patient_id')
    .select(['risk_actions.id', 'risk_actions.risk_id', 'risk_actions.description', 'risk_actions.due_at', 'risk_actions.required', 'risk_assessments.level', 'risk_assessments.case_id', 'patients.given_name', 'patients.family_name'])
    .where('risk_actions.scheme_id', '=', schemeId).where('risk_actions.assignee_id', '=', userId).where('risk_actions.status', '=', 'open')
    .orderBy('risk_actions.due_at').orderBy('risk_actions.id').limit(limit).execute();
}

/** The scheme's own risk phrases, or null for the shipped default. */
export async function schemeRiskPhrases(db: Db, schemeId: string): Promise<string[] | null> {
  const row = await db.selectFrom('scheme_policies').select('risk_phrases').where('scheme_id', '=', schemeId).executeTakeFirst();
  return row?.risk_phrases ?? null;
}

export async function crisisContactsOf(db: Db, schemeId: string): Promise<{ name: string; phone: string; when: string }[]> {
  const row = await db.selectFrom('scheme_policies').select('crisis_contacts').where('scheme_id', '=', schemeId).executeTakeFirst();
  const raw: unknown = row?.crisis_contacts;
  const list = typeof raw === 'string' ? JSON.parse(raw) as unknown : raw;
  return Array.isArray(list) ? list.filter((c): c is { name: string; phone: string; when: string } => typeof c === 'object' && c !== null && typeof (c as { name?: unknown }).name === 'string') : [];
}

/** Who was notified about a risk, and when (from the notification rows). */
export function listNotified(db: Db, riskId: string) {
  return db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.recipient_id')
    .select(['users.name', 'notifications.created_at as at'])
    .where('notifications.source_type', '=', 'risk').where('notifications.source_id', '=', riskId)
    .orderBy('notifications.created_at').orderBy('users.name').execute();
}
