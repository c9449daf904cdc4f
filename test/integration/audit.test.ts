import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme, buildUser, signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('audit log on $name', (target) => {
  const env = useTestApp(target);
  const system = { kind: 'system', description: 'test', requestId: 'audit-test' } as const;

  it('refuses UPDATE, DELETE and TRUNCATE, for the application and for the database owner', async () => {
    const { ctx } = env();
    await recordAudit(ctx.db, system, { action: 'test.event', recordType: 'test' });
    await expect(sql`UPDATE audit_log SET action = 'tampered'`.execute(ctx.db)).rejects.toThrow();
    await expect(sql`DELETE FROM audit_log`.execute(ctx.db)).rejects.toThrow();
    await expect(sql`TRUNCATE audit_log`.execute(ctx.db)).rejects.toThrow();
    await expect(ctx.database.owner.query("UPDATE audit_log SET action = 'tampered'")).rejects.toThrow(/append-only/);
    await expect(ctx.database.owner.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(ctx.database.owner.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const tampered = await ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'tampered').execute();
    expect(tampered).toHaveLength(0);
  });

  it('writes the audit row in the same transaction as the change: a failed change leaves neither', async () => {
    const { ctx } = env();
    const before = await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    await expect(ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('organisations').values({ type: 'scheme', name: 'Doomed', slug: 'doomed-scheme' }).execute();
      await recordAudit(trx, system, { action: 'organisation.create', recordType: 'organisation' });
      throw new Error('change failed after the audit row was written');
    })).rejects.toThrow();
    const after = await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await ctx.db.selectFrom('organisations').select('id').where('slug', '=', 'doomed-scheme').executeTakeFirst()).toBeUndefined();
  });

  it('records who, role, action, record, when and request id for a read of a person\'s record', async () => {
    const { app, ctx } = env();
    const admin = await buildUser(ctx, { role: 'administrator' });
    const scheme = await buildScheme(ctx);
    const worker = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    const client = await signIn(app, admin);
    const response = await client.request({ method: 'GET', url: `/api/admin/users/${worker.id}`, headers: { 'x-request-id': 'req-read-123456' } });
    expect(response.statusCode).toBe(200);
    const row = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.read').where('record_id', '=', worker.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_user_id: admin.id, actor_role: 'administrator', record_type: 'user', request_id: 'req-read-123456' });
    expect(row.at).toBeInstanceOf(Date);
  });

  it('lets an administrator search the log by action and actor, and refuses bad dates clearly', async () => {
    const { app, ctx } = env();
    const admin = await buildUser(ctx, { role: 'administrator' });
    const client = await signIn(app, admin);
    const found = await client.request({ method: 'GET', url: `/api/admin/audit?action=auth.&actor=${encodeURIComponent(admin.email)}` });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.length).toBeGreaterThan(0);
    expect(found.json().items.every((i: { action: string }) => i.action.startsWith('auth.'))).toBe(true);
    const bad = await client.request({ method: 'GET', url: '/api/admin/audit?from=2026-02-31' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'from' });
    const malformed = await client.request({ method: 'GET', url: '/api/admin/audit?to=yesterday' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('to');
  });
});
