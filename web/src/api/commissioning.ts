import { apiRequest, toQuery } from './client.ts';
import type { QueryOf, ResponseOf } from './contract.ts';
import type { ReportName } from './reports.ts';

/** Shapes of src/modules/reporting/reports/commissioning.routes.ts, from the server's contract. */

type CommissionedPath = '/api/commissioning/reports/{report}';

/** A report summed across the chosen schemes, counts suppressed (as text), with the schemes it covers. */
export type CommissionedReportView = ResponseOf<CommissionedPath, 'get'>;
type CommissionedSchemes = ResponseOf<'/api/commissioning/schemes', 'get'>;
export type CommissionedScheme = CommissionedSchemes['schemes'][number];
type CommissionedQuery = QueryOf<CommissionedPath, 'get'>;

/** The filters a commissioner may use: months, a practice, a need and the schemes (slugs); never a worker. */
export type CommissionedFilterValues = { [K in Exclude<keyof CommissionedQuery, 'worker'>]?: string | null };

/** The filters as a query; toQuery leaves out the empty ones, so "all schemes" is no `schemes` at all. */
function queryOf(filters: CommissionedFilterValues): Record<string, string | null | undefined> {
  return {
    from: filters.from,
    to: filters.to,
    practice: filters.practice,
    need: filters.need,
    schemes: filters.schemes,
  };
}

const reportPath = (report: ReportName) => `/api/commissioning/reports/${encodeURIComponent(report)}`;

/** The commissioner's reports: the schemes granted, a report across them and each table as a CSV. */
export const commissioningApi = {
  schemes: () => apiRequest<CommissionedSchemes>('/api/commissioning/schemes'),
  report: (report: ReportName, filters: CommissionedFilterValues) =>
    apiRequest<CommissionedReportView>(`${reportPath(report)}${toQuery(queryOf(filters))}`),
  /** A link, not a call: the browser downloads the file with the session cookie, as the page's filters say. */
  tableCsvUrl: (report: ReportName, table: string, filters: CommissionedFilterValues) =>
    `${reportPath(report)}/tables/${encodeURIComponent(table)}.csv${toQuery(queryOf(filters))}`,
};
