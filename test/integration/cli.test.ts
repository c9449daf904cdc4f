import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-cli-'));
// Vitest puts Vite's BASE_URL ("/") into the environment; the CLI must not inherit it.
const { BASE_URL: _viteBaseUrl, ...inherited } = process.env;
const env = { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' };

async function linkwork(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/linkwork.js', ...args], { env, timeout: 60_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('linkwork command line (embedded database)', () => {
  it('migrates, seeds the demo, adds a user and an API client, backs up and restores', async () => {
    const migrate = await linkwork('migrate');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/0001_foundation/);

    const seed = await linkwork('seed', '--demo');
    expect(seed.stdout).toMatch(/Demo data created/);
    expect((await linkwork('seed', '--demo')).stdout).toMatch(/already present; nothing changed/);

    const user = await linkwork(
      'users',
      'add',
      '--email',
      'cli.worker@example.org',
      '--name',
      'Cli Worker',
      '--role',
      'link_worker',
      '--scheme',
      'demo',
    );
    expect(user.code).toBe(0);
    expect(user.stdout).toMatch(/One-time password .*: [a-z]+-[a-z]+-[a-z]+-\d{4}/);

    const badScheme = await linkwork(
      'users',
      'add',
      '--email',
      'x@example.org',
      '--name',
      'X',
      '--role',
      'link_worker',
      '--scheme',
      'nowhere',
    );
    expect(badScheme.code).not.toBe(0);
    expect(badScheme.stderr).toMatch(/memberships\.0\.schemeSlug: There is no active scheme "nowhere"/);

    const twoFactorOn = await linkwork('two-factor', 'on');
    expect(twoFactorOn.stdout).toMatch(/now required/);
    expect((await linkwork('two-factor', 'sometimes')).code).not.toBe(0);

    const client = await linkwork('clients', 'add', '--name', 'GP system', '--scheme', 'demo');
    expect(client.stdout).toMatch(/Bearer token .*: lw_[A-Za-z0-9]+_[A-Za-z0-9_-]{20,}/);
    const clientId = /API client ([0-9a-f-]{36}) created/.exec(client.stdout)![1]!;
    const listed = await linkwork('clients', 'list');
    expect(listed.stdout).toContain(clientId);
    expect(listed.stdout).not.toMatch(/lw_[A-Za-z0-9]+_[A-Za-z0-9_-]{20,}/);
    const badRevoke = await linkwork('clients', 'revoke', 'not-an-id', '--reason', 'test');
    expect(badRevoke.code).not.toBe(0);
    expect(badRevoke.stderr).toMatch(/id: "not-an-id" is not an API client id/);
    expect((await linkwork('clients', 'revoke', clientId, '--reason', 'test')).stdout).toMatch(/revoked/);
    expect((await linkwork('clients', 'list')).stdout).toMatch(/REVOKED/);

    const backupFile = join(dataDir, 'test-backup.tar.gz');
    const backup = await linkwork('backup', '--out', backupFile);
    expect(backup.code).toBe(0);
    expect(existsSync(backupFile)).toBe(true);

    await linkwork(
      'users',
      'add',
      '--email',
      'after.backup@example.org',
      '--name',
      'After Backup',
      '--role',
      'administrator',
    );
    expect((await linkwork('restore', backupFile)).stderr).toMatch(/--yes/);
    const restore = await linkwork('restore', backupFile, '--yes');
    expect(restore.code).toBe(0);
    // The user added after the backup is gone; the one before it is still there.
    expect(
      (
        await linkwork(
          'users',
          'add',
          '--email',
          'after.backup@example.org',
          '--name',
          'Again',
          '--role',
          'administrator',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await linkwork(
          'users',
          'add',
          '--email',
          'cli.worker@example.org',
          '--name',
          'Again',
          '--role',
          'administrator',
        )
      ).stderr,
    ).toMatch(/already exists/);
  }, 300_000); // fourteen commands, each opening the embedded database in its own process

  it('starts, serves, and stops gracefully on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const server = spawn('node', ['bin/linkwork.js', 'start', '--no-demo'], {
      env: { ...env, PORT: '0', WEB_DIST_DIR: '/nonexistent' },
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
      server.stdout.on('data', () => {
        const match = /Linkwork is running at (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/finishing requests in flight/);
  }, 90_000);

  it('explains configuration mistakes without a stack trace', async () => {
    const result = await run('node', ['bin/linkwork.js', 'migrate'], { env: { ...env, PORT: 'eighty' } }).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect((result as { code: number }).code).not.toBe(0);
    expect((result as { stderr: string }).stderr).toMatch(/Configuration problem: PORT/);
    expect((result as { stderr: string }).stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
