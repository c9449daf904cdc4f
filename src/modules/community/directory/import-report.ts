/** The directory import's report as the console prints it. */
import type { DirectoryImportReport } from './use-cases/import-directory.ts';

/** The lines the CLI prints: per type created / updated / unchanged / skipped, the pace, then each problem. */
export function formatImportReport(report: DirectoryImportReport): string[] {
  const lines = [`Imported ${report.source} (${report.format}):`];
  for (const [kind, c] of Object.entries(report.counts)) {
    lines.push(
      `  ${kind.padEnd(20)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, skipped ${c.skipped}`,
    );
  }
  const rate = report.seconds > 0 ? Math.round(report.imported / report.seconds).toLocaleString('en-GB') : '–';
  lines.push(
    `  ${report.read.toLocaleString('en-GB')} records in ${report.seconds.toFixed(1)} s: ${rate} records a second`,
  );
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems)
      lines.push(`  - ${p.kind} ${p.id ?? '(no id)'} in ${p.origin} at ${p.path}: ${p.reason}`);
  }
  return lines;
}
