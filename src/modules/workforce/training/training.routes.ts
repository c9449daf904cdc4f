import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugIdParams, SlugParams } from '../../../platform/http/schema-types.ts';
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
      { config: { scheme: 'training.read-own' }, schema: { tags, params: SlugParams, response: { 200: S.Catalogue } } },
      async (request) => getCatalogue(ctx, userInScheme(request)),
    );

    app.post(
      '/:slug/training/catalogue',
      {
        config: { scheme: 'training.manage' },
        schema: { tags, params: SlugParams, body: S.CreateCourseBody, response: { 201: S.CourseView } },
      },
      async (request, reply) =>
        reply.status(201).send(await addCourse(ctx, { ...userInScheme(request), input: request.body })),
    );

    app.put(
      '/:slug/training/catalogue/:id',
      {
        config: { scheme: 'training.manage' },
        schema: { tags, params: S.CourseParams, body: S.UpdateCourseBody, response: { 200: S.CourseView } },
      },
      async (request) => updateCourse(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.get(
      '/:slug/training/complexity-flags',
      {
        config: { scheme: 'scheme.read' },
        schema: { tags, params: SlugParams, response: { 200: S.ComplexityFlagList } },
      },
      async (request) => listComplexityFlags(ctx, userInScheme(request)),
    );

    app.get(
      '/:slug/training/me',
      {
        config: { scheme: 'training.read-own' },
        schema: { tags, params: SlugParams, response: { 200: S.PersonTraining } },
      },
      async (request) => getPersonTraining(ctx, userInScheme(request)),
    );

    app.get(
      '/:slug/training/people/:userId',
      {
        config: { scheme: 'training.read-own' },
        schema: { tags, params: S.PersonParams, response: { 200: S.PersonTraining } },
      },
      async (request) => getPersonTraining(ctx, { ...userInScheme(request), userId: request.params.userId }),
    );

    app.post(
      '/:slug/training/records',
      {
        bodyLimit: RECORD_BODY_LIMIT,
        config: { scheme: 'training.record-own' },
        schema: { tags, params: SlugParams, body: S.RecordTrainingBody, response: { 201: S.PersonTraining } },
      },
      async (request, reply) =>
        reply.status(201).send(await recordTraining(ctx, { ...userInScheme(request), input: request.body })),
    );

    app.get(
      '/:slug/training/certificates/:id',
      { config: { scheme: 'training.read-own' }, schema: { tags, params: SlugIdParams } },
      async (request, reply) => {
        const file = await getCertificate(ctx, { ...userInScheme(request), id: request.params.id });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(file.content);
      },
    );

    app.get(
      '/:slug/training/matrix',
      {
        config: { scheme: 'training.matrix' },
        schema: { tags, params: SlugParams, querystring: S.MatrixQuery, response: { 200: S.Matrix } },
      },
      async (request) => getTrainingMatrix(ctx, { ...userInScheme(request), query: request.query }),
    );

    app.post(
      '/:slug/training/induction',
      {
        config: { scheme: 'training.record-own' },
        schema: { tags, params: SlugParams, body: S.InductionBody, response: { 200: S.PersonTraining } },
      },
      async (request) => setInductionItem(ctx, { ...userInScheme(request), input: request.body }),
    );

    app.get(
      '/:slug/cases/:id/competence',
      {
        config: { scheme: 'case.read' },
        schema: { tags: ['cases'], params: SlugIdParams, response: { 200: S.CaseCompetence } },
      },
      async (request) => getCaseCompetence(ctx, { ...userInScheme(request), caseId: request.params.id }),
    );
  };
}
