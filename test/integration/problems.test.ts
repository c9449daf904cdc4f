import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('errors and platform endpoints on $name', (target) => {
  const env = useTestApp(target, { bodyLimitBytes: 4096 });

  it('reports /health and /ready', async () => {
    const { app } = env();
    expect((await app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('is not ready while a migration is pending', async () => {
    const { app, ctx } = env();
    const [latest] = await ctx.database.owner
      .query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1')
      .then((r) => r.rows);
    await ctx.database.owner.query('DELETE FROM schema_migrations WHERE name = $1', [latest!.name]);
    try {
      const ready = await app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'not-ready', detail: expect.stringContaining('linkwork migrate') });
    } finally {
      await ctx.database.owner.query('INSERT INTO schema_migrations (name) VALUES ($1)', [latest!.name]);
    }
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
  });

  it('serves the OpenAPI document and the docs page publicly', async () => {
    const { app } = env();
    const spec = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().paths['/api/auth/sign-in']).toBeDefined();
    expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('answers unknown fields, bad JSON, oversized bodies and unknown routes with problem+json', async () => {
    const { app, ctx } = env();
    const client = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const extra = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'community_organisation', name: 'X', colour: 'blue' },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().errors[0]).toMatchObject({ field: 'colour', fix: expect.stringContaining('Remove') });
    const badJson = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { 'content-type': 'application/json' },
      payload: '{"type": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().errors[0].field).toBe('body');
    const big = await client.request({
      method: 'POST',
      url: '/api/admin/organisations',
      payload: { type: 'community_organisation', name: 'x'.repeat(5000) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload-too-large');
    const missing = await client.request({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    for (const r of [extra, badJson, big, missing]) {
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(r.json().requestId).toBeTruthy();
    }
    const count = await ctx.db.selectFrom('organisations').select('id').where('name', '=', 'X').execute();
    expect(count).toHaveLength(0);
  });

  it('sends security headers with a strict content security policy', async () => {
    const { app } = env();
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('says nothing internal on an unexpected failure', async () => {
    const { app, ctx } = env();
    const client = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    const original = ctx.db.selectFrom.bind(ctx.db);
    (ctx.db as { selectFrom: unknown }).selectFrom = () => {
      throw new Error('relation "secret_table" does not exist at /srv/app');
    };
    try {
      const response = await client.request({ method: 'GET', url: '/api/admin/organisations' });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('secret_table');
      expect(response.json().code).toBe('internal-error');
      expect(response.json().detail).toContain(response.json().requestId);
    } finally {
      (ctx.db as { selectFrom: unknown }).selectFrom = original;
    }
  });
});

describe('the browser app is served by the same process', () => {
  const [pglite] = testDatabaseTargets();
  const dist = mkdtempSync(join(tmpdir(), 'linkwork-web-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Linkwork</title>');
  const env = useTestApp(pglite!, { webDistDir: dist });

  it('answers page routes with the app and missing files with 404', async () => {
    const { app } = env();
    const page = await app.inject({ method: 'GET', url: '/admin/users' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/unknown' })).statusCode).toBe(401);
  });
});
