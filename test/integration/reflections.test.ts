import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';
import { buildPathwayScheme, expectFieldError, expectProblem } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('private reflections on $name', (target) => {
  const env = useTestApp(target);
  const secret = 'I keep thinking about the man on Mill Lane and whether I did enough.';

  async function withEntry() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const created = await s.worker.request({
      method: 'POST',
      url: '/api/reflections',
      payload: { body: `  ${secret}  ` },
    });
    expect(created.statusCode, created.body).toBe(201);
    return { s, admin, entry: created.json<{ id: string; version: number; body: string }>() };
  }

  it('keeps an entry for its author, who can list, read and edit it', async () => {
    const { ctx } = env();
    const { s, entry } = await withEntry();
    expect(entry.body).toBe(secret);
    expect((await s.worker.request({ method: 'GET', url: '/api/reflections' })).json().items).toEqual([
      expect.objectContaining({ id: entry.id, body: secret }),
    ]);
    const edited = await s.worker.request({
      method: 'PUT',
      url: `/api/reflections/${entry.id}`,
      payload: { version: entry.version, body: 'Talked to Sam; feeling steadier.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Talked to Sam; feeling steadier.', version: 2 });
    expectProblem(
      await s.worker.request({
        method: 'PUT',
        url: `/api/reflections/${entry.id}`,
        payload: { version: 1, body: 'stale' },
      }),
      409,
      'edit-conflict',
    );
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'record_id', 'detail'])
      .where('record_id', '=', entry.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reflection.create', 'reflection.update']);
    expect(JSON.stringify(audit)).not.toMatch(/Mill Lane|steadier/);
  });

  it('shows nobody else the entry: not the administrator, the manager, the supervisor or another worker', async () => {
    const { app } = env();
    const { s, admin, entry } = await withEntry();
    for (const who of [admin, s.manager, s.supervisor, s.otherWorker, s.referrer]) {
      const list = await who.request({ method: 'GET', url: '/api/reflections' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([]);
      expectProblem(await who.request({ method: 'GET', url: `/api/reflections/${entry.id}` }), 404, 'not-found');
      expectProblem(
        await who.request({
          method: 'PUT',
          url: `/api/reflections/${entry.id}`,
          payload: { version: entry.version, body: 'overwritten' },
        }),
        404,
        'not-found',
      );
    }
    const audit = await admin.request({ method: 'GET', url: `/api/admin/audit?recordId=${entry.id}` });
    expect(audit.body).not.toContain('Mill Lane');
    expectProblem(await app.inject({ method: 'GET', url: '/api/reflections' }), 401, 'unauthenticated');
    expect((await s.worker.request({ method: 'GET', url: `/api/reflections/${entry.id}` })).json().body).toBe(secret);
  });

  it('refuses an empty entry and writes nothing', async () => {
    const { ctx } = env();
    const { s } = await withEntry();
    const count = async () =>
      Number((await ctx.database.owner.query<{ n: string }>('SELECT count(*) AS n FROM reflections')).rows[0]!.n);
    const before = await count();
    expectFieldError(
      await s.worker.request({ method: 'POST', url: '/api/reflections', payload: { body: '   ' } }),
      'body',
    );
    expectFieldError(
      await s.worker.request({ method: 'POST', url: '/api/reflections', payload: { body: 'x'.repeat(20_001) } }),
      'body',
    );
    expectFieldError(await s.worker.request({ method: 'POST', url: '/api/reflections', payload: {} }), 'body');
    expect(await count()).toBe(before);
  });

  it("hides entries at the database too: the application role sees and changes only the current user's rows", async () => {
    const { ctx } = env();
    const { s, entry } = await withEntry();
    const asUser = (userId: string | null) =>
      ctx.db.transaction().execute(async (trx) => {
        if (userId) await sql`SELECT set_config('linkwork.user_id', ${userId}, true)`.execute(trx);
        const rows = await trx.selectFrom('reflections').select(['id', 'body']).execute();
        const updated = await trx
          .updateTable('reflections')
          .set({ body: 'tampered' })
          .where('id', '=', entry.id)
          .executeTakeFirst();
        return { rows, updated: Number(updated.numUpdatedRows) };
      });
    expect(await asUser(s.manager.userId)).toEqual({ rows: [], updated: 0 });
    expect(await asUser(null)).toEqual({ rows: [], updated: 0 });
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await sql`SELECT set_config('linkwork.user_id', ${s.manager.userId}, true)`.execute(trx);
        await trx.insertInto('reflections').values({ author_id: s.worker.userId, body: 'forged' }).execute();
      }),
    ).rejects.toThrow(/row-level security/);
    const own = await ctx.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('linkwork.user_id', ${s.worker.userId}, true)`.execute(trx);
      return trx.selectFrom('reflections').select('body').where('id', '=', entry.id).execute();
    });
    expect(own).toEqual([{ body: secret }]);
  });
});
