import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';
import type { JobQueue } from './platform/jobs/job-queue.ts';
import type { Mailer } from './platform/email/mailer.ts';

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
