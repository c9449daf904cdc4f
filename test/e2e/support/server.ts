/**
 * Starts the real Linkwork server (`node bin/linkwork.js start`) as a child process on a fresh embedded
 * database, so browser journeys exercise exactly what an operator runs — migrations, demo seed, static web app.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const READY_LINE = /Linkwork is running at (https?:\/\/\S+)/;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Everything the server printed so far (stdout and stderr interleaved). */
  output(): string;
  /** SIGTERM, wait for exit (SIGKILL after a grace period), then delete the data folder. */
  stop(): Promise<void>;
}

let webBuilt = false;

/**
 * Builds web/dist when it is stale, once per test file process. Synchronous on purpose: the server must not
 * start before the browser app exists.
 */
export function buildWebIfNeeded(): void {
  if (webBuilt) return;
  const result = spawnSync(process.execPath, ['scripts/build-web-if-needed.mjs'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: childEnv(),
    timeout: 300_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `scripts/build-web-if-needed.mjs failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  webBuilt = true;
}

export interface ServerOptions {
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /**
   * `linkwork` commands run, in order, against the fresh DATA_DIR before the server starts (the CLI cannot open a
   * data folder a running server holds), e.g. `[['seed', '--demo'], ['two-factor', 'on']]`. `start` only seeds the
   * demo on an empty database, so a file that prepares its own data seeds the demo itself first.
   */
  prepare?: string[][];
}

/** Starts a server on a fresh temporary DATA_DIR and a free port; resolves once it prints its URL. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const { env: extraEnv = {}, prepare = [] } = options;
  buildWebIfNeeded();
  const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-e2e-'));
  // The server gets its own copy of the built app, so a rebuild of web/dist while the journeys run (someone
  // editing web/src) cannot swap the scripts out from under the pages.
  const webDir = mkdtempSync(join(tmpdir(), 'linkwork-e2e-web-'));
  cpSync(join(repoRoot, 'web', 'dist'), webDir, { recursive: true });
  const cleanUp = (): void => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webDir, { recursive: true, force: true });
  };
  for (const args of prepare) {
    const result = spawnSync(process.execPath, ['bin/linkwork.js', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...childEnv(), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
      timeout: START_TIMEOUT_MS,
    });
    if (result.status !== 0) {
      cleanUp();
      throw new Error(
        `linkwork ${args.join(' ')} failed before the server started (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
      );
    }
  }
  const child = spawn(process.execPath, ['bin/linkwork.js', 'start'], {
    cwd: repoRoot,
    env: {
      ...childEnv(),
      DATA_DIR: dataDir,
      WEB_DIST_DIR: webDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      fail(`the server did not print "Linkwork is running at …" within ${START_TIMEOUT_MS / 1000}s`);
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1].replace(/\/+$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`could not spawn the server: ${error.message}`));
    child.once('exit', (code, signal) => fail(`the server exited early (code ${code}, signal ${signal})`));

    function fail(why: string): void {
      clearTimeout(timer);
      void stopChild(child, exited).finally(() => {
        cleanUp();
        reject(new Error(`${why}. Server output:\n${output || '(nothing)'}`));
      });
    }
  });

  return {
    url,
    output: () => output,
    async stop() {
      await stopChild(child, exited);
      cleanUp();
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((done) => setTimeout(() => done(true), STOP_TIMEOUT_MS).unref()),
  ]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

// Set by vitest/Vite in the test process (BASE_URL="/", MODE="test", …) or pointing the server away from its
// fresh embedded database and its own address.
const NOT_FOR_THE_SERVER = new Set([
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'DATABASE_URL',
  'TEST_DATABASE_URL',
  'SECRET_KEY',
]);

/**
 * The environment for child processes: the test runner's own, without what would make the server behave
 * differently from a real start on a fresh data folder.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key.startsWith('VITE_') || NOT_FOR_THE_SERVER.has(key)) continue;
    env[key] = value;
  }
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}
