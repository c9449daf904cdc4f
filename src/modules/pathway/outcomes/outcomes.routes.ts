import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import * as S from './outcomes.schemas.ts';
import { addMeasure } from './use-cases/add-measure.ts';
import { listMeasures } from './use-cases/list-measures.ts';
import { updateOutcomeSettings } from './use-cases/update-outcome-settings.ts';

const tags = ['outcomes'];
const view = { 200: S.OutcomeMeasuresView };

/** The scheme's outcome measures: the list a form needs, the measures asked and their interval, licensed measures added. */
export function outcomeRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/outcome-measures',
      { config: { scheme: 'scheme.settings.read' }, schema: { tags, params: SlugParams, response: view } },
      async (request) => listMeasures(ctx, userInScheme(request)),
    );

    app.put(
      '/:slug/outcome-measures/settings',
      {
        config: { scheme: 'scheme.settings.update' },
        schema: { tags, params: SlugParams, body: S.OutcomeSettingsBody, response: view },
      },
      async (request) => updateOutcomeSettings(ctx, { ...userInScheme(request), input: request.body }),
    );

    app.post(
      '/:slug/outcome-measures',
      {
        config: { scheme: 'scheme.settings.update' },
        schema: { tags, params: SlugParams, body: S.AddMeasureBody, response: { 201: S.OutcomeMeasuresView } },
      },
      async (request, reply) =>
        reply.status(201).send(await addMeasure(ctx, { ...userInScheme(request), input: request.body })),
    );
  };
}
