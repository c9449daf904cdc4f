/**
 * Reports at the size of a large Integrated Care Board: by default 1,000,000 people and 1,300,000 referrals across
 * 40 schemes and five years (about 8,000,000 sessions, with outcomes, risks, onward referrals, debriefs, supervision,
 * training and lone working), then a tenth of that, each in its own PostgreSQL database. Every report is timed for a
 * scheme manager (one scheme) and a commissioner (all 40 schemes together, suppressed), over one year and five, with
 * `connections` people asking at once (real HTTP on 127.0.0.1). Ceilings in the same run: a bare Fastify route, and
 * the manager's report called as a use case with no HTTP in front.
 *
 * The rollups are filled once after generating (the cost of a first deployment's backfill, reported), so the timed
 * reads find nothing to recompute, as they do when the refresh job keeps up. Fails (exit code 1) when any p95 at the
 * full size exceeds 300 ms.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { AppContext } from '../src/context.ts';
import { LAKESIDE_POSTCODES_FILE } from '../src/demo/seed-postcodes.ts';
import { seedDeprivation } from '../src/demo/seed-deprivation.ts';
import { readPostcodeCsv } from '../src/modules/community/directory/postcodes/postcode-csv-reader.ts';
import { importPostcodes } from '../src/modules/community/directory/use-cases/import-postcodes.ts';
import { refreshRollups } from '../src/modules/reporting/reports/index.ts';
import { inSchemeTransaction } from '../src/platform/db/scheme-transaction.ts';
import { REPORT_NAMES, type ReportName } from '../src/modules/reporting/reports/report-catalogue.ts';
import { addMonths } from '../src/modules/reporting/reports/report-filters.ts';
import { getReport } from '../src/modules/reporting/reports/use-cases/get-report.ts';
import { londonDate } from '../src/platform/london-time.ts';
import { BenchRefused, openBenchContext, readBenchDescription, saveBenchDescription } from './bench-database.ts';
import { benchSession } from './bench-sessions.ts';
import { DEFAULT_DIRECTORY_SIZE, generateDirectory } from './generate-directory.ts';
import { generateActivity, generatePathway, type PathwaySize } from './generate-pathway.ts';
import { generateCommissioner, generateReportData } from './generate-reports.ts';
import { httpLoad, loopLoad, type LoadResult } from './http-load.ts';
import { say } from './report.ts';

export interface ReportsBenchOptions {
  /** People at the full size; the small size is a tenth of it. */
  people: number;
  schemes: number;
  years: number;
  runs: number;
  seconds: number;
  connections: number;
  keep: boolean;
  reuse: boolean;
  generateOnly: boolean;
}

export const REPORTS_DEFAULTS = { people: 1_000_000, schemes: 40, years: 5, runs: 3, seconds: 4, connections: 10 };

/** The p95 every report must keep at the full size. */
const TARGET_P95_MS = 300;
const DIRECTORY_SERVICES = 2_000;

interface Generated {
  generateSeconds: number;
  counts: Record<string, number>;
  scheme: { id: string; slug: string; name: string };
  managerId: string;
  commissionerId: string;
}

/** One scheme's share of the people, with link workers enough for a safe caseload over the years asked for. */
function schemeSize(people: number, o: ReportsBenchOptions): PathwaySize {
  const patients = Math.round(people / o.schemes);
  const referrals = Math.round(patients * 1.3);
  return {
    patients,
    referrals,
    // generatePathway spreads the closed history over the years a safe caseload (225 a year each) would take.
    workers: Math.max(2, Math.round((referrals * 0.62) / (225 * o.years))),
    openPerWorker: 45,
    triage: Math.max(20, Math.round(referrals * 0.01)),
    waiting: Math.max(20, Math.round(referrals * 0.01)),
  };
}

const COUNTED = [
  'patients',
  'referrals',
  'cases',
  'case_sessions',
  'outcome_records',
  'outcome_pairs',
  'risk_assessments',
  'risk_actions',
  'onward_referrals',
  'debrief_requests',
  'supervision_sessions',
  'training_records',
  'lone_working_visits',
  'referral_events',
];

async function generate(ctx: AppContext, people: number, o: ReportsBenchOptions): Promise<Generated> {
  const database = ctx.database;
  const started = Date.now();
  const quiet = () => {};
  const system = { kind: 'system' as const, description: 'bench', requestId: 'bench' };
  await importPostcodes(ctx, system, 'lakeside-onspd-sample.csv', readPostcodeCsv(LAKESIDE_POSTCODES_FILE));
  await seedDeprivation(ctx);
  await generateDirectory(
    database,
    { ...DEFAULT_DIRECTORY_SIZE, services: DIRECTORY_SERVICES, organizations: 100 },
    quiet,
  );
  const size = schemeSize(people, o);
  say(
    `  ${o.schemes} schemes of ${size.patients.toLocaleString('en-GB')} people, ${size.referrals.toLocaleString('en-GB')} referrals and ${size.workers} link workers each:`,
  );
  const schemes: { id: string; slug: string; managerId: string }[] = [];
  for (let k = 0; k < o.schemes; k++) {
    const g = await generatePathway(database, size, quiet, { vacuum: false });
    const a = await generateActivity(database, g, DIRECTORY_SERVICES, quiet, { vacuum: false });
    await generateReportData(database, g.schemeId, 3);
    schemes.push({ id: g.schemeId, slug: g.slug, managerId: a.managerId });
    if ((k + 1) % 5 === 0 || k + 1 === o.schemes)
      say(`    ${k + 1} schemes generated (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const commissionerId = await generateCommissioner(
    database,
    schemes.map((s) => s.id),
  );
  const generateSeconds = (Date.now() - started) / 1000;
  await database.owner.query('VACUUM ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of COUNTED)
    counts[table] = Number(
      (await database.owner.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n,
    );
  const first = schemes[0]!;
  const name = (
    await database.owner.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [first.id])
  ).rows[0]!.name;
  return {
    generateSeconds,
    counts,
    scheme: { id: first.id, slug: first.slug, name },
    managerId: first.managerId,
    commissionerId,
  };
}

interface Timing {
  report: ReportName;
  who: 'manager' | 'commissioner';
  range: '1 year' | '5 years';
  http: LoadResult[];
  direct: LoadResult[];
}

/**
 * Every scheme's changed months recomputed, two schemes at a time (each in its own transaction, as the refresh job
 * does one after another): a first fill of forty schemes' five years uses both cores.
 */
async function fillRollups(ctx: AppContext): Promise<number> {
  const { rows } = await ctx.database.owner.query<{ id: string }>('SELECT report_dirty_schemes() AS id');
  const queue = rows.map((r) => r.id);
  let months = 0;
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift())
      months += await inSchemeTransaction(ctx.db, id, (trx) => refreshRollups(trx, id));
  };
  await Promise.all([worker(), worker()]);
  return months;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function measure(ctx: AppContext, g: Generated, o: ReportsBenchOptions) {
  const app = await buildApp(ctx, { logger: false });
  const appUrl = await listen(app);
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ ok: true }));
  const bareUrl = await listen(bare);
  const manager = await benchSession(ctx, g.managerId);
  const commissioner = await benchSession(ctx, g.commissionerId);
  const membership = await ctx.db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', g.managerId)
    .executeTakeFirstOrThrow();
  const actor = {
    kind: 'user' as const,
    userId: g.managerId,
    name: 'Bench manager',
    email: 'bench-manager@example.org',
    sessionId: 'bench',
    role: 'scheme_manager' as const,
    membershipId: membership.id,
    schemeId: g.scheme.id,
    schemeSlug: g.scheme.slug,
    organisationId: null,
    requestId: 'bench',
  };
  const to = londonDate(new Date()).slice(0, 7);
  const ranges = {
    '1 year': { from: addMonths(`${to}-01`, -11).slice(0, 7), to },
    '5 years': { from: addMonths(`${to}-01`, -59).slice(0, 7), to },
  } as const;
  const timings: Timing[] = [];
  for (const report of REPORT_NAMES)
    for (const who of ['manager', 'commissioner'] as const)
      for (const range of ['1 year', '5 years'] as const) timings.push({ report, who, range, http: [], direct: [] });
  const bareRuns: LoadResult[] = [];
  const load = { connections: o.connections, seconds: o.seconds };
  for (let run = 1; run <= o.runs; run++) {
    bareRuns.push(await httpLoad({ url: `${bareUrl}/bare`, ...load }));
    for (const t of timings) {
      const { from, to: until } = ranges[t.range];
      const query = `from=${from}&to=${until}`;
      const url =
        t.who === 'manager'
          ? `${appUrl}/api/schemes/${g.scheme.slug}/reports/${t.report}?${query}`
          : `${appUrl}/api/commissioning/reports/${t.report}?${query}`;
      const session = t.who === 'manager' ? manager : commissioner;
      t.http.push(await httpLoad({ url, headers: { cookie: session.cookie }, ...load }));
      if (t.who === 'manager')
        t.direct.push(
          await loopLoad(
            () => getReport(ctx, { actor, scheme: g.scheme, report: t.report, query: { from, to: until } }),
            { concurrency: o.connections, seconds: Math.max(1, o.seconds / 2) },
          ),
        );
    }
    say(`  run ${run} of ${o.runs} done (load average ${loadavg()[0]!.toFixed(2)})`);
  }
  await app.close();
  await bare.close();
  return { timings, bare: bareRuns };
}

function summarise(r: LoadResult[]) {
  return { p50: median(r.map((x) => x.p50)), p95: median(r.map((x) => x.p95)), rps: median(r.map((x) => x.rps)) };
}

/** Runs both sizes; true when every report's p95 at the full size is within the target. */
export async function runReportsBench(o: ReportsBenchOptions): Promise<boolean> {
  if (!process.env.BENCH_DATABASE_URL)
    throw new BenchRefused(
      'the reports benchmark generates an Integrated Care Board on PostgreSQL: set BENCH_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).',
    );
  const sizes = [Math.round(o.people / 10), o.people];
  const results = new Map<number, { g: Generated; timings: Timing[]; bare: LoadResult[]; load: number[] }>();
  for (const people of sizes) {
    say(`\n## ${people.toLocaleString('en-GB')} people across ${o.schemes} schemes and ${o.years} years`);
    const { ctx, database, label, reused, close } = await openBenchContext({
      tag: `reports_${people}_${o.schemes}`,
      keep: o.keep,
      reuse: o.reuse,
    });
    try {
      say(`Database: ${label}`);
      let g = reused ? await readBenchDescription<Generated>(database) : null;
      if (g) say(`  reusing the data generated in ${g.generateSeconds.toFixed(0)} s`);
      else {
        g = await generate(ctx, people, o);
        await saveBenchDescription(database, g);
        say(`  generated in ${g.generateSeconds.toFixed(0)} s`);
      }
      // New data, or rollups a schema change marked: every changed scheme-month recomputed, as a first deployment's
      // backfill would be (the refresh job's work), then the timed reads find nothing left to do.
      const filling = Date.now();
      const months = await fillRollups(ctx);
      await database.owner.query('ANALYZE');
      say(`  rollups brought up to date: ${months} scheme-months in ${((Date.now() - filling) / 1000).toFixed(0)} s`);
      if (o.generateOnly) {
        say(
          `  rows: ${Object.entries(g.counts)
            .map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`)
            .join(', ')}`,
        );
        continue;
      }
      say(
        `  rows: ${Object.entries(g.counts)
          .map(([t, n]) => `${t} ${n.toLocaleString('en-GB')}`)
          .join(', ')}`,
      );
      const before = loadavg();
      const { timings, bare } = await measure(ctx, g, o);
      results.set(people, { g, timings, bare, load: [before[0]!, loadavg()[0]!] });
    } finally {
      await close();
    }
  }
  if (o.generateOnly) return true;
  const small = results.get(sizes[0]!)!;
  const large = results.get(sizes[1]!)!;
  let passed = true;
  for (const [people, r] of [...results.entries()]) {
    const bare = summarise(r.bare);
    say(
      `\n### ${people.toLocaleString('en-GB')} people: ${o.connections} at once, ${o.seconds} s each, medians of ${o.runs} runs; load average ${r.load.map((l) => l.toFixed(2)).join(' → ')}`,
    );
    say(
      `Bare Fastify route (ceiling): p50 ${bare.p50.toFixed(2)} ms, p95 ${bare.p95.toFixed(2)} ms, ${bare.rps.toFixed(0)} req/s`,
    );
    say(
      '| report | who | range | req/s | p50 ms | p95 ms | use case p50 ms | HTTP vs use case | p50 growth from a tenth |',
    );
    say('|:--|:--|:--|--:|--:|--:|--:|--:|--:|');
    for (const t of r.timings) {
      const h = summarise(t.http);
      const d = t.direct.length ? summarise(t.direct) : null;
      const twin = small.timings.find((s) => s.report === t.report && s.who === t.who && s.range === t.range)!;
      const growth = r === large ? `${(h.p50 / summarise(twin.http).p50).toFixed(2)}×` : '';
      // A row that finished no request in its window (NaN) fails too.
      const over = !(h.p95 <= TARGET_P95_MS);
      if (r === large && over) passed = false;
      say(
        `| ${t.report} | ${t.who} | ${t.range} | ${h.rps.toFixed(0)} | ${h.p50.toFixed(1)} | ${h.p95.toFixed(1)}${r === large && over ? ' ✗' : ''} | ${d ? d.p50.toFixed(1) : '—'} | ${d ? `${(h.p50 / d.p50).toFixed(2)}×` : '—'} | ${growth} |`,
      );
    }
  }
  const worst = large.timings
    .map((t) => ({ t, p95: summarise(t.http).p95 }))
    .map((w) => ({ ...w, p95: Number.isNaN(w.p95) ? Number.POSITIVE_INFINITY : w.p95 }))
    .sort((a, b) => b.p95 - a.p95)[0]!;
  say(
    `\n${passed ? 'PASS' : 'FAIL'}: the slowest p95 at ${o.people.toLocaleString('en-GB')} people is ${worst.p95.toFixed(1)} ms (${worst.t.report}, ${worst.t.who}, ${worst.t.range}); the target is ${TARGET_P95_MS} ms.`,
  );
  return passed;
}
