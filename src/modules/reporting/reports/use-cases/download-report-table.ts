/** One table of a report as CSV, safe to open in a spreadsheet; every download is audited with its filters. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { toCsv } from '../kit/csv.ts';
import type { ReportQuery } from '../report-filters.ts';
import { checkedFilters, reportTables, shownFilters, tableOf, type ReportName } from './get-report.ts';

/** The CSV text and a file name that says what it holds. */
export async function downloadReportTable(
  ctx: AppContext,
  { actor, scheme, report, table, query }: InScheme & { report: ReportName; table: string; query: ReportQuery },
): Promise<{ fileName: string; csv: string }> {
  const filters = checkedFilters(query, ctx.now());
  // The table is found before the audit row is written, so a download of a table that does not exist leaves none.
  const tables = await reportTables(ctx, { actor, scheme, report, filters }, (trx, all) =>
    recordAudit(trx, actor, {
      action: 'report.download',
      recordType: 'report',
      recordId: null,
      schemeId: scheme.id,
      detail: { report, table: tableOf(report, all, table).key, filters: shownFilters(filters) },
    }),
  );
  const found = tableOf(report, tables, table);
  const shown = shownFilters(filters);
  return {
    fileName: `linkwork-${scheme.slug}-${report}-${found.key}-${shown.from}-to-${shown.to}.csv`,
    csv: toCsv(
      found.columns.map((c) => ({ key: c.key, header: c.label })),
      found.rows,
    ),
  };
}
