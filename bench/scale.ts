/**
 * Fast as a scheme grows: the pathway and directory generators at two sizes (by default 100,000 people
 * with 50,000 directory services, then 1,000,000 people with 200,000 services), each in its own throwaway
 * database, and every GET endpoint that returns a page or a person's data timed at both sizes.
 *
 * The endpoints come from the application's own route table (app.printRoutes), so a new route is timed
 * (or listed as not timed, with the reason) without editing this file. Parameters are filled from the
 * generated data for a typical row: an open case with a risk of a link worker with a full caseload, that
 * worker's supervisor, the scheme manager, an administrator, a community organisation's user, an API client.
 *
 * Timing: real HTTP on 127.0.0.1 (fetch, keep-alive, one request at a time), warm-up then `requests`
 * sequential requests per endpoint, the whole pass repeated `runs` times; p50 and p95 are medians over the runs.
 * The ceiling is a bare Fastify route returning a constant, timed the same way in every run.
 *
 * Fails (exit code 1) when a p50 grows more than 1.5× from the small size to the large, when the slowest
 * request of the large size's runs (median over the runs) exceeds 100 ms, when any statement an endpoint
 * sends scans a table of more than 10,000 rows sequentially (EXPLAIN ANALYZE as the application role, in the
 * scheme's transaction), or when an endpoint could not be timed because no role got a 2xx from it.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { recountYearAllocations } from '../src/modules/workforce/allocation/recount-year-allocations.ts';
import type { AppContext } from '../src/context.ts';
import { LAKESIDE_POSTCODES_FILE } from '../src/demo/seed-postcodes.ts';
import { createApiClient } from '../src/modules/identity/api-clients/create-api-client.ts';
import { readPostcodeCsv } from '../src/modules/community/directory/postcodes/postcode-csv-reader.ts';
import { importPostcodes } from '../src/modules/community/directory/use-cases/import-postcodes.ts';
import { BenchRefused, openBenchContext, readBenchDescription, saveBenchDescription } from './bench-database.ts';
import { benchSession } from './bench-sessions.ts';
import { CaptureQueries, explainAll } from './capture-sql.ts';
import { ACTIVITIES, DEFAULT_DIRECTORY_SIZE, generateDirectory } from './generate-directory.ts';
import {
  generateActivity,
  generatePathway,
  sizeForPeople,
  type GeneratedActivity,
  type GeneratedPathway,
} from './generate-pathway.ts';
import { percentile } from './http-load.ts';
import { say, shortSql } from './report.ts';

export interface ScaleBenchOptions {
  /** People in the small and the large scheme. */
  small: number;
  large: number;
  /** Directory services at each size (default 50,000 and 200,000 at the default sizes; half the people, then 4× that, otherwise). */
  smallServices?: number;
  largeServices?: number;
  runs: number;
  /** Timed requests per endpoint per run (after a warm-up). */
  requests: number;
  explain: boolean;
  /** Keep each size's generated database (PostgreSQL), and reuse a kept one of the same size instead of generating again. */
  keep?: boolean;
  reuse?: boolean;
  /** With keep: generate (or find) both sizes' databases and stop, to measure later with reuse. */
  generateOnly?: boolean;
}

export const SCALE_DEFAULTS = { small: 100_000, large: 1_000_000, smallServices: 50_000, largeServices: 200_000 };
/** PGlite (one process, in memory) takes hours over the default sizes; above this many people it refuses. */
export const PGLITE_MAX_PEOPLE = 50_000;
export const MAX_RATIO = 1.5;
export const MAX_MS = 100;
export const SEQ_SCAN_ROWS = 10_000;

type RoleName =
  | 'link worker'
  | 'supervisor'
  | 'manager'
  | 'referrer'
  | 'community user'
  | 'admin'
  | 'api client'
  | 'organisation system'
  | 'public';

/** GET routes that are not a page or a person's data, and why (matched on the route template). */
const NOT_TIMED: [RegExp, string][] = [
  [/^\/api\/docs/, 'API documentation (static)'],
  [/^\/api\/openapi\.json$/, 'OpenAPI document (static)'],
  [/^\/oruk\/openapi\.json$/, 'OpenAPI document (static)'],
  [/^\/fhir\/metadata$/, 'FHIR CapabilityStatement (static)'],
  [/^\/api\/codes/, 'code lists (static)'],
  [/^\/(health|ready)$/, 'health check'],
  [/\*$/, 'wildcard (not-found handler)'],
  [/^\/(fhir|oruk)\/?$/, 'base path (no resource)'],
  [
    /^\/api\/commissioning\//,
    "commissioners' reports: aggregates across schemes, no person's data (the reports' own benchmark)",
  ],
];

/** Roles tried for an endpoint, the first that gets a 2xx is timed; the usual viewer first. */
function rolesFor(path: string): RoleName[] {
  if (path.startsWith('/oruk')) return ['public'];
  if (path.startsWith('/fhir') || path.startsWith('/api/integrations')) return ['api client', 'organisation system'];
  if (path.startsWith('/api/admin')) return ['admin'];
  if (path.startsWith('/api/public')) return ['public'];
  const all: RoleName[] = ['link worker', 'supervisor', 'manager', 'referrer', 'community user', 'admin'];
  const first = (...roles: RoleName[]) => [...roles, ...all.filter((r) => !roles.includes(r))];
  if (/\/inbox\//.test(path)) return first('community user');
  if (/\/(supervision|debriefs|wellbeing\/team|lone-working\/visits\/team|training\/matrix|risk\/board)/.test(path))
    return first('supervisor', 'manager');
  if (
    /\/(reports|patients\/duplicates|settings|training\/complexity-flags|directory\/change-reports|directory\/our-services)/.test(
      path,
    )
  )
    return first('manager');
  return all;
}

/** The query strings timed for a route: the plain request, and the searches and filters people use (or need). */
function variantsFor(path: string, postcode: string, rows: TypicalRows): { label: string; query: string }[] {
  const word = ACTIVITIES[1]!;
  const near = `postcode=${encodeURIComponent(postcode)}`;
  const plain = { label: '', query: '' };
  const q = (query: string, label = query) => ({ label, query });
  if (path === '/oruk/services') return [plain, q(`?search=${word}`)];
  if (path === '/oruk/service_at_locations')
    return [plain, q(`?${near}&proximity=3000`, '?postcode=LK1…&proximity=3000')];
  if (path === '/api/admin/audit') return [plain, q('?action=auth.')];
  if (path === '/api/admin/directory-organizations') return [q('?q=Lakeside')];
  if (path.endsWith('/directory/services'))
    return [plain, q(`?q=${word}`), q(`?${near}&within=3`, '?postcode=LK1…&within=3')];
  if (path.endsWith('/onward-referrals/draft')) return [q('?service=svc-1')];
  // A scheme's people: the first page by name, a search everyone matches (every generated name starts "Bench"), and a narrow one.
  if (path === '/api/schemes/:slug/people') return [plain, q('?q=bench'), q('?q=worker+100')];
  if (path === '/fhir/Task') return [q(`?focus=ServiceRequest/${rows.clientReferral.id}`, '?focus=ServiceRequest/:id')];
  return [plain];
}

interface Endpoint {
  /** The route template as Fastify has it. */
  route: string;
  query: string;
}

interface Measured {
  key: string;
  role: RoleName;
  rows: number | null;
  p50: number;
  p95: number;
  max: number;
  flags: string[];
  explainMs: number;
}

interface SizeResult {
  people: number;
  services: number;
  generateSeconds: number;
  bare: { p50: number; p95: number };
  measured: Map<string, Measured>;
  unmeasured: Map<string, string>;
  notTimed: Map<string, string>;
  counts: Record<string, number>;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the scale benchmark at both sizes, prints the table and returns whether it passed. */
export async function runScaleBench(o: ScaleBenchOptions): Promise<boolean> {
  if (o.large <= o.small) throw new Error('--large must be more people than --small');
  if (!process.env.BENCH_DATABASE_URL && o.large > PGLITE_MAX_PEOPLE) {
    throw new BenchRefused(
      `--large ${o.large.toLocaleString('en-GB')} people on PGlite would take hours (PGlite runs in this process, in memory, on one core). ` +
        `Run it on PostgreSQL (BENCH_DATABASE_URL=postgres://… with a role that may create databases), or a quick version on PGlite with at most ` +
        `${PGLITE_MAX_PEOPLE.toLocaleString('en-GB')} people, e.g. npm run bench -- scale --small 5000 --large 20000.`,
    );
  }
  const defaults = o.small === SCALE_DEFAULTS.small && o.large === SCALE_DEFAULTS.large;
  const smallServices =
    o.smallServices ?? (defaults ? SCALE_DEFAULTS.smallServices : Math.max(500, Math.round(o.small / 2)));
  const largeServices = o.largeServices ?? (defaults ? SCALE_DEFAULTS.largeServices : smallServices * 4);
  const started = Date.now();
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(', ');
  say(
    `Scale benchmark: ${o.small.toLocaleString('en-GB')} then ${o.large.toLocaleString('en-GB')} people; ${o.runs} runs of ${o.requests} requests per endpoint.`,
  );
  say(`Load average at start: ${load()}`);
  if (o.generateOnly && !o.keep)
    throw new BenchRefused('--generate-only needs --keep: a generated database that is not kept is dropped at once.');
  const small = await measureSize(o, o.small, smallServices);
  const large = await measureSize(o, o.large, largeServices);
  if (!small || !large) {
    say(
      `\nBoth sizes generated and kept (${((Date.now() - started) / 1000).toFixed(0)} s); measure them with --reuse.`,
    );
    return true;
  }
  say(`\nLoad average at end: ${load()}`);
  const passed = report(o, small, large);
  say(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return passed;
}

async function measureSize(o: ScaleBenchOptions, people: number, services: number): Promise<SizeResult | null> {
  const { ctx, database, label, reused, close } = await openBenchContext({
    tag: `scale_${people}_${services}`,
    keep: o.keep ?? false,
    reuse: o.reuse ?? false,
  });
  try {
    say(
      `\n=== ${people.toLocaleString('en-GB')} people, ${services.toLocaleString('en-GB')} directory services, on ${label} ===`,
    );
    const kept = reused ? await readBenchDescription<Generated>(database) : null;
    if (kept && o.generateOnly) return null;
    if (kept) {
      say(
        `Reusing the data generated in ${kept.generateSeconds.toFixed(0)} s (migrated to the current schema, then analysed).`,
      );
      await database.owner.query('ANALYZE');
      return await measureGenerated(o, people, services, ctx, kept);
    }
    const generating = Date.now();
    const postcodes = await importPostcodes(
      ctx,
      { kind: 'system', description: 'bench', requestId: 'bench' },
      'lakeside-onspd-sample.csv',
      readPostcodeCsv(LAKESIDE_POSTCODES_FILE),
    );
    say(`Directory (${postcodes.total} postcodes):`);
    const directoryCounts = await generateDirectory(
      database,
      { ...DEFAULT_DIRECTORY_SIZE, services, organizations: Math.max(100, Math.round(services / 25)) },
      say,
    );
    const size = sizeForPeople(people);
    say(`Pathway: ${size.referrals.toLocaleString('en-GB')} referrals, ${size.workers} link workers:`);
    const g = await generatePathway(database, size, say);
    say('Activity:');
    const a = await generateActivity(database, g, services, say);
    const generateSeconds = (Date.now() - generating) / 1000;
    const counts = { ...directoryCounts, ...g.counts, ...a.counts };
    say(
      `Generated in ${generateSeconds.toFixed(0)} s: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-GB')}`)
        .join(', ')}`,
    );
    const generated: Generated = { g, a, counts, generateSeconds };
    if (o.keep) await saveBenchDescription(database, generated);
    if (o.generateOnly) return null;
    return await measureGenerated(o, people, services, ctx, generated);
  } finally {
    await close();
  }
}

/** What a size's generation made: the ids the endpoints need and the row counts. */
interface Generated {
  g: GeneratedPathway;
  a: GeneratedActivity;
  counts: Record<string, number>;
  generateSeconds: number;
}

async function measureGenerated(
  o: ScaleBenchOptions,
  people: number,
  services: number,
  ctx: AppContext,
  { g, a, counts, generateSeconds }: Generated,
): Promise<SizeResult> {
  {
    // The hourly job, as a running server would have run it: each worker's allocations since the year's start.
    const recount = await recountYearAllocations(ctx);
    say(
      `Allocation figures counted for ${recount.workers.toLocaleString('en-GB')} workers in ${recount.schemes} schemes.`,
    );
    await ctx.database.owner.query('ANALYZE worker_case_counts');
    const result: SizeResult = { people, services, generateSeconds, counts, ...(await timeEndpoints(ctx, g, a, o)) };
    // This size's figures now, so a long run's first half is not lost if the second is stopped.
    say(
      `\nAt ${people.toLocaleString('en-GB')} people (bare route p50 ${result.bare.p50.toFixed(2)} ms): endpoint | role | rows | p50 | p95 | max | seq scans`,
    );
    for (const m of result.measured.values())
      say(
        `  ${m.key} | ${m.role} | ${m.rows ?? ''} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} | ${m.max.toFixed(1)} | ${m.flags.join(', ')}`,
      );
    return result;
  }
}

type TypicalRows = Awaited<ReturnType<typeof typicalRows>>;

/** The typical rows whose ids fill each route's parameters. */
async function typicalRows(ctx: AppContext, g: GeneratedPathway, a: GeneratedActivity) {
  const one = async <T>(text: string, params: unknown[] = []): Promise<T | undefined> =>
    (await ctx.database.owner.query<T>(text, params)).rows[0];
  const s = g.schemeId;
  // An open case with an open risk (and, where there is one, a safeguarding concern) on a worker with a full caseload.
  const kase = (await one<{ id: string; referral_id: string; patient_id: string; worker_id: string }>(
    `
    SELECT c.id, c.referral_id, c.patient_id, c.worker_id FROM cases c JOIN risk_assessments r ON r.case_id = c.id AND r.status = 'open'
    WHERE c.scheme_id = $1 AND c.status = 'active' ORDER BY r.safeguarding_concern DESC, c.id LIMIT 1`,
    [s],
  ))!;
  const worker = kase.worker_id;
  const supervisor = (await one<{ id: string }>(
    'SELECT supervisor_id AS id FROM worker_profiles WHERE scheme_id = $1 AND user_id = $2',
    [s, worker],
  ))!.id;
  const id = async (text: string, params: unknown[]) =>
    (await one<{ id: string }>(text, params))?.id ?? '00000000-0000-4000-8000-000000000000';
  // A referral the GP system sent, allocated (so its Task and ServiceRequest have a case behind them).
  const clientReferral = (await one<{ id: string; patient_id: string }>(
    `
    SELECT id::text, patient_id::text FROM referrals WHERE scheme_id = $1 AND referred_by_client_id = $2 ORDER BY status = 'allocated' DESC, received_at DESC LIMIT 1`,
    [s, g.client.id],
  ))!;
  return {
    worker,
    supervisor,
    kase,
    clientReferral,
    risk: await id(`SELECT id::text FROM risk_assessments WHERE case_id = $1 ORDER BY assessed_at DESC LIMIT 1`, [
      kase.id,
    ]),
    concern: await id(`SELECT id::text FROM safeguarding_concerns WHERE case_id = $1 LIMIT 1`, [kase.id]),
    waiting: await id(
      `SELECT id::text FROM referrals WHERE scheme_id = $1 AND status = 'waiting' ORDER BY received_at LIMIT 1`,
      [s],
    ),
    onward: await id(
      `SELECT o.id::text FROM onward_referrals o JOIN cases c ON c.id = o.case_id WHERE o.scheme_id = $1 AND c.worker_id = $2 ORDER BY o.sent_at DESC LIMIT 1`,
      [s, worker],
    ),
    inbox: await id(
      `SELECT id::text FROM onward_referrals WHERE scheme_id = $1 AND receiving_organisation_id IS NOT NULL ORDER BY sent_at DESC LIMIT 1`,
      [s],
    ),
    certificate: await id('SELECT id::text FROM training_certificates WHERE scheme_id = $1 AND user_id = $2 LIMIT 1', [
      s,
      worker,
    ]),
    supervision: await id(
      'SELECT id::text FROM supervision_sessions WHERE scheme_id = $1 AND worker_id = $2 ORDER BY held_on DESC LIMIT 1',
      [s, worker],
    ),
    visit: await id(
      `SELECT id::text FROM lone_working_visits WHERE scheme_id = $1 AND worker_id = $2 ORDER BY planned_start DESC LIMIT 1`,
      [s, worker],
    ),
    debrief: await id(
      `SELECT id::text FROM debrief_requests WHERE scheme_id = $1 ORDER BY (supervisor_id = $2) DESC, requested_at DESC LIMIT 1`,
      [s, supervisor],
    ),
    reflection: await id('SELECT id::text FROM reflections WHERE author_id = $1 ORDER BY written_at DESC LIMIT 1', [
      worker,
    ]),
    communityOrg: await id(`SELECT organisation_id::text AS id FROM memberships WHERE user_id = $1`, [
      a.communityUserId,
    ]),
  };
}

/** Turns a route template into a URL: each parameter by the resource it follows. */
function fill(route: string, slug: string, rows: TypicalRows): string {
  const parts = route.split('/');
  return parts
    .map((part, i) => {
      if (!part.startsWith(':')) return part;
      const before = parts[i - 1] ?? '';
      const inbox = parts.includes('inbox');
      const byResource: Record<string, string> = {
        schemes: slug,
        'self-referral': slug,
        cases: rows.kase.id,
        referrals: rows.kase.referral_id,
        risks: rows.risk,
        safeguarding: rows.concern,
        certificates: rows.certificate,
        people: rows.worker,
        workers: rows.worker,
        sessions: rows.supervision,
        visits: rows.visit,
        debriefs: rows.debrief,
        'onward-referrals': inbox ? rows.inbox : rows.onward,
        reflections: rows.reflection,
        users: rows.worker,
        organisations: rows.communityOrg,
        services: 'svc-1',
        service_at_locations: 'sal-1',
        taxonomies: 'tax-needs',
        taxonomy_terms: 'term-1',
        Patient: rows.clientReferral.patient_id,
        ServiceRequest: rows.clientReferral.id,
        Task: rows.clientReferral.id,
        reports: 'activity',
        tables: 'referrals-by-month.csv',
      };
      if (route.includes('/referrals/:id/allocation') && before === 'referrals') return rows.waiting;
      const value = byResource[before];
      if (value === undefined) throw new Error(`no value for ${part} after /${before}/ in ${route}`);
      return encodeURIComponent(value);
    })
    .join('/');
}

/** Every GET route of the application, from Fastify's own route tree. */
export function getRoutes(app: FastifyInstance): string[] {
  const tree = app.printRoutes({ commonPrefix: false, method: 'GET' } as Parameters<FastifyInstance['printRoutes']>[0]);
  const stack: { depth: number; path: string }[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
    // A node shared by routes with different parameter names shows them all (":id|:caseId"); one name will do.
    const segment = m[2]!.replace(/:(\w+)(?:\|:\w+)+/g, ':$1');
    const path = `${stack.at(-1)?.path ?? ''}${segment}`;
    stack.push({ depth, path });
    if (m[3]?.includes('GET')) routes.push(path);
  }
  return [...new Set(routes.map((r) => (r.length > 1 ? r.replace(/\/$/, '') : r)))].sort();
}

async function timeEndpoints(
  ctx: AppContext,
  g: GeneratedPathway,
  a: GeneratedActivity,
  o: ScaleBenchOptions,
): Promise<Omit<SizeResult, 'people' | 'services' | 'generateSeconds' | 'counts'>> {
  const rows = await typicalRows(ctx, g, a);
  const orgClient = await createApiClient(
    ctx,
    { kind: 'system', description: 'bench', requestId: 'bench' },
    { name: 'Bench community system', schemeSlug: g.slug, organisationId: rows.communityOrg },
  );
  const headers: Record<RoleName, Record<string, string>> = {
    'link worker': await cookieFor(ctx, rows.worker),
    supervisor: await cookieFor(ctx, rows.supervisor),
    manager: await cookieFor(ctx, a.managerId),
    referrer: await cookieFor(ctx, g.referrerId),
    'community user': await cookieFor(ctx, a.communityUserId),
    admin: await cookieFor(ctx, a.adminId),
    'api client': { authorization: `Bearer ${g.client.token}` },
    'organisation system': { authorization: `Bearer ${orgClient.token}` },
    public: {},
  };
  const postcode = (
    await ctx.db
      .selectFrom('postcodes')
      .select('postcode')
      .where('postcode', 'like', 'LK1 %')
      .orderBy('postcode')
      .executeTakeFirstOrThrow()
  ).postcode;

  const app = await buildApp(ctx, { logger: false });
  const appUrl = await listen(app);
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  const bareUrl = await listen(bare);

  const notTimed = new Map<string, string>();
  const unmeasured = new Map<string, string>();
  const endpoints: (Endpoint & { key: string; url: string; role: RoleName; rows: number | null })[] = [];
  for (const route of getRoutes(app)) {
    const why = NOT_TIMED.find(([pattern]) => pattern.test(route));
    if (why) {
      notTimed.set(route, why[1]);
      continue;
    }
    for (const { label, query } of variantsFor(route, postcode, rows)) {
      const key = `${route}${label}`;
      const path = `${fill(route, g.slug, rows)}${query}`;
      const tried = new Map<string, RoleName[]>();
      for (const role of rolesFor(route)) {
        const response = await fetch(`${appUrl}${path}`, { headers: headers[role] });
        const body = await response.text();
        if (response.ok) {
          endpoints.push({
            route,
            query,
            key,
            url: `${appUrl}${path}`,
            role,
            rows: rowsIn(body, response.headers.get('content-type')),
          });
          break;
        }
        const answer = `${response.status} ${problemOf(body)}`;
        tried.set(answer, [...(tried.get(answer) ?? []), role]);
      }
      if (!endpoints.some((e) => e.key === key))
        unmeasured.set(key, [...tried].map(([answer, roles]) => `${roles.join(', ')}: ${answer}`).join('; '));
    }
  }
  say(
    `\n${endpoints.length} endpoints to time; ${notTimed.size} GET routes not a page or a person's data; ${unmeasured.size} could not be timed.`,
  );

  // EXPLAIN every SELECT each endpoint sends, through an app whose Kysely records them.
  const sizes = new Map(
    (
      await ctx.database.owner.query<{ relname: string; n: number }>(
        `SELECT c.relname, greatest(c.reltuples, 0)::float8 AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'p')`,
      )
    ).rows.map((r) => [r.relname, Number(r.n)]),
  );
  const capture = new CaptureQueries();
  const captureApp = await buildApp({ ...ctx, db: ctx.db.withPlugin(capture) }, { logger: false });
  const explained = new Map<string, { flags: string[]; ms: number }>();
  for (const e of endpoints) {
    capture.queries.length = 0;
    const response = await captureApp.inject({
      method: 'GET',
      url: e.url.slice(appUrl.length),
      headers: headers[e.role],
    });
    if (response.statusCode >= 300)
      throw new Error(`${e.key} through the capturing app: ${response.statusCode} ${response.body.slice(0, 300)}`);
    const safe = capture.queries.filter(
      (q) => !/\b(insert\s+into|update\s+"?\w+"?\s+set|delete\s+from)\b/i.test(q.sql),
    );
    const plans = await explainAll(ctx.db, g.schemeId, safe);
    const flags = [...new Set(plans.flatMap((p) => [...p.plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!)))]
      .filter((t) => (sizes.get(t) ?? 0) > SEQ_SCAN_ROWS)
      .map((t) => `${t} (${Math.round(sizes.get(t)!).toLocaleString('en-GB')} rows)`);
    explained.set(e.key, { flags, ms: plans.reduce((sum, p) => sum + (Number.isFinite(p.ms) ? p.ms : 0), 0) });
    if (o.explain || flags.length > 0) {
      for (const p of plans.filter((x) => o.explain || /Seq Scan on/.test(x.plan))) {
        if (
          o.explain ||
          [...p.plan.matchAll(/Seq Scan on (\w+)/g)].some((m) => (sizes.get(m[1]!) ?? 0) > SEQ_SCAN_ROWS)
        ) {
          say(`\n--- ${e.key} (${e.role}): ${shortSql(p.sql, 400)}\n${p.plan}`);
        }
      }
    }
  }
  await captureApp.close();

  // Timing: warm-up, then `requests` sequential requests per endpoint, the whole pass `runs` times.
  const samples = new Map<string, { p50: number[]; p95: number[]; max: number[] }>(
    endpoints.map((e) => [e.key, { p50: [], p95: [], max: [] }]),
  );
  const bareSamples = { p50: [] as number[], p95: [] as number[] };
  for (const e of endpoints) await timeGets(e.url, headers[e.role], 3);
  await timeGets(`${bareUrl}/bare`, {}, 20);
  for (let run = 1; run <= o.runs; run += 1) {
    const b = await timeGets(`${bareUrl}/bare`, {}, o.requests);
    bareSamples.p50.push(percentile(b, 50));
    bareSamples.p95.push(percentile(b, 95));
    for (const e of endpoints) {
      const latencies = await timeGets(e.url, headers[e.role], o.requests);
      const s = samples.get(e.key)!;
      s.p50.push(percentile(latencies, 50));
      s.p95.push(percentile(latencies, 95));
      s.max.push(latencies.at(-1)!);
    }
    say(`  run ${run}/${o.runs} done (load average ${loadavg()[0]!.toFixed(2)})`);
  }
  await app.close();
  await bare.close();
  const measured = new Map<string, Measured>(
    endpoints.map((e) => {
      const s = samples.get(e.key)!;
      const x = explained.get(e.key)!;
      return [
        e.key,
        {
          key: e.key,
          role: e.role,
          rows: e.rows,
          p50: median(s.p50),
          p95: median(s.p95),
          max: median(s.max),
          flags: x.flags,
          explainMs: x.ms,
        },
      ];
    }),
  );
  return { bare: { p50: median(bareSamples.p50), p95: median(bareSamples.p95) }, measured, unmeasured, notTimed };
}

/** What a refusal says: a problem's detail or title (and its field errors), or the start of the body. */
function problemOf(body: string): string {
  try {
    const p = JSON.parse(body) as {
      title?: string;
      detail?: string;
      errors?: unknown;
      issue?: { details?: { text?: string } }[];
    };
    const text = p.detail ?? p.issue?.[0]?.details?.text ?? p.title ?? '';
    return shortSql(`${text}${p.errors ? ` ${JSON.stringify(p.errors)}` : ''}`, 160);
  } catch {
    return shortSql(body, 80);
  }
}

/** `n` sequential GETs over one keep-alive connection; the latencies in ms, sorted. Any non-2xx is an error. */
async function timeGets(url: string, headers: Record<string, string>, n: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = process.hrtime.bigint();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} during timing`);
  }
  return latencies.sort((a, b) => a - b);
}

/** How many rows a response carries: a JSON array's length, a page's items, a FHIR Bundle's entries, an ORUK page's contents, a record's longest list; else one. */
function rowsIn(body: string, contentType: string | null): number | null {
  if (!contentType?.includes('json')) return null;
  const json = JSON.parse(body) as unknown;
  if (Array.isArray(json)) return json.length;
  if (json && typeof json === 'object') {
    for (const key of ['items', 'entry', 'contents', 'rows', 'results']) {
      const value = (json as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value.length;
    }
    // Otherwise the longest list the record carries (a case's risks, a worker's training), or one record.
    const lists = Object.values(json)
      .filter(Array.isArray)
      .map((a) => a.length);
    if (lists.length > 0) return Math.max(1, ...lists);
  }
  return 1;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** The Markdown table, the lists of what was not timed, and the PASS/FAIL lines; true when everything passed. */
function report(o: ScaleBenchOptions, small: SizeResult, large: SizeResult): boolean {
  const n = (x: number) => x.toLocaleString('en-GB');
  say(
    `\n## Scale: ${n(small.people)} → ${n(large.people)} people, ${n(small.services)} → ${n(large.services)} directory services`,
  );
  say(
    `Generation took ${small.generateSeconds.toFixed(0)} s and ${large.generateSeconds.toFixed(0)} s. Real HTTP on 127.0.0.1, one request at a time;`,
  );
  say(
    `medians of ${o.runs} runs of ${o.requests} requests per endpoint (after a warm-up). Ceiling: a bare Fastify route returning a constant,`,
  );
  say(
    `p50 ${small.bare.p50.toFixed(2)} ms (small run) and ${large.bare.p50.toFixed(2)} ms (large run). "max large" is the slowest request of a run, median over the runs.\n`,
  );
  const header = [
    'endpoint',
    'role',
    'rows',
    'p50 small',
    'p50 large',
    'ratio',
    'p95 large',
    'max large',
    'large / bare',
    'seq scans flagged',
  ];
  const lines: string[][] = [];
  const failures: string[] = [];
  const scanFailures: string[] = [];
  for (const [key, l] of large.measured) {
    const s = small.measured.get(key);
    const ratio = s ? l.p50 / s.p50 : Number.NaN;
    const flags = [...new Set([...l.flags, ...(s?.flags ?? [])])];
    lines.push([
      key,
      l.role,
      l.rows === null ? '' : String(l.rows),
      s ? s.p50.toFixed(2) : '—',
      l.p50.toFixed(2),
      Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—',
      l.p95.toFixed(2),
      l.max.toFixed(1),
      `${(l.p50 / large.bare.p50).toFixed(1)}×`,
      flags.join(', '),
    ]);
    if (ratio > MAX_RATIO)
      failures.push(
        `${key}: p50 grew ${ratio.toFixed(2)}× (${s!.p50.toFixed(2)} → ${l.p50.toFixed(2)} ms; limit ${MAX_RATIO}×)`,
      );
    if (l.max > MAX_MS)
      failures.push(
        `${key}: a request took ${l.max.toFixed(1)} ms at ${n(large.people)} people (limit ${MAX_MS} ms; p95 ${l.p95.toFixed(1)} ms)`,
      );
    if (flags.length > 0) scanFailures.push(`${key}: sequential scan of ${flags.join(', ')}`);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i]!.length)));
  const left = (i: number) => i <= 1 || i === 9;
  const format = (cells: string[]) =>
    `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  say(format(header));
  say(`|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) say(format(line));
  for (const key of small.measured.keys())
    if (!large.measured.has(key)) failures.push(`${key}: timed at the small size but not at the large`);

  say(`\nGET routes not timed (not a page or a person's data):`);
  for (const [route, why] of large.notTimed) say(`  ${route}: ${why}`);
  const unmeasured = new Map([...small.unmeasured, ...large.unmeasured]);
  if (unmeasured.size > 0) {
    say('\nGET endpoints that could not be timed (no role got a 2xx; each role tried and its answer):');
    for (const [key, why] of unmeasured) say(`  ${key}: ${why}`);
  }
  say('');
  say(
    failures.length === 0
      ? `PASS time: every p50 within ${MAX_RATIO}× and every request under ${MAX_MS} ms at ${n(large.people)} people`
      : `FAIL time: ${failures.length}`,
  );
  for (const f of failures) say(`  FAIL ${f}`);
  say(
    scanFailures.length === 0
      ? `PASS index: no sequential scan of a table over ${n(SEQ_SCAN_ROWS)} rows`
      : `FAIL index: ${scanFailures.length} endpoint(s) scan a table over ${n(SEQ_SCAN_ROWS)} rows sequentially`,
  );
  for (const f of scanFailures) say(`  FAIL ${f}`);
  say(
    unmeasured.size === 0
      ? 'PASS coverage: every page and person endpoint timed'
      : `FAIL coverage: ${unmeasured.size} endpoint(s) could not be timed (listed above)`,
  );
  return failures.length === 0 && scanFailures.length === 0 && unmeasured.size === 0;
}

/** A signed-in member's cookie, as request headers. */
async function cookieFor(ctx: AppContext, userId: string): Promise<Record<string, string>> {
  return { cookie: (await benchSession(ctx, userId)).cookie };
}
