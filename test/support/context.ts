import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createContext } from '../../src/create-context.ts';
import type { AppContext } from '../../src/context.ts';
import { addDays, londonDate } from '../../src/platform/london-time.ts';
import type { TestDatabaseTarget } from './databases.ts';

/**
 * A clock tests can move forward to reach timeouts and lockout expiry. Build every date a test needs
 * from it, never from the machine's today, so the test holds on any day and at any time.
 */
export interface TestClock {
  now(): Date;
  /** The London calendar date (yyyy-mm-dd) some days from the clock's today, as the app reads "today". */
  today(days?: number): string;
  advanceMinutes(minutes: number): void;
  reset(): void;
}

/** The app's clock in tests: real time plus however far the test has moved it on. */
export function testClock(): TestClock {
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  return {
    now,
    today: (days = 0) => addDays(londonDate(now()), days),
    advanceMinutes: (m) => {
      offset += m * 60_000;
    },
    reset: () => {
      offset = 0;
    },
  };
}

/** Test configuration: cheap password hashing, fixed secret key, no web build. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({
    SECRET_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: '/tmp/linkwork-test-unused',
    DATABASE_URL: 'postgres://unused',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
  });
  return {
    ...base,
    databaseUrl: null,
    passwordHashing: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
    signIn: { ...base.signIn, attemptsPerMinutePerIp: 10_000 },
    ...overrides,
  };
}

export interface TestEnv {
  ctx: AppContext;
  app: FastifyInstance;
  clock: TestClock;
}

/** Opens a fresh database and app for a test file; closes them after. Use `env()` inside tests. */
export function useTestApp(target: TestDatabaseTarget, overrides: Partial<Config> = {}): () => TestEnv {
  let env: TestEnv | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await target.open();
    drop = opened.drop;
    const clock = testClock();
    const ctx = await createContext(testConfig(overrides), opened.database, clock.now);
    // Most tests sign in with a password alone; the two-factor tests turn the requirement on.
    await ctx.db.updateTable('settings').set({ value: 'false' }).where('key', '=', 'two_factor_required').execute();
    const app = await buildApp(ctx, { logger: false });
    await app.ready();
    env = { ctx, app, clock };
  });
  afterAll(async () => {
    await env?.app.close();
    await env?.ctx.jobs.stop();
    await drop?.();
  });
  return () => {
    if (!env) throw new Error('test app not ready');
    return env;
  };
}
