import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { createContext } from '../create-context.ts';
import type { AppContext } from '../context.ts';
import { openDatabase } from '../db/database.ts';
import type { SystemActor } from '../platform/actor.ts';
import { refuseUnfinishedDatabase } from './new-demo-database.ts';

/** The actor for commands typed at the server's console. */
export function cliActor(command: string): SystemActor {
  return { kind: 'system', description: `linkwork ${command}`, requestId: `cli-${Date.now().toString(36)}` };
}

export function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Refuses to open an embedded database that another running Linkwork process holds. */
export function claimDataDir(config: Config): () => void {
  if (config.databaseUrl) return () => {};
  const file = join(config.dataDir, 'linkwork.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    let alive = false;
    try {
      if (pid && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch {
      alive = false;
    }
    if (alive)
      throw new Error(
        `Another Linkwork process (pid ${pid}) is using the embedded database in ${config.dataDir}. Stop it first.`,
      );
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** Opens configuration and database (migrated) for a command, and closes them afterwards. */
export async function withContext<T>(command: string, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const release = claimDataDir(config);
  if (!config.databaseUrl) {
    try {
      refuseUnfinishedDatabase(config.dataDir);
    } catch (error) {
      release();
      throw error;
    }
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, embeddedDir: config.dataDir });
  try {
    const applied = await database.migrate((m) => say(`  ${m}`));
    if (applied.length > 0) say(`Applied ${applied.length} migration(s).`);
    const ctx = await createContext(config, database);
    try {
      return await work(ctx);
    } finally {
      await ctx.jobs.stop();
    }
  } finally {
    await database.close();
    release();
    void command;
  }
}
