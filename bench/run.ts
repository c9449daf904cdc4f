/**
 * Linkwork's benchmarks, each as ratios against ceilings measured in the same run.
 *   session  an authenticated request and an audit-log search (bench/session.ts)
 *   pathway  caseload, triage queue and referral intake on a 100,000-referral scheme (bench/pathway.ts)
 *   directory  ORUK text and distance search over 50,000 services (bench/directory.ts)
 *   directory-import  the ORUK import of a generated 20,000-service file: services/s first, unchanged and partly changed, peak RSS (bench/directory-import.ts)
 *   risk-language  recall and false positives of the risk-language detector on its labelled corpus (bench/risk-language.ts)
 *   scale  every page and person GET endpoint at two scheme sizes, with EXPLAIN checks; exit code 1 on failure (bench/scale.ts; not in "all")
 *   reports  every report for a manager and a commissioner at ICB size (1,000,000 people, 40 schemes, 5 years) and a tenth of it; exit code 1 over 300 ms p95 (bench/reports.ts; PostgreSQL; not in "all")
 *   triage  ten people triaging at once and a poller, on PostgreSQL with the server's pool limits, at two sizes; exit code 1 on failure (bench/triage.ts; not in "all")
 *   memory  resident memory of the embedded server (linkwork start on PGlite) idle, under load and after (bench/memory.ts)
 * On PGlite by default; on PostgreSQL with BENCH_DATABASE_URL.
 *
 * Usage: npm run bench [-- session|pathway|directory|risk-language|memory|scale|triage|reports] [options]
 *   session: --users 2000 --requests 1000 --runs 5
 *   pathway: --runs 5 --seconds 4 --connections 4 --scale 1 --explain --proposed-indexes
 *   directory: --runs 5 --seconds 4 --connections 4 --scale 1 --explain
 *   directory-import: --services 20000 --runs 3 --batch 1000
 *   memory: --runs 3 --seconds 20 --connections 50
 *   scale: --small 100000 --large 1000000 (people) --small-services 50000 --large-services 200000 --runs 3 --requests 30 --explain
 *          --keep (keep each size's generated PostgreSQL database) --reuse (measure a kept one again, migrated to the current schema) --generate-only (with --keep)
 *   triage: --people N (one size; default 20000 then 100000) --seconds 20
 *   reports: --people 1000000 --schemes 40 --years 5 --runs 3 --seconds 4 --connections 10 --keep --reuse --generate-only (generate and fill the rollups, time nothing)
 */
import { BenchRefused } from './bench-database.ts';
import { runDirectoryBench } from './directory.ts';
import { runDirectoryImportBench } from './directory-import.ts';
import { runMemoryBench } from './memory.ts';
import { runPathwayBench } from './pathway.ts';
import { REPORTS_DEFAULTS, runReportsBench } from './reports.ts';
import { runRiskLanguageBench } from './risk-language.ts';
import { runScaleBench, SCALE_DEFAULTS } from './scale.ts';
import { runSessionBench } from './session.ts';
import { runTriageBench, TRIAGE_DEFAULTS } from './triage.ts';

const BENCHMARKS = [
  'session',
  'pathway',
  'directory',
  'directory-import',
  'risk-language',
  'memory',
  'scale',
  'triage',
  'reports',
] as const;
type Benchmark = (typeof BENCHMARKS)[number];
/** Run when no benchmark is named: scale and reports generate a million people and triage needs PostgreSQL, so they run only when asked for. */
const ALL: Benchmark[] = BENCHMARKS.filter((b) => b !== 'scale' && b !== 'triage' && b !== 'reports');
const VALUED = new Set([
  'users',
  'requests',
  'runs',
  'seconds',
  'connections',
  'scale',
  'small',
  'large',
  'small-services',
  'large-services',
  'services',
  'batch',
  'people',
  'schemes',
  'years',
]);
const FLAGS = new Set(['explain', 'proposed-indexes', 'keep', 'reuse', 'generate-only']);

/** A mistake on the command line: said without a stack trace. */
class UsageError extends Error {}

function parse(argv: string[]): { names: Benchmark[]; values: Map<string, number>; flags: Set<string> } {
  const names: Benchmark[] = [];
  const values = new Map<string, number>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (FLAGS.has(name)) flags.add(name);
      else if (VALUED.has(name)) {
        const value = Number(argv[(i += 1)]);
        if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} needs a positive number`);
        values.set(name, value);
      } else
        throw new UsageError(
          `unknown option ${a}; options: ${[...VALUED].map((v) => `--${v} N`).join(' ')} --explain --proposed-indexes`,
        );
    } else if ((BENCHMARKS as readonly string[]).includes(a)) names.push(a as Benchmark);
    else throw new UsageError(`unknown benchmark "${a}"; choose from: ${BENCHMARKS.join(', ')} (none: all but scale)`);
  }
  return { names: names.length > 0 ? names : ALL, values, flags };
}

try {
  const { names, values, flags } = parse(process.argv.slice(2));
  const n = (name: string, fallback: number) => values.get(name) ?? fallback;
  for (const name of names) {
    process.stdout.write(`\n=== ${name} ===\n`);
    if (name === 'risk-language') runRiskLanguageBench();
    else if (name === 'scale') {
      const passed = await runScaleBench({
        small: n('small', SCALE_DEFAULTS.small),
        large: n('large', SCALE_DEFAULTS.large),
        runs: n('runs', 3),
        requests: n('requests', 30),
        explain: flags.has('explain'),
        keep: flags.has('keep'),
        reuse: flags.has('reuse'),
        generateOnly: flags.has('generate-only'),
        ...(values.has('small-services') ? { smallServices: n('small-services', 0) } : {}),
        ...(values.has('large-services') ? { largeServices: n('large-services', 0) } : {}),
      });
      if (!passed) process.exitCode = 1;
    } else if (name === 'reports') {
      const passed = await runReportsBench({
        people: n('people', REPORTS_DEFAULTS.people),
        schemes: n('schemes', REPORTS_DEFAULTS.schemes),
        years: n('years', REPORTS_DEFAULTS.years),
        runs: n('runs', REPORTS_DEFAULTS.runs),
        seconds: n('seconds', REPORTS_DEFAULTS.seconds),
        connections: n('connections', REPORTS_DEFAULTS.connections),
        keep: flags.has('keep'),
        reuse: flags.has('reuse'),
        generateOnly: flags.has('generate-only'),
      });
      if (!passed) process.exitCode = 1;
    } else if (name === 'triage') {
      const passed = await runTriageBench({
        ...TRIAGE_DEFAULTS,
        ...(values.has('people') ? { people: [n('people', 0)] } : {}),
        seconds: n('seconds', TRIAGE_DEFAULTS.seconds),
      });
      if (!passed) process.exitCode = 1;
    } else if (name === 'session')
      await runSessionBench({ users: n('users', 2000), requests: n('requests', 1000), runs: n('runs', 5) });
    else if (name === 'memory')
      await runMemoryBench({ runs: n('runs', 3), seconds: n('seconds', 20), connections: n('connections', 50) });
    else if (name === 'directory-import')
      await runDirectoryImportBench({
        services: n('services', 20_000),
        runs: n('runs', 3),
        batch: values.get('batch'),
      });
    else if (name === 'directory') {
      await runDirectoryBench({
        runs: n('runs', 5),
        seconds: n('seconds', 4),
        connections: n('connections', 4),
        scale: n('scale', 1),
        explain: flags.has('explain'),
      });
    } else {
      await runPathwayBench({
        runs: n('runs', 5),
        seconds: n('seconds', 4),
        connections: n('connections', 4),
        scale: n('scale', 1),
        explain: flags.has('explain'),
        proposedIndexes: flags.has('proposed-indexes'),
      });
    }
  }
} catch (error) {
  const usage =
    error instanceof UsageError ||
    error instanceof BenchRefused ||
    (error instanceof Error && error.message.startsWith('--'));
  process.stderr.write(
    `bench: ${error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
  );
  process.exit(1);
}
