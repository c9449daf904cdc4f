import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { sendProblem } from '../../../platform/http/problem.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import { pendingSession, SESSION_COOKIE, SESSION_EXPIRY_HEADER } from './authenticate-requests.ts';
import * as repo from './auth.repository.ts';
import * as S from './auth.schemas.ts';
import { buildSessionView, sessionIdleExpiry } from './session-view.ts';
import { stepFor, type NextStep } from './stages.ts';
import type { SessionStage } from '../../../db/schema.ts';
import { AppError } from '../../../platform/errors.ts';
import { changePassword } from './use-cases/change-password.ts';
import { chooseMembership } from './use-cases/choose-membership.ts';
import { extendSession } from './use-cases/extend-session.ts';
import { rotateSessionToken } from './use-cases/rotate-session-token.ts';
import { signIn } from './use-cases/sign-in.ts';
import { signOut } from './use-cases/sign-out.ts';
import { signOutEverywhere } from './use-cases/sign-out-everywhere.ts';
import { confirmTwoFactorEnrolment } from './use-cases/confirm-two-factor-enrolment.ts';
import { startTwoFactorEnrolment } from './use-cases/start-two-factor-enrolment.ts';
import { verifyTwoFactor } from './use-cases/verify-two-factor.ts';

/** Sign-in steps, session, sign-out and role choice. */
export function authRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const limited = { rateLimit: { max: ctx.config.signIn.attemptsPerMinutePerIp, timeWindow: 60_000 } };
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies } as const;

    /**
     * Responds to a completed step with what comes next, and the session when signed in. When this
     * step finished an incomplete sign-in, the cookie token is replaced.
     */
    async function stepResponse(sessionId: string, next: NextStep, reply?: FastifyReply, wasPending = false) {
      if (next === 'done' && wasPending && reply)
        reply.setCookie(SESSION_COOKIE, await rotateSessionToken(ctx, sessionId), cookieOptions);
      const session = await repo.findSessionById(ctx.db, sessionId);
      return {
        next,
        csrfToken: session.csrf_token,
        ...(next === 'done' ? { session: await buildSessionView(ctx, session) } : {}),
      };
    }

    app.post(
      '/sign-in',
      {
        config: { auth: 'public', ...limited },
        schema: { tags: ['auth'], body: S.SignInBody, response: { 200: S.StepResponse } },
      },
      async (request, reply) => {
        const result = await signIn(ctx, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        });
        reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
        return stepResponse(result.sessionId, result.next);
      },
    );

    app.get(
      '/session',
      { config: { auth: 'partial' }, schema: { tags: ['auth'], response: { 200: S.SessionView } } },
      async (request: FastifyRequest, reply: FastifyReply) => {
        const session = pendingSession(request);
        if (!request.actor) {
          return sendProblem(
            reply,
            request,
            new AppError('sign-in-incomplete', 'Finish signing in first.', {
              extra: { next: stepFor(session.stage), csrfToken: session.csrf_token },
            }),
          );
        }
        return buildSessionView(ctx, session, request.sessionDetails ?? undefined);
      },
    );

    app.post(
      '/session/extend',
      { schema: { tags: ['auth'], response: { 200: S.SessionView } } },
      async (request, reply) => {
        const session = await extendSession(ctx, userActor(request), pendingSession(request));
        reply.header(SESSION_EXPIRY_HEADER, sessionIdleExpiry(ctx, session).toISOString());
        return buildSessionView(ctx, session, request.sessionDetails ?? undefined);
      },
    );

    app.post(
      '/two-factor',
      {
        config: { auth: 'partial', ...limited },
        schema: { tags: ['auth'], body: S.CodeBody, response: { 200: S.StepResponse } },
      },
      async (request, reply) => {
        const session = pendingSession(request);
        requireStage(session.stage, ['two_factor']);
        const next = await verifyTwoFactor(ctx, session, request.body.code, request.id);
        return stepResponse(session.id, next, reply, true);
      },
    );

    app.post(
      '/password',
      {
        config: { auth: 'partial', ...limited },
        schema: { tags: ['auth'], body: S.ChangePasswordBody, response: { 200: S.StepResponse } },
      },
      async (request, reply) => {
        const session = pendingSession(request);
        requireStage(session.stage, ['change_password', 'active']);
        const next = await changePassword(ctx, session, request.body, request.id);
        return stepResponse(session.id, next, reply, session.stage !== 'active');
      },
    );

    app.post(
      '/two-factor/enrolment',
      { config: { auth: 'partial' }, schema: { tags: ['auth'], response: { 200: S.EnrolmentResponse } } },
      async (request) => {
        const session = pendingSession(request);
        requireStage(session.stage, ['enrol_two_factor', 'active']);
        return startTwoFactorEnrolment(ctx, session, request.id);
      },
    );

    app.post(
      '/two-factor/enrolment/confirm',
      {
        config: { auth: 'partial', ...limited },
        schema: { tags: ['auth'], body: S.ConfirmEnrolmentBody, response: { 200: S.EnrolmentConfirmResponse } },
      },
      async (request, reply) => {
        const session = pendingSession(request);
        requireStage(session.stage, ['enrol_two_factor', 'active']);
        const { recoveryCodes, next } = await confirmTwoFactorEnrolment(ctx, session, request.body, request.id);
        return { recoveryCodes, ...(await stepResponse(session.id, next, reply, session.stage !== 'active')) };
      },
    );

    app.post('/sign-out', { config: { auth: 'partial' }, schema: { tags: ['auth'] } }, async (request, reply) => {
      const session = pendingSession(request);
      if (request.actor?.kind === 'user') await signOut(ctx, request.actor);
      else await repo.endSession(ctx.db, session.id, 'signed-out', ctx.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.post('/sign-out-everywhere', { schema: { tags: ['auth'] } }, async (request, reply) => {
      await signOutEverywhere(ctx, userActor(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.post(
      '/active-membership',
      { schema: { tags: ['auth'], body: S.MembershipIdBody, response: { 200: S.SessionView } } },
      async (request) => {
        const actor = userActor(request);
        await chooseMembership(ctx, actor, request.body.membershipId);
        const session = pendingSession(request);
        return buildSessionView(ctx, { ...session, active_membership_id: request.body.membershipId });
      },
    );
  };
}

function requireStage(stage: string, allowed: string[]): void {
  if (!allowed.includes(stage)) {
    throw new AppError('sign-in-incomplete', 'Complete the current sign-in step first.', {
      extra: { next: stepFor(stage as SessionStage) },
    });
  }
}
