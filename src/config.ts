import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SmtpConfig } from './platform/email/mailer.ts';

/** Everything the deployment can configure, read once from the environment and validated. */
export interface Config {
  port: number;
  host: string;
  baseUrl: string;
  /** True when BASE_URL was set; otherwise the address is worked out from HOST and the listening port. */
  baseUrlConfigured: boolean;
  /** PostgreSQL connection string; null means the embedded PGlite database in `dataDir`. */
  databaseUrl: string | null;
  /** Folder for what the running app writes: the embedded database, its generated secrets and backups (never shipped files). */
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** 32-byte key used to encrypt secrets at rest (two-factor secrets). */
  secretKey: Buffer;
  /** Cookie `Secure` flag: on when BASE_URL is https. */
  secureCookies: boolean;
  /**
   * Sign-in sessions: ended after `idleSeconds` without activity or `absoluteHours` after sign-in; the
   * browser warns `warningSeconds` before the idle end (at least 20 s, WCAG 2.2.1 timing adjustable).
   */
  session: { idleSeconds: number; warningSeconds: number; absoluteHours: number; pendingMinutes: number };
  signIn: { maxFailures: number; lockoutMinutes: number; attemptsPerMinutePerIp: number };
  /** argon2id cost; tests lower it to keep the suite fast. */
  passwordHashing: { memoryCost: number; timeCost: number; parallelism: number };
  /** The public self-referral form: submissions per hour from one address, and the least time a person takes to fill it. */
  selfReferral: { perHourPerIp: number; minSeconds: number };
  bodyLimitBytes: number;
  /** How many reverse proxies in front of Linkwork to trust for the client address (X-Forwarded-For); 0 = none. */
  trustProxyHops: number;
  /** Serve the built browser app from this folder when it exists. */
  webDistDir: string;
  /** Email for notifications (SMTP_URL, MAIL_FROM); null sends none and keeps notifications in the app. */
  smtp: SmtpConfig | null;
  /**
   * The server's PostgreSQL pool: at most `poolSize` connections; a request waits at most
   * `acquireTimeoutMs` for one and any statement runs at most `statementTimeoutMs` (0 = no limit),
   * so one slow page cannot hold every connection. Not applied to the embedded database (PGlite).
   */
  database: DatabasePoolConfig;
  /**
   * Small numbers in what a commissioner sees and downloads: counts from 1 to `smallTo` are shown as a range and
   * the others rounded to the nearest `roundTo` (REPORT_SMALL_NUMBERS_UP_TO, REPORT_ROUND_TO).
   */
  reportSuppression: { smallTo: number; roundTo: number };
}

/** Limits on the server's database pool (DB_POOL_SIZE, DB_ACQUIRE_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS). */
export interface DatabasePoolConfig {
  poolSize: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
}

/** A configuration problem: names the variable and says how to fix it. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string, fix: string) {
    super(`${variable}: ${problem}. ${fix}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      name,
      `"${raw}" is not a whole number from ${min} to ${max}`,
      `Set ${name} to a number in that range or leave it unset for ${fallback}.`,
    );
  }
  return value;
}

/** Reads the secret key from SECRET_KEY, or from (creating it on first start) DATA_DIR/secret.key in embedded mode. */
function loadSecretKey(env: Env, dataDir: string, embedded: boolean): Buffer {
  const raw = env.SECRET_KEY;
  if (raw) {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== 32) {
      throw new ConfigError(
        'SECRET_KEY',
        'must be 32 random bytes encoded as base64',
        "Generate one with: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"",
      );
    }
    return key;
  }
  if (!embedded) {
    throw new ConfigError(
      'SECRET_KEY',
      'is required when DATABASE_URL is set',
      'Generate 32 random bytes as base64 and keep it with your other secrets; losing it means every user must set up two-factor again.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

/** SMTP for notification email: off unless SMTP_URL is set. */
function loadSmtp(env: Env): SmtpConfig | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\/[^/\s]+/.test(url)) {
    throw new ConfigError(
      'SMTP_URL',
      `"${url.replace(/\/\/[^@]*@/, '//…@')}" is not an SMTP URL`,
      'Use smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465.',
    );
  }
  const from = env.MAIL_FROM?.trim();
  if (!from || !/^(?:[^<>]+<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/.test(from)) {
    throw new ConfigError(
      'MAIL_FROM',
      from ? `"${from}" is not an email address` : 'is required when SMTP_URL is set',
      'Set MAIL_FROM to the sender, e.g. "Linkwork <linkwork@example.nhs.uk>".',
    );
  }
  return { url, from };
}

/**
 * The idle timeout in seconds (SESSION_IDLE_MINUTES, or SESSION_IDLE_SECONDS for short demos and tests)
 * and how long before it the browser warns; refuses a warning that would leave no time to act.
 */
function loadSessionTimeouts(env: Env): { idleSeconds: number; warningSeconds: number } {
  const seconds = env.SESSION_IDLE_SECONDS?.trim();
  const minutes = env.SESSION_IDLE_MINUTES?.trim();
  if (seconds && minutes) {
    throw new ConfigError('SESSION_IDLE_SECONDS', 'is set together with SESSION_IDLE_MINUTES', 'Set only one of them.');
  }
  const idleSeconds = seconds
    ? integer(env, 'SESSION_IDLE_SECONDS', 1800, 30, 24 * 3600)
    : integer(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60) * 60;
  if (!env.SESSION_WARNING_SECONDS?.trim())
    return { idleSeconds, warningSeconds: Math.max(20, Math.min(120, Math.floor(idleSeconds / 2))) };
  const warningSeconds = integer(env, 'SESSION_WARNING_SECONDS', 120, 20, 3600);
  if (warningSeconds >= idleSeconds) {
    throw new ConfigError(
      'SESSION_WARNING_SECONDS',
      `${warningSeconds} is not shorter than the idle timeout of ${idleSeconds} seconds`,
      'Warn for less time than the idle timeout, or raise the idle timeout.',
    );
  }
  return { idleSeconds, warningSeconds };
}

/** Builds the typed configuration from environment variables; throws ConfigError with a clear fix on bad values. */
export function loadConfig(env: Env = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL',
      'must start with postgres:// or postgresql://',
      'Use a connection string such as postgres://user:password@host:5432/linkwork.',
    );
  }
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const baseUrl = (env.BASE_URL?.trim() || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`).replace(
    /\/$/,
    '',
  );
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new ConfigError(
      'BASE_URL',
      `"${baseUrl}" is not an http(s) URL`,
      'Set BASE_URL to the address people use, e.g. https://linkwork.example.nhs.uk.',
    );
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `"${logLevel}" is not a log level`, `Use one of ${LOG_LEVELS.join(', ')}.`);
  }
  return {
    port,
    host,
    baseUrl,
    baseUrlConfigured: Boolean(env.BASE_URL?.trim()),
    databaseUrl,
    dataDir,
    logLevel,
    secretKey: loadSecretKey(env, dataDir, databaseUrl === null),
    secureCookies: baseUrl.startsWith('https://'),
    session: {
      ...loadSessionTimeouts(env),
      absoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 7),
      pendingMinutes: 10,
    },
    signIn: {
      maxFailures: integer(env, 'SIGN_IN_MAX_FAILURES', 5, 1, 100),
      lockoutMinutes: integer(env, 'SIGN_IN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
      attemptsPerMinutePerIp: integer(env, 'SIGN_IN_ATTEMPTS_PER_MINUTE', 20, 1, 10_000),
    },
    passwordHashing: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
    selfReferral: {
      perHourPerIp: integer(env, 'SELF_REFERRALS_PER_HOUR', 10, 1, 10_000),
      minSeconds: integer(env, 'SELF_REFERRAL_MIN_SECONDS', 4, 0, 600),
    },
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 50 * 1_048_576),
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    webDistDir: resolve(env.WEB_DIST_DIR?.trim() || './web/dist'),
    smtp: loadSmtp(env),
    database: {
      poolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 500),
      acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 3000, 100, 600_000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 0, 3_600_000),
    },
    reportSuppression: {
      smallTo: integer(env, 'REPORT_SMALL_NUMBERS_UP_TO', 7, 1, 100),
      roundTo: integer(env, 'REPORT_ROUND_TO', 5, 1, 100),
    },
  };
}
