import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import * as S from './support.schemas.ts';
import { createReflection } from './use-cases/create-reflection.ts';
import { getReflection } from './use-cases/get-reflection.ts';
import { listReflections } from './use-cases/list-reflections.ts';
import { updateReflection } from './use-cases/update-reflection.ts';

const tags = ['reflections'];

/** The signed-in person's private reflective log: there is no route to anyone else's. */
export function reflectionRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { schema: { tags, response: { 200: S.ReflectionList } } }, async (request) =>
      listReflections(ctx, userActor(request)),
    );
    app.post(
      '/',
      { schema: { tags, body: S.ReflectionBody, response: { 201: S.ReflectionView } } },
      async (request, reply) => reply.status(201).send(await createReflection(ctx, userActor(request), request.body)),
    );
    app.get(
      '/:id',
      { schema: { tags, params: S.ReflectionParams, response: { 200: S.ReflectionView } } },
      async (request) => getReflection(ctx, userActor(request), request.params.id),
    );
    app.put(
      '/:id',
      {
        schema: { tags, params: S.ReflectionParams, body: S.ReflectionUpdateBody, response: { 200: S.ReflectionView } },
      },
      async (request) => updateReflection(ctx, userActor(request), request.params.id, request.body),
    );
  };
}
