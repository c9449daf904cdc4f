import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/modules/identity/api-clients/create-api-client.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildOrganisation, buildScheme, buildUser, signIn } from '../support/factories.ts';

const PUBLIC = new Set([
  'POST /api/auth/sign-in',
  'GET /api/openapi.json',
  'GET /api/codes/',
  'GET /api/public/self-referral/{slug}',
  'POST /api/public/self-referral/{slug}',
]);
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** Every API route the app registers, with path parameters filled in. */
function apiRoutes(app: FastifyInstance): { method: string; url: string; key: string }[] {
  const routes: { method: string; url: string; key: string }[] = [];
  const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  for (const [path, operations] of Object.entries(spec.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of Object.keys(operations)) {
      const key = `${method.toUpperCase()} ${path}`;
      routes.push({
        method: method.toUpperCase(),
        url: path.replace(/\{[^}]+\}/g, (p) => (p === '{slug}' ? 'demo' : SAMPLE_ID)),
        key,
      });
    }
  }
  return routes;
}

describe.each(testDatabaseTargets())('access control on $name', (target) => {
  const env = useTestApp(target);

  it('answers 401 to an anonymous request on every non-public API route', async () => {
    const { app } = env();
    const routes = apiRoutes(app).filter((r) => !PUBLIC.has(r.key));
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      const response = await app.inject({
        method: route.method as 'GET',
        url: route.url,
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      expect.soft(response.statusCode, route.key).toBe(401);
      expect.soft(response.headers['content-type'], route.key).toMatch(/application\/problem\+json/);
    }
  });

  it('answers 403 to every administrator route for each other role', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const practice = await buildOrganisation(ctx, 'gp_practice');
    const community = await buildOrganisation(ctx, 'community_organisation');
    const adminRoutes = apiRoutes(app).filter((r) => r.url.startsWith('/api/admin'));
    expect(adminRoutes.length).toBeGreaterThanOrEqual(10);
    for (const role of ['scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user'] as const) {
      const organisationId = role === 'referrer' ? practice.id : role === 'community_org_user' ? community.id : null;
      const client = await signIn(app, await buildUser(ctx, { role, schemeId: scheme.id, organisationId }));
      for (const route of adminRoutes) {
        const response = await client.request({
          method: route.method as 'GET',
          url: route.url,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: bodyFor(route.key) }),
        });
        expect.soft(response.statusCode, `${role} ${route.key}`).toBe(403);
      }
    }
  });

  it("refuses another scheme's data with 403, and an unknown scheme the same way", async () => {
    const { app, ctx } = env();
    const mine = await buildScheme(ctx);
    const theirs = await buildScheme(ctx);
    const client = await signIn(app, await buildUser(ctx, { role: 'scheme_manager', schemeId: mine.id }));
    expect((await client.request({ method: 'GET', url: `/api/schemes/${mine.slug}` })).statusCode).toBe(200);
    const other = await client.request({ method: 'GET', url: `/api/schemes/${theirs.slug}` });
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain(theirs.name);
    expect((await client.request({ method: 'GET', url: '/api/schemes/no-such-scheme' })).statusCode).toBe(403);
    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    expect((await admin.request({ method: 'GET', url: `/api/schemes/${mine.slug}` })).statusCode).toBe(403);
  });

  it('scopes an API client token to its scheme and keeps it off session routes', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const { token } = await createApiClient(
      ctx,
      { kind: 'system', description: 'test', requestId: 'test' },
      { name: 'GP system', schemeSlug: scheme.slug! },
    );
    const whoami = await app.inject({
      method: 'GET',
      url: '/api/integrations/whoami',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json().scheme.slug).toBe(scheme.slug);
    const stored = await ctx.db
      .selectFrom('api_clients')
      .select('token_hash')
      .where('scheme_id', '=', scheme.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/schemes/${scheme.slug}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/admin/users', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/integrations/whoami',
          headers: { authorization: `Bearer ${token}x` },
        })
      ).statusCode,
    ).toBe(401);
    await ctx.db
      .updateTable('api_clients')
      .set({ revoked_at: new Date() })
      .where('scheme_id', '=', scheme.id)
      .execute();
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/integrations/whoami',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('keeps a session user off client-only routes', async () => {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const client = await signIn(app, await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id }));
    expect((await client.request({ method: 'GET', url: '/api/integrations/whoami' })).statusCode).toBe(401);
  });
});

/** A valid body for each admin route, so that 403 comes from the policy and not from validation. */
function bodyFor(routeKey: string): Record<string, unknown> {
  const key = routeKey.replace(/\/$/, '');
  if (key === 'POST /api/admin/users')
    return { name: 'A Person', email: 'a.person@example.org', memberships: [{ role: 'administrator' }] };
  if (key === 'POST /api/admin/organisations') return { type: 'community_organisation', name: 'Org' };
  if (key.endsWith('/memberships')) return { role: 'administrator' };
  if (key.endsWith('/reactivate')) return {};
  return { reason: 'testing' };
}
