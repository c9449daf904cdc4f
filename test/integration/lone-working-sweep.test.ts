import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { RECURRING_JOBS } from '../../src/jobs.ts';
import {
  LONE_WORKING_SWEEP_JOB,
  sweepOverdueVisits,
} from '../../src/modules/safety/lone-working/use-cases/sweep-overdue-visits.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/safety/lone-working/visit-alerts.ts';
import { RISK_ACTION_SWEEP_JOB } from '../../src/modules/safety/risk/use-cases/sweep-overdue-risk-actions.ts';
import { useTestApp } from '../support/context.ts';
import { scratchPostgresDatabase, testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { setLoneWorkingMinutes, visitNotifications } from '../support/lone-working.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('the lone-working sweep on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const inMinutes = (minutes: number) => new Date(env().clock.now().getTime() + minutes * 60_000).toISOString();

  async function checkedInVisit(s: PathwayScheme): Promise<string> {
    const url = `${schemeApi(s)}/lone-working/visits`;
    const planned = await s.worker.request({
      method: 'POST',
      url,
      payload: {
        place: '3 Mill Lane, Leeds LS9 8AB',
        purpose: 'Home visit',
        plannedStart: inMinutes(1),
        expectedEnd: inMinutes(30),
        buddyId: s.otherWorker.userId,
        workerPhone: '07700 900123',
      },
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const id = planned.json<{ id: string }>().id;
    expect((await s.worker.request({ method: 'POST', url: `${url}/${id}/check-in` })).statusCode).toBe(200);
    return id;
  }

  it('takes the due step of a visit whose check job was lost, and only the due step', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await setLoneWorkingMinutes(ctx, s.scheme.id, 10, 10);
    const visitId = await checkedInVisit(s);
    // The visit's own check is lost (deleted by hand, or failed past its retries).
    await ctx.database.owner.query(
      "DELETE FROM pgboss.job WHERE name = 'lone-working.check' AND data->>'visitId' = $1",
      [visitId],
    );

    env().clock.advanceMinutes(35);
    await sweepOverdueVisits(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visitId)).toEqual([]);

    env().clock.advanceMinutes(6);
    await sweepOverdueVisits(ctx);
    const alerted = await visitNotifications(ctx, s.scheme.id, visitId);
    expect(alerted.map((n) => n.recipient_id).sort()).toEqual([s.otherWorker.userId, s.manager.userId].sort());

    // Swept again before the escalation interval: nothing more.
    await sweepOverdueVisits(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visitId)).toHaveLength(2);

    env().clock.advanceMinutes(11);
    await sweepOverdueVisits(ctx);
    const escalated = await visitNotifications(ctx, s.scheme.id, visitId);
    expect(escalated.length).toBeGreaterThan(2);
    expect(escalated.slice(2).every((n) => n.urgent && /ESCALATED/.test(n.subject))).toBe(true);
  });

  it('runs as the lone-working.sweep job through the queue, taking the due step of a visit whose check was lost', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    await setLoneWorkingMinutes(ctx, s.scheme.id, 10, 10);
    const visitId = await checkedInVisit(s);
    await ctx.database.owner.query(
      "DELETE FROM pgboss.job WHERE name = 'lone-working.check' AND data->>'visitId' = $1",
      [visitId],
    );
    env().clock.advanceMinutes(41);
    // What the timetable does every five minutes: queue the sweep job; the queue runs it.
    await ctx.jobs.send(ctx.db, LONE_WORKING_SWEEP_JOB, {});
    expect(await runJobsDue(ctx)).toBeGreaterThan(0);
    const alerted = await visitNotifications(ctx, s.scheme.id, visitId);
    expect(alerted.map((n) => [n.recipient_id, n.kind])).toEqual(
      expect.arrayContaining([
        [s.otherWorker.userId, 'lone-working.alert'],
        [s.manager.userId, 'lone-working.alert'],
      ]),
    );
    // The alert queued the next rung, so the ladder goes on without the sweep.
    expect((await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visitId)).toHaveLength(1);
  });

  it('is on the timetable of a server started as in production (linkwork start), every five minutes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-sweep-start-'));
    const scratch =
      target.name === 'postgres'
        ? await scratchPostgresDatabase(process.env.TEST_DATABASE_URL!, 'linkwork_sweep')
        : null;
    try {
      const { BASE_URL: _vite, TEST_DATABASE_URL: _test, ...inherited } = process.env;
      const serverEnv = {
        ...inherited,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        PORT: '0',
        HOST: '127.0.0.1',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_URL: scratch?.url ?? '',
        ...(scratch ? { SECRET_KEY: randomBytes(32).toString('base64') } : {}),
      };
      const server = spawn(process.execPath, ['bin/linkwork.js', 'start', '--no-demo'], { env: serverEnv });
      let output = '';
      const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 90_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Linkwork is running at (\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
      });
      // Serving: the server has finished starting (and its shutdown handlers are in place).
      expect((await fetch(`${url}/health`)).status).toBe(200);
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      const database = await openDatabase({ databaseUrl: scratch?.url ?? null, embeddedDir: dataDir });
      try {
        const { rows } = await database.owner.query<{ name: string; cron: string; timezone: string }>(
          'SELECT name, cron, timezone FROM pgboss.schedule',
        );
        expect(rows).toContainEqual(
          expect.objectContaining({
            name: LONE_WORKING_SWEEP_JOB,
            cron: RECURRING_JOBS[LONE_WORKING_SWEEP_JOB],
            timezone: 'Europe/London',
          }),
        );
        expect(RECURRING_JOBS[LONE_WORKING_SWEEP_JOB]).toBe('*/5 * * * *');
        // The overdue risk action sweep is on the same timetable, started by the same server.
        expect(rows).toContainEqual(
          expect.objectContaining({
            name: RISK_ACTION_SWEEP_JOB,
            cron: RECURRING_JOBS[RISK_ACTION_SWEEP_JOB],
            timezone: 'Europe/London',
          }),
        );
        expect(RECURRING_JOBS[RISK_ACTION_SWEEP_JOB]).toBe('*/5 * * * *');
      } finally {
        await database.close();
      }
    } finally {
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
