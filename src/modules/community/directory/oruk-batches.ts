import { orukContentHash } from './oruk-content-hash.ts';
import { recordId, type ImportProblem, type OrukReadItem, type OrukRecord } from './oruk-records.ts';
import { validateOruk, type OrukKind } from './oruk-validate.ts';
import { prepareOrukBatch, type PreparedOrukBatch } from './oruk-writer.ts';

/** Which of the given services the directory holds, each with the content hash of its last import. */
export type StoredHashes = (serviceIds: string[]) => Promise<Map<string, string | null>>;

/** A record of a checked batch, as the import reports it. */
export interface RecordRef {
  kind: OrukKind;
  id: string | null;
  origin: string;
}

/**
 * One batch after reading and checking, ready to write. `problems` are the reader's and the schema's, in
 * reading order; `valid` are the records `prepared` writes.
 */
export interface CheckedBatch {
  seq: number;
  /** Records read so far, this batch included. */
  read: number;
  problems: ImportProblem[];
  unchanged: Partial<Record<OrukKind, number>>;
  skipped: Partial<Record<OrukKind, number>>;
  valid: RecordRef[];
  prepared: PreparedOrukBatch | null;
}

interface Pending {
  record: OrukRecord;
  hash: string | null;
}

const add = (counts: Partial<Record<OrukKind, number>>, kind: OrukKind) => {
  counts[kind] = (counts[kind] ?? 0) + 1;
};

/**
 * Cuts an ORUK reader's items into batches and makes each ready to write, with no database work but
 * the `stored` lookup: a service that hashes as at its last import is counted unchanged and neither
 * checked nor written; the other records are checked against their schema, and the good ones planned
 * and serialised. Keeps each batch's good records until `release`, so that a batch the database
 * refuses can be prepared again one record at a time (`singles`).
 */
export class OrukBatchPreparer {
  /** Services of the batches already prepared: the directory may hold them even if the lookup did not see them. */
  private readonly sent = new Set<string>();
  private readonly kept = new Map<number, { valid: Pending[]; stored: Map<string, string | null> }>();

  constructor(
    private readonly source: string,
    private readonly stored: StoredHashes,
  ) {}

  async *batches(items: AsyncIterable<OrukReadItem>, batchSize: number): AsyncGenerator<CheckedBatch> {
    let seq = 0;
    let read = 0;
    let pending: Pending[] = [];
    let problems: ImportProblem[] = [];
    const skipped: Partial<Record<OrukKind, number>> = {};
    for await (const item of items) {
      if (item.problem) {
        problems.push(item.problem);
        if (item.problem.kind !== 'file') add(skipped, item.problem.kind);
        continue;
      }
      const record = item.record;
      read++;
      pending.push({
        record,
        hash: record.kind === 'service' && typeof record.data.id === 'string' ? orukContentHash(record) : null,
      });
      if (pending.length >= batchSize) {
        yield await this.check(seq++, read, pending, problems, { ...skipped });
        pending = [];
        problems = [];
        for (const kind of Object.keys(skipped)) delete skipped[kind as OrukKind];
      }
    }
    yield await this.check(seq, read, pending, problems, { ...skipped });
  }

  /** The records of a batch the database refused, each prepared alone. */
  singles(seq: number): Promise<PreparedOrukBatch[]> {
    const kept = this.kept.get(seq);
    if (!kept) throw new Error(`batch ${seq} of the import is no longer held`);
    return Promise.all(kept.valid.map((p) => this.prepare([p], kept.stored)));
  }

  /** Forgets a batch once it is written. */
  release(seq: number): void {
    this.kept.delete(seq);
  }

  private async check(
    seq: number,
    read: number,
    batch: Pending[],
    problems: ImportProblem[],
    skipped: Partial<Record<OrukKind, number>>,
  ): Promise<CheckedBatch> {
    const stored = await this.stored(batch.flatMap((p) => (p.hash ? [String(p.record.data.id)] : [])));
    const unchanged: Partial<Record<OrukKind, number>> = {};
    const valid: Pending[] = [];
    for (const p of batch) {
      if (p.hash && stored.get(String(p.record.data.id)) === p.hash) {
        add(unchanged, p.record.kind);
        continue;
      }
      const invalid = validateOruk(p.record.kind, p.record.data);
      if (invalid.length === 0) valid.push(p);
      else {
        add(skipped, p.record.kind);
        for (const problem of invalid)
          problems.push({ kind: p.record.kind, id: recordId(p.record.data), origin: p.record.origin, ...problem });
      }
    }
    const prepared = valid.length > 0 ? await this.prepare(valid, stored) : null;
    for (const p of valid) if (p.hash) this.sent.add(String(p.record.data.id));
    if (valid.length > 0) this.kept.set(seq, { valid, stored });
    return {
      seq,
      read,
      problems,
      unchanged,
      skipped,
      valid: valid.map(({ record }) => ({ kind: record.kind, id: recordId(record.data), origin: record.origin })),
      prepared,
    };
  }

  /** Plans and serialises valid records; `stored` says which services the directory already holds. */
  private prepare(batch: Pending[], stored: Map<string, string | null>): Promise<PreparedOrukBatch> {
    const newServices = new Set<string>();
    const hashes = new Map<string, string>();
    for (const p of batch) {
      if (!p.hash) continue;
      const serviceId = String(p.record.data.id);
      hashes.set(serviceId, p.hash);
      if (!stored.has(serviceId) && !this.sent.has(serviceId)) newServices.add(serviceId);
    }
    return prepareOrukBatch(
      batch.map((p) => p.record),
      this.source,
      { newServices, contentHashes: hashes },
    );
  }
}
