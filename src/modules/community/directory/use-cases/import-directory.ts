/** Importing the community directory from Open Referral UK records, from the console. */
import { authorize } from '../../../../platform/policy.ts';
import type { AppContext } from '../../../../context.ts';
import type { SystemActor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import type { RowWrite } from '../directory-tables.repository.ts';
import { OrukBatchPreparer, type CheckedBatch, type RecordRef } from '../oruk-batches.ts';
import { findServiceContentHashes } from '../oruk-import.repository.ts';
import type { ImportProblem, OrukReadItem, OrukReadResult, OrukReadStream } from '../oruk-records.ts';
import type { OrukKind } from '../oruk-validate.ts';
import { writeOrukBatch, type PreparedOrukBatch } from '../oruk-writer.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface DirectoryImportReport {
  source: string;
  format: 'json' | 'csv' | 'api';
  counts: Partial<Record<OrukKind, ImportCounts>>;
  problems: ImportProblem[];
  /** Records written or confirmed unchanged. */
  imported: number;
  /** Records read (good and bad), and how long reading, checking and writing them took. */
  read: number;
  seconds: number;
}

export interface ImportOptions {
  /** Told how far the import has got, about every thousand records. */
  progress?: (message: string) => void;
  /** Records written together, in one transaction, with one statement per table. */
  batchSize?: number;
}

/** Big enough that a statement carries many rows, small enough that a failing batch is quick to redo record by record. */
export const DEFAULT_IMPORT_BATCH = 1_000;

function databaseReason(error: unknown): string {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e.code === '23503')
    return `refers to a record that is not in the directory${e.detail ? ` (${e.detail})` : ''}; import it first or in the same run`;
  if (e.code === '23502') return `a required value is missing (${e.message ?? ''})`;
  if (e.code?.startsWith('22')) return `a value has the wrong form for the database (${e.message ?? ''})`;
  return e.message ?? String(error);
}

async function* itemsOf(input: OrukReadResult | OrukReadStream): AsyncGenerator<OrukReadItem> {
  if ('items' in input) {
    yield* input.items;
    return;
  }
  for (const problem of input.problems) yield { problem };
  for (const record of input.records) yield { record };
}

/**
 * Imports ORUK records as a reader streams them: validates each against its schema, skips and
 * reports bad ones, and writes the good ones in batches, each batch with all its child rows in one
 * transaction. A service whose record hashes as it did at its last import is not written at all.
 * When a batch fails in the database, its records are written again one transaction each, so only
 * the records at fault are skipped (and reported) and no record is ever half written. The directory
 * is public data, so only the console (a system actor) imports; the run is audited.
 */
export async function importDirectory(
  ctx: AppContext,
  actor: SystemActor,
  input: OrukReadResult | OrukReadStream,
  options: ImportOptions = {},
): Promise<DirectoryImportReport> {
  authorize(actor, 'directory.import');
  const progress = options.progress ?? (() => {});
  const started = performance.now();
  const report: DirectoryImportReport = {
    source: input.source,
    format: input.format,
    counts: {},
    problems: [],
    imported: 0,
    read: 0,
    seconds: 0,
  };
  const count = (kind: OrukKind) => (report.counts[kind] ??= { created: 0, updated: 0, unchanged: 0, skipped: 0 });
  const tally = (record: RecordRef, write: RowWrite) => {
    count(record.kind)[write]++;
    report.imported++;
  };
  const fail = (record: RecordRef, error: unknown) => {
    count(record.kind).skipped++;
    report.problems.push({
      kind: record.kind,
      id: record.id,
      origin: record.origin,
      path: '/',
      reason: databaseReason(error),
    });
  };

  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_IMPORT_BATCH);
  const preparer = new OrukBatchPreparer(input.source, (serviceIds) => findServiceContentHashes(ctx.db, serviceIds));

  /** Writes prepared records in one transaction. */
  const writePrepared = async (valid: RecordRef[], prepared: PreparedOrukBatch): Promise<void> => {
    const writes = await ctx.db.transaction().execute((trx) => writeOrukBatch(trx, prepared));
    valid.forEach((record, i) => tally(record, writes[i]!));
  };

  /** Reports a checked batch's problems, so the report keeps reading order, and writes its valid records. */
  const store = async (batch: CheckedBatch): Promise<void> => {
    for (const [kind, n] of Object.entries(batch.unchanged)) {
      count(kind as OrukKind).unchanged += n;
      report.imported += n;
    }
    for (const [kind, n] of Object.entries(batch.skipped)) count(kind as OrukKind).skipped += n;
    report.problems.push(...batch.problems);
    if (!batch.prepared) return;
    try {
      await writePrepared(batch.valid, batch.prepared);
    } catch (error) {
      if (batch.valid.length === 1) {
        fail(batch.valid[0]!, error);
        return;
      }
      // Some record of the batch is at fault: write each alone, so the others still land whole.
      const singles = await preparer.singles(batch.seq);
      for (const [i, record] of batch.valid.entries()) {
        try {
          await writePrepared([record], singles[i]!);
        } catch (single) {
          fail(record, single);
        }
      }
    } finally {
      preparer.release(batch.seq);
    }
  };

  // One batch is written while the next is read, checked and serialised: this process's work overlaps
  // the database's work on the batch before, and batches still reach the database one after another.
  let writing: Promise<void> = Promise.resolve();
  let reported = 0;
  try {
    for await (const batch of preparer.batches(itemsOf(input), batchSize)) {
      await writing;
      report.read = batch.read;
      writing = store(batch);
      // Awaited before the next batch or at the end; marked handled so a reader error meanwhile is not reported twice.
      writing.catch(() => {});
      if (report.read - reported >= 1000) {
        reported = report.read;
        progress(
          `${report.read.toLocaleString('en-GB')} records read, ${report.imported.toLocaleString('en-GB')} imported, ${perSecond(report.imported, started)} records a second…`,
        );
      }
    }
  } catch (error) {
    // A reader that fails midway: the batch in flight finishes (or fails) before the error is passed on.
    await writing.catch(() => {});
    throw error;
  }
  await writing;
  report.seconds = (performance.now() - started) / 1000;

  await recordAudit(ctx.db, actor, {
    action: 'directory.import',
    recordType: 'directory',
    detail: {
      source: input.source,
      format: input.format,
      counts: report.counts,
      problems: report.problems.length,
      seconds: Math.round(report.seconds * 10) / 10,
    },
  });
  return report;
}

function perSecond(n: number, started: number): string {
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? Math.round(n / seconds).toLocaleString('en-GB') : '–';
}
