import { sql } from 'kysely';
import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { schemeApi, type PathwayScheme, type RoleClient } from './pathway.ts';

/** Names the scheme's supervisor (or someone else) as a worker's clinical supervisor, through the settings API. */
export async function nameSupervisor(
  s: PathwayScheme,
  worker: RoleClient,
  supervisorId: string | null = s.supervisor.userId,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const response = await s.manager.request({
    method: 'PUT',
    url: `${schemeApi(s)}/workers/${worker.userId}`,
    payload: { hoursPerWeek: 37.5, languages: [], acceptingCases: true, supervisorId, ...extra },
  });
  if (response.statusCode !== 200)
    throw new Error(`naming the supervisor failed: ${response.statusCode} ${response.body}`);
}

/** A session row on a case, written directly: tests of feelings and debriefs need only its id. */
export async function caseSession(
  ctx: AppContext,
  s: PathwayScheme,
  caseId: string,
  byUserId: string,
): Promise<string> {
  return inSchemeTransaction(
    ctx.db,
    s.scheme.id,
    async (trx) =>
      (
        await trx
          .insertInto('case_sessions')
          .values({
            scheme_id: s.scheme.id,
            case_id: caseId,
            starts_at: ctx.now(),
            duration_minutes: 45,
            mode: 'face_to_face',
            attendance: 'attended',
            by_user_id: byUserId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
  );
}

/** Notifications sent in a scheme, oldest first. */
export async function notificationsIn(ctx: AppContext, schemeId: string) {
  return inSchemeTransaction(ctx.db, schemeId, (trx) =>
    trx
      .selectFrom('notifications')
      .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link'])
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  );
}

/** Row counts of the support tables in a scheme, to show a refused request wrote nothing. */
export async function supportRowCounts(ctx: AppContext, schemeId: string): Promise<Record<string, number>> {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const counts: Record<string, number> = {};
    for (const table of [
      'supervision_sessions',
      'supervision_actions',
      'debrief_requests',
      'session_wellbeing',
      'notifications',
      'audit_log',
    ] as const) {
      const { rows } = await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE scheme_id = ${schemeId}`.execute(trx);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    return counts;
  });
}
