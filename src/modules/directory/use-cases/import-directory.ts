import { authorize } from '../../../platform/policy.ts';
import type { AppContext } from '../../../context.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { writeOrukRecord } from '../oruk-writer.ts';
import { recordId, type ImportProblem, type OrukReadResult } from '../oruk-records.ts';
import { validateOruk, type OrukKind } from '../oruk-validate.ts';

export interface ImportCounts { created: number; updated: number; unchanged: number; skipped: number }

export interface DirectoryImportReport {
  source: string;
  format: 'json' | 'csv' | 'api';
  counts: Partial<Record<OrukKind, ImportCounts>>;
  problems: ImportProblem[];
  /** Records written or confirmed unchanged. */
  imported: number;
}

function databaseReason(error: unknown): string {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e.code === '23503') return `refers to a record that is not in the directory${e.detail ? ` (${e.detail})` : ''}; import it first or in the same run`;
  if (e.code === '23502') return `a required value is missing (${e.message ?? ''})`;
  if (e.code?.startsWith('22')) return `a value has the wrong form for the database (${e.message ?? ''})`;
  return e.message ?? String(error);
}

/**
 * Imports ORUK records read from a file or folder: validates each against its schema, writes
 * each good record with all its child rows in one transaction, skips and reports bad ones, and
 * audits the run. The directory is public data, so only the console (a system actor) imports.
 */
export async function importDirectory(ctx: AppContext, actor: SystemActor, input: OrukReadResult, progress: (message: string) => void = () => {}): Promise<DirectoryImportReport> {
  authorize(actor, 'directory.import');
  const report: DirectoryImportReport = { source: input.source, format: input.format, counts: {}, problems: [...input.problems], imported: 0 };
  const count = (kind: OrukKind) => (report.counts[kind] ??= { created: 0, updated: 0, unchanged: 0, skipped: 0 });
  for (const p of input.problems) if (p.kind !== 'file') count(p.kind).skipped++;

  for (const [i, record] of input.records.entries()) {
    const id = recordId(record.data);
    const invalid = validateOruk(record.kind, record.data);
    if (invalid.length > 0) {
      count(record.kind).skipped++;
      for (const p of invalid) report.problems.push({ kind: record.kind, id, origin: record.origin, ...p });
      continue;
    }
    try {
      const write = await ctx.db.transaction().execute((trx) => writeOrukRecord(trx, record, input.source));
      count(record.kind)[write]++;
      report.imported++;
    } catch (error) {
      count(record.kind).skipped++;
      report.problems.push({ kind: record.kind, id, origin: record.origin, path: '/', reason: databaseReason(error) });
    }
    if ((i + 1) % 100 === 0) progress(`${i + 1} of ${input.records.length} records…`);
  }

  await recordAudit(ctx.db, actor, {
    action: 'directory.import',
    recordType: 'directory',
    detail: { source: input.source, format: input.format, counts: report.counts, problems: report.problems.length },
  });
  return report;
}

/** The lines the CLI prints: per type created / updated / unchanged / skipped, then each problem. */
export function formatImportReport(report: DirectoryImportReport): string[] {
  const lines = [`Imported ${report.source} (${report.format}):`];
  for (const [kind, c] of Object.entries(report.counts)) {
    lines.push(`  ${kind.padEnd(20)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, skipped ${c.skipped}`);
  }
  if (report.problems.length > 0) {
    lines.push(`Problems (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  - ${p.kind} ${p.id ?? '(no id)'} in ${p.origin} at ${p.path}: ${p.reason}`);
  }
  return lines;
}
