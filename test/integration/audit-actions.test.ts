import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { searchAudit } from '../../src/modules/identity/audit/audit.repository.ts';
import { recordAudit } from '../../src/platform/audit.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

describe.each(testDatabaseTargets())('the list of actions the audit log holds on $name', (target) => {
  const env = useTestApp(target);

  it('adds an action when its first row is written, once, and only if that row commits; the application cannot edit it', async () => {
    const { ctx } = env();
    const family = `t${crypto.randomUUID().slice(0, 8)}`;
    const listed = async () =>
      (
        await sql<{
          action: string;
        }>`SELECT action FROM audit_actions WHERE action LIKE ${`${family}%`} ORDER BY action`.execute(ctx.db)
      ).rows.map((r) => r.action);
    expect(await listed()).toEqual([]);

    await recordAudit(ctx.db, null, { action: `${family}.sign-in`, recordType: 'user' });
    await recordAudit(ctx.db, null, { action: `${family}.sign-in`, recordType: 'user' });
    await ctx.db.transaction().execute(async (trx) => {
      await recordAudit(trx, null, { action: `${family}.sign-out`, recordType: 'user' });
      await recordAudit(trx, null, { action: `${family}.sign-out`, recordType: 'user' });
    });
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await recordAudit(trx, null, { action: `${family}.abandoned`, recordType: 'user' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    // Rows written by the owner (a restore, a data load) are noted too, many in one statement.
    await ctx.database.owner.query(
      `INSERT INTO audit_log (action, record_type, detail) SELECT '${family}.loaded', 'user', '{}' FROM generate_series(1, 3)`,
    );
    expect(await listed()).toEqual([`${family}.loaded`, `${family}.sign-in`, `${family}.sign-out`]);

    const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(ctx.db);
    expect(rows[0]!.role).toBe('linkwork_app');
    await expect(
      sql`INSERT INTO audit_actions (action) VALUES (${`${family}.forged`})`.execute(ctx.db),
    ).rejects.toThrow(/permission denied/);
    await expect(sql`DELETE FROM audit_actions WHERE action = ${`${family}.sign-in`}`.execute(ctx.db)).rejects.toThrow(
      /permission denied/,
    );

    // The search by an action's start finds the new actions' rows, newest first.
    expect((await searchAudit(ctx.db, { action: `${family}.` }, 50, null)).map((r) => r.action)).toEqual([
      ...Array(3).fill(`${family}.loaded`),
      `${family}.sign-out`,
      `${family}.sign-out`,
      `${family}.sign-in`,
      `${family}.sign-in`,
    ]);
    expect(await searchAudit(ctx.db, { action: `${family}.abandoned.` }, 50, null)).toEqual([]);
  });
});
