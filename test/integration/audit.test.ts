import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/platform/audit.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme, buildUser, signIn } from '../support/factories.ts';
import { buildPathwayScheme, expectFieldError, makeReferral, schemeApi } from '../support/pathway.ts';

interface AuditItem {
  id: string;
  at: string;
  action: string;
  recordType: string;
  recordId: string | null;
}
interface AuditPageBody {
  items: AuditItem[];
  next: string | null;
}

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
    const before = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('organisations')
          .values({ type: 'scheme', name: 'Doomed', slug: 'doomed-scheme' })
          .execute();
        await recordAudit(trx, system, { action: 'organisation.create', recordType: 'organisation' });
        throw new Error('change failed after the audit row was written');
      }),
    ).rejects.toThrow();
    const after = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(
      await ctx.db.selectFrom('organisations').select('id').where('slug', '=', 'doomed-scheme').executeTakeFirst(),
    ).toBeUndefined();
  });

  it("records who, role, action, record, when and request id for a read of a person's record", async () => {
    const { app, ctx } = env();
    const admin = await buildUser(ctx, { role: 'administrator' });
    const scheme = await buildScheme(ctx);
    const worker = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    const client = await signIn(app, admin);
    const response = await client.request({
      method: 'GET',
      url: `/api/admin/users/${worker.id}`,
      headers: { 'x-request-id': 'req-read-123456' },
    });
    expect(response.statusCode).toBe(200);
    const row = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.read')
      .where('record_id', '=', worker.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      actor_user_id: admin.id,
      actor_role: 'administrator',
      record_type: 'user',
      request_id: 'req-read-123456',
    });
    expect(row.at).toBeInstanceOf(Date);
  });

  it('lets an administrator search the log by action and actor, and refuses bad dates clearly', async () => {
    const { app, ctx } = env();
    const admin = await buildUser(ctx, { role: 'administrator' });
    const client = await signIn(app, admin);
    const found = await client.request({
      method: 'GET',
      url: `/api/admin/audit?action=auth.&actor=${encodeURIComponent(admin.email)}`,
    });
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

  it('records a list read as a small fingerprint of the query, never the ids the page showed', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referrals = [];
    for (let i = 0; i < 3; i += 1) referrals.push(await makeReferral(s));
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).statusCode).toBe(200);
    const row = await ctx.db
      .selectFrom('audit_log')
      .select(['detail', 'record_id', 'scheme_id', sql<number>`octet_length(detail::text)`.as('bytes')])
      .where('action', '=', 'referral.triage-queue')
      .where('actor_user_id', '=', s.worker.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.detail).toEqual({ page: 'first', shown: 3 });
    expect(row.scheme_id).toBe(s.scheme.id);
    expect(Number(row.bytes)).toBeLessThan(100);
    for (const r of referrals) expect(JSON.stringify(row.detail)).not.toContain(r.id);
    // A later page is told apart by a short hash of its cursor, not by the cursor (which names a record).
    const cursor = Buffer.from(JSON.stringify([new Date().toISOString(), referrals[0]!.id])).toString('base64url');
    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/waiting-list?after=${cursor}` })).statusCode,
    ).toBe(200);
    const later = await ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'referral.waiting-list')
      .where('actor_user_id', '=', s.worker.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(later.detail).toEqual({ page: expect.stringMatching(/^[0-9a-f]{16}$/), shown: 0 });
  });

  it("still records the opening of a referral with its id and the person's, and finds every opening by the person", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    expect(
      (
        await s.worker.request({
          method: 'GET',
          url: `${schemeApi(s)}/referrals/${referral.id}`,
          headers: { 'x-request-id': 'open-person-1234' },
        })
      ).statusCode,
    ).toBe(200);
    const opened = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'referral.read')
      .where('record_id', '=', referral.id)
      .where('actor_user_id', '=', s.worker.userId)
      .executeTakeFirstOrThrow();
    expect(opened).toMatchObject({
      record_type: 'referral',
      scheme_id: s.scheme.id,
      request_id: 'open-person-1234',
      detail: { patientId: referral.patient.id },
    });
    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const found = await admin.request({
      method: 'GET',
      url: `/api/admin/audit?person=${referral.patient.id}&scheme=${s.scheme.slug}`,
    });
    expect(found.statusCode, found.body).toBe(200);
    const items = found.json<AuditPageBody>().items;
    expect(items.some((i) => i.action === 'referral.read' && i.recordId === referral.id)).toBe(true);
    expect(items.every((i) => i.recordId === referral.id || i.recordId === referral.patient.id)).toBe(true);
    expectFieldError(await admin.request({ method: 'GET', url: '/api/admin/audit?person=not-a-uuid' }), 'person');
  });

  it('pages the search by keyset, newest first: every row once, none lost between rows written in the same millisecond', async () => {
    const { app, ctx } = env();
    const action = `test.keyset-${Math.random().toString(36).slice(2, 10)}`;
    // One statement: clock_timestamp() moves by microseconds between rows, so many share a millisecond.
    await ctx.db
      .insertInto('audit_log')
      .values(
        Array.from({ length: 120 }, (_, i) => ({ action, record_type: 'test', record_id: String(i), detail: '{}' })),
      )
      .execute();
    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const seen: AuditItem[] = [];
    let url: string | null = `/api/admin/audit?action=${action}`;
    const sizes: number[] = [];
    while (url) {
      const response = await admin.request({ method: 'GET', url });
      expect(response.statusCode, response.body).toBe(200);
      const page: AuditPageBody = response.json<AuditPageBody>();
      sizes.push(page.items.length);
      seen.push(...page.items);
      url = page.next ? `/api/admin/audit?action=${action}&after=${encodeURIComponent(page.next)}` : null;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen.map((i) => i.id)).size).toBe(120);
    const order = seen.map((i) => [Date.parse(i.at), Number(i.id)] as const);
    for (let i = 1; i < order.length; i += 1)
      expect(
        order[i - 1]![0] > order[i]![0] || (order[i - 1]![0] === order[i]![0] && order[i - 1]![1] > order[i]![1]),
      ).toBe(true);
    expectFieldError(
      await admin.request({ method: 'GET', url: `/api/admin/audit?action=${action}&after=bm90LWEtY3Vyc29y` }),
      'after',
    );
  });

  it('reads "from" and "to" as whole days in England, across British Summer Time and winter', async () => {
    const { app, ctx } = env();
    const action = `test.days-${Math.random().toString(36).slice(2, 10)}`;
    const at = {
      'june-30 23:30 BST': '2026-06-30T22:30:00Z',
      'july-1 00:30 BST': '2026-06-30T23:30:00Z',
      'july-1 23:59 BST': '2026-07-01T22:59:00Z',
      'july-2 00:00 BST': '2026-07-01T23:00:00Z',
      'nov-30 23:59 GMT': '2026-11-30T23:59:00Z',
      'dec-1 00:30 GMT': '2026-12-01T00:30:00Z',
    };
    await ctx.db
      .insertInto('audit_log')
      .values(
        Object.entries(at).map(([label, when]) => ({
          action,
          record_type: 'test',
          record_id: label,
          at: new Date(when),
          detail: '{}',
        })),
      )
      .execute();
    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const labels = async (query: string) => {
      const response = await admin.request({ method: 'GET', url: `/api/admin/audit?action=${action}&${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<AuditPageBody>().items.map((i) => i.recordId);
    };
    expect(await labels('from=2026-07-01&to=2026-07-01')).toEqual(['july-1 23:59 BST', 'july-1 00:30 BST']);
    expect(await labels('from=2026-07-02')).toEqual(['dec-1 00:30 GMT', 'nov-30 23:59 GMT', 'july-2 00:00 BST']);
    expect(await labels('to=2026-06-30')).toEqual(['june-30 23:30 BST']);
    expect(await labels('from=2026-12-01&to=2026-12-01')).toEqual(['dec-1 00:30 GMT']);
  });
});
