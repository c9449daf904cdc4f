import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../context.ts';
import { registerSchemeResolution } from './scheme-requests.ts';

/** An app with the scheme hook and one route; nothing reaches a database unless a request names an action. */
async function appWith(url: string, config: Record<string, unknown>) {
  const app = Fastify();
  registerSchemeResolution(app, {} as AppContext);
  await app.register(async (scoped) => {
    scoped.get(url, { config }, async () => ({ ok: true }));
  });
  await app.ready();
  return app;
}

describe('the scheme hook', () => {
  it('refuses to start with a route under /:slug that names no action', async () => {
    await expect(appWith('/api/schemes/:slug/things', {})).rejects.toThrow(
      'GET /api/schemes/:slug/things is under /:slug but names no action: set config.scheme to the action it does (or false)',
    );
  });

  it('starts with a route that names its action, or says it resolves nothing, and leaves other routes alone', async () => {
    for (const [url, config] of [
      ['/api/schemes/:slug/things', { scheme: 'scheme.read' }],
      ['/api/schemes/:slug/fixed-list', { scheme: false }],
      ['/api/codes/needs', {}],
    ] as const) {
      const app = await appWith(url, config);
      await app.close();
    }
  });

  it('resolves nothing for a route that says so', async () => {
    const app = await appWith('/api/schemes/:slug/fixed-list', { scheme: false });
    const response = await app.inject({ method: 'GET', url: '/api/schemes/anything/fixed-list' });
    expect(response.json()).toEqual({ ok: true });
    await app.close();
  });
});
