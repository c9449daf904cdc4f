import { describe, expect, it } from 'vitest';
import { checkIn } from '../../src/modules/safety/lone-working/use-cases/check-in.ts';
import { planVisit } from '../../src/modules/safety/lone-working/use-cases/plan-visit.ts';
import { requestHelp } from '../../src/modules/safety/lone-working/use-cases/request-help.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/safety/lone-working/visit-alerts.ts';
import { inScheme } from '../../src/modules/scheme/schemes/index.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import { testClock } from '../support/context.ts';
import { buildScheme, buildUser } from '../support/factories.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { restartablePlaces, useRestartableServer } from '../support/restart.ts';
import { nameSafetyContacts, setLoneWorkingMinutes, visitNotifications } from '../support/lone-working.ts';

const places = restartablePlaces('help-restart');

describe.each(places)('a call for help across a restart on $name', ({ make }) => {
  const server = useRestartableServer();

  it('keeps escalating after the server restarts: the next rung is a queued job, not a timer in memory', async () => {
    await server.begin(make);
    const clock = testClock();
    const first = await server.start(clock);
    const scheme = await buildScheme(first.ctx);
    const worker = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id, name: 'Jordan Evans' });
    const buddy = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id });
    const manager = await buildUser(first.ctx, { role: 'scheme_manager', schemeId: scheme.id });
    const supervisor = await buildUser(first.ctx, { role: 'supervisor', schemeId: scheme.id });
    const lead = await buildUser(first.ctx, { role: 'supervisor', schemeId: scheme.id });
    await setLoneWorkingMinutes(first.ctx, scheme.id, 15, 10);
    await nameSafetyContacts(first.ctx, scheme.id, {
      workerId: worker.id,
      supervisorId: supervisor.id,
      safeguardingLeadId: lead.id,
    });
    const actor: UserActor = {
      kind: 'user',
      userId: worker.id,
      name: 'Jordan Evans',
      email: worker.email,
      sessionId: 'test',
      role: 'link_worker',
      membershipId: worker.membershipId,
      schemeId: scheme.id,
      schemeSlug: scheme.slug,
      organisationId: null,
      requestId: 'lone-working-help-restart-test',
    };
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
    const onVisits = await inScheme(first.ctx, actor, scheme.slug!, 'lone-working.plan');
    const visit = await planVisit(first.ctx, {
      ...onVisits,
      input: {
        place: '3 Mill Road, Lakeside LK1 2ZR',
        plannedStart: at(0),
        expectedEnd: at(180),
        buddyId: buddy.id,
        workerPhone: '07700 900111',
      },
    });
    await checkIn(first.ctx, { ...onVisits, id: visit.id });
    await requestHelp(first.ctx, { ...onVisits, id: visit.id });
    const helped = await visitNotifications(first.ctx, scheme.id, visit.id);
    expect(helped.map((n) => n.recipient_id).sort()).toEqual([buddy.id, manager.id, supervisor.id].sort());
    expect(helped.every((n) => n.kind === 'lone-working.help' && n.urgent)).toBe(true);

    // The server stops before the next rung is due.
    await server.stop(first);

    clock.advanceMinutes(11);
    const second = await server.start(clock);
    // The help ladder's next rung (level 1, due 10 minutes after the call) is a row that survived; the
    // overdue checks for the expected end (level 0) are there too, for later.
    expect(
      (await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB))
        .filter((j) => j.data.visitId === visit.id && Number(j.data.level) > 0)
        .map((j) => j.data.level),
    ).toEqual([1]);
    await runJobsDue(second.ctx);
    const escalated = (await visitNotifications(second.ctx, scheme.id, visit.id)).filter(
      (n) => n.kind === 'lone-working.escalated',
    );
    // Level 2, long before the visit's expected end: the safeguarding lead is told as well.
    expect(escalated.map((n) => n.recipient_id).sort()).toEqual([buddy.id, manager.id, supervisor.id, lead.id].sort());
    expect(
      (await waitingJobs(second.ctx, LONE_WORKING_CHECK_JOB))
        .filter((j) => j.data.visitId === visit.id && Number(j.data.level) > 0)
        .map((j) => j.data.level),
    ).toEqual([2]);
  }, 90_000);
});
