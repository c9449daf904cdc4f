import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { migrate, pendingMigrations, type SqlRunner } from './migrator.ts';

/** The database role every application query runs as, so row-level security applies. */
export const APP_ROLE = 'linkwork_app';

export interface Database {
  /** Kysely for application queries, running as the non-superuser application role. */
  db: Kysely<DB>;
  kind: 'embedded' | 'postgres';
  /** Runs pending migrations as the owner role. Returns the names applied. */
  migrate(onProgress?: (message: string) => void): Promise<string[]>;
  pendingMigrations(): Promise<string[]>;
  /** Throws unless the database answers a trivial query as the application role. */
  ping(): Promise<void>;
  /** Runs SQL as the owner role (migrations, backups, tests of the database's own guards). */
  owner: SqlRunner;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  embeddedDir: string;
  poolSize?: number;
}

// Calendar dates (date of birth, due dates) stay 'YYYY-MM-DD' strings: a Date would shift them by time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** An idle connection dropped by the server (restart, failover) must not crash the process. */
function survivingIdleErrors(pool: pg.Pool): pg.Pool {
  pool.on('error', (error) => {
    process.stderr.write(`linkwork: an idle database connection failed and was discarded: ${error.message}\n`);
  });
  return pool;
}

function appPool(config: pg.PoolConfig, onConnect: () => void = () => {}): pg.Pool {
  const pool = survivingIdleErrors(new pg.Pool(config));
  // Queued before any other query on the new connection, so nothing runs as the owner.
  pool.on('connect', (client) => {
    onConnect();
    client.query(`SET ROLE ${APP_ROLE}`).catch(() => {
      // A connection that cannot take the app role is discarded; if the pool is closing it was released already.
      try {
        client.release(true);
      } catch {
        /* already released */
      }
    });
  });
  return pool;
}

function build(kind: Database['kind'], pool: pg.Pool, owner: SqlRunner, closeOwner: () => Promise<void>): Database {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind,
    owner,
    migrate: (onProgress) => migrate(owner, onProgress),
    pendingMigrations: () => pendingMigrations(owner),
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    async close() {
      await db.destroy();
      await closeOwner();
    },
  };
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const owner = survivingIdleErrors(new pg.Pool({ connectionString: options.databaseUrl, max: 1 }));
    const pool = appPool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    return build('postgres', pool, owner, () => owner.end());
  }
  const dataDir = options.embeddedDir === 'memory://' ? undefined : join(options.embeddedDir, 'pgdata');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir } : {});
  // PGlite is one session shared with the app pool: owner work steps out of the app role and back.
  let appRoleSet = false;
  const owner: SqlRunner = {
    async query(sql, params) {
      if (appRoleSet) await pglite.exec('RESET ROLE');
      try {
        const result = params && params.length > 0 ? await pglite.query(sql, params) : await pglite.exec(sql).then((r) => r.at(-1) ?? { rows: [] });
        return { rows: result.rows as never[] };
      } finally {
        if (appRoleSet) await pglite.exec(`SET ROLE ${APP_ROLE}`);
      }
    },
  };
  const pool = appPool(createPgConfig(pglite) as unknown as pg.PoolConfig, () => {
    appRoleSet = true;
  });
  return build('embedded', pool, owner, async () => {
    await pglite.close();
  });
}
