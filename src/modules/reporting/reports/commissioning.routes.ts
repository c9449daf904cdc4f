import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userActor } from '../../../platform/http/request-actor.ts';
import { CommissionedQuery } from './report-filters.ts';
import * as S from './reports.schemas.ts';
import { downloadCommissionedTable, getCommissionedReport } from './use-cases/get-commissioned-report.ts';
import { listMySchemes } from './use-cases/list-commissioned-schemes.ts';

const tags = ['commissioning'];

/** Reports for commissioners across the schemes they are granted: suppressed aggregates only, as pages and CSV. */
export function commissioningRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/schemes', { schema: { tags, response: { 200: S.CommissionedSchemes } } }, async (request) =>
      listMySchemes(ctx, { actor: userActor(request) }),
    );

    app.get(
      '/reports/:report',
      {
        schema: {
          tags,
          params: S.CommissionedParams,
          querystring: CommissionedQuery,
          response: { 200: S.CommissionedReportView },
        },
      },
      async (request) =>
        getCommissionedReport(ctx, { actor: userActor(request), report: request.params.report, query: request.query }),
    );

    app.get(
      '/reports/:report/tables/:table',
      {
        schema: {
          tags,
          params: S.CommissionedTableParams,
          querystring: CommissionedQuery,
          produces: ['text/csv'],
          response: { 200: { type: 'string', description: 'The table as CSV, small numbers suppressed' } },
        },
      },
      async (request, reply) => {
        const { fileName, csv } = await downloadCommissionedTable(ctx, {
          actor: userActor(request),
          report: request.params.report,
          table: request.params.table,
          query: request.query,
        });
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );
  };
}
