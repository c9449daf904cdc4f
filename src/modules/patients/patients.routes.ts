import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugIdParams, SlugParams } from '../../platform/http/schema-types.ts';
import * as S from './patients.schemas.ts';
import { keepApart } from './use-cases/keep-apart.ts';
import { listPossibleDuplicates } from './use-cases/list-possible-duplicates.ts';
import { mergePatients } from './use-cases/merge-patients.ts';
import { updatePatient } from './use-cases/update-patient.ts';

const tags = ['patients'];

/** People's records: correcting details and resolving possible duplicates. */
export function patientRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/patients/duplicates',
      { schema: { tags, params: SlugParams, querystring: S.DuplicatesQuery, response: { 200: S.DuplicateList } } },
      async (request) =>
        listPossibleDuplicates(ctx, userActor(request), request.params.slug, { after: request.query.after }),
    );
    app.post(
      '/:slug/patients/duplicates/merge',
      { schema: { tags, params: SlugParams, body: S.MergeBody } },
      async (request, reply) => {
        await mergePatients(ctx, userActor(request), request.params.slug, request.body.keepId, request.body.mergeId);
        return reply.status(204).send();
      },
    );
    app.post(
      '/:slug/patients/duplicates/keep-apart',
      { schema: { tags, params: SlugParams, body: S.KeepApartBody } },
      async (request, reply) => {
        await keepApart(ctx, userActor(request), request.params.slug, request.body.firstId, request.body.secondId);
        return reply.status(204).send();
      },
    );
    app.put(
      '/:slug/patients/:id',
      { schema: { tags, params: SlugIdParams, body: S.UpdatePatientBody, response: { 200: S.PatientView } } },
      async (request) => updatePatient(ctx, userActor(request), request.params.slug, request.params.id, request.body),
    );
  };
}
