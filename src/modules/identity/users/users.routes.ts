import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import { MembershipView } from '../auth/index.ts';
import { createUser } from './use-cases/create-user.ts';
import { addMembership } from './use-cases/add-membership.ts';
import { deactivateUser } from './use-cases/deactivate-user.ts';
import { getUser } from './use-cases/get-user.ts';
import { reactivateUser } from './use-cases/reactivate-user.ts';
import { removeMembership } from './use-cases/remove-membership.ts';
import { resetPassword } from './use-cases/reset-password.ts';
import { resetTwoFactor } from './use-cases/reset-two-factor.ts';
import { searchUsers } from './use-cases/search-users.ts';
import * as S from './users.schemas.ts';

const PAGE_SIZE = 25;
const tags = ['administration'];

/** Administrators' management of user accounts and their roles. */
export function usersRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { schema: { tags, querystring: S.UserSearchQuery, response: { 200: S.UserPage } } }, async (request) =>
      searchUsers(ctx, userActor(request), request.query.q ?? '', request.query.page ?? 1, PAGE_SIZE),
    );

    app.post(
      '/',
      { schema: { tags, body: S.CreateUserBody, response: { 201: S.CreatedUser } } },
      async (request, reply) => reply.status(201).send(await createUser(ctx, userActor(request), request.body)),
    );

    app.get('/:id', { schema: { tags, params: S.IdParams, response: { 200: S.AdminUser } } }, async (request) =>
      getUser(ctx, userActor(request), request.params.id),
    );

    app.post(
      '/:id/deactivate',
      { schema: { tags, params: S.IdParams, body: S.ReasonBody, response: { 200: S.AdminUser } } },
      async (request) => deactivateUser(ctx, userActor(request), request.params.id, request.body.reason),
    );

    app.post(
      '/:id/reactivate',
      { schema: { tags, params: S.IdParams, response: { 200: S.AdminUser } } },
      async (request) => reactivateUser(ctx, userActor(request), request.params.id),
    );

    app.post(
      '/:id/reset-two-factor',
      { schema: { tags, params: S.IdParams, body: S.ReasonBody, response: { 200: S.AdminUser } } },
      async (request) => resetTwoFactor(ctx, userActor(request), request.params.id, request.body.reason),
    );

    app.post(
      '/:id/reset-password',
      { schema: { tags, params: S.IdParams, body: S.ReasonBody, response: { 200: S.CreatedUser } } },
      async (request) => resetPassword(ctx, userActor(request), request.params.id, request.body.reason),
    );

    app.post(
      '/:id/memberships',
      { schema: { tags, params: S.IdParams, body: S.MembershipInput, response: { 201: MembershipView } } },
      async (request, reply) =>
        reply.status(201).send(await addMembership(ctx, userActor(request), request.params.id, request.body)),
    );

    app.delete(
      '/:id/memberships/:membershipId',
      { schema: { tags, params: S.MembershipParams } },
      async (request, reply) => {
        await removeMembership(ctx, userActor(request), request.params.id, request.params.membershipId);
        return reply.status(204).send();
      },
    );
  };
}
