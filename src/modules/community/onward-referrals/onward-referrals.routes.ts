import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams, SlugParams } from '../../../platform/http/schema-types.ts';
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
      {
        config: { scheme: 'onward-referral.read' },
        schema: { tags, params: S.CaseParams, response: { 200: S.OnwardList } },
      },
      async (request) => listCaseOnwardReferrals(ctx, { ...userInScheme(request), caseId: request.params.caseId }),
    );
    app.get(
      '/:slug/cases/:caseId/onward-referrals/draft',
      {
        config: { scheme: 'onward-referral.create' },
        schema: { tags, params: S.CaseParams, querystring: S.DraftQuery, response: { 200: S.Draft } },
      },
      async (request) =>
        draftOnwardReferral(ctx, {
          ...userInScheme(request),
          caseId: request.params.caseId,
          serviceId: request.query.service,
        }),
    );
    app.post(
      '/:slug/cases/:caseId/onward-referrals',
      {
        config: { scheme: 'onward-referral.create' },
        schema: { tags, params: S.CaseParams, body: S.CreateBody, response: { 201: S.OnwardView } },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createOnwardReferral(ctx, {
            ...userInScheme(request),
            caseId: request.params.caseId,
            input: request.body,
          }),
        ),
    );
    app.get(
      '/:slug/onward-referrals/:id',
      {
        config: { scheme: 'onward-referral.read' },
        schema: { tags, params: SlugIdParams, response: { 200: S.OnwardView } },
      },
      async (request) => getOnwardReferral(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    app.post(
      '/:slug/onward-referrals/:id/status',
      {
        config: { scheme: 'onward-referral.record-status' },
        schema: { tags, params: SlugIdParams, body: S.StatusBody, response: { 200: S.OnwardView } },
      },
      async (request) =>
        recordStatusByHand(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
    app.post(
      '/:slug/onward-referrals/:id/cancel',
      {
        config: { scheme: 'onward-referral.record-status' },
        schema: { tags, params: SlugIdParams, body: S.ReasonBody, response: { 200: S.OnwardView } },
      },
      async (request) =>
        cancelOnwardReferral(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.get(
      inbox,
      {
        config: { scheme: 'onward-referral.inbox' },
        schema: { tags, params: SlugParams, querystring: S.InboxQuery, response: { 200: S.InboxList } },
      },
      async (request) => listInbox(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.get(
      `${inbox}/:id`,
      {
        config: { scheme: 'onward-referral.inbox' },
        schema: { tags, params: SlugIdParams, response: { 200: S.InboxView } },
      },
      async (request) => getInboxItem(ctx, { ...userInScheme(request), id: request.params.id }),
    );
    // A community organisation's answers: the same call, each with the body its answer needs.
    const answers = [
      ['accept', S.VersionBody],
      ['decline', S.ReasonBody],
      ['start', S.VersionBody],
      ['hold', S.ReasonBody],
      ['fail', S.ReasonBody],
      ['complete', S.CompleteBody],
    ] as const;
    for (const [action, body] of answers)
      app.post(
        `${inbox}/:id/${action}`,
        {
          config: { scheme: 'onward-referral.respond' },
          schema: { tags, params: SlugIdParams, body, response: { 200: S.InboxView } },
        },
        async (request) =>
          respondToReferral(ctx, { ...userInScheme(request), id: request.params.id, action, input: request.body }),
      );
  };
}
