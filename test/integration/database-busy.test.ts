import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createContext } from '../../src/create-context.ts';
import type { AppContext } from '../../src/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { busyLogFields } from '../../src/platform/db/errors.ts';
import { testConfig } from '../support/context.ts';
import { scratchPostgresDatabase } from '../support/databases.ts';
import { buildPathwayScheme, expectProblem, makeReferral, schemeApi, type PathwayScheme } from '../support/pathway.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const STATEMENT_TIMEOUT_MS = 1500;
const ACQUIRE_TIMEOUT_MS = 300;

/**
 * The server's pool on PostgreSQL with two connections: a page whose statement waits on a lock (as a
 * slow page would) is cancelled at the statement timeout, and while two such pages hold both
 * connections every other request is answered 503 within the acquire timeout instead of hanging.
 * PGlite cannot interrupt a query, so these limits exist on PostgreSQL only (see README).
 */
describe.skipIf(!adminUrl)('a busy database on postgres', () => {
  let ctx: AppContext;
  let app: FastifyInstance;
  let s: PathwayScheme;
  let locker: pg.Client;
  let logs = '';
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await scratchPostgresDatabase(adminUrl!, 'linkwork_busy');
    const database = await openDatabase({
      databaseUrl: scratch.url,
      embeddedDir: 'memory://',
      poolSize: 2,
      acquireTimeoutMs: ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
    });
    await database.migrate();
    ctx = await createContext(testConfig({ logLevel: 'info' }), database);
    await ctx.db.updateTable('settings').set({ value: 'false' }).where('key', '=', 'two_factor_required').execute();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      logs += chunk.toString();
    });
    app = await buildApp(ctx, { logStream: stream });
    s = await buildPathwayScheme(ctx, app);
    await makeReferral(s);
    // The queue polls on its own schedule; stopped, the two connections belong to the requests under test.
    await ctx.jobs.stop();
    locker = new pg.Client({ connectionString: scratch.url });
    await locker.connect();
    drop = async () => {
      await locker.end();
      await app.close();
      await database.close();
      await scratch.drop();
    };
  });
  afterAll(async () => {
    await drop?.();
  });

  /** Holds referrals locked, as a long write or a runaway query would, until release. */
  async function lockReferrals(): Promise<() => Promise<void>> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE referrals IN ACCESS EXCLUSIVE MODE');
    return async () => {
      await locker.query('ROLLBACK');
    };
  }

  async function waitingOnLocks(): Promise<number> {
    const { rows } = await locker.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
    );
    return Number(rows[0]!.n);
  }

  it('cancels a statement at the timeout: 503 database-busy with Retry-After, and a log line naming the route and the statement', async () => {
    const release = await lockReferrals();
    try {
      const started = Date.now();
      const response = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` });
      const elapsed = Date.now() - started;
      const problem = expectProblem(response, 503, 'database-busy');
      expect(problem.detail).toMatch(/took too long.*Try again/);
      expect(response.headers['retry-after']).toBe('5');
      expect(elapsed).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS + 2000);
      // Cancelled in the database, not merely abandoned by the client: nothing is still waiting.
      expect(await waitingOnLocks()).toBe(0);
    } finally {
      await release();
    }
    await new Promise((resolve) => setImmediate(resolve));
    const line = logs.split('\n').find((l) => l.includes('database statement timed out'));
    expect(line).toBeDefined();
    const entry = JSON.parse(line!) as { route: string; statement: string; busy: string; reqId: string };
    expect(entry).toMatchObject({ route: 'GET /api/schemes/:slug/triage', busy: 'statement-timeout' });
    expect(entry.statement).toMatch(/^select .*\[.*\breferrals\b.*\]$/);
    expect(line).not.toContain(s.scheme.id);
    const after = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` });
    expect(after.statusCode, after.body).toBe(200);
  });

  it('names the stopped statement outside a request too, as a background job logs it', async () => {
    const release = await lockReferrals();
    let error: unknown;
    try {
      error = await sql`select count(*) from referrals`.execute(ctx.db).then(
        () => null,
        (e: unknown) => e,
      );
    } finally {
      await release();
    }
    expect(busyLogFields(error)).toEqual({
      busy: 'statement-timeout',
      statement: 'select count(*) from referrals [referrals]',
    });
    expect(busyLogFields(new Error('another failure'))).toBeNull();
  });

  it('answers other requests 503 within the acquire timeout while slow pages hold every connection', async () => {
    const release = await lockReferrals();
    try {
      const slow = [s.worker, s.manager].map((who) => who.request({ method: 'GET', url: `${schemeApi(s)}/triage` }));
      for (let i = 0; i < 50 && (await waitingOnLocks()) < 2; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await waitingOnLocks()).toBe(2);
      const started = Date.now();
      const other = await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals` });
      const elapsed = Date.now() - started;
      const problem = expectProblem(other, 503, 'database-busy');
      expect(problem.detail).toMatch(/busy with other requests.*Try again/);
      expect(other.headers['retry-after']).toBe('5');
      expect(elapsed).toBeLessThan(ACQUIRE_TIMEOUT_MS + 700);
      for (const response of await Promise.all(slow)) expectProblem(response, 503, 'database-busy');
    } finally {
      await release();
    }
    expect(logs).toContain('no database connection free in time');
    const after = await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals` });
    expect(after.statusCode, after.body).toBe(200);
  });
});
