import type { FastifyRequest } from 'fastify';
import type { Actor, UserActor } from '../actor.ts';
import type { InScheme, SchemeRef } from '../in-scheme.ts';
import type { Action } from '../policy.ts';
import { fail } from '../errors.ts';
import { userActor } from './request-actor.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The action a route under `/:slug` does. The scheme hook finds the scheme and authorises the action
     * there once, before the handler, and refuses unknown and other schemes alike. `false` where the hook
     * resolves nothing: a route that reads nothing of the scheme (a fixed list), or a public route that finds
     * its scheme itself, with no one signed in (the self-referral form).
     */
    scheme?: Action | false;
  }
  interface FastifyRequest {
    /** The route's scheme, once the scheme hook has resolved it (null on routes without `config.scheme`). */
    scheme: SchemeRef | null;
  }
}

/** The scheme the hook resolved for this route; a route that does not name its action is a programming error. */
export function requestScheme(request: FastifyRequest): SchemeRef {
  if (!request.scheme)
    throw new Error(`${request.method} ${request.routeOptions.url} calls a scheme use case without config.scheme`);
  return request.scheme;
}

/** The signed-in person and the route's scheme: the first argument of a scheme use case after the context. */
export function userInScheme(request: FastifyRequest): InScheme<UserActor> {
  return { actor: userActor(request), scheme: requestScheme(request) };
}

/** Whoever is calling (a person or an API client) and the route's scheme, for routes open to both. */
export function actorInScheme(request: FastifyRequest): InScheme<Actor> {
  if (!request.actor) throw fail.unauthenticated();
  return { actor: request.actor, scheme: requestScheme(request) };
}
