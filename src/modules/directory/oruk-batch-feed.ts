import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { typeScriptWorker } from '../../platform/typescript-worker.ts';
import { OrukBatchPreparer, type CheckedBatch, type StoredHashes } from './oruk-batches.ts';
import type { OrukReadItem } from './oruk-records.ts';
import type { FromPrepareThread, PrepareThreadInput, ThreadError, ToPrepareThread } from './oruk-thread-messages.ts';
import type { PreparedOrukBatch } from './oruk-writer.ts';

/** Batches ready to write, from this thread or another, and the way back for a batch the database refuses. */
export interface BatchFeed {
  batches: AsyncIterable<CheckedBatch>;
  /** The good records of a refused batch, each prepared alone. */
  singles(seq: number): Promise<PreparedOrukBatch[]>;
  /** Forgets a written batch. */
  release(seq: number): void;
  close(): Promise<void>;
}

/** Batches prepared in this thread, between the database's statements. */
export function batchesHere(
  source: string,
  items: AsyncIterable<OrukReadItem>,
  stored: StoredHashes,
  batchSize: number,
): BatchFeed {
  const preparer = new OrukBatchPreparer(source, stored);
  return {
    batches: preparer.batches(items, batchSize),
    singles: (seq) => preparer.singles(seq),
    release: (seq) => preparer.release(seq),
    close: async () => {},
  };
}

function fromThread(error: ThreadError): Error {
  if (error.app) return new AppError(error.code as ErrorCode, error.message);
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/**
 * Batches prepared in a worker thread that reads the file or folder at `path` itself: reading, hashing,
 * checking, planning and serialising use the second core while this thread answers the thread's stored
 * hash lookups and keeps the database's statements flowing. The thread prepares at most one batch ahead
 * of the one asked for.
 */
export function batchesFromThread(path: string, stored: StoredHashes, batchSize: number): BatchFeed {
  const input: PrepareThreadInput = { path, batchSize };
  const worker = typeScriptWorker(new URL('./oruk-prepare-thread.ts', import.meta.url), input);
  const send = (message: ToPrepareThread) => worker.postMessage(message);
  const arrived: CheckedBatch[] = [];
  const singles = new Map<number, { resolve: (p: PreparedOrukBatch[]) => void; reject: (e: Error) => void }>();
  let ended = false;
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  let singlesId = 0;
  const fail = (error: Error) => {
    failed ??= error;
    for (const waiting of singles.values()) waiting.reject(error);
    singles.clear();
    wake?.();
  };

  worker.on('message', (message: FromPrepareThread) => {
    switch (message.type) {
      case 'lookup':
        stored(message.serviceIds).then(
          (hashes) => send({ type: 'stored', id: message.id, hashes }),
          (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
        );
        return;
      case 'batch':
        arrived.push(message.batch);
        break;
      case 'singles':
        singles.get(message.id)?.resolve(message.prepared);
        singles.delete(message.id);
        return;
      case 'end':
        ended = true;
        break;
      case 'error':
        fail(fromThread(message.error));
        return;
    }
    wake?.();
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => {
    if (!ended) fail(new Error(`the import's preparing thread stopped (exit code ${code})`));
  });

  async function* batches(): AsyncGenerator<CheckedBatch> {
    for (;;) {
      send({ type: 'next' });
      while (arrived.length === 0 && !ended && !failed) await new Promise<void>((resolve) => (wake = resolve));
      if (failed) throw failed;
      const batch = arrived.shift();
      if (!batch) return;
      yield batch;
    }
  }

  return {
    batches: batches(),
    singles: (seq) =>
      new Promise<PreparedOrukBatch[]>((resolve, reject) => {
        if (failed) return reject(failed);
        const id = singlesId++;
        singles.set(id, { resolve, reject });
        send({ type: 'singles', id, seq });
      }),
    release: (seq) => send({ type: 'release', seq }),
    close: async () => {
      ended = true;
      await worker.terminate();
    },
  };
}
