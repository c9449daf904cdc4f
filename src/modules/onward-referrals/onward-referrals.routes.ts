import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugIdParams, SlugParams } from '../../platform/http/schema-types.ts';
import * as S from './onward-referrals.schemas.ts';
import { createOnwardReferral } from './use-cases/create-onward-referral.ts';
import { cancelOnwardReferral } from './use-cases/cancel-onward-referral.ts';
import { draftOnwardReferral } from './use-cases/draft-onward-referral.ts';
import { getInboxItem } from './use-cases/get-inbox-item.ts';
import { getOnwardReferral } from './use-cases/get-onward-referral.ts';
import { listCaseOnwardReferrals } from './use-cases/list-case-onward-referrals.ts';
import { listInbox } from './use-cases/list-inbox.ts';
import { recordStatusByHand } from './use-cases/record-status-by-hand.ts';
import { respondToReferral } from './use-cases/respond-to-referral.ts';

const tags = ['onward referrals'];
const inbox = '/:slug/inbox/onward-referrals';

/** Onward referrals: the worker's side on a case, and the receiving organisation's inbox. */
export function onwardReferralRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/cases/:caseId/onward-referrals',
      { schema: { tags, params: S.CaseParams, response: { 200: S.OnwardList } } },
      async (request) => listCaseOnwardReferrals(ctx, userActor(request), request.params.slug, request.params.caseId),
    );
    app.get(
      '/:slug/cases/:caseId/onward-referrals/draft',
      { schema: { tags, params: S.CaseParams, querystring: S.DraftQuery, response: { 200: S.Draft } } },
      async (request) =>
        draftOnwardReferral(ctx, userActor(request), request.params.slug, request.params.caseId, request.query.service),
    );
    app.post(
      '/:slug/cases/:caseId/onward-referrals',
      { schema: { tags, params: S.CaseParams, body: S.CreateBody, response: { 201: S.OnwardView } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createOnwardReferral(
              ctx,
              userActor(request),
              request.params.slug,
              request.params.caseId,
              request.body,
            ),
          ),
    );
    app.get(
      '/:slug/onward-referrals/:id',
      { schema: { tags, params: SlugIdParams, response: { 200: S.OnwardView } } },
      async (request) => getOnwardReferral(ctx, userActor(request), request.params.slug, request.params.id),
    );
    app.post(
      '/:slug/onward-referrals/:id/status',
      { schema: { tags, params: SlugIdParams, body: S.StatusBody, response: { 200: S.OnwardView } } },
      async (request) =>
        recordStatusByHand(ctx, userActor(request), request.params.slug, request.params.id, request.body),
    );
    app.post(
      '/:slug/onward-referrals/:id/cancel',
      { schema: { tags, params: SlugIdParams, body: S.ReasonBody, response: { 200: S.OnwardView } } },
      async (request) =>
        cancelOnwardReferral(ctx, userActor(request), request.params.slug, request.params.id, request.body),
    );

    app.get(
      inbox,
      { schema: { tags, params: SlugParams, querystring: S.InboxQuery, response: { 200: S.InboxList } } },
      async (request) =>
        listInbox(ctx, userActor(request), request.params.slug, request.query.status, request.query.after),
    );
    app.get(
      `${inbox}/:id`,
      { schema: { tags, params: SlugIdParams, response: { 200: S.InboxView } } },
      async (request) => getInboxItem(ctx, userActor(request), request.params.slug, request.params.id),
    );
    app.post(
      `${inbox}/:id/accept`,
      { schema: { tags, params: SlugIdParams, body: S.VersionBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'accept', request.body),
    );
    app.post(
      `${inbox}/:id/decline`,
      { schema: { tags, params: SlugIdParams, body: S.ReasonBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'decline', request.body),
    );
    app.post(
      `${inbox}/:id/start`,
      { schema: { tags, params: SlugIdParams, body: S.VersionBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'start', request.body),
    );
    app.post(
      `${inbox}/:id/hold`,
      { schema: { tags, params: SlugIdParams, body: S.ReasonBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'hold', request.body),
    );
    app.post(
      `${inbox}/:id/fail`,
      { schema: { tags, params: SlugIdParams, body: S.ReasonBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'fail', request.body),
    );
    app.post(
      `${inbox}/:id/complete`,
      { schema: { tags, params: SlugIdParams, body: S.CompleteBody, response: { 200: S.InboxView } } },
      async (request) =>
        respondToReferral(ctx, userActor(request), request.params.slug, request.params.id, 'complete', request.body),
    );
  };
}
