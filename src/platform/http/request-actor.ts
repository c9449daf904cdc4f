import type { FastifyRequest } from 'fastify';
import type { Actor, ClientActor, UserActor } from '../actor.ts';
import { AppError, fail } from '../errors.ts';

/**
 * Who may call a route:
 * - public: anyone;
 * - partial: a session part-way through sign-in (or complete);
 * - session: a signed-in person (the default for every route);
 * - client: a system integration with a bearer token;
 * - session-or-client: either.
 */
export type AuthMode = 'public' | 'partial' | 'session' | 'client' | 'session-or-client';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthMode;
  }
  interface FastifyRequest {
    /** Who is calling, once the authentication hook has run (null on public routes). */
    actor: Actor | null;
  }
}

/** The signed-in person; routes with auth 'session' can rely on it. */
export function userActor(request: FastifyRequest): UserActor {
  if (request.actor?.kind !== 'user') throw fail.unauthenticated();
  return request.actor;
}

export function clientActor(request: FastifyRequest): ClientActor {
  if (request.actor?.kind !== 'client')
    throw new AppError('invalid-token', 'Send an API client token as "Authorization: Bearer …".');
  return request.actor;
}
