import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';

/** Sets a scheme's lone-working grace and escalation minutes directly (the safety settings API is tested on its own). */
export async function setLoneWorkingMinutes(ctx: AppContext, schemeId: string, graceMinutes: number, escalationMinutes: number): Promise<void> {
  await ctx.database.owner.query(
    `INSERT INTO scheme_policies (scheme_id, lone_working_grace_minutes, lone_working_escalation_minutes) VALUES ($1, $2, $3)
     ON CONFLICT (scheme_id) DO UPDATE SET lone_working_grace_minutes = $2, lone_working_escalation_minutes = $3`,
    [schemeId, graceMinutes, escalationMinutes],
  );
}

/** The notifications about one visit, oldest first, read in the scheme's row-level-security context. */
export function visitNotifications(ctx: AppContext, schemeId: string, visitId: string) {
  return inSchemeTransaction(ctx.db, schemeId, (trx) => trx.selectFrom('notifications')
    .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link'])
    .where('source_type', '=', 'lone_working_visit').where('source_id', '=', visitId)
    .orderBy('created_at').orderBy('kind').execute());
}

/** Row counts of the lone-working tables for a scheme, to show a refused request wrote nothing. */
export function loneWorkingCounts(ctx: AppContext, schemeId: string) {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => ({
    visits: Number((await trx.selectFrom('lone_working_visits').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    events: Number((await trx.selectFrom('lone_working_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    audit: Number((await trx.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('scheme_id', '=', schemeId).executeTakeFirstOrThrow()).n),
  }));
}
