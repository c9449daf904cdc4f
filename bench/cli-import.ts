/**
 * The directory import as an operator runs it: `node bin/linkwork.js directory import <file>` in a child
 * process, on a throwaway migrated database (a PostgreSQL database created on BENCH_DATABASE_URL's server
 * and dropped afterwards, or an embedded PGlite data folder deleted afterwards). Timed from spawn to exit,
 * with the services a second the command reports itself and its peak resident memory (VmHWM read from
 * /proc/<pid>/status while it runs: Linux only). Nothing of the benchmark process is counted in it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchDatabase } from './bench-database.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/linkwork.js');
const MB = 1024 * 1024;

export interface CliImportRun {
  /** From spawn to exit: Node and the TypeScript loader starting, configuration, database, import, report. */
  wallSeconds: number;
  /** Services created, updated and unchanged, over the seconds the command reports for the import itself. */
  reportedServicesPerSecond: number;
  /** VmHWM: the most resident memory the child held at any moment, in MB. */
  peakMb: number;
}

/** A migrated throwaway database for the CLI, as the environment an operator would give it. */
export interface CliDatabase {
  label: string;
  env: Record<string, string>;
  close: () => Promise<void>;
}

/** The peak resident memory of a process so far (VmHWM), in bytes; 0 once it has gone. */
function highWaterMark(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(text)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs the CLI with `args` and `env` to its exit, polling its VmHWM every 20 ms; throws on a non-zero exit. */
async function runCli(
  args: string[],
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<{ wallSeconds: number; peakBytes: number; output: string }> {
  const started = performance.now();
  // Node itself, not a shell or npm: the pid polled is the process doing the work.
  const child = spawn(process.execPath, [...nodeFlags, CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', BASE_URL: '', ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let peakBytes = 0;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, highWaterMark(child.pid!));
  }, 20);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    // 'exit' fires before /proc/<pid> is reaped only sometimes: the last poll is taken here if it still can be.
    child.once('exit', (exitCode) => {
      peakBytes = Math.max(peakBytes, highWaterMark(child.pid!));
      resolve(exitCode);
    });
  }).finally(() => clearInterval(timer));
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`linkwork ${args.join(' ')} exited with ${code}:\n${output}`);
  return { wallSeconds, peakBytes, output };
}

/**
 * A throwaway database the CLI can be pointed at, already migrated (so the import is timed, not the migrations):
 * on PostgreSQL through openBenchDatabase, on PGlite a data folder migrated by `linkwork migrate`.
 */
export async function openCliDatabase(): Promise<CliDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const bench = await openBenchDatabase();
    let env: Record<string, string>;
    try {
      await bench.database.migrate();
      const name = (await bench.database.owner.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!
        .name;
      const target = new URL(url);
      target.pathname = `/${name}`;
      env = { DATABASE_URL: target.toString(), SECRET_KEY: randomBytes(32).toString('base64') };
    } catch (error) {
      await bench.drop();
      throw error;
    }
    // The benchmark's own connections stay open (idle) until the drop: the CLI opens its own.
    return { label: bench.label, env, close: () => bench.drop() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-cli-import-'));
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    await runCli(['migrate'], env);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    label: `PGlite (embedded, data folder ${dataDir})`,
    env,
    close: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Imports `file` with the CLI into `database` and reads back what the command reported. */
export async function runCliImport(
  database: CliDatabase,
  file: string,
  nodeFlags: string[] = [],
): Promise<CliImportRun & { services: { created: number; updated: number; unchanged: number; skipped: number } }> {
  if (process.platform !== 'linux') throw new Error('the command-line import is measured from /proc: run it on Linux');
  const { wallSeconds, peakBytes, output } = await runCli(['directory', 'import', file], database.env, nodeFlags);
  // formatImportReport: "  service   created N, updated N, unchanged N, skipped N" and "  N records in S s: …".
  const counts = /^\s+service\s+created (\d+), updated (\d+), unchanged (\d+), skipped (\d+)$/m.exec(output);
  const seconds = /records in ([\d.]+) s:/.exec(output);
  if (!counts || !seconds)
    throw new Error(`linkwork directory import did not print its report as expected:\n${output}`);
  const [created, updated, unchanged, skipped] = counts.slice(1, 5).map(Number) as [number, number, number, number];
  return {
    wallSeconds,
    reportedServicesPerSecond: (created + updated + unchanged) / Number(seconds[1]),
    peakMb: peakBytes / MB,
    services: { created, updated, unchanged, skipped },
  };
}
