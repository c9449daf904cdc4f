import { createHash } from 'node:crypto';
import { authorize } from '../../../platform/policy.ts';
import type { AppContext } from '../../../context.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { RowWrite } from '../directory-tables.repository.ts';
import { findServiceContentHashes } from '../oruk-import.repository.ts';
import { writeOrukBatch } from '../oruk-writer.ts';
import {
  recordId,
  type ImportProblem,
  type OrukReadItem,
  type OrukReadResult,
  type OrukReadStream,
  type OrukRecord,
} from '../oruk-records.ts';
import { validateOruk, type OrukKind } from '../oruk-validate.ts';

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
export const DEFAULT_IMPORT_BATCH = 500;

/** Bumped when the import writes a record's rows differently, so records hashed by an older import are written again. */
const HASH_VERSION = 'oruk-import-1';

function databaseReason(error: unknown): string {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e.code === '23503')
    return `refers to a record that is not in the directory${e.detail ? ` (${e.detail})` : ''}; import it first or in the same run`;
  if (e.code === '23502') return `a required value is missing (${e.message ?? ''})`;
  if (e.code?.startsWith('22')) return `a value has the wrong form for the database (${e.message ?? ''})`;
  return e.message ?? String(error);
}

/** The value with every object's keys in order, so its JSON does not depend on how the publisher ordered them. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
  return out;
}

/** sha256 of a record's canonical JSON (keys sorted): the same record, however its keys are ordered, hashes the same. */
export function orukContentHash(record: OrukRecord): string {
  return createHash('sha256')
    .update(HASH_VERSION)
    .update(JSON.stringify(canonical(record.data)))
    .digest('base64url');
}

async function* itemsOf(input: OrukReadResult | OrukReadStream): AsyncGenerator<OrukReadItem> {
  if ('items' in input) {
    yield* input.items;
    return;
  }
  for (const problem of input.problems) yield { problem };
  for (const record of input.records) yield { record };
}

interface Pending {
  record: OrukRecord;
  hash: string | null;
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
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_IMPORT_BATCH);
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
  const tally = (record: OrukRecord, write: RowWrite) => {
    count(record.kind)[write]++;
    report.imported++;
  };
  const fail = (record: OrukRecord, error: unknown) => {
    count(record.kind).skipped++;
    report.problems.push({
      kind: record.kind,
      id: recordId(record.data),
      origin: record.origin,
      path: '/',
      reason: databaseReason(error),
    });
  };

  /** Writes valid records in one transaction; `stored` says which services the directory already holds. */
  const writeBatch = async (batch: Pending[], stored: Map<string, string | null>): Promise<void> => {
    const newServices = new Set(
      batch.flatMap((p) => (p.hash && !stored.has(String(p.record.data.id)) ? [String(p.record.data.id)] : [])),
    );
    const hashes = new Map(batch.flatMap((p) => (p.hash ? [[String(p.record.data.id), p.hash] as const] : [])));
    const writes = await ctx.db.transaction().execute((trx) =>
      writeOrukBatch(
        trx,
        batch.map((p) => p.record),
        input.source,
        { newServices, contentHashes: hashes },
      ),
    );
    batch.forEach((p, i) => tally(p.record, writes[i]!));
  };

  /**
   * A service whose record hashes as at its last import is unchanged: it was valid then, so it is
   * neither checked nor written. The others are checked against their schema, and the good ones written.
   */
  const flush = async (batch: Pending[], readProblems: ImportProblem[]): Promise<void> => {
    // The reader's problems met while this batch was gathered, so the report keeps reading order.
    report.problems.push(...readProblems);
    if (batch.length === 0) return;
    const stored = await findServiceContentHashes(
      ctx.db,
      batch.flatMap((p) => (p.hash ? [String(p.record.data.id)] : [])),
    );
    const valid: Pending[] = [];
    for (const p of batch) {
      if (p.hash && stored.get(String(p.record.data.id)) === p.hash) {
        tally(p.record, 'unchanged');
        continue;
      }
      const invalid = validateOruk(p.record.kind, p.record.data);
      if (invalid.length === 0) valid.push(p);
      else {
        count(p.record.kind).skipped++;
        for (const problem of invalid)
          report.problems.push({
            kind: p.record.kind,
            id: recordId(p.record.data),
            origin: p.record.origin,
            ...problem,
          });
      }
    }
    if (valid.length === 0) return;
    try {
      await writeBatch(valid, stored);
    } catch (error) {
      if (valid.length === 1) {
        fail(valid[0]!.record, error);
        return;
      }
      // Some record of the batch is at fault: write each alone, so the others still land whole.
      for (const p of valid) {
        try {
          await writeBatch([p], stored);
        } catch (single) {
          fail(p.record, single);
        }
      }
    }
  };

  // One batch is written while the next is read: reading, parsing and hashing (this process) overlap
  // the database's work on the batch before, and batches still reach the database one after another.
  let writing: Promise<void> = Promise.resolve();
  const write = async (batch: Pending[], readProblems: ImportProblem[]): Promise<void> => {
    await writing;
    writing = flush(batch, readProblems);
    // Awaited before the next batch or at the end; marked handled so a reader error meanwhile is not reported twice.
    writing.catch(() => {});
  };
  let pending: Pending[] = [];
  let pendingProblems: ImportProblem[] = [];
  let reported = 0;
  try {
    for await (const item of itemsOf(input)) {
      if (item.problem) {
        pendingProblems.push(item.problem);
        if (item.problem.kind !== 'file') count(item.problem.kind).skipped++;
        continue;
      }
      const record = item.record;
      report.read++;
      pending.push({
        record,
        hash: record.kind === 'service' && typeof record.data.id === 'string' ? orukContentHash(record) : null,
      });
      if (pending.length >= batchSize) {
        await write(pending, pendingProblems);
        pending = [];
        pendingProblems = [];
      }
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
  await write(pending, pendingProblems);
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
