import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugParams } from '../../platform/http/schema-types.ts';
import * as S from './scheme-settings.schemas.ts';
import { listSupportStaff } from './use-cases/support-staff.ts';
import { getSchemeSettings } from './use-cases/get-scheme-settings.ts';
import { updateCriteria } from './use-cases/update-criteria.ts';
import { updatePolicies } from './use-cases/update-policies.ts';
import { updateSafetySettings } from './use-cases/update-safety-settings.ts';

const tags = ['scheme settings'];
const response = { 200: S.SchemeSettings };

/** A scheme's criteria, policies and safety settings, and the staff who may be named in them. */
export function schemeSettingsRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/:slug/settings', { schema: { tags, params: SlugParams, response } }, async (request) =>
      getSchemeSettings(ctx, userActor(request), request.params.slug),
    );
    app.get(
      '/:slug/settings/staff',
      { schema: { tags, params: SlugParams, querystring: S.StaffPageQuery, response: { 200: S.StaffPage } } },
      async (request) => listSupportStaff(ctx, userActor(request), request.params.slug, request.query),
    );
    app.put(
      '/:slug/settings/criteria',
      { schema: { tags, params: SlugParams, body: S.CriteriaBody, response } },
      async (request) => updateCriteria(ctx, userActor(request), request.params.slug, request.body),
    );
    app.put(
      '/:slug/settings/policies',
      { schema: { tags, params: SlugParams, body: S.PoliciesBody, response } },
      async (request) => updatePolicies(ctx, userActor(request), request.params.slug, request.body),
    );
    app.put(
      '/:slug/settings/safety',
      { schema: { tags, params: SlugParams, body: S.SafetyBody, response } },
      async (request) => updateSafetySettings(ctx, userActor(request), request.params.slug, request.body),
    );
  };
}
