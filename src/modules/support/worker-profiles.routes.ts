import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugParams, Uuid } from '../../platform/http/schema-types.ts';
import { WorkerPage, WorkerPageQuery, WorkerProfileBody, WorkerProfileView } from '../scheme-settings/index.ts';
import { getWorkerProfile } from './use-cases/get-worker-profile.ts';
import { listSchemeWorkers } from './use-cases/list-scheme-workers.ts';
import { updateWorkerProfile } from './use-cases/update-worker-profile.ts';

const tags = ['scheme settings'];
const WorkerParams = Type.Object({ slug: Type.String({ maxLength: 40 }), userId: Uuid });

/** A scheme's link workers a page at a time, and each one's hours, languages, capacity and supervisor. */
export function workerProfileRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/workers',
      { schema: { tags, params: SlugParams, querystring: WorkerPageQuery, response: { 200: WorkerPage } } },
      async (request) => listSchemeWorkers(ctx, userActor(request), request.params.slug, request.query),
    );
    app.get(
      '/:slug/workers/:userId',
      { schema: { tags, params: WorkerParams, response: { 200: WorkerProfileView } } },
      async (request) => getWorkerProfile(ctx, userActor(request), request.params.slug, request.params.userId),
    );
    app.put(
      '/:slug/workers/:userId',
      { schema: { tags, params: WorkerParams, body: WorkerProfileBody, response: { 200: WorkerProfileView } } },
      async (request) =>
        updateWorkerProfile(ctx, userActor(request), request.params.slug, request.params.userId, request.body),
    );
  };
}
