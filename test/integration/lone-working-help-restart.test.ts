import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/context.ts';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/database.ts';
import { checkIn } from '../../src/modules/lone-working/use-cases/change-visit.ts';
import { planVisit } from '../../src/modules/lone-working/use-cases/plan-visit.ts';
import { requestHelp } from '../../src/modules/lone-working/use-cases/request-help.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/lone-working/visit-alerts.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import { testClock, testConfig } from '../support/context.ts';
import { scratchPostgresDatabase } from '../support/databases.ts';
import { buildScheme, buildUser } from '../support/factories.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { nameSafetyContacts, setLoneWorkingMinutes, visitNotifications } from '../support/lone-working.ts';

interface Place {
  options: DatabaseOptions;
  cleanup(): Promise<void>;
}

const places: { name: string; make: () => Promise<Place> }[] = [{
  name: 'pglite',
  make: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkwork-help-restart-'));
    return { options: { databaseUrl: null, embeddedDir: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
}];
if (process.env.TEST_DATABASE_URL) {
  places.push({
    name: 'postgres',
    make: async () => {
      const scratch = await scratchPostgresDatabase(process.env.TEST_DATABASE_URL!, 'linkwork_help_restart');
      return { options: { databaseUrl: scratch.url, embeddedDir: 'memory://', poolSize: 4 }, cleanup: scratch.drop };
    },
  });
}

describe.each(places)('a call for help across a restart on $name', ({ make }) => {
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

  it('keeps escalating after the server restarts: the next rung is a queued job, not a timer in memory', async () => {
    place = await make();
    const clock = testClock();
    const first = await start(clock);
    const scheme = await buildScheme(first.ctx);
    const worker = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id, name: 'Jordan Evans' });
    const buddy = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id });
    const manager = await buildUser(first.ctx, { role: 'scheme_manager', schemeId: scheme.id });
    const supervisor = await buildUser(first.ctx, { role: 'supervisor', schemeId: scheme.id });
    const lead = await buildUser(first.ctx, { role: 'supervisor', schemeId: scheme.id });
    await setLoneWorkingMinutes(first.ctx, scheme.id, 15, 10);
    await nameSafetyContacts(first.ctx, scheme.id, { workerId: worker.id, supervisorId: supervisor.id, safeguardingLeadId: lead.id });
    const actor: UserActor = {
      kind: 'user', userId: worker.id, name: 'Jordan Evans', email: worker.email, sessionId: 'test', role: 'link_worker', membershipId: worker.membershipId,
      schemeId: scheme.id, schemeSlug: scheme.slug, organisationId: null, requestId: 'lone-working-help-restart-test',
    };
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
    const visit = await planVisit(first.ctx, actor, scheme.slug!, { place: '3 Mill Road, Lakeside LK1 2ZR', plannedStart: at(0), expectedEnd: at(180), buddyId: buddy.id, workerPhone: '07700 900111' });
    await checkIn(first.ctx, actor, scheme.slug!, visit.id);
    await requestHelp(first.ctx, actor, scheme.slug!, visit.id);
    const helped = await visitNotifications(first.ctx, scheme.id, visit.id);
    expect(helped.map((n) => n.recipient_id).sort()).toEqual([buddy.id, manager.id, supervisor.id].sort());
    expect(helped.every((n) => n.kind === 'lone-working.help' && n.urgent)).toBe(true);

    // The server stops before the next rung is due.
    await first.ctx.jobs.stop();
    await first.database.close();
    open.length = 0;

    clock.advanceMinutes(11);
    const second = await start(clock);
    // The help ladder's next rung (level 1, due 10 minutes after the call) is a row that survived; the
    // overdue checks for the expected end (level 0) are there too, for later.
    expect((await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id && Number(j.data.level) > 0).map((j) => j.data.level)).toEqual([1]);
    await runJobsDue(second.ctx);
    const escalated = (await visitNotifications(second.ctx, scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.escalated');
    // Level 2, long before the visit's expected end: the safeguarding lead is told as well.
    expect(escalated.map((n) => n.recipient_id).sort()).toEqual([buddy.id, manager.id, supervisor.id, lead.id].sort());
    expect((await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id && Number(j.data.level) > 0).map((j) => j.data.level)).toEqual([2]);
  }, 90_000);
});
