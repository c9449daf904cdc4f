/**
 * The embedded server's memory: `linkwork start` on PGlite, exactly as `npm start` runs it, in a child
 * process on a throwaway data folder (migrated and seeded with the demo). Its resident memory
 * (VmRSS from /proc) and the Node split (heap, external — PGlite's WASM memory is external) are read
 *   idle after start-up, then during and after each of several rounds of load: `connections` signed-in
 *   connections over real HTTP cycling through a link worker's and a manager's pages;
 * beside ceilings measured in the same run: Node with the TypeScript loader and nothing else, and PGlite
 * alone on the same data folder with the same settings after reading every table (its buffers full).
 * Linux only (/proc). The child is stopped and the folder deleted however the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/demo/seed-demo.ts';
import { say } from './report.ts';

export interface MemoryBenchOptions {
  /** Rounds of load; memory that keeps growing from round to round is a leak, a plateau is a working set. */
  runs: number;
  seconds: number;
  connections: number;
}

interface NodeMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}
interface Sample {
  rss: number;
  node: NodeMemory;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MB = 1024 * 1024;
/**
 * Loaded into the child before the CLI: answers 'memory' on the IPC channel with process.memoryUsage(), and
 * 'live' with the heap left after a full collection (what is really held, as against garbage not yet collected).
 */
const PROBE = `data:text/javascript,${encodeURIComponent(
  "process.on('message',(m)=>{if(m==='live')globalThis.gc();process.send(process.memoryUsage())});process.channel?.unref();",
)}`;
/** Pages a link worker and a scheme manager open all day: each connection cycles through them. */
const PAGES: { who: 'worker' | 'manager'; path: string }[] = [
  { who: 'worker', path: 'caseload' },
  { who: 'worker', path: 'tasks' },
  { who: 'worker', path: 'notifications/summary' },
  { who: 'manager', path: 'triage' },
  { who: 'manager', path: 'waiting-list' },
  { who: 'manager', path: 'wellbeing/team' },
  { who: 'manager', path: 'training/matrix' },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${Math.round(bytes / MB)}`;

/** VmRSS and VmHWM (the peak since the process started) of a process, in bytes. */
function status(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

function nodeMemory(child: ChildProcess, what: 'memory' | 'live' = 'memory'): Promise<NodeMemory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not report its memory within 30 s')), 30_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as NodeMemory);
    });
    child.send(what);
  });
}

/** Resident memory as it stands, then the Node split; with `live`, the heap used after a full collection too. */
async function sample(child: ChildProcess, live = false): Promise<Sample & { liveHeap?: number }> {
  const rss = status(child.pid!).rss;
  const node = await nodeMemory(child);
  return { rss, node, ...(live ? { liveHeap: (await nodeMemory(child, 'live')).heapUsed } : {}) };
}

/** Starts `linkwork start` on its own data folder and port; resolves with its address once it listens. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', PROBE, join(ROOT, 'bin/linkwork.js'), 'start'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      BASE_URL: '',
    },
  });
  let output = '';
  const log = () => output;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start within 5 minutes:\n${output.slice(-2000)}`)),
      300_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Linkwork is running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, log });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it listened:\n${output.slice(-2000)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = /linkwork_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (response.status !== 200 || !cookie)
    throw new Error(`signing in as ${email} failed: ${response.status} ${await response.text()}`);
  return cookie;
}

/** Sends the pages over `connections` keep-alive connections for `seconds`; refuses to report if any request failed. */
function load(
  url: string,
  cookies: Record<'worker' | 'manager', string>,
  o: MemoryBenchOptions,
): Promise<{ requests: number; rps: number }> {
  let failed = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        // One PGlite session serves every connection in turn: on a busy machine a request may wait longer than autocannon's 10 s default.
        url,
        connections: o.connections,
        duration: o.seconds,
        timeout: 60,
        requests: PAGES.map((p) => ({
          method: 'GET' as const,
          path: `/api/schemes/demo/${p.path}`,
          headers: { cookie: cookies[p.who] },
        })),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error);
        if (failed > 0 || result.errors > 0 || result.timeouts > 0)
          return reject(new Error(`${failed} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`));
        resolve({ requests: result.requests.total, rps: result.requests.total / result.duration });
      },
    );
    instance.on('response', (_client, statusCode) => {
      if (statusCode < 200 || statusCode >= 300) failed += 1;
    });
  });
}

/** Resident memory of a short Node script run with the TypeScript loader, after `settle` ms. */
async function scriptRss(script: string, settleMs: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const deadline = Date.now() + 120_000;
    while (!output.includes('ready')) {
      if (child.exitCode !== null) throw new Error(`ceiling script exited (${child.exitCode}): ${output}`);
      if (Date.now() > deadline) throw new Error('ceiling script did not get ready within 2 minutes');
      await sleep(100);
    }
    await sleep(settleMs);
    return status(child.pid!).rss;
  } finally {
    await stopServer(child);
  }
}

const row = (label: string, s: Sample, extra = '') =>
  say(
    `| ${label.padEnd(24)} | ${mb(s.rss).padStart(6)} | ${mb(s.node.heapUsed).padStart(9)} | ${mb(s.node.heapTotal).padStart(10)} | ${mb(s.node.external).padStart(8)} | ${extra}`,
  );

/** Runs the memory benchmark and prints its table; exits non-zero through the caller if the server fails. */
export async function runMemoryBench(o: MemoryBenchOptions): Promise<void> {
  if (process.platform !== 'linux') throw new Error('the memory benchmark reads /proc: run it on Linux');
  const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-memory-'));
  let child: ChildProcess | undefined;
  try {
    say(`Starting the embedded server (linkwork start) on ${dataDir}: migrate and seed the demo …`);
    const started = Date.now();
    const server = await startServer(dataDir);
    child = server.child;
    const startupPeak = status(child.pid!).hwm;
    say(
      `Listening at ${server.url} after ${((Date.now() - started) / 1000).toFixed(0)} s; peak during migration and demo seeding ${mb(startupPeak)} MB.`,
    );
    await sleep(5_000);
    const idle = await sample(child, true);
    const cookies = {
      worker: await signIn(server.url, 'worker@demo.example.org'),
      manager: await signIn(server.url, 'manager@demo.example.org'),
    };

    say(
      `\n${o.connections} connections for ${o.seconds} s a round, cycling through ${PAGES.length} pages (${PAGES.map((p) => p.path).join(', ')}).\n`,
    );
    say(`| ${''.padEnd(24)} | RSS MB | heap used | heap total | external | load`);
    say(`|:${'-'.repeat(24)}-|-------:|----------:|-----------:|---------:|:--`);
    row('idle after start-up', idle, `live heap after a full collection ${mb(idle.liveHeap!)} MB`);
    const peaks: number[] = [];
    const afters: number[] = [];
    for (let run = 1; run <= o.runs; run += 1) {
      let peak = 0;
      const watch = setInterval(() => {
        peak = Math.max(peak, status(child!.pid!).rss);
      }, 200);
      const result = await load(server.url, cookies, o).finally(() => clearInterval(watch));
      const end = await sample(child);
      peak = Math.max(peak, end.rss);
      peaks.push(peak);
      row(
        `round ${run}: end of load`,
        end,
        `peak ${mb(peak)} MB; ${result.requests} requests, ${result.rps.toFixed(0)} req/s`,
      );
      await sleep(10_000);
      const after = await sample(child, true);
      afters.push(after.rss);
      row(`round ${run}: 10 s after`, after, `live heap after a full collection ${mb(after.liveHeap!)} MB`);
    }
    await stopServer(child);

    // Ceilings, in the same run: Node with the loader alone, and PGlite alone with the server's settings and every table read.
    const nodeAlone = await scriptRss("console.log('ready'); setInterval(() => {}, 1000);", 1_000);
    const pgliteAlone = await scriptRss(
      `
      import { openDatabase } from './src/db/database.ts';
      const database = await openDatabase({ databaseUrl: null, embeddedDir: ${JSON.stringify(dataDir)} });
      const { rows } = await database.owner.query("SELECT format('%I.%I', schemaname, relname) AS t FROM pg_stat_user_tables");
      for (const { t } of rows) await database.owner.query('SELECT count(*) FROM ' + t);
      console.log('ready'); setInterval(() => {}, 1000);`,
      1_000,
    );

    say(
      `\nLoad average (1, 5, 15 min) at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}.`,
    );
    say(
      `Peak under load: ${mb(Math.max(...peaks))} MB (median of the ${o.runs} rounds' peaks ${mb(median(peaks))} MB); idle after the last round ${mb(afters.at(-1)!)} MB.`,
    );
    say(
      `Ceilings in this run: Node with the TypeScript loader alone ${mb(nodeAlone)} MB; PGlite alone on the same data with every table read ${mb(pgliteAlone)} MB`,
    );
    say(
      `  (PGlite's own share ≈ ${mb(pgliteAlone - nodeAlone)} MB; the application and its load the remaining ${mb(Math.max(...peaks) - pgliteAlone)} MB of the peak).`,
    );
  } finally {
    if (child) await stopServer(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
