import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams, SlugParams } from '../../../platform/http/schema-types.ts';
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
      {
        config: { scheme: 'patient.merge' },
        schema: { tags, params: SlugParams, querystring: S.DuplicatesQuery, response: { 200: S.DuplicateList } },
      },
      async (request) => listPossibleDuplicates(ctx, { ...userInScheme(request), ...request.query }),
    );
    app.post(
      '/:slug/patients/duplicates/merge',
      { config: { scheme: 'patient.merge' }, schema: { tags, params: SlugParams, body: S.MergeBody } },
      async (request, reply) => {
        await mergePatients(ctx, { ...userInScheme(request), ...request.body });
        return reply.status(204).send();
      },
    );
    app.post(
      '/:slug/patients/duplicates/keep-apart',
      { config: { scheme: 'patient.merge' }, schema: { tags, params: SlugParams, body: S.KeepApartBody } },
      async (request, reply) => {
        await keepApart(ctx, { ...userInScheme(request), ...request.body });
        return reply.status(204).send();
      },
    );
    app.put(
      '/:slug/patients/:id',
      {
        config: { scheme: 'patient.write' },
        schema: { tags, params: SlugIdParams, body: S.UpdatePatientBody, response: { 200: S.PatientView } },
      },
      async (request) => updatePatient(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
  };
}
