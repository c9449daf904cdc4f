import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The smallest connection a migration needs: run SQL text as the database owner. */
export interface SqlRunner {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface Migration {
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Lists the shipped migrations in order: forward-only SQL files named NNNN_description.sql. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(join(dir, file), 'utf8') }));
}

const LOCK_KEY = 7_041_977; // any constant: serialises concurrent migrators on one database

async function appliedNames(runner: SqlRunner): Promise<Set<string>> {
  await runner.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await runner.query<{ name: string }>('SELECT name FROM schema_migrations');
  return new Set(rows.map((row) => row.name));
}

/** Names of shipped migrations not yet applied; empty means the schema is current. */
export async function pendingMigrations(runner: SqlRunner): Promise<string[]> {
  const { rows } = await runner.query<{ exists: boolean }>(
    "SELECT to_regclass('public.schema_migrations') IS NOT NULL AS exists",
  );
  const applied = rows[0]?.exists ? await appliedNames(runner) : new Set<string>();
  return listMigrations()
    .map((m) => m.name)
    .filter((name) => !applied.has(name));
}

/**
 * Applies every pending migration, each in its own transaction with the migration row,
 * under an advisory lock so two starting processes never apply one twice.
 */
export async function migrate(runner: SqlRunner, onProgress: (message: string) => void = () => {}): Promise<string[]> {
  const done: string[] = [];
  await runner.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    const applied = await appliedNames(runner);
    for (const migration of listMigrations()) {
      if (applied.has(migration.name)) continue;
      onProgress(`applying migration ${migration.name}`);
      await runner.query('BEGIN');
      try {
        await runner.query(migration.sql);
        await runner.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
        await runner.query('COMMIT');
      } catch (error) {
        await runner.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      done.push(migration.name);
    }
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
  return done;
}
