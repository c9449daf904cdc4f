/** The postcode import's report as the console prints it. */
import type { PostcodeImportReport } from './use-cases/import-postcodes.ts';

/** The lines the CLI prints: the counts, then each problem (the first 100; the rest are counted). */
export function formatPostcodeImportReport(report: PostcodeImportReport, limit = 100): string[] {
  const lines = [
    `Imported postcodes from ${report.source}: created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, skipped ${report.skipped}` +
      (report.noGridReference > 0 ? ` (${report.noGridReference} without a grid reference)` : '') +
      `. ${report.total} postcodes stored.`,
  ];
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems.slice(0, limit)) lines.push(`  - line ${p.line}, column ${p.column}: ${p.reason}`);
    if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more.`);
  }
  return lines;
}
