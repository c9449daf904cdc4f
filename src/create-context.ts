import pino from 'pino';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import type { Database } from './db/database.ts';
import { jobHandlers } from './jobs.ts';
import { busyLogFields } from './platform/db/errors.ts';
import { createMailer } from './platform/email/mailer.ts';
import { createJobQueue } from './platform/jobs/job-queue.ts';

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
