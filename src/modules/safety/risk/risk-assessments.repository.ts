import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { RiskLevel } from '../../../db/tables/risk.ts';

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
