/**
 * The database a benchmark runs on: PGlite in memory by default; with BENCH_DATABASE_URL, a
 * throwaway database created on that server and dropped afterwards. A benchmark never migrates,
 * seeds or writes to the database the URL names: when the role may not create a database it stops.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabasePoolConfig } from '../src/config.ts';
import { createContext } from '../src/create-context.ts';
import type { AppContext } from '../src/context.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { testConfig } from '../test/support/context.ts';

/** A benchmark that will not run as asked, and says why (printed without a stack trace). */
export class BenchRefused extends Error {}

/**
 * A generated database kept after the run under a name made from `tag` (PostgreSQL only), so a later run with
 * `reuse` measures the same data again instead of generating it: `linkwork_bench_keep_<tag>`. Still only ever a
 * database a benchmark created: the name says so, and nothing else is opened.
 */
export interface KeepOptions {
  tag: string;
  keep: boolean;
  reuse: boolean;
}

export interface BenchDatabase {
  database: Database;
  label: string;
  /** True when a kept database was opened again (its data is already generated). */
  reused: boolean;
  drop: () => Promise<void>;
}

/**
 * PGlite in memory by default; with BENCH_DATABASE_URL a throwaway database on that server, or an error if it cannot create one.
 * `pool` gives the app pool the server's limits (size, acquire and statement timeouts) for a benchmark that measures them.
 */
export async function openBenchDatabase(keeping?: KeepOptions, pool?: DatabasePoolConfig): Promise<BenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    if (keeping?.keep || keeping?.reuse)
      throw new BenchRefused(
        '--keep and --reuse need BENCH_DATABASE_URL: an in-memory PGlite database ends with the process.',
      );
    const database = await openDatabase({ databaseUrl: null, embeddedDir: 'memory://' });
    return { database, label: 'PGlite (embedded, in memory)', reused: false, drop: () => database.close() };
  }
  const kept =
    keeping && (keeping.keep || keeping.reuse)
      ? `linkwork_bench_keep_${keeping.tag.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`
      : null;
  const name = kept ?? `linkwork_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let reused = false;
  try {
    const exists =
      kept !== null && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists && keeping?.reuse && (await hasDescription(url, name))) reused = true;
    else {
      if (exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
  } catch (error) {
    await admin.end();
    throw new BenchRefused(
      `cannot create a throwaway database on BENCH_DATABASE_URL (${error instanceof Error ? error.message : String(error)}). ` +
        'A benchmark only writes to a database it created: give it a role with CREATEDB, or unset BENCH_DATABASE_URL to run on PGlite.',
    );
  }
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: target.toString(), embeddedDir: 'memory://', ...pool });
  const version =
    (await database.owner.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  return {
    database,
    reused,
    label: `PostgreSQL ${version} (${reused ? 'kept database, reused' : kept ? 'database kept after the run' : 'throwaway database'} ${name})`,
    async drop() {
      await database.close();
      if (kept) return;
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      for (let attempt = 0; ; attempt += 1) {
        try {
          // FORCE: autovacuum workers on a freshly generated database would otherwise hold the drop off; it is ours alone.
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
export async function openBenchContext(
  keeping?: KeepOptions,
  pool?: DatabasePoolConfig,
): Promise<{ ctx: AppContext; database: Database; label: string; reused: boolean; close: () => Promise<void> }> {
  const { database, label, reused, drop } = await openBenchDatabase(keeping, pool);
  let ctx: AppContext;
  try {
    await database.migrate();
    ctx = await createContext(testConfig({ logLevel: 'silent' }), database);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ctx,
    database,
    label,
    reused,
    async close() {
      try {
        await ctx.jobs.stop();
      } finally {
        await drop();
      }
    },
  };
}

/** The description a kept database carries of what was generated in it (saveBenchDescription), or null. */
export async function readBenchDescription<T>(database: Database): Promise<T | null> {
  const table = await database.owner.query<{ t: string | null }>(
    `SELECT to_regclass('bench_kept_description')::text AS t`,
  );
  if (!table.rows[0]?.t) return null;
  return (await database.owner.query<{ doc: T }>('SELECT doc FROM bench_kept_description')).rows[0]?.doc ?? null;
}

/** Stores what was generated, so that a run with --reuse can measure the kept database without generating it again. */
export async function saveBenchDescription(database: Database, doc: unknown): Promise<void> {
  await database.owner.query('CREATE TABLE IF NOT EXISTS bench_kept_description (doc jsonb NOT NULL)');
  await database.owner.query('DELETE FROM bench_kept_description');
  await database.owner.query('INSERT INTO bench_kept_description (doc) VALUES ($1)', [JSON.stringify(doc)]);
}

async function hasDescription(url: string, name: string): Promise<boolean> {
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return (
      (await client.query(`SELECT 1 FROM pg_class WHERE relname = 'bench_kept_description'`)).rowCount === 1 &&
      (await client.query('SELECT 1 FROM bench_kept_description')).rowCount === 1
    );
  } finally {
    await client.end();
  }
}
