/**
 * The database a benchmark runs on: PGlite in memory by default; with BENCH_DATABASE_URL, a
 * throwaway database created on that server and dropped afterwards. A benchmark never migrates,
 * seeds or writes to the database the URL names: when the role may not create a database it stops.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createContext, type AppContext } from '../src/context.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { testConfig } from '../test/support/context.ts';

/** A benchmark that will not run as asked, and says why (printed without a stack trace). */
export class BenchRefused extends Error {}

/** PGlite in memory by default; with BENCH_DATABASE_URL a throwaway database on that server, or an error if it cannot create one. */
export async function openBenchDatabase(): Promise<{ database: Database; label: string; drop: () => Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ databaseUrl: null, embeddedDir: 'memory://' });
    return { database, label: 'PGlite (embedded, in memory)', drop: () => database.close() };
  }
  const name = `linkwork_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    throw new BenchRefused(`cannot create a throwaway database on BENCH_DATABASE_URL (${error instanceof Error ? error.message : String(error)}). `
      + 'A benchmark only writes to a database it created: give it a role with CREATEDB, or unset BENCH_DATABASE_URL to run on PGlite.');
  }
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), embeddedDir: 'memory://' });
  const version = (await database.owner.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  return {
    database, label: `PostgreSQL ${version} (throwaway database ${name})`,
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      for (let attempt = 0; ; attempt += 1) {
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      await cleanup.end();
    },
  };
}

/**
 * A migrated throwaway database and an application context on it. `close` stops the context's job
 * queue (pg-boss keeps timers and connections that would hold the process open) and drops the database.
 */
export async function openBenchContext(): Promise<{ ctx: AppContext; database: Database; label: string; close: () => Promise<void> }> {
  const { database, label, drop } = await openBenchDatabase();
  let ctx: AppContext;
  try {
    await database.migrate();
    ctx = await createContext(testConfig({ logLevel: 'silent' }), database);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ctx, database, label,
    async close() {
      try {
        await ctx.jobs.stop();
      } finally {
        await drop();
      }
    },
  };
}
