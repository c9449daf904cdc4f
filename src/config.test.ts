import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const key = randomBytes(32).toString('base64');

describe('configuration', () => {
  it('defaults to the embedded database in ./data and generates a secret key there once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.databaseUrl).toBeNull();
    expect(first.port).toBe(3000);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toBe(first.secretKey.toString('base64'));
    expect(loadConfig({ DATA_DIR: dir }).secretKey.equals(first.secretKey)).toBe(true);
  });
  it('requires SECRET_KEY with PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' })).toThrow(/SECRET_KEY/);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', SECRET_KEY: key }).databaseUrl).toBe(
      'postgres://x@localhost/db',
    );
  });
  it('names the variable and the fix for bad values', () => {
    expect(() => loadConfig({ PORT: 'eighty', SECRET_KEY: key })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', SECRET_KEY: key })).toThrow(/PORT.*whole number/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud', SECRET_KEY: key })).toThrow(/LOG_LEVEL.*Use one of/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', SECRET_KEY: key })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SECRET_KEY: 'c2hvcnQ=' })).toThrow(/SECRET_KEY.*32/);
  });
  it('takes the idle timeout in minutes or (for short demos and tests) seconds, and warns at least 20 seconds before it', () => {
    expect(loadConfig({ SECRET_KEY: key }).session).toMatchObject({ idleSeconds: 1800, warningSeconds: 120 });
    expect(loadConfig({ SECRET_KEY: key, SESSION_IDLE_MINUTES: '15' }).session).toMatchObject({
      idleSeconds: 900,
      warningSeconds: 120,
    });
    expect(loadConfig({ SECRET_KEY: key, SESSION_IDLE_SECONDS: '40' }).session).toMatchObject({
      idleSeconds: 40,
      warningSeconds: 20,
    });
    expect(
      loadConfig({ SECRET_KEY: key, SESSION_IDLE_SECONDS: '45', SESSION_WARNING_SECONDS: '25' }).session,
    ).toMatchObject({ idleSeconds: 45, warningSeconds: 25 });
    expect(() => loadConfig({ SECRET_KEY: key, SESSION_IDLE_SECONDS: '45', SESSION_IDLE_MINUTES: '30' })).toThrow(
      /SESSION_IDLE_SECONDS.*Set only one/,
    );
    expect(() => loadConfig({ SECRET_KEY: key, SESSION_IDLE_SECONDS: '10' })).toThrow(
      /SESSION_IDLE_SECONDS.*30 to 86400/,
    );
    expect(() => loadConfig({ SECRET_KEY: key, SESSION_WARNING_SECONDS: '10' })).toThrow(
      /SESSION_WARNING_SECONDS.*20 to 3600/,
    );
    expect(() => loadConfig({ SECRET_KEY: key, SESSION_IDLE_SECONDS: '60', SESSION_WARNING_SECONDS: '60' })).toThrow(
      /SESSION_WARNING_SECONDS.*not shorter than the idle timeout/,
    );
  });
  it("bounds the server's database pool: size, wait for a connection and statement timeout, with defaults and clear errors", () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', SECRET_KEY: key }).database).toEqual({
      poolSize: 10,
      acquireTimeoutMs: 3000,
      statementTimeoutMs: 5000,
    });
    const tuned = loadConfig({
      DATABASE_URL: 'postgres://x@localhost/db',
      SECRET_KEY: key,
      DB_POOL_SIZE: '25',
      DB_ACQUIRE_TIMEOUT_MS: '1500',
      DB_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(tuned.database).toEqual({ poolSize: 25, acquireTimeoutMs: 1500, statementTimeoutMs: 0 });
    expect(() => loadConfig({ SECRET_KEY: key, DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE.*from 1 to 500/);
    expect(() => loadConfig({ SECRET_KEY: key, DB_STATEMENT_TIMEOUT_MS: '5s' })).toThrow(
      /DB_STATEMENT_TIMEOUT_MS.*whole number/,
    );
    expect(() => loadConfig({ SECRET_KEY: key, DB_ACQUIRE_TIMEOUT_MS: '10' })).toThrow(/DB_ACQUIRE_TIMEOUT_MS/);
  });
  it('marks cookies Secure when BASE_URL is https', () => {
    expect(loadConfig({ BASE_URL: 'https://linkwork.example.nhs.uk', SECRET_KEY: key }).secureCookies).toBe(true);
    expect(loadConfig({ SECRET_KEY: key }).secureCookies).toBe(false);
  });
});
