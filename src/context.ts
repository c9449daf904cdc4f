import type { Kysely } from 'kysely';
import pino from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';
import { jobHandlers } from './jobs.ts';
import { busyLogFields } from './platform/db/errors.ts';
import { createJobQueue, type JobQueue } from './platform/jobs/job-queue.ts';
import { createMailer, type Mailer } from './platform/email/mailer.ts';

/** What every use case may need: configuration, the database, the job queue and email. Passed in, never global. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  /** The clock, replaceable in tests of timeouts, deadlines and lockouts. */
  now: () => Date;
  /** Reminders, alerts and email run here, enqueued in the transaction of the change that needs them. */
  jobs: JobQueue;
  /** Sends email when SMTP is configured (SMTP_URL); null otherwise. */
  mailer: Mailer | null;
}

/** Builds the context for a configured, migrated database. The job queue is ready to send; `jobs.start()` begins running jobs. */
export async function createContext(
  config: Config,
  database: Database,
  now: () => Date = () => new Date(),
): Promise<AppContext> {
  const log = pino({ level: config.logLevel, name: 'jobs' });
  const ctx = {
    config,
    database,
    db: database.db,
    now,
    mailer: config.smtp ? createMailer(config.smtp) : null,
  } as AppContext;
  ctx.jobs = await createJobQueue(database, jobHandlers(ctx), (error, job) => {
    const busy = busyLogFields(error);
    log.error(
      { err: error, job, ...busy },
      busy ? 'job failed: the database was busy (it will be retried)' : 'job failed',
    );
  });
  return ctx;
}
