import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { DB } from './db/schema.ts';

/** What every use case may need: configuration and the database. Passed in, never global. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  /** The clock, replaceable in tests of timeouts and lockouts. */
  now: () => Date;
}

/** Builds the context for a configured, opened database. */
export function createContext(config: Config, database: Database, now: () => Date = () => new Date()): AppContext {
  return { config, database, db: database.db, now };
}
