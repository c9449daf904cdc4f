import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams, SlugParams } from '../../../platform/http/schema-types.ts';
import { ComplexityBody } from '../../workforce/training/index.ts';
import * as S from './referrals.schemas.ts';
import { createReferral } from './use-cases/create-referral.ts';
import { setComplexityFlags } from './use-cases/set-complexity.ts';
import { getReferral } from './use-cases/get-referral.ts';
import { getSelfReferralForm } from './use-cases/get-self-referral-form.ts';
import { submitSelfReferral } from './use-cases/submit-self-referral.ts';
import { listMyReferrals } from './use-cases/list-my-referrals.ts';
import { listTriageQueue } from './use-cases/list-triage-queue.ts';
import { listWaitingList } from './use-cases/list-waiting-list.ts';
import { outOfScopeReport } from './use-cases/out-of-scope-report.ts';
import { acceptReferral } from './use-cases/accept-referral.ts';
import { declineReferral } from './use-cases/decline-referral.ts';
import { provideInformation } from './use-cases/provide-information.ts';
import { requestInformation } from './use-cases/request-information.ts';

const tags = ['referrals'];

/** Referrals in a scheme: intake from the browser, the referrer's list, triage, the waiting list and allocation. */
export function referralRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.post(
      '/:slug/referrals',
      {
        config: { scheme: 'referral.create' },
        schema: { tags, params: SlugParams, body: S.CreateReferralBody, response: { 201: S.ReferralDetail } },
      },
      async (request, reply) =>
        reply.status(201).send(await createReferral(ctx, { ...userInScheme(request), input: request.body })),
    );

    app.get(
      '/:slug/referrals',
      {
        config: { scheme: 'referral.read-own' },
        schema: { tags, params: SlugParams, querystring: S.ListQuery, response: { 200: S.ReferralPage } },
      },
      async (request) => listMyReferrals(ctx, { ...userInScheme(request), before: request.query.after }),
    );

    app.get(
      '/:slug/referrals/:id',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, response: { 200: S.ReferralDetail } },
      },
      async (request) => getReferral(ctx, { ...userInScheme(request), id: request.params.id }),
    );

    app.post(
      '/:slug/referrals/:id/accept',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, body: S.AcceptBody, response: { 200: S.ReferralDetail } },
      },
      async (request) => acceptReferral(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/referrals/:id/decline',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, body: S.DeclineBody, response: { 200: S.ReferralDetail } },
      },
      async (request) => declineReferral(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/referrals/:id/request-information',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, body: S.RequestInformationBody, response: { 200: S.ReferralDetail } },
      },
      async (request) =>
        requestInformation(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/referrals/:id/provide-information',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugIdParams, body: S.ProvideInformationBody, response: { 200: S.ReferralDetail } },
      },
      async (request) =>
        provideInformation(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.put(
      '/:slug/referrals/:id/complexity',
      {
        config: { scheme: 'referral.triage' },
        schema: {
          tags: ['referrals'],
          params: SlugIdParams,
          body: ComplexityBody,
          response: { 200: S.ReferralDetail },
        },
      },
      async (request) =>
        setComplexityFlags(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.get(
      '/:slug/triage',
      {
        config: { scheme: 'referral.triage' },
        schema: { tags, params: SlugParams, querystring: S.ListQuery, response: { 200: S.ReferralPage } },
      },
      async (request) => listTriageQueue(ctx, { ...userInScheme(request), ...request.query }),
    );

    app.get(
      '/:slug/waiting-list',
      {
        config: { scheme: 'referral.triage' },
        schema: { tags, params: SlugParams, querystring: S.ListQuery, response: { 200: S.ReferralPage } },
      },
      async (request) => listWaitingList(ctx, { ...userInScheme(request), ...request.query }),
    );

    app.get(
      '/:slug/reports/out-of-scope',
      {
        config: { scheme: 'report.read-whole-scheme' },
        schema: { tags: ['reports'], params: SlugParams, response: { 200: S.OutOfScopeReport } },
      },
      async (request) => outOfScopeReport(ctx, userInScheme(request)),
    );
  };
}

const PublicSlug = Type.Object({ slug: Type.String({ maxLength: 40 }) });

/** The public self-referral form: no sign-in, rate-limited per address, guarded against bots. */
export function selfReferralRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug',
      {
        config: { auth: 'public', scheme: false },
        schema: { tags: ['self-referral'], params: PublicSlug, response: { 200: S.SelfReferralForm } },
      },
      async (request) => getSelfReferralForm(ctx, request.params.slug),
    );
    app.post(
      '/:slug',
      {
        config: {
          auth: 'public',
          scheme: false,
          rateLimit: { max: ctx.config.selfReferral.perHourPerIp, timeWindow: 3_600_000 },
        },
        schema: {
          tags: ['self-referral'],
          params: PublicSlug,
          body: S.SelfReferralBody,
          response: { 201: S.SelfReferralReceived },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await submitSelfReferral(ctx, request.params.slug, request.body, request.id)),
    );
  };
}
