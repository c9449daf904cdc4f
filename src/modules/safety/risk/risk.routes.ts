import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../platform/http/schema-types.ts';
import { SlugIdParams as CaseParams } from '../../../platform/http/schema-types.ts';
import * as S from './risk.schemas.ts';
import { checkRiskLanguage } from './use-cases/check-risk-language.ts';
import { closeRisk } from './use-cases/close-risk.ts';
import { getRisk } from './use-cases/get-risk.ts';
import { listCaseRisks } from './use-cases/list-case-risks.ts';
import { readCrisisHelp } from './use-cases/read-crisis-help.ts';
import { readRiskBoard } from './use-cases/read-risk-board.ts';
import { resolveRiskAction } from './use-cases/resolve-risk-action.ts';

const tags = ['risk'];

/** Risk at every contact: risk language, a case's risk records, resolving their actions and closing them, and the team risk board. */
export function riskRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.post(
      '/:slug/risk/language',
      {
        config: { scheme: 'risk.record' },
        schema: { tags, params: SlugParams, body: S.RiskLanguageBody, response: { 200: S.RiskLanguageView } },
      },
      async (request) => checkRiskLanguage(ctx, { ...userInScheme(request), text: request.body.text }),
    );

    app.get(
      '/:slug/risk/crisis-help',
      {
        config: { scheme: 'risk.read' },
        schema: { tags, params: SlugParams, response: { 200: S.CrisisHelpView } },
      },
      async (request) => readCrisisHelp(ctx, userInScheme(request)),
    );

    app.get(
      '/:slug/risk/board',
      {
        config: { scheme: 'risk.read' },
        schema: { tags, params: SlugParams, querystring: S.RiskBoardQuery, response: { 200: S.RiskBoard } },
      },
      async (request) => readRiskBoard(ctx, { ...userInScheme(request), ...request.query }),
    );

    app.get(
      '/:slug/cases/:id/risks',
      { config: { scheme: 'risk.read' }, schema: { tags, params: CaseParams, response: { 200: S.RiskList } } },
      async (request) => listCaseRisks(ctx, { ...userInScheme(request), caseId: request.params.id }),
    );

    app.get(
      '/:slug/cases/:id/risks/:riskId',
      { config: { scheme: 'risk.read' }, schema: { tags, params: S.RiskParams, response: { 200: S.RiskView } } },
      async (request) =>
        getRisk(ctx, { ...userInScheme(request), caseId: request.params.id, riskId: request.params.riskId }),
    );

    app.post(
      '/:slug/cases/:id/risks/:riskId/actions/:actionId',
      {
        config: { scheme: 'risk.act' },
        schema: { tags, params: S.RiskActionParams, body: S.ResolveActionBody, response: { 200: S.RiskView } },
      },
      async (request) =>
        resolveRiskAction(ctx, {
          ...userInScheme(request),
          caseId: request.params.id,
          riskId: request.params.riskId,
          actionId: request.params.actionId,
          input: request.body,
        }),
    );

    app.post(
      '/:slug/cases/:id/risks/:riskId/close',
      {
        config: { scheme: 'risk.act' },
        schema: { tags, params: S.RiskParams, body: S.CloseRiskBody, response: { 200: S.RiskView } },
      },
      async (request) =>
        closeRisk(ctx, {
          ...userInScheme(request),
          caseId: request.params.id,
          riskId: request.params.riskId,
          input: request.body,
        }),
    );
  };
}
