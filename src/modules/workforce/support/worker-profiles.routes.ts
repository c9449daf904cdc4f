import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams, Uuid } from '../../../platform/http/schema-types.ts';
import {
  WorkerPage,
  WorkerPageQuery,
  WorkerProfileBody,
  WorkerProfileView,
} from '../../scheme/scheme-settings/index.ts';
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
      {
        config: { scheme: 'scheme.settings.read' },
        schema: { tags, params: SlugParams, querystring: WorkerPageQuery, response: { 200: WorkerPage } },
      },
      async (request) => listSchemeWorkers(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.get(
      '/:slug/workers/:userId',
      {
        config: { scheme: 'scheme.settings.read' },
        schema: { tags, params: WorkerParams, response: { 200: WorkerProfileView } },
      },
      async (request) => getWorkerProfile(ctx, { ...userInScheme(request), userId: request.params.userId }),
    );
    app.put(
      '/:slug/workers/:userId',
      {
        config: { scheme: 'scheme.settings.update' },
        schema: { tags, params: WorkerParams, body: WorkerProfileBody, response: { 200: WorkerProfileView } },
      },
      async (request) =>
        updateWorkerProfile(ctx, { ...userInScheme(request), userId: request.params.userId, input: request.body }),
    );
  };
}
