import { describe, expect, it } from 'vitest';
import { planVisit } from '../../src/modules/safety/lone-working/use-cases/plan-visit.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/safety/lone-working/visit-alerts.ts';
import { inScheme } from '../../src/modules/scheme/schemes/index.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import { testClock } from '../support/context.ts';
import { buildScheme, buildUser } from '../support/factories.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { restartablePlaces, useRestartableServer } from '../support/restart.ts';
import { visitNotifications } from '../support/lone-working.ts';

const places = restartablePlaces('restart');

describe.each(places)('the job queue across a restart on $name', ({ make }) => {
  const server = useRestartableServer();

  it('sends a missed check-out alert planned before the restart, exactly once, after it', async () => {
    await server.begin(make);
    const clock = testClock();
    const first = await server.start(clock);
    const scheme = await buildScheme(first.ctx);
    const worker = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id, name: 'Jordan Evans' });
    const buddy = await buildUser(first.ctx, { role: 'link_worker', schemeId: scheme.id });
    const manager = await buildUser(first.ctx, { role: 'scheme_manager', schemeId: scheme.id });
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
      requestId: 'job-queue-restart-test',
    };
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
    const visit = await planVisit(first.ctx, {
      ...(await inScheme(first.ctx, actor, scheme.slug!, 'lone-working.plan')),
      input: {
        place: '3 Mill Road',
        plannedStart: at(1),
        expectedEnd: at(30),
        buddyId: buddy.id,
        workerPhone: '07700 900111',
      },
    });
    expect(await waitingJobs(first.ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(1);

    // The server stops before the alert is due.
    await server.stop(first);

    clock.advanceMinutes(30 + 15 + 1);
    const second = await server.start(clock);
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
