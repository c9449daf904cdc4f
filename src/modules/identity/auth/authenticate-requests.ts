import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { resolveApiClient } from '../api-clients/index.ts';
import { safeEqual } from '../../../platform/auth/tokens.ts';
import { AppError, fail } from '../../../platform/errors.ts';
import type { AuthMode } from '../../../platform/http/request-actor.ts';
import type { AuthUser, MembershipRow, SessionRow } from './auth.repository.ts';
import { sessionIdleExpiry } from './session-view.ts';
import { resolveSession } from './use-cases/resolve-session.ts';

export const SESSION_COOKIE = 'linkwork_session';
/** Sent by the browser on requests it makes by itself (timers): they do not count as the person's activity. */
export const BACKGROUND_HEADER = 'x-linkwork-background';
/** Answered on every session request: when the session ends without further activity, for the timeout warning. */
export const SESSION_EXPIRY_HEADER = 'x-session-expires-at';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
    /** The signed-in user and memberships as loaded by authentication, for responses that show them. */
    sessionDetails: { user: AuthUser; memberships: MembershipRow[] } | null;
  }
}

/** The session of a partial-sign-in route. */
export function pendingSession(request: FastifyRequest): SessionRow {
  if (!request.session) throw fail.unauthenticated('Start by signing in with your email address and password.');
  return request.session;
}

function checkCsrf(request: FastifyRequest, session: SessionRow): void {
  if (SAFE_METHODS.has(request.method)) return;
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !safeEqual(header, session.csrf_token)) {
    throw new AppError(
      'csrf-token-missing',
      'This request must carry the X-CSRF-Token header from your session. Reload the page and try again.',
    );
  }
}

/** Everything under /api and /fhir needs a signed-in person unless the route says otherwise; the browser app's files are public. */
function defaultMode(path: string): AuthMode {
  return /^\/(api|fhir)(\/|$|\?)/.test(path) ? 'session' : 'public';
}

/** Authenticates every request by its route's auth mode before validation and handlers run. */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionDetails', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const mode: AuthMode = request.routeOptions.config?.auth ?? defaultMode(request.routeOptions.url ?? request.url);
    if (mode === 'public') return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ') && (mode === 'client' || mode === 'session-or-client')) {
      request.actor = await resolveApiClient(ctx, authorization.slice(7).trim(), request.id);
      return;
    }
    if (mode === 'client')
      throw new AppError('invalid-token', 'Send an API client token as "Authorization: Bearer …".');
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw fail.unauthenticated();
    const activity = request.headers[BACKGROUND_HEADER] !== '1';
    const resolved = await resolveSession(ctx, token, request.id, { activity }).catch((error: unknown) => {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw error;
    });
    checkCsrf(request, resolved.session);
    reply.header(SESSION_EXPIRY_HEADER, sessionIdleExpiry(ctx, resolved.session).toISOString());
    request.session = resolved.session;
    if (resolved.actor) request.sessionDetails = { user: resolved.user, memberships: resolved.memberships };
    if (mode === 'partial') {
      request.actor = resolved.actor;
      return;
    }
    if (!resolved.actor) {
      throw new AppError('sign-in-incomplete', 'Finish signing in first.', { extra: { next: resolved.session.stage } });
    }
    request.actor = resolved.actor;
  });
}
