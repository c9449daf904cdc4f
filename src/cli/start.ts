import type { AddressInfo } from 'node:net';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createContext } from '../create-context.ts';
import { RECURRING_JOBS } from '../jobs.ts';
import { openDatabase } from '../db/database.ts';
import { noOrganisationsYet } from '../modules/identity/organisations/index.ts';
import { assertDemoNotHalfMade } from '../demo/index.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../demo/index.ts';
import { PATHWAY_DEMO_USERS } from '../demo/index.ts';
import {
  discardUnfinishedDatabase,
  markNewDatabase,
  newDatabaseUnfinished,
  noEmbeddedDatabase,
} from './new-demo-database.ts';
import { claimDataDir, say } from './runtime.ts';

/**
 * Demo data only when asked (--demo), or on a brand-new embedded database unless --no-demo:
 * never silently on PostgreSQL, which is for production.
 */
export function shouldSeedDemo(o: {
  flag: boolean | undefined;
  kind: 'embedded' | 'postgres';
  empty: boolean;
}): boolean {
  if (o.flag !== undefined) return o.flag;
  return o.kind === 'embedded' && o.empty;
}

/**
 * Starts the server: migrate, seed the demo on a new embedded database (or with --demo), listen,
 * and shut down gracefully on SIGINT/SIGTERM, finishing requests in flight. Refuses a database whose
 * demo seed was stopped midway, saying how to start again.
 */
export async function start(options: { demo?: boolean }): Promise<void> {
  const config = loadConfig();
  const release = claimDataDir(config);
  say(config.databaseUrl ? 'Using PostgreSQL (DATABASE_URL).' : `Using the embedded database in ${config.dataDir}.`);
  if (!config.databaseUrl && newDatabaseUnfinished(config.dataDir)) {
    say('An earlier start stopped before the demo data was complete: creating the database again from the beginning.');
    discardUnfinishedDatabase(config.dataDir);
  }
  // A new embedded database is marked until its demo is complete, so a start stopped midway is undone by the next.
  const newDemo =
    !config.databaseUrl &&
    shouldSeedDemo({ flag: options.demo, kind: 'embedded', empty: true }) &&
    noEmbeddedDatabase(config.dataDir);
  const demoComplete = newDemo ? markNewDatabase(config.dataDir, new Date()) : () => {};
  // The server's pool is bounded (DB_POOL_SIZE, DB_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS); command-line work is not.
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDir: config.dataDir,
    ...config.database,
  });
  const applied = await database.migrate((m) => say(`  ${m}`));
  say(applied.length > 0 ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');
  const ctx = await createContext(config, database);
  try {
    await assertDemoNotHalfMade(ctx);
  } catch (error) {
    await ctx.jobs.stop();
    await database.close();
    release();
    throw error;
  }
  const empty = await noOrganisationsYet(ctx.db);
  const wantDemo = shouldSeedDemo({ flag: options.demo, kind: database.kind, empty });
  if (wantDemo && (await seedDemo(ctx, (m) => say(`  ${m}`)))) say('Demo data created.');
  demoComplete();

  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const url = config.baseUrlConfigured
    ? config.baseUrl
    : `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  if (wantDemo) {
    say('\nDemo sign-ins (two-factor is off for this demo; password for all):');
    say(`  password: ${DEMO_PASSWORD}`);
    for (const u of [...DEMO_USERS, ...PATHWAY_DEMO_USERS]) say(`  ${u.role.padEnd(20)} ${u.email}`);
    say('');
  }
  await ctx.jobs.start(RECURRING_JOBS);
  say(`Linkwork is running at ${url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`Received ${signal}: finishing requests in flight and stopping.`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await app.close();
    await ctx.jobs.stop();
    await database.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
