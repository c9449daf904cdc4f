/** One table of a report as CSV, safe to open in a spreadsheet; every download is audited with its filters. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { fail } from '../../../../platform/errors.ts';
import { toCsv } from '../kit/csv.ts';
import type { ReportQuery } from '../report-filters.ts';
import { checkedFilters, reportTables, shownFilters, type ReportName } from './get-report.ts';

/** The CSV text and a file name that says what it holds. */
export async function downloadReportTable(
  ctx: AppContext,
  { actor, scheme, report, table, query }: InScheme & { report: ReportName; table: string; query: ReportQuery },
): Promise<{ fileName: string; csv: string }> {
  const filters = checkedFilters(query, ctx.now());
  const key = table.replace(/\.csv$/, '');
  const tables = await reportTables(ctx, { scheme, report, filters }, async (trx) => {
    await recordAudit(trx, actor, {
      action: 'report.download',
      recordType: 'report',
      recordId: null,
      schemeId: scheme.id,
      detail: { report, table: key, filters: shownFilters(filters) },
    });
  });
  const found = tables.find((t) => t.key === key);
  if (!found)
    throw fail.field(
      'table',
      `The ${report} report has no table "${key}".`,
      `Choose one of: ${tables.map((t) => t.key).join(', ')}.`,
    );
  const shown = shownFilters(filters);
  return {
    fileName: `linkwork-${scheme.slug}-${report}-${key}-${shown.from}-to-${shown.to}.csv`,
    csv: toCsv(
      found.columns.map((c) => ({ key: c.key, header: c.label })),
      found.rows,
    ),
  };
}
