import type { CommissionedReportView } from '../../api/commissioning.ts';
import type { ReportTable } from '../../api/reports.ts';

const WHOLE = /^\d+$/;

/**
 * The commissioner's tables as the manager's report parts read them. The server sends every count as text
 * ("15", "1–7", "[c]"); a shown count becomes a number again, so the data table formats it and the chart draws it,
 * while "1–7" and "[c]" stay text: the data table shows them as they are and the charts, which draw numbers only,
 * leave them out rather than plot a guess.
 */
export function chartableTables(view: CommissionedReportView): ReportTable[] {
  return view.tables.map((table) => {
    const counts = table.columns.filter((c) => c.kind === 'count').map((c) => c.key);
    return {
      ...table,
      rows: table.rows.map((row) => {
        const next = { ...row };
        for (const key of counts) {
          const cell = row[key];
          if (typeof cell === 'string' && WHOLE.test(cell)) next[key] = Number(cell);
        }
        return next;
      }),
    };
  });
}
