import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.ts';

/**
 * Migrated databases to start each test from, instead of making and migrating a new one per test file: PGlite takes
 * several seconds to make a data folder and a few more to migrate it, PostgreSQL a few seconds to migrate. Both are
 * named by a hash of the migrations (and PGlite's version), so a changed migration makes new ones: the embedded
 * one is a tar file under node_modules/.cache, the PostgreSQL one a template database beside TEST_DATABASE_URL.
 * The suite's global setup (test/support/global-setup.ts) makes them once before the workers start.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MIGRATIONS = join(ROOT, 'src/db/migrations');
const CACHE = join(ROOT, 'node_modules/.cache/linkwork-test');

async function migrationsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(MIGRATIONS)).filter((n) => n.endsWith('.sql')).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(await readFile(join(MIGRATIONS, name)))
      .update('\0');
  }
  const pglite = JSON.parse(await readFile(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
    version: string;
  };
  return hash.update(pglite.version).digest('hex').slice(0, 16);
}

let embedded: Promise<Blob> | undefined;

/** The migrated embedded data folder: read from the cache, or made (and cached) when the migrations changed. */
export function embeddedTemplate(): Promise<Blob> {
  embedded ??= (async () => {
    const file = join(CACHE, `pglite-${await migrationsHash()}.tar`);
    try {
      return new Blob([await readFile(file)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const database = await openDatabase({ databaseUrl: null, embeddedDir: 'memory://' });
    try {
      await database.migrate();
      const dump = await database.dumpDataDir!();
      await mkdir(CACHE, { recursive: true });
      // Written aside and renamed: a reader never sees half a file, and two writers leave one whole one.
      const part = `${file}.${randomBytes(4).toString('hex')}.part`;
      await writeFile(part, Buffer.from(await dump.arrayBuffer()));
      await rename(part, file);
      return dump;
    } finally {
      await database.close();
    }
  })();
  return embedded;
}

const templates = new Map<string, Promise<string>>();

/** The migrated template database beside `adminUrl`: its name, made first if the migrations changed. */
export function postgresTemplate(adminUrl: string): Promise<string> {
  let made = templates.get(adminUrl);
  if (!made) {
    made = makePostgresTemplate(adminUrl);
    templates.set(adminUrl, made);
  }
  return made;
}

async function makePostgresTemplate(adminUrl: string): Promise<string> {
  const name = `linkwork_tpl_${await migrationsHash()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return name;
    // Migrated under a name of its own, then renamed: no test copies a half-migrated template.
    const building = `${name}_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), embeddedDir: 'memory://', poolSize: 1 });
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
    await renameWhenFree(admin, building, async () => {
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    });
    return name;
  } finally {
    await admin.end();
  }
}

/**
 * Renames the freshly migrated database once its pool's connections have gone (they close asynchronously); if
 * another run made the template first, drops this copy instead.
 */
async function renameWhenFree(admin: pg.Client, building: string, renameIt: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await renameIt();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '42P04') {
        await admin.query(`DROP DATABASE IF EXISTS ${building}`);
        return;
      }
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
