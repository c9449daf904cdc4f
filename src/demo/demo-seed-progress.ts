import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { formatLondonDateTime } from '../platform/format-london.ts';
import { putSetting, readSetting } from '../modules/identity/settings/index.ts';

/** The deployment setting that records how far creating the demo data got. */
const DEMO_SEED_SETTING = 'demo_seed';

/**
 * How far creating the demo data got: written with the demo scheme (in its transaction), moved on
 * before each later step and marked complete after the last, so a seed stopped midway (the process
 * killed, the power lost) is known for what it is afterwards. A database seeded before this was
 * recorded has the demo scheme and no record: its demo finished.
 */
export type DemoSeedProgress =
  { state: 'started'; step: string; startedAt: string } | { state: 'complete'; startedAt: string; completedAt: string };

type Db = Kysely<DB> | Transaction<DB>;

/** The recorded progress of the demo seed, or null when none was ever begun (or it predates the record). */
export async function readDemoSeedProgress(db: Db): Promise<DemoSeedProgress | null> {
  const value = (await readSetting(db, DEMO_SEED_SETTING)) as Partial<Record<string, unknown>> | undefined;
  if (!value || typeof value !== 'object') return null;
  const startedAt = typeof value.startedAt === 'string' ? value.startedAt : '';
  if (value.state === 'complete')
    return {
      state: 'complete',
      startedAt,
      completedAt: typeof value.completedAt === 'string' ? value.completedAt : '',
    };
  if (value.state === 'started')
    return { state: 'started', step: typeof value.step === 'string' ? value.step : 'an unknown step', startedAt };
  return null;
}

/** Records the step the demo seed is about to take, or that it finished; in the caller's transaction when given one. */
export async function recordDemoSeedProgress(db: Db, progress: DemoSeedProgress, at: Date): Promise<void> {
  await putSetting(db, DEMO_SEED_SETTING, progress, at);
}

/** A demo seed that was stopped midway: it cannot be finished where it stands, and the message says what to do. */
export class IncompleteDemoError extends Error {
  constructor(
    progress: Extract<DemoSeedProgress, { state: 'started' }>,
    config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  ) {
    const begun = progress.startedAt ? ` (begun ${formatLondonDateTime(new Date(progress.startedAt))})` : '';
    const what = `creating it${begun} stopped during ${progress.step}, and a half-made demo cannot be finished where it stands`;
    super(
      config.databaseUrl
        ? `The demo data in this PostgreSQL database (DATABASE_URL) is incomplete: ${what}. If no other Linkwork ` +
            'process is creating it now, drop the database, create it again empty and run "linkwork start --demo".'
        : `The demo data in ${config.dataDir} is incomplete: ${what}. Stop Linkwork, delete the database folder ` +
            `${join(config.dataDir, 'pgdata')} (the secret key and backups beside it can stay) and run "linkwork start": ` +
            'a new embedded database gets the complete demo.',
    );
    this.name = 'IncompleteDemoError';
  }
}

/** Refuses a database whose demo seed was stopped midway, so nobody works on a half-made demo without knowing it. */
export async function assertDemoNotHalfMade(ctx: { db: Kysely<DB>; config: Config }): Promise<void> {
  const progress = await readDemoSeedProgress(ctx.db);
  if (progress?.state === 'started') throw new IncompleteDemoError(progress, ctx.config);
}
