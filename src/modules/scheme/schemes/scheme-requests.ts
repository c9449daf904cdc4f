import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { fail } from '../../../platform/errors.ts';
import '../../../platform/http/request-scheme.ts';
import { resolveScheme } from './resolve-scheme.ts';

/**
 * Resolves each request's scheme once, before its handler: a route under `/:slug` names its action in
 * `config.scheme`, and the hook finds the scheme and authorises the action there (resolveScheme), so use
 * cases receive the scheme and never the URL's slug. Registering a route under `/:slug` that names no
 * action (nor `false` for a route that reads nothing of the scheme) fails at start-up.
 */
export function registerSchemeResolution(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('scheme', null);
  requireSchemeActions(app);
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const action = request.routeOptions.config.scheme;
    if (!action) return;
    const slug = (request.params as { slug?: unknown }).slug;
    if (typeof slug !== 'string') throw new Error(`${request.routeOptions.url} names a scheme action without :slug`);
    if (!request.actor) throw fail.unauthenticated();
    request.scheme = await resolveScheme(ctx, request.actor, slug, action);
  });
}

/** A route under /:slug must say what it does there, so no route reaches a scheme's data unchecked. */
function requireSchemeActions(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (route.url.includes('/:slug') && route.config?.scheme === undefined)
      throw new Error(
        `${String(route.method)} ${route.url} is under /:slug but names no action: set config.scheme to the action it does (or false)`,
      );
  });
}
