import { closeSync, existsSync, fsyncSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Beside DATA_DIR/pgdata while `linkwork start` creates a new embedded database and seeds the demo
 * in it; removed once the demo is complete. Written before the database folder exists, so while it
 * is there the database holds nothing but a demo being made: a start stopped midway (killed, power
 * lost) leaves it behind, and the next start throws that database away and begins again.
 */
const MARK = 'pgdata.incomplete';

/** True when DATA_DIR holds no embedded database yet: no `pgdata` folder, or only an empty one. */
export function noEmbeddedDatabase(dataDir: string): boolean {
  const folder = join(dataDir, 'pgdata');
  return !existsSync(folder) || readdirSync(folder).length === 0;
}

/** True when a start stopped while creating a new embedded database with the demo (its mark is still there). */
export function newDatabaseUnfinished(dataDir: string): boolean {
  return existsSync(join(dataDir, MARK));
}

/** The half-made new database and its mark, deleted: DATA_DIR is as if that start had never run. */
export function discardUnfinishedDatabase(dataDir: string): void {
  rmSync(join(dataDir, 'pgdata'), { recursive: true, force: true });
  clearNewDatabaseMark(dataDir);
}

/**
 * Marks the database about to be created in DATA_DIR as a new one being seeded with the demo, durably,
 * before its folder exists. Returns the function that removes the mark once the demo is complete.
 */
export function markNewDatabase(dataDir: string, now: Date): () => void {
  const file = join(dataDir, MARK);
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(
      fd,
      `linkwork start (pid ${process.pid}) began creating this embedded database with the demo data at ` +
        `${now.toISOString()}. While this file is here the demo is incomplete; the next "linkwork start" ` +
        'deletes pgdata/ and this file and creates them again.\n',
    );
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return () => clearNewDatabaseMark(dataDir);
}

/** Removes the mark: the demo is complete, or the database was replaced whole (linkwork restore). */
export function clearNewDatabaseMark(dataDir: string): void {
  rmSync(join(dataDir, MARK), { force: true });
}

/** Refuses work on a new database whose demo seed was stopped midway; `linkwork start` creates it again. */
export function refuseUnfinishedDatabase(dataDir: string): void {
  if (!newDatabaseUnfinished(dataDir)) return;
  throw new Error(
    `The embedded database in ${dataDir} is incomplete: a "linkwork start" stopped while creating it with the ` +
      'demo data. Run "linkwork start" to throw it away and create it again from the beginning (or restore a ' +
      'backup with "linkwork restore").',
  );
}
