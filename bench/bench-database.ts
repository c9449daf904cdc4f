/**
 * The database a benchmark runs on: PGlite in memory by default; with BENCH_DATABASE_URL, a
 * throwaway database created on that server and dropped afterwards (or, when the role may not
 * create databases, the database the URL names).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { say } from './report.ts';

/** PGlite in memory by default; with BENCH_DATABASE_URL a throwaway database on that server (or the database itself if it cannot create one). */
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
    say(`Could not create a throwaway database (${error instanceof Error ? error.message : String(error)}); using BENCH_DATABASE_URL itself.`);
    const database = await openDatabase({ databaseUrl: url, embeddedDir: 'memory://' });
    return { database, label: 'PostgreSQL (BENCH_DATABASE_URL)', drop: () => database.close() };
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
