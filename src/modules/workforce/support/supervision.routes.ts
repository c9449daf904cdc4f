import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './support.schemas.ts';
import { completeSupervisionAction } from './use-cases/complete-supervision-action.ts';
import { getSupervisionOverview } from './use-cases/get-supervision-overview.ts';
import { getSupervisionSession } from './use-cases/get-supervision-session.ts';
import { getWorkerSupervision } from './use-cases/get-worker-supervision.ts';
import { recordSupervisionSession } from './use-cases/record-supervision-session.ts';

const tags = ['supervision'];

/** Clinical supervision: who is due, sessions with confidential notes, action points. */
export function supervisionRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/supervision',
      {
        config: { scheme: 'supervision.read' },
        schema: {
          tags,
          params: SlugParams,
          querystring: S.SupervisionOverviewQuery,
          response: { 200: S.SupervisionOverview },
        },
      },
      async (request) => getSupervisionOverview(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.get(
      '/:slug/supervision/workers/:workerId',
      {
        config: { scheme: 'supervision.read' },
        schema: { tags, params: S.WorkerParams, response: { 200: S.WorkerSupervision } },
      },
      async (request) => getWorkerSupervision(ctx, { ...userInScheme(request), workerId: request.params.workerId }),
    );
    app.post(
      '/:slug/supervision/sessions',
      {
        config: { scheme: 'supervision.record' },
        schema: {
          tags,
          params: SlugParams,
          body: S.SupervisionSessionBody,
          response: { 201: S.SupervisionSessionView },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordSupervisionSession(ctx, { ...userInScheme(request), input: request.body })),
    );
    app.get(
      '/:slug/supervision/sessions/:id',
      {
        config: { scheme: 'supervision.read' },
        schema: { tags, params: S.IdParams, response: { 200: S.SupervisionSessionView } },
      },
      async (request) => getSupervisionSession(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      '/:slug/supervision/actions/:id/done',
      { config: { scheme: 'supervision.read' }, schema: { tags, params: S.IdParams } },
      async (request, reply) => {
        await completeSupervisionAction(ctx, { ...userInScheme(request), actionId: request.params.id });
        return reply.status(204).send();
      },
    );
  };
}
