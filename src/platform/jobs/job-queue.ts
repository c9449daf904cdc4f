import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

/** What a job may carry: plain JSON. Jobs name records by id and read them fresh when they run. */
export type JobData = Record<string, string | number | boolean | null>;

/** Runs one job. It must be safe to run twice (a retry after a crash): check the record's state first. */
export type JobHandler = (data: JobData) => Promise<void>;

export interface SendOptions {
  /** Not before this time (a reminder, a deadline). Default: at once. */
  startAfter?: Date;
  /** A label for the job (e.g. the record and stage). It does not deduplicate under the queue's standard policy: handlers must be idempotent. */
  singletonKey?: string;
}

/**
 * The Postgres-backed job queue (pg-boss), on PGlite or PostgreSQL alike. Jobs are rows in the
 * `pgboss` schema, written in the same transaction as the change that needs them, so a job is
 * never lost and never sent for a change that rolled back; they survive a restart.
 */
export interface JobQueue {
  /** Enqueues a job inside the caller's transaction. The name must be one the queue was built with. */
  send(executor: Kysely<DB> | Transaction<DB>, name: string, data: JobData, options?: SendOptions): Promise<void>;
  /** Starts polling every queue and the recurring jobs' timetable (the server); jobs then run within about a second of falling due. */
  start(recurring?: Record<string, string>): Promise<void>;
  /** Runs every job that is due now, once, and returns how many ran (tests and the command line). */
  runDue(): Promise<number>;
  stop(): Promise<void>;
}

/** Retries with backoff for up to about an hour; a job that keeps failing stays in the table as failed. */
const QUEUE_OPTIONS = {
  policy: 'standard',
  retryLimit: 8,
  retryDelay: 15,
  retryBackoff: true,
  expireInSeconds: 300,
  retentionMinutes: 60 * 24 * 14,
};
const POLL_SECONDS = 1;

function executorFor(db: Kysely<DB> | Transaction<DB>): {
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
} {
  return {
    executeSql: async (text, values) => ({
      rows: [...(await db.executeQuery(CompiledQuery.raw(text, values ?? []))).rows],
    }),
  };
}

/** Creates any queue not yet in the database, as the owner (a queue is a table partition). */
async function ensureQueues(database: Database, names: string[]): Promise<void> {
  const { rows } = await database.owner.query<{ name: string }>('SELECT name FROM pgboss.queue');
  const existing = new Set(rows.map((r) => r.name));
  for (const name of names) {
    if (existing.has(name)) continue;
    await database.owner.query('SELECT pgboss.create_queue($1, $2::json)', [name, JSON.stringify(QUEUE_OPTIONS)]);
    await database.owner.query('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO linkwork_app');
  }
}

export async function createJobQueue(
  database: Database,
  handlers: Record<string, JobHandler>,
  onError: (error: Error, job?: string) => void,
): Promise<JobQueue> {
  const names = Object.keys(handlers);
  await ensureQueues(database, names);
  const boss = new PgBoss({
    db: executorFor(database.db),
    schema: 'pgboss',
    migrate: false,
    supervise: true,
    schedule: true,
    createSchema: false,
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => onError(error));
  // Started now, outside any transaction: on PGlite the pool has one connection, which a
  // transaction sending a job holds, so the queue must not need a connection of its own then.
  await boss.start();
  let stopped = false;

  const handle = async (name: string, job: PgBoss.Job<JobData>) => {
    const handler = handlers[name];
    if (!handler) throw new Error(`no handler for job "${name}"`);
    await handler(job.data ?? {});
  };

  return {
    async send(executor, name, data, options = {}) {
      if (!handlers[name])
        throw new Error(`"${name}" is not a job this application runs; register its handler in src/jobs.ts.`);
      const sendOptions: PgBoss.SendOptions & { db: unknown } = { db: executorFor(executor) };
      if (options.startAfter) sendOptions.startAfter = options.startAfter;
      if (options.singletonKey) sendOptions.singletonKey = options.singletonKey;
      await boss.send(name, data, sendOptions as PgBoss.SendOptions);
    },
    async start(recurring = {}) {
      for (const [name, cron] of Object.entries(recurring)) {
        if (!handlers[name]) throw new Error(`"${name}" is scheduled but has no handler in src/jobs.ts.`);
        await boss.schedule(name, cron, {}, { tz: 'Europe/London' });
      }
      for (const name of names) {
        await boss.work<JobData>(name, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async ([job]) => {
          if (job)
            await handle(name, job).catch((error: Error) => {
              onError(error, name);
              throw error;
            });
        });
      }
    },
    async runDue() {
      let ran = 0;
      for (const name of names) {
        for (;;) {
          const jobs = await boss.fetch<JobData>(name, { batchSize: 20 });
          if (!jobs || jobs.length === 0) break;
          for (const job of jobs) {
            try {
              await handle(name, job);
              await boss.complete(name, job.id);
            } catch (error) {
              onError(error as Error, name);
              await boss.fail(name, job.id, { message: (error as Error).message });
            }
            ran += 1;
          }
        }
      }
      return ran;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}
