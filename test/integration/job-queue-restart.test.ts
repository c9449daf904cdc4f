import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/context.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/database.ts';
import { planVisit } from '../../src/modules/lone-working/use-cases/plan-visit.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/lone-working/visit-alerts.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import { testClock, testConfig } from '../support/context.ts';
import { scratchPostgresDatabase } from '../support/databases.ts';
import { buildScheme, buildUser } from '../support/factories.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { visitNotifications } from '../support/lone-working.ts';

interface Place {
  name: string;
  options: DatabaseOptions;
  cleanup(): Promise<void>;
}

/** An embedded database in a temporary folder, kept on disk between opens. */
function pgliteFolder(): Place {
  const dir = mkdtempSync(join(tmpdir(), 'linkwork-restart-'));
  return { name: 'pglite', options: { databaseUrl: null, embeddedDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database, when TEST_DATABASE_URL is set. */
async function postgresDatabase(adminUrl: string): Promise<Place> {
  const scratch = await scratchPostgresDatabase(adminUrl, 'linkwork_restart');
  return { name: 'postgres', options: { databaseUrl: scratch.url, embeddedDir: 'memory://', poolSize: 4 }, cleanup: scratch.drop };
}

const places: { name: string; make: () => Promise<Place> }[] = [{ name: 'pglite', make: async () => pgliteFolder() }];
if (process.env.TEST_DATABASE_URL) places.push({ name: 'postgres', make: () => postgresDatabase(process.env.TEST_DATABASE_URL!) });

describe.each(places)('the job queue across a restart on $name', ({ make }) => {
  let place: Place | undefined;
  const open: { database: Database; ctx: AppContext }[] = [];
  afterAll(async () => {
    for (const o of open) {
      await o.ctx.jobs.stop().catch(() => undefined);
      await o.database.close().catch(() => undefined);
    }
    await place?.cleanup();
  });

  async function start(clock: ReturnType<typeof testClock>) {
    const database = await openDatabase(place!.options);
    await database.migrate();
    const ctx = await createContext(testConfig(), database, clock.now);
    open.push({ database, ctx });
    return { database, ctx };
  }

  it('sends a missed check-out alert planned before the restart, exactly once, after it', async () => {
    place = await make();
    const clock = testClock();
    const first = await start(clock);
    const scheme = await buildScheme(first.ctx);
    const worker = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id, name: 'Jordan Evans' });
    const buddy = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id });
    const manager = await buildUser(first.ctx, { role: 'scheme_manager', schemeId: scheme.id });
    const actor: UserActor = {
      kind: 'user', userId: worker.id, name: 'Jordan Evans', email: worker.email, sessionId: 'test', role: 'link_worker', membershipId: worker.membershipId,
      schemeId: scheme.id, schemeSlug: scheme.slug, organisationId: null, requestId: 'job-queue-restart-test',
    };
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
    const visit = await planVisit(first.ctx, actor, scheme.slug!, { place: '3 Mill Road', plannedStart: at(1), expectedEnd: at(30), buddyId: buddy.id, workerPhone: '07700 900111' });
    expect(await waitingJobs(first.ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(1);

    // The server stops before the alert is due.
    await first.ctx.jobs.stop();
    await first.database.close();
    open.length = 0;

    clock.advanceMinutes(30 + 15 + 1);
    const second = await start(clock);
    expect(await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(1);
    await runJobsDue(second.ctx);
    await runJobsDue(second.ctx);
    const sent = await visitNotifications(second.ctx, scheme.id, visit.id);
    expect(sent.map((n) => n.recipient_id).sort()).toEqual([buddy.id, manager.id].sort());
    expect(sent.every((n) => n.kind === 'lone-working.alert' && n.urgent)).toBe(true);
    // The next rung of the ladder is queued, and survives too.
    expect((await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB)).map((j) => j.data.level)).toEqual([1]);
  }, 90_000);
});
