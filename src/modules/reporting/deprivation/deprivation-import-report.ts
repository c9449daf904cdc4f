/** The deprivation import's report as the console prints it. */
import type { DeprivationImportReport } from './use-cases/import-deprivation.ts';

/** The lines the CLI prints: the counts, then each problem (the first 100; the rest are counted). */
export function formatDeprivationImportReport(report: DeprivationImportReport, limit = 100): string[] {
  const release = report.release ? `IoD${report.release} ` : '';
  const lines = [
    `Imported ${release}deprivation indices from ${report.source}: created ${report.created}, updated ${report.updated}, ` +
      `unchanged ${report.unchanged}, skipped ${report.skipped}.` +
      (report.release ? ` ${report.total} LSOAs stored for ${report.release}.` : ''),
  ];
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems.slice(0, limit)) lines.push(`  - line ${p.line}, column ${p.column}: ${p.reason}`);
    if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more.`);
  }
  return lines;
}
