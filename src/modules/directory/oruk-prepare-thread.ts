/**
 * The import's preparing thread: reads an ORUK file or folder, hashes, checks, plans and serialises each
 * batch (OrukBatchPreparer), and hands the batches to the importing thread, which only looks up stored
 * hashes and writes. Started by batchesFromThread; runs nothing when imported elsewhere.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import { OrukBatchPreparer } from './oruk-batches.ts';
import { readOrukSource } from './oruk-source.ts';
import type { FromPrepareThread, PrepareThreadInput, ToPrepareThread } from './oruk-thread-messages.ts';

const port = parentPort;

if (port) {
  const { path, batchSize } = workerData as PrepareThreadInput;
  const send = (message: FromPrepareThread) => port.postMessage(message);
  const lookups = new Map<number, (hashes: Map<string, string | null>) => void>();
  let lookupId = 0;
  // Batches the importing thread has asked for and not yet been sent: it asks for the next as it takes one.
  let credit = 0;
  let creditGiven: (() => void) | null = null;
  let preparer: OrukBatchPreparer | null = null;

  port.on('message', (message: ToPrepareThread) => {
    switch (message.type) {
      case 'next':
        credit++;
        creditGiven?.();
        break;
      case 'stored':
        lookups.get(message.id)?.(message.hashes);
        lookups.delete(message.id);
        break;
      case 'singles':
        preparer!.singles(message.seq).then(
          (prepared) => send({ type: 'singles', id: message.id, prepared }),
          (error: unknown) => send({ type: 'error', error: threadError(error) }),
        );
        break;
      case 'release':
        preparer?.release(message.seq);
        break;
    }
  });

  const stored = (serviceIds: string[]) =>
    new Promise<Map<string, string | null>>((resolve) => {
      const id = lookupId++;
      lookups.set(id, resolve);
      send({ type: 'lookup', id, serviceIds });
    });

  const asked = async () => {
    while (credit === 0) await new Promise<void>((resolve) => (creditGiven = resolve));
    credit--;
  };

  (async () => {
    const input = readOrukSource(path);
    preparer = new OrukBatchPreparer(input.source, stored);
    for await (const batch of preparer.batches(input.items, batchSize)) {
      await asked();
      send({ type: 'batch', batch });
    }
    send({ type: 'end' });
  })().catch((error: unknown) => send({ type: 'error', error: threadError(error) }));
}

function threadError(error: unknown): { message: string; code?: string; app: boolean } {
  if (error instanceof AppError) return { message: error.message, code: error.code, app: true };
  const e = error as { message?: string; code?: unknown };
  return {
    message: e?.message ?? String(error),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    app: false,
  };
}
