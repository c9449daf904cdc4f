import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { RiskEventKind } from '../../../db/tables/active-risk.ts';
import type { RiskLevel } from '../../../db/tables/risk.ts';

type Db = Kysely<DB> | Transaction<DB>;

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
