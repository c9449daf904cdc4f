import { apiRequest, toQuery } from './client.ts';
import type { QueryOf, ResponseOf } from './contract.ts';

/** Shapes of src/modules/reporting/reports/reports.schemas.ts, from the server's contract. */

type ReportPath = '/api/schemes/{slug}/reports/{report}';

/** One report: its title, the filters in force (defaults filled in) and its tables. */
export type ReportView = ResponseOf<ReportPath, 'get'>;
export type ReportName = ReportView['report'];
export type ReportFilters = ReportView['filters'];
export type ReportTable = ReportView['tables'][number];
export type ReportColumn = ReportTable['columns'][number];
export type ReportColumnKind = ReportColumn['kind'];
export type ReportRow = ReportTable['rows'][number];
export type ReportCell = ReportRow[string];
export type ReportChart = NonNullable<ReportTable['chart']>;
/** The filters a report takes: months as yyyy-mm, a practice's ODS code, a need code, a link worker's id. */
export type ReportQuery = QueryOf<ReportPath, 'get'>;

/** The reports the server builds, in the order the index lists them. */
export const REPORT_NAMES: readonly ReportName[] = [
  'activity',
  'community',
  'outcomes',
  'safety',
  'equity',
  'practices',
];

/** True when a URL segment names a report the server builds, so the page can say "not found" without asking. */
export function isReportName(value: string | undefined): value is ReportName {
  return REPORT_NAMES.some((name) => name === value);
}

const reportPath = (slug: string, report: ReportName) =>
  `/api/schemes/${encodeURIComponent(slug)}/reports/${encodeURIComponent(report)}`;

/** Filters as the URL or the report gives them back (null for "all"). */
export type ReportFilterValues = { [K in keyof ReportQuery]?: string | null };

/** The same filters as a query object; toQuery leaves out the empty ones. */
function queryOf(filters: ReportFilterValues): Record<string, string | null | undefined> {
  return { from: filters.from, to: filters.to, practice: filters.practice, need: filters.need, worker: filters.worker };
}

/** The scheme manager's reports, each as tables and each table as a CSV download. */
export const reportsApi = {
  get: (slug: string, report: ReportName, filters: ReportFilterValues) =>
    apiRequest<ReportView>(`${reportPath(slug, report)}${toQuery(queryOf(filters))}`),
  /** A link, not a call: the browser downloads the file with the session cookie, as the page's filters say. */
  tableCsvUrl: (slug: string, report: ReportName, table: string, filters: ReportFilterValues) =>
    `${reportPath(slug, report)}/tables/${encodeURIComponent(table)}.csv${toQuery(queryOf(filters))}`,
};
