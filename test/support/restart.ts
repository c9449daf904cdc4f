import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createContext } from '../../src/create-context.ts';
import type { AppContext } from '../../src/context.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/database.ts';
import { testConfig, type testClock } from './context.ts';
import { scratchPostgresDatabase } from './databases.ts';

/** A database that outlives the server using it, so a test can stop the server and start another on it. */
export interface RestartablePlace {
  options: DatabaseOptions;
  cleanup(): Promise<void>;
}

/**
 * An embedded database in a temporary folder (kept on disk between opens) and, when TEST_DATABASE_URL is
 * set, a fresh PostgreSQL database: the places a restart test runs on.
 */
export function restartablePlaces(label: string): { name: string; make: () => Promise<RestartablePlace> }[] {
  const places = [
    {
      name: 'pglite',
      make: async (): Promise<RestartablePlace> => {
        const dir = mkdtempSync(join(tmpdir(), `linkwork-${label}-`));
        return {
          options: { databaseUrl: null, embeddedDir: dir },
          cleanup: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
  ];
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    places.push({
      name: 'postgres',
      make: async () => {
        const scratch = await scratchPostgresDatabase(adminUrl, `linkwork_${label.replace(/-/g, '_')}`);
        return { options: { databaseUrl: scratch.url, embeddedDir: 'memory://', poolSize: 4 }, cleanup: scratch.drop };
      },
    });
  }
  return places;
}

/**
 * Inside a describe: `begin` makes the place, `start` opens it as a server starting would (migrate, then a
 * context with its job queue) and `stop` shuts it down, as often as the test restarts; everything opened is closed after the tests.
 */
export function useRestartableServer() {
  let place: RestartablePlace | undefined;
  const open: { database: Database; ctx: AppContext }[] = [];
  afterAll(async () => {
    for (const o of open) {
      await o.ctx.jobs.stop().catch(() => undefined);
      await o.database.close().catch(() => undefined);
    }
    await place?.cleanup();
  });
  return {
    async begin(make: () => Promise<RestartablePlace>): Promise<void> {
      place = await make();
    },
    async start(clock: ReturnType<typeof testClock>): Promise<{ database: Database; ctx: AppContext }> {
      const database = await openDatabase(place!.options);
      await database.migrate();
      const ctx = await createContext(testConfig(), database, clock.now);
      open.push({ database, ctx });
      return { database, ctx };
    },
    /** Stops a server as a shutdown would: its queue, then its database. */
    async stop(running: { database: Database; ctx: AppContext }): Promise<void> {
      await running.ctx.jobs.stop();
      await running.database.close();
      open.splice(open.indexOf(running), 1);
    },
  };
}
