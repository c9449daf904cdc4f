import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { DEMO_PEOPLE } from '../../src/demo/demo-people.ts';
import { DEMO_USERS } from '../../src/demo/seed-demo.ts';
import { PATHWAY_DEMO_USERS } from '../../src/demo/seed-pathway.ts';

const run = promisify(execFile);
// Vitest puts Vite's BASE_URL ("/") into the environment; the CLI must not inherit it.
const { BASE_URL: _viteBaseUrl, TEST_DATABASE_URL: _testDatabase, ...inherited } = process.env;
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A new, empty DATA_DIR: no database, no secret key and no sample files. */
function emptyDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkwork-demo-start-'));
  folders.push(dir);
  return dir;
}

function envFor(dataDir: string) {
  return {
    ...inherited,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    WEB_DIST_DIR: '/nonexistent',
  };
}

async function linkwork(dataDir: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/linkwork.js', ...args], {
      env: envFor(dataDir),
      timeout: 120_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

interface Started {
  server: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `linkwork start` in a child process, and a promise of the first output line matching `until`. */
function startServer(dataDir: string, until: RegExp): Started & { reached: Promise<string> } {
  const server = spawn(process.execPath, ['bin/linkwork.js', 'start'], { env: envFor(dataDir) });
  let output = '';
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const reached = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = until.exec(output);
      if (match) resolve(match[1] ?? match[0]);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    void exited.then((code) => reject(new Error(`linkwork start exited (${code}) before ${until}: ${output}`)));
  });
  return { server, output: () => output, exited, reached };
}

/** Serves the whole demo, then stops cleanly on SIGTERM. */
async function serveAndStop(started: Started & { reached: Promise<string> }): Promise<void> {
  const url = await started.reached;
  expect((await fetch(`${url}/health`)).status).toBe(200);
  const services = await fetch(`${url}/oruk/services`);
  expect(services.status).toBe(200);
  expect(((await services.json()) as { total_items: number }).total_items).toBeGreaterThan(0);
  started.server.kill('SIGTERM');
  expect(await started.exited).toBe(0);
}

/** What the demo is made of, counted as the owner (no row-level security), with how far its seed got. */
async function demoContents(dataDir: string) {
  const database = await openDatabase({ databaseUrl: null, embeddedDir: dataDir });
  try {
    const count = async (sql: string) =>
      (await database.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`)).rows[0]!.n;
    const progress = await database.owner.query<{ value: { state: string } }>(
      "SELECT value FROM settings WHERE key = 'demo_seed'",
    );
    return {
      seed: progress.rows[0]?.value.state,
      schemes: await count("organisations WHERE slug = 'demo'"),
      users: await count('users'),
      patients: await count('patients'),
      postcodes: await count('postcodes'),
      services: await count('directory_services'),
      onwardReferrals: await count('onward_referrals'),
    };
  } finally {
    await database.close();
  }
}

const COMPLETE_DEMO = {
  seed: 'complete',
  schemes: 1,
  users: DEMO_USERS.length + PATHWAY_DEMO_USERS.length,
  patients: DEMO_PEOPLE.length,
  postcodes: 225,
  services: 14,
  onwardReferrals: 4,
};

describe('linkwork start and the demo data (embedded database)', () => {
  it('undoes a first start stopped during the demo seed, and the next start, from an empty DATA_DIR with no sample files in it, creates the complete demo', async () => {
    const dataDir = emptyDataDir();
    expect(readdirSync(dataDir)).toEqual([]);
    const first = startServer(dataDir, /through the pathway/);
    await first.reached;
    first.server.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, 'pgdata.incomplete'))).toBe(true);

    // Nothing else works on the half-made database; each says how to go on.
    const refused = await linkwork(
      dataDir,
      'users',
      'add',
      '--email',
      'a@example.org',
      '--name',
      'A',
      '--role',
      'administrator',
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`The embedded database in ${dataDir} is incomplete`);
    expect(refused.stderr).toMatch(/Run "linkwork start" to throw it away and create it again/);
    expect((await linkwork(dataDir, 'backup')).stderr).toContain('is incomplete');

    const second = startServer(dataDir, /Linkwork is running at (\S+)/);
    await serveAndStop(second);
    expect(second.output()).toMatch(/An earlier start stopped before the demo data was complete/);
    expect(second.output()).toMatch(/Demo data created\./);
    expect(second.output()).toMatch(/Demo sign-ins/);
    // DATA_DIR holds only what the app wrote: the database and its secret key (the lock is gone after a clean stop).
    expect(readdirSync(dataDir).sort()).toEqual(['pgdata', 'secret.key']);
    expect(await demoContents(dataDir)).toEqual(COMPLETE_DEMO);
  }, 400_000);

  it('reports a demo seed stopped in a database that was already there, and starts nothing', async () => {
    const dataDir = emptyDataDir();
    expect((await linkwork(dataDir, 'migrate')).code).toBe(0);
    const first = startServer(dataDir, /through the pathway/);
    await first.reached;
    first.server.kill('SIGKILL');
    await first.exited;

    const again = await linkwork(dataDir, 'start');
    expect(again.code).not.toBe(0);
    expect(again.stdout).not.toMatch(/Linkwork is running/);
    expect(again.stderr).toContain(`The demo data in ${dataDir} is incomplete`);
    expect(again.stderr).toMatch(/stopped during the pathway/);
    expect(again.stderr).toContain(`delete the database folder ${join(dataDir, 'pgdata')}`);
    const seed = await linkwork(dataDir, 'seed', '--demo');
    expect(seed.code).not.toBe(0);
    expect(seed.stderr).toContain('is incomplete');
    expect((await demoContents(dataDir)).seed).toBe('started');

    // The fix it names works: without the database folder, the next start makes the complete demo.
    rmSync(join(dataDir, 'pgdata'), { recursive: true, force: true });
    await serveAndStop(startServer(dataDir, /Linkwork is running at (\S+)/));
    expect(await demoContents(dataDir)).toEqual(COMPLETE_DEMO);
  }, 400_000);
});
