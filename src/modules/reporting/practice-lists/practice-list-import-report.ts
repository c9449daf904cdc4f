/** The practice-list import's report as the console prints it. */
import type { PracticeListImportReport } from './use-cases/import-practice-lists.ts';

/** The lines the CLI prints: the counts, then each problem (the first 100; the rest are counted). */
export function formatPracticeListImportReport(report: PracticeListImportReport, limit = 100): string[] {
  const dates = report.extractDates.length ? ` (extract ${report.extractDates.join(', ')})` : '';
  const lines = [
    `Imported registered lists from ${report.source}${dates}: ${report.practices} practices replaced, ` +
      `${report.patients.toLocaleString('en-GB')} patients; ${report.passed} total or non-practice lines passed over, ` +
      `skipped ${report.skipped}. ${report.total} practices have a list.`,
  ];
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems.slice(0, limit)) lines.push(`  - line ${p.line}, column ${p.column}: ${p.reason}`);
    if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more.`);
  }
  return lines;
}
