import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import * as S from './organisations.schemas.ts';
import { createOrganisation } from './use-cases/create-organisation.ts';
import { listOrganisations } from './use-cases/list-organisations.ts';

const tags = ['administration'];

/** Administrators' list of schemes, GP practices and community organisations. */
export function organisationsRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/',
      { schema: { tags, querystring: S.OrganisationQuery, response: { 200: S.OrganisationList } } },
      async (request) => listOrganisations(ctx, userActor(request), request.query.type),
    );
    app.post(
      '/',
      { schema: { tags, body: S.CreateOrganisationBody, response: { 201: S.Organisation } } },
      async (request, reply) => reply.status(201).send(await createOrganisation(ctx, userActor(request), request.body)),
    );
  };
}
