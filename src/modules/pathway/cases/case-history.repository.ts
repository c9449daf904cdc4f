import type { Kysely, Transaction } from 'kysely';
import type { Attendance, ContactChannel, ContactOutcome, DB, RiskConcern, SessionMode } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listContactAttempts(db: Db, caseId: string) {
  return db
    .selectFrom('contact_attempts as a')
    .leftJoin('users as u', 'u.id', 'a.by_user_id')
    .select(['a.id', 'a.at', 'a.channel', 'a.outcome', 'a.notes', 'u.name as by_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.at')
    .orderBy('a.created_at')
    .execute();
}

export async function insertContactAttempt(
  db: Db,
  a: {
    schemeId: string;
    caseId: string;
    at: Date;
    channel: ContactChannel;
    outcome: ContactOutcome;
    notes: string;
    byUserId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('contact_attempts')
    .values({
      scheme_id: a.schemeId,
      case_id: a.caseId,
      at: a.at,
      channel: a.channel,
      outcome: a.outcome,
      notes: a.notes,
      by_user_id: a.byUserId,
    })
    .execute();
}

export function listSessions(db: Db, caseId: string) {
  return db
    .selectFrom('case_sessions as s')
    .leftJoin('users as u', 'u.id', 's.by_user_id')
    .select([
      's.id',
      's.starts_at',
      's.duration_minutes',
      's.mode',
      's.place',
      's.attendance',
      's.notes',
      's.risk_concern',
      'u.name as by_name',
    ])
    .where('s.case_id', '=', caseId)
    .orderBy('s.starts_at')
    .execute();
}

export async function insertSession(
  db: Db,
  s: {
    schemeId: string;
    caseId: string;
    startsAt: Date;
    durationMinutes: number;
    mode: SessionMode;
    place: string;
    attendance: Attendance;
    notes: string;
    byUserId: string | null;
    riskConcern: RiskConcern | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('case_sessions')
    .values({
      scheme_id: s.schemeId,
      case_id: s.caseId,
      starts_at: s.startsAt,
      duration_minutes: s.durationMinutes,
      mode: s.mode,
      place: s.place,
      attendance: s.attendance,
      notes: s.notes,
      by_user_id: s.byUserId,
      risk_concern: s.riskConcern,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listExtensions(db: Db, caseId: string) {
  return db
    .selectFrom('case_extensions as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.at', 'e.extra_weeks', 'e.extra_sessions', 'e.reason', 'u.name as by_name'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.at')
    .execute();
}

export async function insertExtension(
  db: Db,
  e: {
    schemeId: string;
    caseId: string;
    extraWeeks: number;
    extraSessions: number;
    reason: string;
    byUserId: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('case_extensions')
    .values({
      scheme_id: e.schemeId,
      case_id: e.caseId,
      extra_weeks: e.extraWeeks,
      extra_sessions: e.extraSessions,
      reason: e.reason,
      by_user_id: e.byUserId,
      at: e.at,
    })
    .execute();
}
