/** Importing the community directory from Open Referral UK records, from the console. */
import { authorize } from '../../../platform/policy.ts';
import type { AppContext } from '../../../context.ts';
import type { SystemActor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { RowWrite } from '../directory-tables.repository.ts';
import { findServiceContentHashes } from '../oruk-import.repository.ts';
import { orukContentHash } from '../oruk-content-hash.ts';
import { prepareOrukBatch, writeOrukBatch, type PreparedOrukBatch } from '../oruk-writer.ts';
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

interface Pending {
  record: OrukRecord;
  hash: string | null;
}

/** A batch after checking: its valid records prepared for writing, and its problems in reading order. */
interface CheckedBatch {
  valid: Pending[];
  stored: Map<string, string | null>;
  problems: ImportProblem[];
  prepared: PreparedOrukBatch | null;
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

  /** Services of the batches already sent to be written: the directory may hold them even if the lookup did not see them. */
  const sent = new Set<string>();

  /** Plans and serialises valid records; `stored` says which services the directory already holds. */
  const prepare = (batch: Pending[], stored: Map<string, string | null>): Promise<PreparedOrukBatch> => {
    const newServices = new Set<string>();
    const hashes = new Map<string, string>();
    for (const p of batch) {
      if (!p.hash) continue;
      const serviceId = String(p.record.data.id);
      hashes.set(serviceId, p.hash);
      if (!stored.has(serviceId) && !sent.has(serviceId)) newServices.add(serviceId);
    }
    return prepareOrukBatch(
      batch.map((p) => p.record),
      input.source,
      { newServices, contentHashes: hashes },
    );
  };

  /** Writes prepared records in one transaction. */
  const writePrepared = async (batch: Pending[], prepared: PreparedOrukBatch): Promise<void> => {
    const writes = await ctx.db.transaction().execute((trx) => writeOrukBatch(trx, prepared));
    batch.forEach((p, i) => tally(p.record, writes[i]!));
  };

  /**
   * A service whose record hashes as at its last import is unchanged: it was valid then, so it is
   * neither checked nor written. The others are checked against their schema, and the good ones
   * prepared for writing. The batch's problems, the reader's first, are kept to report when it is written.
   */
  const check = async (batch: Pending[], readProblems: ImportProblem[]): Promise<CheckedBatch> => {
    const problems = [...readProblems];
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
          problems.push({ kind: p.record.kind, id: recordId(p.record.data), origin: p.record.origin, ...problem });
      }
    }
    const prepared = valid.length > 0 ? await prepare(valid, stored) : null;
    for (const p of valid) if (p.hash) sent.add(String(p.record.data.id));
    return { valid, stored, problems, prepared };
  };

  /** Reports a checked batch's problems, so the report keeps reading order, and writes its valid records. */
  const store = async ({ valid, stored, problems, prepared }: CheckedBatch): Promise<void> => {
    report.problems.push(...problems);
    if (!prepared) return;
    try {
      await writePrepared(valid, prepared);
    } catch (error) {
      if (valid.length === 1) {
        fail(valid[0]!.record, error);
        return;
      }
      // Some record of the batch is at fault: write each alone, so the others still land whole.
      for (const p of valid) {
        try {
          await writePrepared([p], await prepare([p], stored));
        } catch (single) {
          fail(p.record, single);
        }
      }
    }
  };

  // One batch is written while the next is read, checked and serialised: this process's work overlaps
  // the database's work on the batch before, and batches still reach the database one after another.
  let writing: Promise<void> = Promise.resolve();
  const write = async (batch: Pending[], readProblems: ImportProblem[]): Promise<void> => {
    const checked = await check(batch, readProblems);
    await writing;
    writing = store(checked);
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
