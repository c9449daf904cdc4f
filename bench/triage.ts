/**
 * Ten people triaging at once never starve the pool: on PostgreSQL, with the server's own pool limits
 * (DB_POOL_SIZE, DB_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS at their defaults), a generated scheme at each
 * size and the real app on 127.0.0.1. Ten link workers, each signed in, loop for `seconds`: open the triage queue,
 * open a referral (the triage view), and act on it (accept, ask the referrer a question, or decline, as the
 * referral's allowed actions say). Each mostly takes its own referral from the queue page, and every third time
 * the one at the top, so two or more people act on the same referral: its row lock and the optimistic version
 * are exercised, and a 409 (someone else changed it) is expected. An eleventh person polls the triage queue and
 * their caseload throughout.
 *
 * Reported per action: p50, p95 and max, throughput, answers by status; the longest wait for a pool connection
 * (every pg.Pool connect of the app pool timed in this process) and the most requests waiting at once; the load
 * average. The ceiling is a bare Fastify route loaded by as many connections in the same run.
 *
 * Fails (exit code 1) when any request takes over MAX_REQUEST_MS, any answer is a 5xx (a 503 database-busy is a
 * starved pool), or the poller's slowest request exceeds MAX_POLL_MS.
 */
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/database.ts';
import { testConfig } from '../test/support/context.ts';
import { BenchRefused, openBenchContext } from './bench-database.ts';
import { benchSession, type BenchSession as Session } from './bench-sessions.ts';
import { generatePathway, sizeForPeople } from './generate-pathway.ts';
import { httpLoad, percentile } from './http-load.ts';
import { say } from './report.ts';

export interface TriageBenchOptions {
  /** Scheme sizes in people, each generated in its own throwaway database. */
  people: number[];
  /** How long the ten triage staff and the poller run at each size. */
  seconds: number;
  triagers: number;
}

export const TRIAGE_DEFAULTS = { people: [20_000, 100_000], seconds: 20, triagers: 10 };
/** No request of a person triaging, or of the poller, may take longer than this. */
export const MAX_REQUEST_MS = 1_000;
/** The poller (a person reading the queue and their caseload while others triage) must stay this quick. */
export const MAX_POLL_MS = 500;
/** Referrals awaiting triage at least: enough that ten people acting for the whole run do not empty the queue. */
const MIN_TRIAGE_QUEUE = 5_000;

type Action = 'queue' | 'referral' | 'accept' | 'request-information' | 'decline' | 'poll queue' | 'poll caseload';
const ACTIONS: Action[] = [
  'queue',
  'referral',
  'accept',
  'request-information',
  'decline',
  'poll queue',
  'poll caseload',
];

interface Tally {
  latencies: number[];
  statuses: Map<number, number>;
}

interface Phase {
  seconds: number;
  tallies: Map<Action, Tally>;
  pool: PoolWaits;
  load: { start: number; max: number; end: number };
  /** The most application connections seen at once waiting on a lock, idle inside a transaction, and running a statement (pg_stat_activity every 100 ms). */
  backends: { lock: number; idleInTransaction: number; active: number };
  /** CPU time of this process (the app, its pool and the clients) over the phase, in ms. */
  cpuMs: number;
  emptyQueue: number;
}

interface SizeResult {
  people: number;
  label: string;
  triageQueue: number;
  bare: { rps: number; p50: number; p95: number };
  /** One person triaging alone, then everyone at once with the poller. */
  alone: Phase;
  together: Phase;
}

interface PoolWaits {
  acquires: number;
  maxWaitMs: number;
  p95WaitMs: number;
  maxWaiting: number;
}

/** Runs the triage benchmark at each size, prints the tables and returns whether it passed. */
export async function runTriageBench(o: TriageBenchOptions): Promise<boolean> {
  if (!process.env.BENCH_DATABASE_URL) {
    throw new BenchRefused(
      'the triage benchmark measures the PostgreSQL pool (its size, acquire and statement timeouts): set BENCH_DATABASE_URL=postgres://… to a role that may create databases.',
    );
  }
  const results: SizeResult[] = [];
  for (const people of o.people) results.push(await measureSize(o, people));
  return report(results);
}

async function measureSize(o: TriageBenchOptions, people: number): Promise<SizeResult> {
  const pool = testConfig().database;
  const { ctx, database, label, close } = await openBenchContext(undefined, pool);
  try {
    say(
      `\n=== ${people.toLocaleString('en-GB')} people on ${label}; app pool ${pool.poolSize} connections, acquire timeout ${pool.acquireTimeoutMs} ms, statement timeout ${pool.statementTimeoutMs} ms ===`,
    );
    const base = sizeForPeople(people);
    const size = { ...base, triage: Math.max(base.triage, MIN_TRIAGE_QUEUE) };
    say(
      `Pathway: ${size.referrals.toLocaleString('en-GB')} referrals (${size.triage.toLocaleString('en-GB')} awaiting triage), ${size.workers} link workers:`,
    );
    const g = await generatePathway(database, size, say);
    if (g.workerIds.length < o.triagers + 1)
      throw new BenchRefused(
        `${people} people have ${g.workerIds.length} link workers; ${o.triagers} triagers and a poller need more people.`,
      );
    const sessions = await Promise.all(g.workerIds.slice(0, o.triagers + 1).map((id) => benchSession(ctx, id)));
    const app = await buildApp(ctx, { logger: false });
    const appUrl = await listen(app);
    const bare = Fastify({ logger: false });
    bare.get('/bare', async () => ({ status: 'ok' }));
    const bareUrl = await listen(bare);
    try {
      const ceiling = await httpLoad({ url: `${bareUrl}/bare`, connections: o.triagers + 1, seconds: 3 });
      const api = `${appUrl}/api/schemes/${g.slug}`;
      // One person alone first (the same loop, no one else): what each action costs without contention.
      const alone = await runPhase(database, api, sessions.slice(0, 1), null, Math.min(5, o.seconds), pool.poolSize);
      const pollerAlone = await runPhase(database, api, [], sessions[o.triagers]!, 2, pool.poolSize);
      for (const a of ['poll queue', 'poll caseload'] as const) alone.tallies.set(a, pollerAlone.tallies.get(a)!);
      alone.cpuMs += pollerAlone.cpuMs;
      const together = await runPhase(
        database,
        api,
        sessions.slice(0, o.triagers),
        sessions[o.triagers]!,
        o.seconds,
        pool.poolSize,
      );
      return { people, label, triageQueue: size.triage, bare: ceiling, alone, together };
    } finally {
      await app.close();
      await bare.close();
    }
  } finally {
    await close();
  }
}

/** `triagers` loop through triage (and `poller`, if any, reads) for `seconds`; every request timed, the pool watched. */
async function runPhase(
  database: Database,
  api: string,
  triagers: Session[],
  pollerSession: Session | null,
  seconds: number,
  poolSize: number,
): Promise<Phase> {
  const waits = timePoolWaits(poolSize);
  const backends = watchBackends(database);
  const load = { start: loadavg()[0]!, max: loadavg()[0]!, end: 0 };
  const loadTimer = setInterval(() => {
    load.max = Math.max(load.max, loadavg()[0]!);
  }, 1_000);
  const tallies = new Map<Action, Tally>(ACTIONS.map((a) => [a, { latencies: [], statuses: new Map() }]));
  const deadline = Date.now() + seconds * 1_000;
  const emptyQueue = { n: 0 };
  const cpu = process.cpuUsage();
  try {
    await Promise.all([
      ...triagers.map((session, k) => triager(api, session, k, deadline, tallies, emptyQueue)),
      ...(pollerSession ? [poller(api, pollerSession, deadline, tallies)] : []),
    ]);
  } finally {
    clearInterval(loadTimer);
    load.end = loadavg()[0]!;
    waits.stop();
    await backends.stop();
  }
  const used = process.cpuUsage(cpu);
  return {
    seconds,
    tallies,
    pool: waits.result(),
    backends: backends.most,
    load,
    cpuMs: (used.user + used.system) / 1000,
    emptyQueue: emptyQueue.n,
  };
}

interface ReferralView {
  id: string;
  version: number;
  evaluation: string;
  allowedActions: string[];
}

/** One person triaging: queue, referral, action, again until the deadline. */
async function triager(
  api: string,
  session: Session,
  k: number,
  deadline: number,
  tallies: Map<Action, Tally>,
  emptyQueue: { n: number },
): Promise<void> {
  for (let round = 0; Date.now() < deadline; round += 1) {
    const queue = await call(tallies, 'queue', `${api}/triage`, session);
    const items = (queue.json as { items?: { id: string }[] } | null)?.items ?? [];
    if (items.length === 0) {
      emptyQueue.n += 1;
      continue;
    }
    // Mostly a referral of one's own (by position on the page); every third round the one at the top, which the others take too.
    const shared = round % 3 === 0;
    const pick = items[shared ? 0 : (k * 2 + 1) % items.length]!;
    const opened = await call(tallies, 'referral', `${api}/referrals/${pick.id}`, session);
    const view = opened.json as ReferralView | null;
    if (!view || opened.status !== 200) continue;
    const choices = (['accept', 'request-information', 'decline'] as const).filter((a) =>
      view.allowedActions.includes(a),
    );
    const action = choices[(round + k) % Math.max(1, choices.length)];
    if (!action) continue;
    const body =
      action === 'accept'
        ? {
            version: view.version,
            ...(view.evaluation === 'out_of_scope' ? { reason: 'Seen by the team: the person needs us.' } : {}),
          }
        : action === 'decline'
          ? { version: view.version, reason: "Outside the scheme's criteria.", alternative: 'Talking therapies' }
          : { version: view.version, question: 'Is the person under any mental health service?' };
    await call(tallies, action, `${api}/referrals/${view.id}/${action}`, session, body);
  }
}

/** The eleventh person: reads the triage queue and their caseload, one after the other, until the deadline. */
async function poller(api: string, session: Session, deadline: number, tallies: Map<Action, Tally>): Promise<void> {
  while (Date.now() < deadline) {
    await call(tallies, 'poll queue', `${api}/triage`, session);
    await call(tallies, 'poll caseload', `${api}/caseload`, session);
  }
}

/** One request, timed to the end of its body; every answer is counted by status, and a body that is not JSON is null. */
async function call(
  tallies: Map<Action, Tally>,
  action: Action,
  url: string,
  session: Session,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const started = process.hrtime.bigint();
  const response = await fetch(
    url,
    body === undefined
      ? { headers: { cookie: session.cookie } }
      : {
          method: 'POST',
          headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  const text = await response.text();
  const tally = tallies.get(action)!;
  tally.latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, json: null };
  }
}

/**
 * Times every connection the app pool hands out (pg.Pool's connect, patched for the run), so the report can say how
 * long a request waited for a connection; pools of one connection (the owner's) are left out.
 */
function timePoolWaits(poolSize: number): { stop: () => void; result: () => PoolWaits } {
  type Connect = (this: pg.Pool, ...args: unknown[]) => unknown;
  const prototype = pg.Pool.prototype as unknown as { connect: Connect };
  const original = prototype.connect;
  const waits: number[] = [];
  let maxWaiting = 0;
  prototype.connect = function connect(this: pg.Pool, ...args: unknown[]) {
    const appPool = (this as unknown as { options: { max?: number } }).options.max === poolSize;
    if (!appPool || args.length > 0) return original.apply(this, args);
    const started = process.hrtime.bigint();
    const done = () => waits.push(Number(process.hrtime.bigint() - started) / 1e6);
    const pending = original.apply(this, args) as Promise<pg.PoolClient>;
    maxWaiting = Math.max(maxWaiting, this.waitingCount);
    return pending.then(
      (client) => {
        done();
        return client;
      },
      (error: unknown) => {
        done();
        throw error;
      },
    );
  };
  return {
    stop: () => {
      prototype.connect = original;
    },
    result: () => {
      const sorted = [...waits].sort((a, b) => a - b);
      return { acquires: sorted.length, maxWaitMs: sorted.at(-1) ?? 0, p95WaitMs: percentile(sorted, 95), maxWaiting };
    },
  };
}

/** Samples the app pool's connections every 100 ms (from the owner's own connection, left out) and keeps the most seen in each state. */
function watchBackends(database: Database): { most: Phase['backends']; stop: () => Promise<void> } {
  const most = { lock: 0, idleInTransaction: 0, active: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await database.owner.query<{ lock: number; idle: number; active: number }>(`
        SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock, count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle,
          count(*) FILTER (WHERE state = 'active')::int AS active
        FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`);
      const r = rows[0];
      if (r) {
        most.lock = Math.max(most.lock, r.lock);
        most.idleInTransaction = Math.max(most.idleInTransaction, r.idle);
        most.active = Math.max(most.active, r.active);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    most,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** The table per size, the pool and load lines, and the PASS/FAIL lines; true when everything passed. */
function report(results: SizeResult[]): boolean {
  const n = (x: number) => x.toLocaleString('en-GB');
  const failures: string[] = [];
  for (const { people, label, triageQueue, bare, alone, together: r } of results) {
    say(`\n## Triage: ${n(people)} people (${n(triageQueue)} awaiting triage), ${r.seconds} s, ${label}`);
    say(
      `Ceiling: a bare Fastify route under as many connections, ${bare.rps.toFixed(0)} req/s, p50 ${bare.p50.toFixed(2)} ms, p95 ${bare.p95.toFixed(2)} ms.`,
    );
    say('"alone": one person triaging with no one else (the poller alone for its rows); the rest: everyone at once.\n');
    const header = ['action', 'p50 alone', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'max ms', 'p50 / bare', 'answers'];
    const lines = ACTIONS.map((a) => {
      const t = r.tallies.get(a)!;
      const sorted = [...t.latencies].sort((x, y) => x - y);
      const soloSorted = [...alone.tallies.get(a)!.latencies].sort((x, y) => x - y);
      const max = sorted.at(-1) ?? 0;
      const statuses = [...t.statuses]
        .sort(([x], [y]) => x - y)
        .map(([s, c]) => `${s}×${n(c)}`)
        .join(' ');
      if (max > MAX_REQUEST_MS)
        failures.push(`${n(people)} people: one ${a} request took ${max.toFixed(0)} ms (limit ${MAX_REQUEST_MS} ms)`);
      if (a.startsWith('poll') && max > MAX_POLL_MS)
        failures.push(
          `${n(people)} people: the poller's ${a.slice(5)} took ${max.toFixed(0)} ms (limit ${MAX_POLL_MS} ms)`,
        );
      for (const [s, c] of [...t.statuses, ...alone.tallies.get(a)!.statuses])
        if (s >= 500) failures.push(`${n(people)} people: ${c} ${a} answer(s) with ${s}`);
      return [
        a,
        soloSorted.length > 0 ? percentile(soloSorted, 50).toFixed(1) : '—',
        n(sorted.length),
        (sorted.length / r.seconds).toFixed(1),
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 95).toFixed(1),
        max.toFixed(1),
        `${(percentile(sorted, 50) / bare.p50).toFixed(0)}×`,
        statuses,
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const left = (i: number) => i === 0 || i === 8;
    const format = (cells: string[]) =>
      `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
    say(format(header));
    say(`|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
    for (const line of lines) say(format(line));
    const decided = (p: Phase) =>
      (['accept', 'request-information', 'decline'] as const).reduce(
        (sum, a) => sum + (p.tallies.get(a)!.statuses.get(200) ?? 0),
        0,
      );
    const all = (p: Phase) => [...p.tallies.values()].reduce((sum, t) => sum + t.latencies.length, 0);
    say(
      `\nThroughput: ${(all(r) / r.seconds).toFixed(1)} requests/s and ${(decided(r) / r.seconds).toFixed(1)} triage decisions/s together; ` +
        `one person alone ${(decided(alone) / alone.seconds).toFixed(1)} decisions/s. A 409 means someone else changed the referral first (expected).`,
    );
    if (r.emptyQueue > 0) say(`The queue was empty ${n(r.emptyQueue)} times.`);
    say(
      `Pool: ${n(r.pool.acquires)} connections handed out; longest wait ${r.pool.maxWaitMs.toFixed(1)} ms, p95 ${r.pool.p95WaitMs.toFixed(1)} ms; at most ${r.pool.maxWaiting} requests waiting at once.`,
    );
    say(
      `PostgreSQL: at most ${r.backends.active} app connections running a statement, ${r.backends.idleInTransaction} idle inside a transaction (the app between statements) ` +
        `and ${r.backends.lock} waiting on a lock at once.`,
    );
    say(
      `CPU of the app's process: ${(r.cpuMs / Math.max(1, all(r))).toFixed(1)} ms a request together, ${(alone.cpuMs / Math.max(1, all(alone))).toFixed(1)} ms alone ` +
        `(${((r.cpuMs / 1000 / r.seconds) * 100).toFixed(0)}% of one core together).`,
    );
    say(
      `Load average (1 min): ${r.load.start.toFixed(2)} at start, ${r.load.max.toFixed(2)} at most, ${r.load.end.toFixed(2)} at end (${availableParallelism()} cores).`,
    );
  }
  say('');
  say(
    failures.length === 0
      ? `PASS triage: no 5xx, every request under ${MAX_REQUEST_MS} ms and the poller under ${MAX_POLL_MS} ms at every size`
      : `FAIL triage: ${failures.length}`,
  );
  for (const f of failures) say(`  FAIL ${f}`);
  return failures.length === 0;
}
