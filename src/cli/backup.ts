import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.ts';
import { clearNewDatabaseMark, refuseUnfinishedDatabase } from './new-demo-database.ts';
import { claimDataDir, say } from './runtime.ts';

function requireEmbedded(): ReturnType<typeof loadConfig> {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new Error(
      'backup and restore work on the embedded database. For PostgreSQL use pg_dump and pg_restore (see README, "Backup").',
    );
  }
  return config;
}

/** Writes a compressed copy of the embedded database to a file; the server must be stopped. */
export async function backup(options: { out?: string }): Promise<void> {
  const config = requireEmbedded();
  const source = join(config.dataDir, 'pgdata');
  if (!existsSync(source)) throw new Error(`There is no embedded database in ${config.dataDir} to back up.`);
  refuseUnfinishedDatabase(config.dataDir);
  const release = claimDataDir(config);
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const out = resolve(options.out ?? join(config.dataDir, 'backups', `linkwork-${stamp}.tar.gz`));
    mkdirSync(join(out, '..'), { recursive: true });
    say(`Opening the embedded database in ${config.dataDir} …`);
    const db = await PGlite.create({ dataDir: source });
    say('Writing the backup …');
    const dump = await db.dumpDataDir('gzip');
    await db.close();
    await writeFile(out, Buffer.from(await dump.arrayBuffer()));
    say(
      `Backup written: ${out} (${Math.round(statSync(out).size / 1024)} KiB). Keep it as safely as the live data: it holds personal data.`,
    );
  } finally {
    release();
  }
}

/** Replaces the embedded database with a backup; the old one is kept aside until the restore succeeds. */
export async function restore(file: string, options: { yes?: boolean }): Promise<void> {
  const config = requireEmbedded();
  const input = resolve(file);
  if (!existsSync(input)) throw new Error(`No backup file at ${input}.`);
  const target = join(config.dataDir, 'pgdata');
  if (existsSync(target) && !options.yes) {
    throw new Error(`This replaces the database in ${config.dataDir}. Run again with --yes to confirm.`);
  }
  const release = claimDataDir(config);
  const aside = `${target}.before-restore-${Date.now()}`;
  try {
    if (existsSync(target)) renameSync(target, aside);
    say(`Restoring ${input} …`);
    const blob = new Blob([await readFile(input)]);
    const db = await PGlite.create({ dataDir: target, loadDataDir: blob });
    const check = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    await db.close();
    say(`Restored (${check.rows[0]?.n ?? 0} migrations recorded). Start Linkwork to apply any newer migrations.`);
    if (existsSync(aside)) rmSync(aside, { recursive: true, force: true });
    clearNewDatabaseMark(config.dataDir); // a half-made new database, if that is what was there, is gone
  } catch (error) {
    if (existsSync(aside)) {
      rmSync(target, { recursive: true, force: true });
      renameSync(aside, target);
      say('The restore failed; the previous database has been put back.');
    }
    throw error;
  } finally {
    release();
  }
}
