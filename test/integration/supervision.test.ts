import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { addDays, londonDate } from '../../src/platform/london-time.ts';
import { SUPERVISION_OVERDUE_JOB } from '../../src/modules/workforce/support/supervision-check.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { nameSupervisor, notificationsIn, supportRowCounts } from '../support/support.ts';

describe.each(testDatabaseTargets())('clinical supervision on $name', (target) => {
  const env = useTestApp(target);

  const sessionBody = (s: PathwayScheme, changes: Record<string, unknown> = {}) => ({
    workerId: s.worker.userId,
    heldOn: env().clock.today(-1),
    kind: 'clinical',
    notes: 'Talked about boundaries with a person who phones daily.',
    casesDiscussed: [],
    actions: [],
    ...changes,
  });
  const logSession = (s: PathwayScheme, by: RoleClient, changes: Record<string, unknown> = {}) =>
    by.request({ method: 'POST', url: `${schemeApi(s)}/supervision/sessions`, payload: sessionBody(s, changes) });
  const jobsFor = async (ctx: AppContext, workerId: string) =>
    (await waitingJobs(ctx, SUPERVISION_OVERDUE_JOB)).filter((j) => j.data.workerId === workerId);

  it('logs a session by the named supervisor, with notes, cases and actions only the worker and supervisor can read', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const { caseId } = await allocatedCase(s);
    const secret = 'Feeling out of my depth with one family.';
    const logged = await logSession(s, s.supervisor, {
      notes: secret,
      casesDiscussed: [caseId],
      actions: [
        { description: 'Book counselling skills refresher', ownerId: s.worker.userId, dueOn: env().clock.today(14) },
      ],
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const id = logged.json().id;
    expect(logged.json()).toMatchObject({
      workerId: s.worker.userId,
      supervisorId: s.supervisor.userId,
      kind: 'clinical',
      notes: secret,
      confidential: false,
      casesDiscussed: [{ id: caseId }],
    });

    const workerView = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/supervision/sessions/${id}` });
    expect(workerView.json()).toMatchObject({
      notes: secret,
      actions: [{ description: 'Book counselling skills refresher', done: false }],
    });
    const managerView = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/supervision/sessions/${id}` });
    expect(managerView.statusCode).toBe(200);
    expect(managerView.json()).toMatchObject({
      confidential: true,
      notes: null,
      casesDiscussed: null,
      actions: null,
      heldOn: sessionBody(s).heldOn,
    });
    expect(managerView.body).not.toContain(secret);
    const managerHistory = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/supervision/workers/${s.worker.userId}`,
    });
    expect(managerHistory.json()).toMatchObject({
      sessions: [{ id, confidential: true }],
      actions: [],
      canRecord: true,
    });
    const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    for (const who of [s.otherWorker, otherSupervisor]) {
      expectProblem(
        await who.request({ method: 'GET', url: `${schemeApi(s)}/supervision/sessions/${id}` }),
        404,
        'not-found',
      );
      expectProblem(
        await who.request({ method: 'GET', url: `${schemeApi(s)}/supervision/workers/${s.worker.userId}` }),
        404,
        'not-found',
      );
    }
    expectProblem(
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/supervision/sessions/${id}` }),
      403,
      'forbidden',
    );
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('audit_log').select(['action', 'detail']).where('record_id', '=', id).execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['supervision.record']);
    expect(JSON.stringify(audit)).not.toContain(secret);

    const actionId = workerView.json().actions[0].id;
    expectProblem(
      await s.manager.request({ method: 'POST', url: `${schemeApi(s)}/supervision/actions/${actionId}/done` }),
      404,
      'not-found',
    );
    expect(
      (await s.worker.request({ method: 'POST', url: `${schemeApi(s)}/supervision/actions/${actionId}/done` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/supervision/sessions/${id}` })).json()
        .actions[0].done,
    ).toBe(true);
  });

  it("lets a manager log supervision too, but not a supervisor who is not the worker's, nor the worker", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    const before = await supportRowCounts(ctx, s.scheme.id);
    expectProblem(await logSession(s, otherSupervisor), 403, 'forbidden');
    expectProblem(await logSession(s, s.worker), 403, 'forbidden');
    expectProblem(await logSession(s, s.referrer), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await logSession(s, other.manager), 403, 'forbidden');
    expectProblem(
      await app.inject({ method: 'POST', url: `${schemeApi(s)}/supervision/sessions`, payload: sessionBody(s) }),
      401,
      'unauthenticated',
    );
    expect(await supportRowCounts(ctx, s.scheme.id)).toEqual(before);
    const byManager = await logSession(s, s.manager, { kind: 'managerial' });
    expect(byManager.statusCode, byManager.body).toBe(201);
    expect(byManager.json()).toMatchObject({ supervisorId: s.manager.userId, notes: expect.any(String) });
    // The named supervisor did not hold that one: they see only that it happened.
    expect(
      (
        await s.supervisor.request({
          method: 'GET',
          url: `${schemeApi(s)}/supervision/sessions/${byManager.json().id}`,
        })
      ).json(),
    ).toMatchObject({ confidential: true, notes: null });
  });

  it('refuses a session that does not make sense, naming the field, and changes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    await nameSupervisor(s, s.otherWorker);
    const { caseId: othersCase } = await allocatedCase(s, { workerId: s.otherWorker.userId });
    const before = await supportRowCounts(ctx, s.scheme.id);
    const action = {
      description: 'Read the lone working policy',
      ownerId: s.worker.userId,
      dueOn: env().clock.today(7),
    };
    expectFieldError(await logSession(s, s.supervisor, { heldOn: env().clock.today(3) }), 'heldOn');
    expectFieldError(await logSession(s, s.supervisor, { heldOn: '2026-02-30' }), 'heldOn');
    expectFieldError(await logSession(s, s.supervisor, { heldOn: 'yesterday' }), 'heldOn');
    expectFieldError(await logSession(s, s.supervisor, { kind: 'chat' }), 'kind');
    expectFieldError(await logSession(s, s.supervisor, { casesDiscussed: [othersCase] }), 'casesDiscussed.0');
    expectFieldError(
      await logSession(s, s.supervisor, { actions: [{ ...action, description: '  ' }] }),
      'actions.0.description',
    );
    expectFieldError(
      await logSession(s, s.supervisor, { actions: [{ ...action, ownerId: s.manager.userId }] }),
      'actions.0.ownerId',
    );
    expectFieldError(
      await logSession(s, s.supervisor, { actions: [{ ...action, dueOn: '2026-13-01' }] }),
      'actions.0.dueOn',
    );
    expectFieldError(await logSession(s, s.supervisor, { workerId: s.manager.userId }), 'workerId');
    expect(await supportRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('reads "today" on the London calendar: a session held today, logged at 00:30 BST (still yesterday in UTC), is not in the future', async () => {
    const { app, ctx, clock } = env();
    // 28 June next year at 00:30 BST is 27 June 23:30 UTC: always summer time, always ahead of the clock.
    const year = clock.now().getUTCFullYear() + 1;
    clock.advanceMinutes((Date.UTC(year, 5, 27, 23, 30) - clock.now().getTime()) / 60_000);
    try {
      const s = await buildPathwayScheme(ctx, app);
      await nameSupervisor(s, s.worker);
      expect(clock.today()).toBe(`${year}-06-28`);
      const logged = await logSession(s, s.supervisor, { heldOn: `${year}-06-28` });
      expect(logged.statusCode, logged.body).toBe(201);
      expect(
        expectFieldError(await logSession(s, s.supervisor, { heldOn: `${year}-06-29` }), 'heldOn').message,
      ).toMatch(/future/);
    } finally {
      clock.reset();
    }
  });

  it('flags overdue supervision to the worker, supervisor and manager, once per overdue period, and clears it when a session is logged', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const startedOn = clock.today(-40);
    await nameSupervisor(s, s.worker, s.supervisor.userId, { startedOn, supervisionCadenceDays: 28 });
    const overview = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/supervision` });
    expect(overview.json().me).toMatchObject({
      supervisorId: s.supervisor.userId,
      cadenceDays: 28,
      lastHeldOn: null,
      dueOn: addDays(startedOn, 28),
      overdue: true,
    });
    const supervisorView = (await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/supervision` })).json();
    expect(supervisorView.supervisees).toEqual([expect.objectContaining({ workerId: s.worker.userId, overdue: true })]);
    expect(
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/supervision` }))
        .json()
        .supervisees.map((w: { workerId: string }) => w.workerId)
        .sort(),
    ).toEqual([s.worker.userId, s.otherWorker.userId].sort());
    const checks = await jobsFor(ctx, s.worker.userId);
    expect(checks).toHaveLength(1);

    // On to the morning check, wherever in the day (and in the London day) the test started.
    clock.advanceMinutes((checks[0]!.startAfter.getTime() - clock.now().getTime()) / 60_000 + 1);
    try {
      await runJobsDue(ctx);
      const told = (await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'supervision.overdue');
      expect(told.map((n) => n.recipient_id).sort()).toEqual(
        [s.worker.userId, s.supervisor.userId, s.manager.userId].sort(),
      );
      clock.advanceMinutes(24 * 60);
      await runJobsDue(ctx);
      expect((await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'supervision.overdue')).toHaveLength(3);
      expect(await jobsFor(ctx, s.worker.userId)).toHaveLength(1);
    } finally {
      clock.reset();
    }
    const supervisor = s.supervisor;
    expect((await logSession(s, supervisor)).statusCode).toBe(201);
    const after = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/supervision` })).json().me;
    expect(after).toMatchObject({ lastHeldOn: sessionBody(s).heldOn, overdue: false });
    const waiting = await jobsFor(ctx, s.worker.userId);
    expect(waiting.map((j) => londonDate(j.startAfter))).toContain(addDays(after.dueOn, 1));
  });
});
