import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../context.ts';
import { userInScheme } from '../../../platform/http/request-scheme.ts';
import { ReportQuery } from './report-filters.ts';
import * as S from './reports.schemas.ts';
import { downloadReportTable } from './use-cases/download-report-table.ts';
import { getReport } from './use-cases/get-report.ts';
import { PracticeSummaryParams, PracticeSummaryQuery, PracticeSummaryView } from './practice-summary.schemas.ts';
import { getPracticeSummary } from './use-cases/get-practice-summary.ts';

const tags = ['reports'];

/** Scheme reports: each as tables with charts, and each table as a CSV download. */
export function reportRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/reports/:report',
      {
        config: { scheme: 'report.read' },
        schema: { tags, params: S.ReportParams, querystring: ReportQuery, response: { 200: S.ReportView } },
      },
      async (request) =>
        getReport(ctx, { ...userInScheme(request), report: request.params.report, query: request.query }),
    );

    app.get(
      '/:slug/reports/practices/:ods/summary',
      {
        config: { scheme: 'report.read' },
        schema: {
          tags,
          params: PracticeSummaryParams,
          querystring: PracticeSummaryQuery,
          response: { 200: PracticeSummaryView },
        },
      },
      async (request) =>
        getPracticeSummary(ctx, { ...userInScheme(request), ods: request.params.ods, query: request.query }),
    );

    app.get(
      '/:slug/reports/:report/tables/:table',
      {
        config: { scheme: 'report.read' },
        schema: {
          tags,
          params: S.ReportTableParams,
          querystring: ReportQuery,
          produces: ['text/csv'],
          response: { 200: { type: 'string', description: 'The table as CSV (UTF-8 with a byte order mark)' } },
        },
      },
      async (request, reply) => {
        const { fileName, csv } = await downloadReportTable(ctx, {
          ...userInScheme(request),
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
