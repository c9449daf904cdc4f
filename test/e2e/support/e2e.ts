/**
 * One call per test file sets up the whole harness: a fresh server for the file, Chromium, and a new browser
 * context per test whose console errors, CSP violations and 5xx responses fail that test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CSP_REPORTER_SCRIPT, launchBrowser, watchPage } from './browser.ts';
import { repoRoot, startServer, type RunningServer, type ServerOptions } from './server.ts';

export interface E2E {
  /** The server's base URL, e.g. http://127.0.0.1:41234 */
  readonly baseUrl: string;
  /** The current test's page (a fresh browser context, signed out). */
  readonly page: Page;
  readonly context: BrowserContext;
  readonly server: RunningServer;
  /** Console messages that would otherwise fail the test but are expected here (substring match). */
  allowConsole(substring: string): void;
}

/**
 * Registers the hooks and returns accessors valid inside tests. `options` reach the file's server (extra
 * environment, CLI commands run on its data folder before it starts).
 */
export function useE2E(options: ServerOptions = {}): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let watcher: { problems: string[] } = { problems: [] };
  let allowed: string[] = [];

  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    if (!browser || !server) throw new Error('the e2e harness did not start');
    allowed = [];
    context = await browser.newContext({ baseURL: server.url, locale: 'en-GB', timezoneId: 'Europe/London' });
    context.setDefaultTimeout(10_000);
    await context.addInitScript(CSP_REPORTER_SCRIPT);
    page = await context.newPage();
    watcher = watchPage(page, server.url);
  });

  afterEach(async (testContext) => {
    const problems = watcher.problems.filter((problem) => !allowed.some((text) => problem.includes(text)));
    if (page && (testContext.task.result?.state === 'fail' || problems.length > 0)) {
      // A full-page screenshot of the failing state, for the developer or the CI artefacts.
      const dir = join(repoRoot, 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await context?.close();
    context = undefined;
    page = undefined;
    if (problems.length > 0) {
      throw new Error(`The page reported problems during this test:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
    }
  });

  return {
    get baseUrl() {
      return need(server, 'server').url;
    },
    get page() {
      return need(page, 'page');
    },
    get context() {
      return need(context, 'browser context');
    },
    get server() {
      return need(server, 'server');
    },
    allowConsole(substring: string) {
      allowed.push(substring);
    },
  };
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}: use it inside a test`);
  return value;
}
