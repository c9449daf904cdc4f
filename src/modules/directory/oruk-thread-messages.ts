import type { CheckedBatch } from './oruk-batches.ts';
import type { PreparedOrukBatch } from './oruk-writer.ts';

/** What the import's preparing thread is started with. */
export interface PrepareThreadInput {
  path: string;
  batchSize: number;
}

/** An error as it crosses between threads: an AppError keeps its code. */
export interface ThreadError {
  message: string;
  code?: string;
  app: boolean;
}

/** From the import to its preparing thread. */
export type ToPrepareThread =
  | { type: 'next' }
  | { type: 'stored'; id: number; hashes: Map<string, string | null> }
  | { type: 'singles'; id: number; seq: number }
  | { type: 'release'; seq: number };

/** From the preparing thread to the import. */
export type FromPrepareThread =
  | { type: 'lookup'; id: number; serviceIds: string[] }
  | { type: 'batch'; batch: CheckedBatch }
  | { type: 'singles'; id: number; prepared: PreparedOrukBatch[] }
  | { type: 'end' }
  | { type: 'error'; error: ThreadError };
