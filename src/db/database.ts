import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Embedded only: the whole data folder as one tar file, which `embeddedDataDir` opens again (a migrated copy). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | null;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  embeddedDir: string;
  /**
   * Embedded in memory only: start from this data folder (`dumpDataDir`) instead of making a new one, which takes
   * PGlite several seconds.
   */
  embeddedDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL only: how long a query waits for a free pool connection before failing with PoolTimeoutError; unset waits for ever. */
  acquireTimeoutMs?: number;
  /** PostgreSQL only: the longest one statement of the app pool may run before PostgreSQL cancels it; unset or 0 = no limit. */
  statementTimeoutMs?: number;
}

/** Every pool connection stayed busy for the whole acquire timeout: the server is saturated, not broken. */
export class PoolTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`no database connection became free within ${waitedMs} ms`);
    this.name = 'PoolTimeoutError';
  }
}

const failedStatements = new WeakMap<object, string>();

/**
 * The first words of the SQL a failed query ran (placeholders, never parameter values), so a log line
 * can say which statement timed out without writing personal data.
 */
export function failedStatementOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? failedStatements.get(error) : undefined;
}

/** `select "r"."id", "r"."status"… [referrals, patients]`: the statement's start and every table it reads or writes. */
function firstWords(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const tables = [
    ...new Set(
      [...oneLine.matchAll(/\b(?:from|join|into|update)\s+("?[\w.]+"?)/gi)].map((m) => m[1]!.replaceAll('"', '')),
    ),
  ];
  const start = oneLine.length > 80 ? `${oneLine.slice(0, 80)}…` : oneLine;
  return tables.length > 0 ? `${start} [${tables.join(', ')}]` : start;
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

/** Kysely's view of the pool: a wait for a connection that outlasts the acquire timeout becomes a PoolTimeoutError. */
function kyselyPool(pool: pg.Pool, acquireTimeoutMs: number | undefined) {
  return {
    connect: () =>
      pool.connect().catch((error: unknown) => {
        // pg-pool's only signal that the wait for a free connection ran out is this message.
        if (acquireTimeoutMs && error instanceof Error && error.message === 'timeout exceeded when trying to connect')
          throw new PoolTimeoutError(acquireTimeoutMs);
        throw error;
      }),
    end: () => pool.end(),
  };
}

function build(
  kind: Database['kind'],
  pool: pg.Pool,
  owner: SqlRunner,
  closeOwner: () => Promise<void>,
  acquireTimeoutMs?: number,
): Database {
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: kyselyPool(pool, acquireTimeoutMs) }),
    log(event) {
      if (event.level === 'error' && typeof event.error === 'object' && event.error !== null)
        failedStatements.set(event.error, firstWords(event.query.sql));
    },
  });
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

/**
 * PostgreSQL settings for the embedded database. PGlite's memory is WebAssembly memory, which only
 * grows: whatever PostgreSQL touches once stays resident for the life of the process. Its shared
 * memory is touched whole at start-up, so the default 128 MB of shared_buffers was ~130 MB resident
 * before the first query. PGlite reads data files through the operating system's file cache, which
 * already holds the hot pages, so a small buffer pool costs little (bench/memory.ts measures both).
 * A smaller maintenance_work_mem keeps an index build in a migration from leaving 64 MB behind.
 */
const EMBEDDED_SETTINGS = ['shared_buffers=32MB', 'maintenance_work_mem=16MB'];

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const owner = survivingIdleErrors(new pg.Pool({ connectionString: options.databaseUrl, max: 1 }));
    const pool = appPool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(options.acquireTimeoutMs ? { connectionTimeoutMillis: options.acquireTimeoutMs } : {}),
      // Sent when each connection starts, so it holds for every statement; SET LOCAL lifts it for one transaction.
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    });
    return build('postgres', pool, owner, () => owner.end(), options.acquireTimeoutMs);
  }
  const dataDir = options.embeddedDir === 'memory://' ? undefined : join(options.embeddedDir, 'pgdata');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Loaded only for the embedded database: on PostgreSQL, PGlite's module would add ~40 MB to every process for nothing.
  const [{ PGlite }, { createPgConfig }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/node-postgres'),
  ]);
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(!dataDir && options.embeddedDataDir ? { loadDataDir: options.embeddedDataDir } : {}),
    startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((s) => ['-c', s])],
  });
  // PGlite is one session shared with the app pool: owner work steps out of the app role and back.
  let appRoleSet = false;
  const owner: SqlRunner = {
    async query(sql, params) {
      if (appRoleSet) await pglite.exec('RESET ROLE');
      try {
        const result =
          params && params.length > 0
            ? await pglite.query(sql, params)
            : await pglite.exec(sql).then((r) => r.at(-1) ?? { rows: [] });
        return { rows: result.rows as never[] };
      } finally {
        if (appRoleSet) await pglite.exec(`SET ROLE ${APP_ROLE}`);
      }
    },
  };
  const pool = appPool(createPgConfig(pglite) as unknown as pg.PoolConfig, () => {
    appRoleSet = true;
  });
  return {
    ...build('embedded', pool, owner, async () => {
      await pglite.close();
    }),
    dumpDataDir: async () => pglite.dumpDataDir('none'),
  };
}
