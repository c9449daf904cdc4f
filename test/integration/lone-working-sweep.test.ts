import { afterEach, describe, expect, it } from 'vitest';
import { RECURRING_JOBS } from '../../src/jobs.ts';
import { sweepOverdueVisits } from '../../src/modules/lone-working/use-cases/sweep-overdue-visits.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { setLoneWorkingMinutes, visitNotifications } from '../support/lone-working.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('the lone-working sweep on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const inMinutes = (minutes: number) => new Date(env().clock.now().getTime() + minutes * 60_000).toISOString();

  async function checkedInVisit(s: PathwayScheme): Promise<string> {
    const url = `${schemeApi(s)}/lone-working/visits`;
    const planned = await s.worker.request({
      method: 'POST', url,
      payload: { place: '3 Mill Lane, Leeds LS9 8AB', purpose: 'Home visit', plannedStart: inMinutes(1), expectedEnd: inMinutes(30), buddyId: s.otherWorker.userId, workerPhone: '07700 900123' },
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
    await ctx.database.owner.query("DELETE FROM pgboss.job WHERE name = 'lone-working.check' AND data->>'visitId' = $1", [visitId]);

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

  it('is on the server\'s timetable every five minutes', async () => {
    const { ctx } = env();
    await ctx.jobs.start(RECURRING_JOBS);
    const { rows } = await ctx.database.owner.query<{ name: string; cron: string }>('SELECT name, cron FROM pgboss.schedule');
    await ctx.jobs.stop();
    expect(rows).toContainEqual(expect.objectContaining({ name: 'lone-working.sweep', cron: '*/5 * * * *' }));
  });
});
