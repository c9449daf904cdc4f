import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.ts';
import { userActor } from '../../platform/http/request-actor.ts';
import { SlugIdParams, SlugParams } from '../../platform/http/schema-types.ts';
import * as S from './training.schemas.ts';
import { addCourse } from './use-cases/add-course.ts';
import { getCatalogue } from './use-cases/get-catalogue.ts';
import { listComplexityFlags } from './use-cases/list-complexity-flags.ts';
import { updateCourse } from './use-cases/update-course.ts';
import { getCaseCompetence } from './use-cases/case-competence.ts';
import { getCertificate } from './use-cases/get-certificate.ts';
import { setInductionItem } from './use-cases/induction.ts';
import { getPersonTraining } from './use-cases/get-person-training.ts';
import { recordTraining } from './use-cases/record-training.ts';
import { getTrainingMatrix } from './use-cases/training-matrix.ts';

const tags = ['training'];
/** A 5 MB certificate is about 6.7 MB as base64, plus the rest of the form. */
const RECORD_BODY_LIMIT = 7_500_000;

/** Training and competence: the catalogue, people's records and certificates, the matrix, induction, the complexity flags and a case's competence. */
export function trainingRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/training/catalogue',
      { schema: { tags, params: SlugParams, response: { 200: S.Catalogue } } },
      async (request) => getCatalogue(ctx, userActor(request), request.params.slug),
    );

    app.post(
      '/:slug/training/catalogue',
      { schema: { tags, params: SlugParams, body: S.CreateCourseBody, response: { 201: S.CourseView } } },
      async (request, reply) =>
        reply.status(201).send(await addCourse(ctx, userActor(request), request.params.slug, request.body)),
    );

    app.put(
      '/:slug/training/catalogue/:id',
      { schema: { tags, params: S.CourseParams, body: S.UpdateCourseBody, response: { 200: S.CourseView } } },
      async (request) => updateCourse(ctx, userActor(request), request.params.slug, request.params.id, request.body),
    );

    app.get(
      '/:slug/training/complexity-flags',
      { schema: { tags, params: SlugParams, response: { 200: S.ComplexityFlagList } } },
      async (request) => listComplexityFlags(ctx, userActor(request), request.params.slug),
    );

    app.get(
      '/:slug/training/me',
      { schema: { tags, params: SlugParams, response: { 200: S.PersonTraining } } },
      async (request) => getPersonTraining(ctx, userActor(request), request.params.slug),
    );

    app.get(
      '/:slug/training/people/:userId',
      { schema: { tags, params: S.PersonParams, response: { 200: S.PersonTraining } } },
      async (request) => getPersonTraining(ctx, userActor(request), request.params.slug, request.params.userId),
    );

    app.post(
      '/:slug/training/records',
      {
        bodyLimit: RECORD_BODY_LIMIT,
        schema: { tags, params: SlugParams, body: S.RecordTrainingBody, response: { 201: S.PersonTraining } },
      },
      async (request, reply) =>
        reply.status(201).send(await recordTraining(ctx, userActor(request), request.params.slug, request.body)),
    );

    app.get('/:slug/training/certificates/:id', { schema: { tags, params: SlugIdParams } }, async (request, reply) => {
      const file = await getCertificate(ctx, userActor(request), request.params.slug, request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.content);
    });

    app.get(
      '/:slug/training/matrix',
      { schema: { tags, params: SlugParams, querystring: S.MatrixQuery, response: { 200: S.Matrix } } },
      async (request) => getTrainingMatrix(ctx, userActor(request), request.params.slug, request.query),
    );

    app.post(
      '/:slug/training/induction',
      { schema: { tags, params: SlugParams, body: S.InductionBody, response: { 200: S.PersonTraining } } },
      async (request) => setInductionItem(ctx, userActor(request), request.params.slug, request.body),
    );

    app.get(
      '/:slug/cases/:id/competence',
      { schema: { tags: ['cases'], params: SlugIdParams, response: { 200: S.CaseCompetence } } },
      async (request) => getCaseCompetence(ctx, userActor(request), request.params.slug, request.params.id),
    );
  };
}
