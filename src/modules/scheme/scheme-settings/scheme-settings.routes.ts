import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
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
    app.get(
      '/:slug/settings',
      { config: { scheme: 'scheme.settings.read' }, schema: { tags, params: SlugParams, response } },
      async (request) => getSchemeSettings(ctx, userInScheme(request)),
    );
    app.get(
      '/:slug/settings/staff',
      {
        config: { scheme: 'scheme.settings.read' },
        schema: { tags, params: SlugParams, querystring: S.StaffPageQuery, response: { 200: S.StaffPage } },
      },
      async (request) => listSupportStaff(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.put(
      '/:slug/settings/criteria',
      {
        config: { scheme: 'scheme.settings.update' },
        schema: { tags, params: SlugParams, body: S.CriteriaBody, response },
      },
      async (request) => updateCriteria(ctx, { ...userInScheme(request), input: request.body }),
    );
    app.put(
      '/:slug/settings/policies',
      {
        config: { scheme: 'scheme.settings.update' },
        schema: { tags, params: SlugParams, body: S.PoliciesBody, response },
      },
      async (request) => updatePolicies(ctx, { ...userInScheme(request), input: request.body }),
    );
    app.put(
      '/:slug/settings/safety',
      {
        config: { scheme: 'scheme.safety.update' },
        schema: { tags, params: SlugParams, body: S.SafetyBody, response },
      },
      async (request) => updateSafetySettings(ctx, { ...userInScheme(request), input: request.body }),
    );
  };
}
