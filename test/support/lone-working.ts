import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';

/** Sets a scheme's lone-working grace and escalation minutes directly (the safety settings API is tested on its own). */
export async function setLoneWorkingMinutes(
  ctx: AppContext,
  schemeId: string,
  graceMinutes: number,
  escalationMinutes: number,
): Promise<void> {
  await ctx.database.owner.query(
    `INSERT INTO scheme_policies (scheme_id, lone_working_grace_minutes, lone_working_escalation_minutes) VALUES ($1, $2, $3)
     ON CONFLICT (scheme_id) DO UPDATE SET lone_working_grace_minutes = $2, lone_working_escalation_minutes = $3`,
    [schemeId, graceMinutes, escalationMinutes],
  );
}

/** Sets how many minutes before a visit's planned start its worker may check in (the safety settings API is tested on its own). */
export async function setCheckInWindow(ctx: AppContext, schemeId: string, minutes: number): Promise<void> {
  await ctx.database.owner.query(
    `INSERT INTO scheme_policies (scheme_id, lone_working_checkin_window_minutes) VALUES ($1, $2)
     ON CONFLICT (scheme_id) DO UPDATE SET lone_working_checkin_window_minutes = $2`,
    [schemeId, minutes],
  );
}

/**
 * Names the worker's clinical supervisor and the scheme's safeguarding lead, so tests can show who
 * each alert reaches: without them, alerts only ever go to the buddy and the managers.
 */
export async function nameSafetyContacts(
  ctx: AppContext,
  schemeId: string,
  c: { workerId: string; supervisorId: string; safeguardingLeadId: string },
): Promise<void> {
  await ctx.database.owner.query(
    `INSERT INTO worker_profiles (scheme_id, user_id, supervisor_id) VALUES ($1, $2, $3)
     ON CONFLICT (scheme_id, user_id) DO UPDATE SET supervisor_id = $3`,
    [schemeId, c.workerId, c.supervisorId],
  );
  await ctx.database.owner.query(
    `INSERT INTO scheme_policies (scheme_id, safeguarding_lead_id) VALUES ($1, $2)
     ON CONFLICT (scheme_id) DO UPDATE SET safeguarding_lead_id = $2`,
    [schemeId, c.safeguardingLeadId],
  );
}

/** The notifications about one visit, oldest first, read in the scheme's row-level-security context. */
export function visitNotifications(ctx: AppContext, schemeId: string, visitId: string) {
  return inSchemeTransaction(ctx.db, schemeId, (trx) =>
    trx
      .selectFrom('notifications')
      .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link'])
      .where('source_type', '=', 'lone_working_visit')
      .where('source_id', '=', visitId)
      .orderBy('created_at')
      .orderBy('kind')
      .execute(),
  );
}

/** Row counts of the lone-working tables for a scheme, to show a refused request wrote nothing. */
export function loneWorkingCounts(ctx: AppContext, schemeId: string) {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => ({
    visits: Number(
      (
        await trx
          .selectFrom('lone_working_visits')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    events: Number(
      (
        await trx
          .selectFrom('lone_working_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    audit: Number(
      (
        await trx
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('scheme_id', '=', schemeId)
          .executeTakeFirstOrThrow()
      ).n,
    ),
  }));
}
