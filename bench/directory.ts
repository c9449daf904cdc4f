/**
 * The directory benchmark: 50,000 services around Lakeside and its postcodes, then
 *   (a) text search    GET /oruk/services?search=<word>
 *   (b) distance       GET /oruk/service_at_locations?postcode=…&proximity=…
 * each beside a ceiling — the repository's own SQL for the search (captured from Kysely) served
 * raw by a bare Fastify route on the same database. Real HTTP on 127.0.0.1 (autocannon); medians
 * of several runs; EXPLAIN checks that text search uses the GIN index and distance search the
 * (latitude, longitude) index rather than a sequential scan.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { CompiledQuery, type Kysely } from 'kysely';
import { buildApp } from '../src/app.ts';
import type { AppContext } from '../src/context.ts';
import type { DB } from '../src/db/schema.ts';
import { LAKESIDE_POSTCODES_FILE } from '../src/demo/seed-postcodes.ts';
import {
  findOrukServiceAtLocations,
  findOrukServices,
  type OrukServiceFilters,
} from '../src/modules/community/directory/oruk-api-services.repository.ts';
import { locatePostcode } from '../src/modules/community/directory/postcodes/locate-postcode.ts';
import { readPostcodeCsv } from '../src/modules/community/directory/postcodes/postcode-csv-reader.ts';
import { importPostcodes } from '../src/modules/community/directory/use-cases/import-postcodes.ts';
import { openBenchContext } from './bench-database.ts';
import { CaptureQueries } from './capture-sql.ts';
import { ACTIVITIES, DEFAULT_DIRECTORY_SIZE, generateDirectory } from './generate-directory.ts';
import { httpLoad, type LoadResult } from './http-load.ts';
import { printTable, say, shortSql, type Row } from './report.ts';

export interface DirectoryBenchOptions {
  runs: number;
  seconds: number;
  connections: number;
  explain: boolean;
  /** Multiplies the number of services (1 is 50,000). */
  scale: number;
}

const SEARCH_WORD = ACTIVITIES[1]!;
const PROXIMITY_METRES = 3000;
const PAGE = { limit: 50, offset: 0 };
/** Directory tables whose sequential scan would grow with the directory. */
const LARGE = [
  'directory_services',
  'directory_locations',
  'directory_service_at_locations',
  'directory_attributes',
  'directory_addresses',
  'directory_schedules',
  'directory_languages',
];

type Target = [Row, (seconds: number) => Promise<LoadResult>];

/** Runs the directory benchmark and prints its table. */
export async function runDirectoryBench(o: DirectoryBenchOptions): Promise<void> {
  const started = Date.now();
  const { ctx, database, label, close } = await openBenchContext();
  try {
    say(`Directory benchmark on ${label}.`);
    const size = { ...DEFAULT_DIRECTORY_SIZE, services: Math.round(DEFAULT_DIRECTORY_SIZE.services * o.scale) };
    say(`Generating ${size.services.toLocaleString('en-GB')} services …`);
    const postcodes = await importPostcodes(
      ctx,
      { kind: 'system', description: 'bench', requestId: 'bench' },
      'lakeside-onspd-sample.csv',
      readPostcodeCsv(LAKESIDE_POSTCODES_FILE),
    );
    const counts = { ...(await generateDirectory(database, size, say)), postcodes: postcodes.total };
    await measure(ctx, counts, o, label);
  } finally {
    await close();
  }
  say(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function measure(
  ctx: AppContext,
  counts: Record<string, number>,
  o: DirectoryBenchOptions,
  label: string,
): Promise<void> {
  // A postcode near the middle of town, where the directory is as dense as anywhere.
  const postcode = (
    await ctx.db
      .selectFrom('postcodes')
      .select('postcode')
      .where('postcode', 'like', 'LK1 %')
      .orderBy('postcode')
      .executeTakeFirstOrThrow()
  ).postcode;
  const located = (await locatePostcode(ctx.db, postcode))!;
  const searchFilters: OrukServiceFilters = { search: SEARCH_WORD };
  const nearFilters: OrukServiceFilters = {
    near: { latitude: located.latitude, longitude: located.longitude, metres: PROXIMITY_METRES },
  };
  const searchSql = await capture(ctx.db, (db) => findOrukServices(db, searchFilters, PAGE));
  const nearSql = await capture(ctx.db, (db) => findOrukServiceAtLocations(db, nearFilters, PAGE));
  const searchPath = `/oruk/services?search=${SEARCH_WORD}`;
  const nearPath = `/oruk/service_at_locations?postcode=${encodeURIComponent(postcode)}&proximity=${PROXIMITY_METRES}`;

  const app = await buildApp(ctx, { logger: false });
  const appUrl = await listen(app);
  const bare = ceilingApp(ctx.db, {
    '/search': searchSql,
    '/near': [...(await capture(ctx.db, (db) => locatePostcode(db, postcode))), ...nearSql],
  });
  const bareUrl = await listen(bare);
  const search = JSON.parse(await check(`${appUrl}${searchPath}`, 'search')) as {
    total_items: number;
    contents: unknown[];
  };
  const near = JSON.parse(await check(`${appUrl}${nearPath}`, 'distance')) as {
    total_items: number;
    contents: unknown[];
  };
  await check(`${bareUrl}/search`, 'search ceiling');
  await check(`${bareUrl}/near`, 'distance ceiling');

  say(
    `\nEXPLAIN (ANALYZE) of every SELECT the two endpoints send${o.explain ? '' : ' (plans printed with --explain)'} …`,
  );
  const findings = [
    ...checkPlans(
      'search',
      await explain(ctx.db, await endpointStatements(ctx, searchPath)),
      'directory_services_search_idx',
      o.explain,
    ),
    ...checkPlans(
      'distance',
      await explain(ctx.db, await endpointStatements(ctx, nearPath)),
      'directory_locations_lat_long_idx',
      o.explain,
    ),
  ];
  say(
    findings.length === 0
      ? 'Text search uses the GIN index, distance search the (latitude, longitude) index; no sequential scan of a large table.'
      : findings.map((p) => `  ! ${p}`).join('\n'),
  );

  const http = (url: string) => (seconds: number) => httpLoad({ url, connections: o.connections, seconds });
  const targets: Target[] = [
    [
      { name: `GET services?search=${SEARCH_WORD}`, results: [], ceiling: 'search SQL, bare route' },
      http(`${appUrl}${searchPath}`),
    ],
    [{ name: 'search SQL, bare route', results: [] }, http(`${bareUrl}/search`)],
    [
      {
        name: `GET service_at_locations ${PROXIMITY_METRES / 1000} km`,
        results: [],
        ceiling: 'distance SQL, bare route',
      },
      http(`${appUrl}${nearPath}`),
    ],
    [{ name: 'distance SQL, bare route', results: [] }, http(`${bareUrl}/near`)],
  ];
  say(`\nMeasuring: warm-up, then ${o.runs} runs of ${o.seconds} s each per target, ${o.connections} connections …`);
  for (const [, go] of targets) await go(1);
  for (let run = 1; run <= o.runs; run += 1) {
    for (const [row, go] of targets) row.results.push(await go(o.seconds));
    say(
      `  run ${run}/${o.runs}: ${targets.map(([row]) => `${row.name} ${row.results.at(-1)!.rps.toFixed(0)}/s`).join(', ')}`,
    );
  }
  await app.close();
  await bare.close();

  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-GB');
  say(
    `\nDataset (${label}): ${n(counts.directory_services)} services of ${n(counts.directory_organizations)} organisations, ${n(counts.directory_locations)} locations over ~30 km,`,
  );
  say(
    `  ${n(counts.directory_service_at_locations)} service-at-location links, ${n(counts.directory_addresses)} addresses, ${n(counts.directory_schedules)} schedules, ${n(counts.directory_languages)} languages,`,
  );
  say(
    `  ${n(counts.directory_attributes)} need attributes over ${n(counts.directory_taxonomy_terms)} terms, ${n(counts.postcodes)} postcodes.`,
  );
  say(
    `Search "${SEARCH_WORD}": ${n(search.total_items)} services match (page of ${search.contents.length}); within ${PROXIMITY_METRES} m of ${postcode}: ${n(near.total_items)} services at locations (page of ${near.contents.length}).`,
  );
  say(
    `Medians of ${o.runs} runs of ${o.seconds} s, ${o.connections} connections, real HTTP on 127.0.0.1 (autocannon, in the same process as the server).`,
  );
  say(
    "The ceilings run the repository's own SQL (captured from Kysely; for distance, with the postcode lookup) behind a bare Fastify route;",
  );
  say(
    "the endpoints also validate the query, then read each page's organisations (and locations) and present ORUK JSON.\n",
  );
  printTable(targets.map(([row]) => row));
}

/** The statements `work` sends, compiled as the app compiles them. */
async function capture(db: Kysely<DB>, work: (db: Kysely<DB>) => Promise<unknown>): Promise<CompiledQuery[]> {
  const plugin = new CaptureQueries();
  await work(db.withPlugin(plugin));
  return [...plugin.queries];
}

/** Every statement one request to the endpoint sends, through an app whose Kysely records them. */
async function endpointStatements(ctx: AppContext, url: string): Promise<CompiledQuery[]> {
  const plugin = new CaptureQueries();
  const app = await buildApp({ ...ctx, db: ctx.db.withPlugin(plugin) }, { logger: false });
  const response = await app.inject({ method: 'GET', url });
  await app.close();
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return [...plugin.queries];
}

interface Plan {
  sql: string;
  plan: string;
  ms: number;
}

async function explain(db: Kysely<DB>, queries: readonly CompiledQuery[]): Promise<Plan[]> {
  const plans: Plan[] = [];
  for (const q of queries) {
    if (!/^\s*(with|select)\b/i.test(q.sql)) continue;
    const rows = (
      await db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.parameters]),
      )
    ).rows;
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    plans.push({ sql: q.sql, plan, ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN) });
  }
  return plans;
}

/** Prints the costliest statements (every plan when verbose); returns sequential scans of large tables and a missing expected index. */
function checkPlans(title: string, plans: Plan[], expectedIndex: string, verbose: boolean): string[] {
  const total = plans.reduce((sum, p) => sum + p.ms, 0);
  say(`${title}: ${plans.length} SELECTs, ${total.toFixed(1)} ms under EXPLAIN ANALYZE; the costliest:`);
  for (const p of [...plans].sort((a, b) => b.ms - a.ms).slice(0, 3))
    say(`  ${p.ms.toFixed(2).padStart(7)} ms  ${shortSql(p.sql, 110)}`);
  if (verbose) for (const p of plans) say(`\n--- ${title}: ${shortSql(p.sql, 300)}\n${p.plan}\n`);
  const findings: string[] = [];
  for (const p of plans) {
    const scans = [
      ...new Set([...p.plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]!).filter((t) => LARGE.includes(t))),
    ];
    if (scans.length > 0) findings.push(`${title}: sequential scan on ${scans.join(', ')} in: ${shortSql(p.sql, 160)}`);
  }
  if (!plans.some((p) => p.plan.includes(expectedIndex))) findings.push(`${title}: no statement uses ${expectedIndex}`);
  else say(`  ${expectedIndex} used by ${plans.filter((p) => p.plan.includes(expectedIndex)).length} statement(s).`);
  return findings;
}

/** The bare ceiling: the captured statements, in order, rows as JSON. */
function ceilingApp(db: Kysely<DB>, routes: Record<string, readonly CompiledQuery[]>): FastifyInstance {
  const bare = Fastify({ logger: false });
  for (const [path, queries] of Object.entries(routes)) {
    bare.get(path, async () => {
      const out: unknown[] = [];
      for (const q of queries) out.push((await db.executeQuery(q)).rows);
      return out;
    });
  }
  return bare;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function check(url: string, what: string): Promise<string> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${what}: expected 200, got ${response.status}: ${text.slice(0, 500)}`);
  return text;
}
