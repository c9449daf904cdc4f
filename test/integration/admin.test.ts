import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildOrganisation, buildScheme, buildUser, signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('administration on $name', (target) => {
  const env = useTestApp(target);

  async function admin() {
    const { app, ctx } = env();
    return signIn(app, await buildUser(ctx, { role: 'administrator' }));
  }

  it('creates a user with roles in schemes and a one-time password that must be changed', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const practice = await buildOrganisation(ctx, 'gp_practice');
    const client = await admin();
    const email = `new-${Date.now()}@example.org`;
    const created = await client.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: {
        name: 'Nia Roberts',
        email,
        memberships: [
          { role: 'link_worker', schemeSlug: scheme.slug },
          { role: 'referrer', schemeSlug: scheme.slug, organisationId: practice.id },
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user.memberships).toHaveLength(2);
    const password: string = created.json().oneTimePassword;
    const signInResponse = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
    expect(signInResponse.json().next).toBe('change-password');
    const stored = await ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const found = await client.request({ method: 'GET', url: `/api/admin/users?q=${encodeURIComponent('nia rob')}` });
    expect(found.json().items.map((u: { email: string }) => u.email)).toContain(email);
    const searchAudit = await ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'user.search')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(searchAudit.detail).toMatchObject({ q: 'nia rob' });
    const duplicate = await client.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { name: 'Again', email: email.toUpperCase(), memberships: [{ role: 'administrator' }] },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0].field).toBe('email');
  });

  it('names each wrong field of a new user, and creates nothing', async () => {
    const { ctx } = env();
    const client = await admin();
    const community = await buildOrganisation(ctx, 'community_organisation');
    const before = await ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await client.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: {
        name: 'Bad Roles',
        email: 'bad-roles@example.org',
        memberships: [
          { role: 'link_worker' },
          { role: 'administrator', schemeSlug: 'demo' },
          { role: 'referrer', schemeSlug: 'no-such-scheme', organisationId: community.id },
          { role: 'community_org_user', schemeSlug: 'no-such-scheme' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'memberships.0.schemeSlug',
        'memberships.1.schemeSlug',
        'memberships.2.schemeSlug',
        'memberships.2.organisationId',
        'memberships.3.organisationId',
      ]),
    );
    for (const e of response.json().errors) expect(e.fix).toBeTruthy();
    const after = await ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const badRole = await client.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { name: 'X', email: 'x@example.org', memberships: [{ role: 'wizard' }] },
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().errors).toEqual([
      expect.objectContaining({ field: 'memberships.0.role', fix: expect.stringContaining('link_worker') }),
    ]);
  });

  it('deactivates a user, ending their sessions, and reactivates them', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const worker = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    const workerClient = await signIn(app, worker);
    const client = await admin();
    const noReason = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/deactivate`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('reason');
    const done = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/deactivate`,
      payload: { reason: 'Left the service' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().active).toBe(false);
    expect((await workerClient.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: worker.email, password: worker.password },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await client.request({ method: 'POST', url: `/api/admin/users/${worker.id}/reactivate` })).json().active,
    ).toBe(true);
    await signIn(app, worker);
  });

  it('resets a forgotten password to a new one-time password, ending sessions and clearing lockout', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const worker = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    const workerClient = await signIn(app, worker);
    await ctx.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 3_600_000) })
      .where('id', '=', worker.id)
      .execute();
    const client = await admin();
    const reset = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/reset-password`,
      payload: { reason: 'Forgotten password, identity checked by phone' },
    });
    expect(reset.statusCode).toBe(200);
    expect((await workerClient.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: worker.email, password: worker.password },
        })
      ).statusCode,
    ).toBe(401);
    const next = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: worker.email, password: reset.json().oneTimePassword },
    });
    expect(next.json().next).toBe('change-password');
  });

  it('will not let the last administrator be removed', async () => {
    const { ctx } = env();
    const client = await admin();
    const me = (await client.request({ method: 'GET', url: '/api/auth/session' })).json();
    const self = await client.request({
      method: 'POST',
      url: `/api/admin/users/${me.user.id}/deactivate`,
      payload: { reason: 'testing' },
    });
    expect(self.statusCode).toBe(409);
    void ctx;
  });

  it("resets a user's two-factor and adds and removes memberships", async () => {
    const { ctx } = env();
    const scheme = await buildScheme(ctx);
    const worker = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
    const workerClient = await signIn(env().app, worker);
    await ctx.db
      .updateTable('users')
      .set({ totp_secret: 'v1.x.y.z', totp_enabled_at: new Date() })
      .where('id', '=', worker.id)
      .execute();
    const client = await admin();
    const reset = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/reset-two-factor`,
      payload: { reason: 'Lost phone' },
    });
    expect(reset.json().twoFactorEnabled).toBe(false);
    expect((await workerClient.request({ method: 'GET', url: '/api/auth/session' })).statusCode).toBe(401);
    const added = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/memberships`,
      payload: { role: 'supervisor', schemeSlug: scheme.slug },
    });
    expect(added.statusCode).toBe(201);
    const again = await client.request({
      method: 'POST',
      url: `/api/admin/users/${worker.id}/memberships`,
      payload: { role: 'supervisor', schemeSlug: scheme.slug },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await client.request({ method: 'DELETE', url: `/api/admin/users/${worker.id}/memberships/${added.json().id}` }))
        .statusCode,
    ).toBe(204);
    const actions = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', 'in', [worker.id, added.json().id])
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.reset-two-factor', 'membership.create', 'membership.delete']),
    );
  });

  it('creates organisations with the identifiers each type needs, and refuses duplicates', async () => {
    const client = await admin();
    const ods = `Q${Math.floor(Math.random() * 90000 + 10000)}`;
    const practice = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'gp_practice', name: 'Hill Surgery', odsCode: ods.toLowerCase() },
    });
    expect(practice.statusCode).toBe(201);
    expect(practice.json().odsCode).toBe(ods);
    const duplicate = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'gp_practice', name: 'Hill Surgery 2', odsCode: ods },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe('odsCode');
    const noSlug = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'scheme', name: 'North' },
    });
    expect(noSlug.statusCode).toBe(400);
    expect(noSlug.json().errors[0].field).toBe('slug');
    const badSlug = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'scheme', name: 'North', slug: 'North Leeds' },
    });
    expect(badSlug.json().errors[0].field).toBe('slug');
    const list = await client.request({ method: 'GET', url: '/api/admin/organisations?type=gp_practice' });
    expect(list.json().items.every((o: { type: string }) => o.type === 'gp_practice')).toBe(true);
  });
});
