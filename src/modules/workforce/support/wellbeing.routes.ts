import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './support.schemas.ts';
import { getMyWellbeing } from './use-cases/get-my-wellbeing.ts';
import { getTeamWellbeing } from './use-cases/get-team-wellbeing.ts';

const tags = ['wellbeing'];

/** Workload and wellbeing signals: a worker's own, and the team's for managers and supervisors. */
export function wellbeingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/wellbeing/me',
      {
        config: { scheme: 'workload.read-own' },
        schema: { tags, params: SlugParams, response: { 200: S.WorkloadSignals } },
      },
      async (request) => getMyWellbeing(ctx, userInScheme(request)),
    );
    app.get(
      '/:slug/wellbeing/team',
      {
        config: { scheme: 'workload.read-team' },
        schema: { tags, params: SlugParams, querystring: S.TeamWellbeingQuery, response: { 200: S.TeamWellbeing } },
      },
      async (request) => getTeamWellbeing(ctx, { ...userInScheme(request), ...request.query }),
    );
  };
}
