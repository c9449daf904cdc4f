import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import { VersionBody } from '../referrals/index.ts';
import * as S from './cases.schemas.ts';
import { closeUnableToContact } from './use-cases/close-unable-to-contact.ts';
import { dischargeCase } from './use-cases/discharge-case.ts';
import { extendIntervention } from './use-cases/extend-intervention.ts';
import { completeTask } from './use-cases/complete-task.ts';
import { getCase } from './use-cases/get-case.ts';
import { getCaseload } from './use-cases/get-caseload.ts';
import { listMyTasks } from './use-cases/list-my-tasks.ts';
import { addGoal } from './use-cases/add-goal.ts';
import { addTask } from './use-cases/add-task.ts';
import { recordContactAttempt } from './use-cases/record-contact-attempt.ts';
import { recordSession } from './use-cases/record-session.ts';
import { recordOutcome } from './use-cases/record-outcome.ts';
import { OutcomeBody } from '../outcomes/index.ts';
import { updateAbout } from './use-cases/update-about.ts';
import { updateGoal } from './use-cases/update-goal.ts';

const tags = ['cases'];
const view = { 200: S.CaseView };

/** A link worker's cases: caseload, the case page, contact, sessions, plan, tasks, extension and discharge. */
export function caseRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/caseload',
      {
        config: { scheme: 'case.read' },
        schema: { tags, params: SlugParams, querystring: S.CaseloadQuery, response: { 200: S.Caseload } },
      },
      async (request) => getCaseload(ctx, { ...userInScheme(request), query: request.query }),
    );

    app.get(
      '/:slug/tasks',
      {
        config: { scheme: 'case.read' },
        schema: { tags, params: SlugParams, querystring: S.TasksQuery, response: { 200: S.MyTasks } },
      },
      async (request) => listMyTasks(ctx, { ...userInScheme(request), query: request.query }),
    );

    app.post(
      '/:slug/tasks/:taskId/done',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.TaskParams } },
      async (request, reply) => {
        await completeTask(ctx, { ...userInScheme(request), taskId: request.params.taskId });
        return reply.status(204).send();
      },
    );

    app.get(
      '/:slug/cases/:id',
      { config: { scheme: 'case.read' }, schema: { tags, params: S.CaseParams, response: view } },
      async (request) => getCase(ctx, { ...userInScheme(request), id: request.params.id }),
    );

    app.post(
      '/:slug/cases/:id/contact-attempts',
      {
        config: { scheme: 'case.write' },
        schema: { tags, params: S.CaseParams, body: S.ContactAttemptBody, response: view },
      },
      async (request) =>
        recordContactAttempt(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/outcomes',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: OutcomeBody, response: view } },
      async (request) => recordOutcome(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.put(
      '/:slug/cases/:id/about',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: S.AboutBody, response: view } },
      async (request) => updateAbout(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/sessions',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: S.SessionBody, response: view } },
      async (request) => recordSession(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/goals',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: S.GoalBody, response: view } },
      async (request) => addGoal(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.put(
      '/:slug/cases/:id/goals/:goalId',
      {
        config: { scheme: 'case.write' },
        schema: { tags, params: S.GoalParams, body: S.GoalUpdateBody, response: view },
      },
      async (request) =>
        updateGoal(ctx, {
          ...userInScheme(request),
          id: request.params.id,
          goalId: request.params.goalId,
          input: request.body,
        }),
    );

    app.post(
      '/:slug/cases/:id/tasks',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: S.TaskBody, response: view } },
      async (request) => addTask(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/extend',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: S.ExtendBody, response: view } },
      async (request) =>
        extendIntervention(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/close-unable-to-contact',
      { config: { scheme: 'case.write' }, schema: { tags, params: S.CaseParams, body: VersionBody, response: view } },
      async (request) =>
        closeUnableToContact(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );

    app.post(
      '/:slug/cases/:id/discharge',
      {
        config: { scheme: 'case.write' },
        schema: { tags, params: S.CaseParams, body: S.DischargeBody, response: view },
      },
      async (request) => dischargeCase(ctx, { ...userInScheme(request), id: request.params.id, input: request.body }),
    );
  };
}
