/**
 * The pathway benchmark: a scheme of 100,000+ referrals and 500,000+ sessions, then
 *   (a) a link worker's caseload  GET /api/schemes/:slug/caseload
 *   (b) the triage queue          GET /api/schemes/:slug/triage
 * each beside a ceiling — the repository's own SQL (captured from Kysely) served by a bare
 * Fastify route on the same database — and
 *   (c) intake: POST /fhir/ServiceRequest with an API client's token (when the route is there),
 *       POST /api/schemes/:slug/referrals from the browser, and the submitReferral use case alone.
 * Real HTTP on 127.0.0.1 (autocannon); medians of several runs; EXPLAIN checks that the queries
 * use indexes (full plans with --explain).
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import type { CompiledQuery } from 'kysely';
import { buildApp } from '../src/app.ts';
import type { AppContext } from '../src/context.ts';
import { createApiClient } from '../src/modules/identity/api-clients/create-api-client.ts';
import { listCaseload } from '../src/modules/pathway/cases/caseload.repository.ts';
import { CASELOAD_PAGE } from '../src/modules/pathway/cases/caseload-page.ts';
import { countByStatus, listTriageQueue } from '../src/modules/pathway/referrals/referral-queues.repository.ts';
import { PAGE_SIZE } from '../src/modules/pathway/referrals/list-limits.ts';
import { submitReferral } from '../src/modules/pathway/referrals/use-cases/submit-referral.ts';
import type { ClientActor } from '../src/platform/actor.ts';
import { inSchemeTransaction } from '../src/platform/db/scheme-transaction.ts';
import { openBenchContext } from './bench-database.ts';
import { benchSession } from './bench-sessions.ts';
import { CaptureQueries, captureSql, explainAll, type Plan } from './capture-sql.ts';
import { DEFAULT_SIZE, generatePathway, type GeneratedPathway, type PathwaySize } from './generate-pathway.ts';
import { httpLoad, loopLoad, type HttpLoad, type LoadResult } from './http-load.ts';
import { fhirServiceRequest, gpSystemIntake, nhsNumbers, webReferral } from './intake-bodies.ts';
import { printTable, say, shortSql, type Row } from './report.ts';

export interface PathwayBenchOptions {
  runs: number;
  seconds: number;
  connections: number;
  explain: boolean;
  /** Multiplies the dataset (referrals and patients); 1 is 110,000 referrals. */
  scale: number;
  /** Create PROPOSED_INDEXES on the generated data first, to measure them (they are not in the migrations). */
  proposedIndexes: boolean;
}

/**
 * Indexes the EXPLAIN check finds missing, proposed for a migration and not yet in one.
 * --proposed-indexes creates them in the benchmark's database, to compare. The first three it found
 * (triage order, open cases, last year's allocations) are now in migration 0003_pathway_tuning.sql.
 */
export const PROPOSED_INDEXES: { why: string; sql: string }[] = [];

type Target = [Row, (seconds: number) => Promise<LoadResult>];

/** Runs the pathway benchmark and prints its table. */
export async function runPathwayBench(o: PathwayBenchOptions): Promise<void> {
  if (o.scale < 0.1)
    throw new Error('--scale must be at least 0.1: the triage queue, waiting list and open caseloads keep their size');
  const started = Date.now();
  const { ctx, database, label, close } = await openBenchContext();
  try {
    say(`Pathway benchmark on ${label}.`);
    const size: PathwaySize = {
      ...DEFAULT_SIZE,
      referrals: Math.round(DEFAULT_SIZE.referrals * o.scale),
      patients: Math.round(DEFAULT_SIZE.patients * o.scale),
    };
    say(
      `Generating ${size.referrals.toLocaleString('en-GB')} referrals for ${size.patients.toLocaleString('en-GB')} patients and ${size.workers} link workers …`,
    );
    const g = await generatePathway(database, size, say);
    if (o.proposedIndexes) {
      say('Creating the proposed indexes (not in the migrations) …');
      for (const index of PROPOSED_INDEXES) await database.owner.query(index.sql);
      await database.owner.query('ANALYZE referrals');
      await database.owner.query('ANALYZE cases');
    }
    await measure(ctx, g, o, o.proposedIndexes ? `${label}, with the proposed indexes` : label);
  } finally {
    await close();
  }
  say(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function measure(ctx: AppContext, g: GeneratedPathway, o: PathwayBenchOptions, label: string): Promise<void> {
  const workerId = g.workerIds[0]!;
  const worker = await benchSession(ctx, workerId);
  const referrer = await benchSession(ctx, g.referrerId);
  const client = await createApiClient(
    ctx,
    { kind: 'system', description: 'bench', requestId: 'bench' },
    { name: 'Bench GP system', schemeSlug: g.slug },
  );
  const clientActor: ClientActor = {
    kind: 'client',
    clientId: client.id,
    name: 'Bench GP system',
    schemeId: g.schemeId,
    schemeSlug: g.slug,
    requestId: 'bench',
  };
  const base = `/api/schemes/${g.slug}`;

  // The repository statements, exactly as Kysely compiles them, for the ceilings.
  const today = new Date().toISOString().slice(0, 10);
  const caseloadSql = await captureSql(ctx.db, g.schemeId, (db) =>
    listCaseload(db, g.schemeId, workerId, false, null, CASELOAD_PAGE, today),
  );
  const triageSql = await captureSql(ctx.db, g.schemeId, (db) =>
    Promise.all([
      listTriageQueue(db, g.schemeId, null, PAGE_SIZE),
      countByStatus(db, g.schemeId, ['received', 'information_requested']),
    ]),
  );
  const endpointSql = await endpointStatements(ctx, worker.cookie, {
    caseload: `${base}/caseload`,
    triage: `${base}/triage`,
  });

  const app = await buildApp(ctx, { logger: false });
  const appUrl = await listen(app);
  const bare = ceilingApp(ctx, g.schemeId, { '/caseload': caseloadSql, '/triage': triageSql });
  const bareUrl = await listen(bare);
  const caseload = JSON.parse(
    await check(`${appUrl}${base}/caseload`, { headers: { cookie: worker.cookie } }, 200, 'caseload'),
  ) as { items: unknown[]; capacity: { openCases: number } };
  const triage = JSON.parse(
    await check(`${appUrl}${base}/triage`, { headers: { cookie: worker.cookie } }, 200, 'triage'),
  ) as { items: unknown[]; total: number };
  await check(`${bareUrl}/caseload`, {}, 200, 'caseload ceiling');
  await check(`${bareUrl}/triage`, {}, 200, 'triage ceiling');

  // Intake: every referral for a new person, so each request really creates one.
  const nextNhs = nhsNumbers();
  const ods = g.practiceOdsCodes[0]!;
  let sent = 0;
  const fhirHeaders = { authorization: `Bearer ${client.token}`, 'content-type': 'application/fhir+json' };
  const fhirBody = () => fhirServiceRequest(`${g.run}-${(sent += 1)}`, nextNhs(), ods);
  const webHeaders = { cookie: referrer.cookie, 'x-csrf-token': referrer.csrf, 'content-type': 'application/json' };
  const webBody = () => webReferral(nextNhs(), ods);
  const fhirProblem = await fhirIntakeProblem(app, appUrl, fhirHeaders, fhirBody());
  await check(
    `${appUrl}${base}/referrals`,
    { method: 'POST', headers: webHeaders, body: webBody() },
    201,
    'browser intake',
  );

  const http =
    (url: string, extra: Partial<HttpLoad> = {}) =>
    (seconds: number) =>
      httpLoad({ url, connections: o.connections, seconds, ...extra });
  const reads: Target[] = [
    [
      { name: 'GET caseload', results: [], ceiling: 'caseload SQL, bare route' },
      http(`${appUrl}${base}/caseload`, { headers: { cookie: worker.cookie } }),
    ],
    [{ name: 'caseload SQL, bare route', results: [] }, http(`${bareUrl}/caseload`)],
    [
      { name: 'GET triage', results: [], ceiling: 'triage SQL, bare route' },
      http(`${appUrl}${base}/triage`, { headers: { cookie: worker.cookie } }),
    ],
    [{ name: 'triage SQL, bare route', results: [] }, http(`${bareUrl}/triage`)],
  ];
  const useCase = 'submitReferral (no HTTP)';
  const intake: Target[] = [
    ...(fhirProblem
      ? []
      : [
          [
            { name: 'POST /fhir/ServiceRequest', results: [], ceiling: useCase },
            http(`${appUrl}/fhir/ServiceRequest`, { method: 'POST', headers: fhirHeaders, body: fhirBody }),
          ] as Target,
        ]),
    [
      { name: 'POST referrals (browser)', results: [], ceiling: useCase },
      http(`${appUrl}${base}/referrals`, { method: 'POST', headers: webHeaders, body: webBody }),
    ],
    [
      { name: useCase, results: [] },
      (seconds) =>
        loopLoad(
          () =>
            submitReferral(ctx, clientActor, g.schemeId, gpSystemIntake(`${g.run}-uc-${(sent += 1)}`, nextNhs(), ods)),
          { concurrency: o.connections, seconds },
        ),
    ],
  ];

  say(
    `\nEXPLAIN (ANALYZE) of every SELECT the two endpoints send${o.explain ? '' : ' (plans printed with --explain)'} …`,
  );
  const problems = [
    ...checkPlans('caseload', await explainAll(ctx.db, g.schemeId, endpointSql.caseload), o.explain),
    ...checkPlans('triage', await explainAll(ctx.db, g.schemeId, endpointSql.triage), o.explain),
  ];
  say(
    problems.length === 0
      ? 'No sequential scan of a large table in either endpoint.'
      : problems.map((p) => `  ! ${p}`).join('\n'),
  );

  // Reads first: intake adds referrals to the triage queue.
  await runPhase('reads', reads, o);
  await runPhase('intake', intake, o);
  await app.close();
  await bare.close();

  const c = g.counts;
  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-GB');
  say(
    `\nDataset (one scheme, ${label}): ${n(c.referrals)} referrals (${n(c.triage)} awaiting triage, ${n(c.waiting)} waiting), ${n(c.patients)} patients, ${n(c.cases)} cases (${n(c.openCases)} open),`,
  );
  say(
    `  ${n(c.case_sessions)} sessions, ${n(c.contact_attempts)} contact attempts, ${n(c.case_tasks)} tasks, ${g.workerIds.length} link workers.`,
  );
  say(
    `Caseload measured: ${caseload.items.length} open cases of one worker (capacity says ${caseload.capacity.openCases}); triage page: ${triage.items.length} of ${n(triage.total)}.`,
  );
  say(
    `Medians of ${o.runs} runs of ${o.seconds} s, ${o.connections} connections, real HTTP on 127.0.0.1 (autocannon, in the same process as the server).`,
  );
  say(
    "The ceilings run the repository's own SQL (captured from Kysely) in a scheme transaction behind a bare Fastify route;",
  );
  say(
    "the endpoints also authenticate, resolve the scheme, load its rules and the worker's capacity, audit the read and present the result.",
  );
  say('Intake is compared with the submitReferral use case called directly (no HTTP, no FHIR parsing or rendering).\n');
  printTable([...reads, ...intake].map(([row]) => row));
  if (fhirProblem) say(`\nFHIR intake not measured: ${fhirProblem}`);
  if (problems.length > 0) {
    say(
      `\nIndex check: ${problems.length} statement(s) scan a large table sequentially (see above; --explain for plans).`,
    );
    if (!o.proposedIndexes) {
      say('Proposed for the pathway migration (measure them with --proposed-indexes):');
      for (const index of PROPOSED_INDEXES) say(`  ${index.sql}\n    -- ${index.why}`);
    }
  }
}

/** Every statement each endpoint sends for one request (authentication included), through an app whose Kysely records them. */
async function endpointStatements<K extends string>(
  ctx: AppContext,
  cookie: string,
  urls: Record<K, string>,
): Promise<Record<K, CompiledQuery[]>> {
  const capture = new CaptureQueries();
  const app = await buildApp({ ...ctx, db: ctx.db.withPlugin(capture) }, { logger: false });
  const statements = {} as Record<K, CompiledQuery[]>;
  for (const [name, url] of Object.entries(urls) as [K, string][]) {
    capture.queries.length = 0;
    const response = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    statements[name] = [...capture.queries];
  }
  await app.close();
  return statements;
}

/** Why FHIR intake cannot be measured (the route is not there yet, or refuses a good referral); null when it can. */
async function fhirIntakeProblem(
  app: FastifyInstance,
  appUrl: string,
  headers: Record<string, string>,
  body: string,
): Promise<string | null> {
  if (!app.hasRoute({ method: 'POST', url: '/fhir/ServiceRequest' }))
    return 'POST /fhir/ServiceRequest is not registered yet';
  try {
    await check(`${appUrl}/fhir/ServiceRequest`, { method: 'POST', headers, body }, 201, 'FHIR intake');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** The bare ceiling: the captured statements in a scheme transaction (as row-level security needs), rows as JSON. */
function ceilingApp(
  ctx: AppContext,
  schemeId: string,
  routes: Record<string, readonly CompiledQuery[]>,
): FastifyInstance {
  const bare = Fastify({ logger: false });
  for (const [path, queries] of Object.entries(routes)) {
    bare.get(path, async () =>
      inSchemeTransaction(ctx.db, schemeId, async (trx) => {
        const results = await Promise.all(queries.map((q) => trx.executeQuery(q)));
        return results.map((r) => r.rows);
      }),
    );
  }
  return bare;
}

async function check(url: string, init: RequestInit, expected: number, what: string): Promise<string> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expected)
    throw new Error(`${what}: expected ${expected}, got ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Prints where each endpoint's SQL time goes (and every plan when verbose); returns the sequential scans of large tables. */
function checkPlans(title: string, plans: Plan[], verbose: boolean): string[] {
  const total = plans.reduce((sum, p) => sum + p.ms, 0);
  say(`${title}: ${plans.length} SELECTs, ${total.toFixed(1)} ms under EXPLAIN ANALYZE; the costliest:`);
  for (const p of [...plans].sort((a, b) => b.ms - a.ms).slice(0, 3))
    say(`  ${p.ms.toFixed(2).padStart(7)} ms  ${shortSql(p.sql, 110)}`);
  if (verbose) {
    for (const p of plans) say(`\n--- ${title}: ${shortSql(p.sql, 300)}\n${p.plan}`);
    say();
  }
  return plans
    .filter((p) => p.seqScans.length > 0)
    .map((p) => `${title}: sequential scan on ${p.seqScans.join(', ')} in: ${shortSql(p.sql, 160)}`);
}

/** A warm-up of each target, then the runs, round-robin so that drift touches every target alike. */
async function runPhase(phase: string, targets: Target[], o: PathwayBenchOptions): Promise<void> {
  say(
    `\nMeasuring ${phase}: warm-up, then ${o.runs} runs of ${o.seconds} s each per target, ${o.connections} connections …`,
  );
  for (const [, go] of targets) await go(1);
  for (let run = 1; run <= o.runs; run += 1) {
    for (const [row, go] of targets) row.results.push(await go(o.seconds));
    say(
      `  run ${run}/${o.runs}: ${targets.map(([row]) => `${row.name} ${row.results.at(-1)!.rps.toFixed(0)}/s`).join(', ')}`,
    );
  }
}
