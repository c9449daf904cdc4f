import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './lone-working.schemas.ts';
import { acknowledgeAlert } from './use-cases/acknowledge-alert.ts';
import { cancelVisit } from './use-cases/cancel-visit.ts';
import { checkIn } from './use-cases/check-in.ts';
import { checkOut } from './use-cases/check-out.ts';
import { extendVisit } from './use-cases/extend-visit.ts';
import { planVisit } from './use-cases/plan-visit.ts';
import { requestHelp } from './use-cases/request-help.ts';
import { startUnplannedVisit } from './use-cases/start-unplanned-visit.ts';
import { getVisit } from './use-cases/get-visit.ts';
import { listMyVisits } from './use-cases/list-my-visits.ts';
import { listTeamBoard } from './use-cases/list-team-board.ts';

const tags = ['lone working'];
const view = { 200: S.VisitView };
const base = '/:slug/lone-working/visits';

/** Lone working: plan a visit or start an unplanned one, check in and out, extend, cancel, call for help; the team board and acknowledging an alert. */
export function loneWorkingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      `${base}/mine`,
      { config: { scheme: 'lone-working.plan' }, schema: { tags, params: SlugParams, response: { 200: S.VisitList } } },
      async (request) => listMyVisits(ctx, userInScheme(request)),
    );
    app.get(
      `${base}/team`,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: SlugParams, querystring: S.BoardQuery, response: { 200: S.TeamBoard } },
      },
      async (request) => listTeamBoard(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.get(
      `${base}/:id`,
      { config: { scheme: 'lone-working.plan' }, schema: { tags, params: S.VisitParams, response: view } },
      async (request) => getVisit(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      base,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: SlugParams, body: S.PlanBody, response: { 201: S.VisitView } },
      },
      async (request, reply) =>
        reply.status(201).send(await planVisit(ctx, { ...userInScheme(request), input: request.body })),
    );
    app.post(
      `${base}/unplanned`,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: SlugParams, body: S.UnplannedBody, response: { 201: S.VisitView } },
      },
      async (request, reply) =>
        reply.status(201).send(await startUnplannedVisit(ctx, { ...userInScheme(request), input: request.body })),
    );
    app.post(
      `${base}/:id/help`,
      { config: { scheme: 'lone-working.plan' }, schema: { tags, params: S.VisitParams, response: view } },
      async (request) => requestHelp(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      `${base}/:id/check-in`,
      { config: { scheme: 'lone-working.plan' }, schema: { tags, params: S.VisitParams, response: view } },
      async (request) => checkIn(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      `${base}/:id/check-out`,
      { config: { scheme: 'lone-working.plan' }, schema: { tags, params: S.VisitParams, response: view } },
      async (request) => checkOut(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      `${base}/:id/extend`,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: S.VisitParams, body: S.ExtendBody, response: view },
      },
      async (request) => extendVisit(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
    app.post(
      `${base}/:id/cancel`,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: S.VisitParams, body: S.CancelBody, response: view },
      },
      async (request) => cancelVisit(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
    app.post(
      `${base}/:id/acknowledge`,
      {
        config: { scheme: 'lone-working.plan' },
        schema: { tags, params: S.VisitParams, body: S.AcknowledgeBody, response: view },
      },
      async (request) =>
        acknowledgeAlert(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
  };
}
