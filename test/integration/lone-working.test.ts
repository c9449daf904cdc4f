import { afterEach, describe, expect, it } from 'vitest';
import { seedLoneWorking } from '../../src/modules/demo/seed-lone-working.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/lone-working/visit-alerts.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import { loneWorkingCounts, setLoneWorkingMinutes, visitNotifications } from '../support/lone-working.ts';
import {
  addSchemeMember, allocatedCase, buildPathwayScheme, expectFieldError, expectProblem, schemeApi, signInAgain, type PathwayScheme, type RoleClient,
} from '../support/pathway.ts';

interface Visit {
  id: string; status: string; version: number; alertLevel: number; alert: string; overdue: boolean; allowedActions: string[];
  expectedEnd: string; acknowledgement: { by: string; note: string } | null; timeline: { kind: string; text: string; by: string | null }[];
}

describe.each(testDatabaseTargets())('lone working on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  /** A time `minutes` from the test clock's now, as the API takes it. */
  const inMinutes = (minutes: number) => new Date(env().clock.now().getTime() + minutes * 60_000).toISOString();
  const visitsUrl = (s: PathwayScheme) => `${schemeApi(s)}/lone-working/visits`;

  /** A scheme with grace 15 and escalation 10 minutes; the worker's buddy is the other link worker. */
  async function scheme() {
    const s = await buildPathwayScheme(env().ctx, env().app);
    await setLoneWorkingMinutes(env().ctx, s.scheme.id, 15, 10);
    return s;
  }

  const plan = (s: PathwayScheme, overrides: Record<string, unknown> = {}, who: RoleClient = s.worker) => who.request({
    method: 'POST', url: visitsUrl(s),
    payload: { place: '14 Canal Street, Leeds LS2 7QA', purpose: 'First home visit', plannedStart: inMinutes(5), expectedEnd: inMinutes(65), buddyId: s.otherWorker.userId, workerPhone: '07700 900456', ...overrides },
  });

  async function planned(s: PathwayScheme, overrides: Record<string, unknown> = {}): Promise<Visit> {
    const response = await plan(s, overrides);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Visit>();
  }

  const act = (s: PathwayScheme, who: RoleClient, id: string, action: string, payload?: Record<string, unknown>) =>
    who.request({ method: 'POST', url: `${visitsUrl(s)}/${id}/${action}`, ...(payload ? { payload } : {}) });
  const get = (s: PathwayScheme, who: RoleClient, id: string) => who.request({ method: 'GET', url: `${visitsUrl(s)}/${id}` });

  /** Moves the clock on and signs everyone in again (sessions time out as the clock moves). */
  async function later(s: PathwayScheme, minutes: number): Promise<PathwayScheme> {
    env().clock.advanceMinutes(minutes);
    const again = (c: RoleClient) => signInAgain(env().app, c);
    return { ...s, worker: await again(s.worker), otherWorker: await again(s.otherWorker), manager: await again(s.manager), supervisor: await again(s.supervisor), referrer: await again(s.referrer) };
  }

  it('refuses a plan with a problem in any field, naming the field, and writes nothing', async () => {
    const { ctx, app } = env();
    const s = await scheme();
    const someoneElsesCase = await allocatedCase(s, { workerId: s.otherWorker.userId });
    const before = await loneWorkingCounts(ctx, s.scheme.id);
    const jobsBefore = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).length;

    expectFieldError(await plan(s, { place: '   ' }), 'place');
    expectFieldError(await plan(s, { plannedStart: 'next Tuesday' }), 'plannedStart');
    expect(expectFieldError(await plan(s, { plannedStart: inMinutes(-60), expectedEnd: inMinutes(30) }), 'plannedStart').message).toMatch(/more than 15 minutes ago/);
    expect(expectFieldError(await plan(s, { expectedEnd: inMinutes(5) }), 'expectedEnd').message).toMatch(/not after the start/);
    expectFieldError(await plan(s, { expectedEnd: inMinutes(5 + 13 * 60) }), 'expectedEnd');
    expect(expectFieldError(await plan(s, { buddyId: s.worker.userId }), 'buddyId').message).toMatch(/own buddy/);
    expectFieldError(await plan(s, { buddyId: s.referrer.userId }), 'buddyId');
    expectFieldError(await plan(s, { buddyId: 'not-a-person' }), 'buddyId');
    const other = await buildPathwayScheme(ctx, app);
    expectFieldError(await plan(s, { buddyId: other.worker.userId }), 'buddyId');
    expectFieldError(await plan(s, { workerPhone: '' }), 'workerPhone');
    expectFieldError(await plan(s, { caseId: someoneElsesCase.caseId }), 'caseId');
    // Several problems at once are all reported.
    const many = expectProblem(await plan(s, { place: '', workerPhone: 'none', buddyId: s.worker.userId }), 400, 'validation-failed');
    expect(many.errors?.map((e) => e.field).sort()).toEqual(['buddyId', 'place', 'workerPhone']);
    expectProblem(await plan(s, {}, s.referrer), 403, 'forbidden');

    expect(await loneWorkingCounts(ctx, s.scheme.id)).toEqual(before);
    expect(await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(jobsBefore);
  });

  it('plans a visit for one of the worker\'s cases, checks in and out, and a check-out before the deadline leaves the overdue check with nothing to do', async () => {
    const { ctx } = env();
    let s = await scheme();
    const { caseId } = await allocatedCase(s);
    const visit = await planned(s, { caseId });
    expect(visit).toMatchObject({ status: 'planned', alertLevel: 0, alert: 'none', overdue: false, allowedActions: ['check-in', 'check-out', 'extend', 'cancel'] });
    const jobs = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.startAfter.toISOString()).toBe(new Date(new Date(visit.expectedEnd).getTime() + 15 * 60_000).toISOString());

    // The buddy and the manager can see it; other people cannot; only the worker works it.
    expect((await get(s, s.otherWorker, visit.id)).statusCode).toBe(200);
    expect((await get(s, s.manager, visit.id)).json<Visit>().allowedActions).toEqual([]);
    const stranger = await addSchemeMember(ctx, env().app, s.scheme.id, 'link_worker');
    expectProblem(await get(s, stranger, visit.id), 404, 'not-found');
    expectProblem(await act(s, s.otherWorker, visit.id, 'check-in'), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, env().app);
    expectProblem(await other.manager.request({ method: 'GET', url: `${visitsUrl(other)}/${visit.id}` }), 404, 'not-found');

    s = await later(s, 5);
    const checkedIn = await act(s, s.worker, visit.id, 'check-in');
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json<Visit>()).toMatchObject({ status: 'checked_in', allowedActions: ['check-out', 'extend'] });
    expectProblem(await act(s, s.worker, visit.id, 'check-in'), 409, 'illegal-transition');

    s = await later(s, 50);
    const out = await act(s, s.worker, visit.id, 'check-out');
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json<Visit>()).toMatchObject({ status: 'checked_out', alert: 'none' });
    expect(out.json<Visit>().timeline.map((e) => e.kind)).toEqual(['planned', 'checked_in', 'checked_out']);

    await later(s, 60);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);
    expect((await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id)).toEqual([]);
  });

  it('alerts the buddy and the managers when the check-out is missed, escalates while nobody acknowledges, and stops when the buddy does', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s);
    await act(s, s.worker, visit.id, 'check-in');

    // Just inside the grace period: nothing yet.
    s = await later(s, 65 + 14);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);

    s = await later(s, 2);
    await runJobsDue(ctx);
    const alerts = await visitNotifications(ctx, s.scheme.id, visit.id);
    expect(alerts.map((n) => n.recipient_id).sort()).toEqual([s.otherWorker.userId, s.manager.userId].sort());
    for (const n of alerts) {
      expect(n).toMatchObject({ kind: 'lone-working.alert', urgent: true, link: `/lone-working/${visit.id}` });
      expect(n.subject).toMatch(/has not checked out/);
      expect(n.body).toContain('07700 900456');
      expect(n.body).not.toContain('Canal Street');
    }
    let seen = (await get(s, s.manager, visit.id)).json<Visit>();
    expect(seen).toMatchObject({ alertLevel: 1, alert: 'active', overdue: true, allowedActions: ['acknowledge'] });

    // The buddy's board shows it first; the worker cannot acknowledge their own alert.
    await planned(s, { buddyId: s.otherWorker.userId });
    const board = await s.otherWorker.request({ method: 'GET', url: `${visitsUrl(s)}/team` });
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json<{ visits: Visit[] }>().visits[0]).toMatchObject({ id: visit.id, overdue: true, alert: 'active' });
    expectProblem(await act(s, s.worker, visit.id, 'acknowledge', { note: 'I am fine' }), 403, 'forbidden');

    // Running the queue again before the interval does nothing more.
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toHaveLength(2);

    s = await later(s, 10);
    await runJobsDue(ctx);
    const escalated = (await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.escalated');
    expect(escalated.map((n) => n.recipient_id).sort()).toEqual([s.otherWorker.userId, s.manager.userId].sort());
    expect(escalated[0]!.subject).toMatch(/^ESCALATED: no one has acknowledged/);
    expect(escalated.every((n) => n.urgent)).toBe(true);

    expectFieldError(await act(s, s.otherWorker, visit.id, 'acknowledge', { note: '  ' }), 'note');
    const ack = await act(s, s.otherWorker, visit.id, 'acknowledge', { note: 'Called Jordan, she is safe, phone had died' });
    expect(ack.statusCode, ack.body).toBe(200);
    seen = ack.json<Visit>();
    expect(seen).toMatchObject({ alertLevel: 2, alert: 'acknowledged', acknowledgement: { note: 'Called Jordan, she is safe, phone had died' } });
    expect(seen.timeline.map((e) => e.kind)).toEqual(['planned', 'checked_in', 'alerted', 'escalated', 'acknowledged']);
    expectProblem(await act(s, s.manager, visit.id, 'acknowledge', { note: 'Me too' }), 409, 'illegal-transition');
    const count = (await visitNotifications(ctx, s.scheme.id, visit.id)).length;

    s = await later(s, 60);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toHaveLength(count);
    expect((await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id)).toEqual([]);
  });

  it('escalates up to level 4, then keeps a final record and leaves the visit overdue on the team board', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s);
    s = await later(s, 65 + 15);
    for (let i = 0; i < 6; i += 1) {
      await runJobsDue(ctx);
      s = await later(s, 10);
    }
    const kinds = (await visitNotifications(ctx, s.scheme.id, visit.id)).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'lone-working.alert')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'lone-working.escalated')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'lone-working.escalation-ended')).toHaveLength(2);
    const seen = (await get(s, s.manager, visit.id)).json<Visit>();
    expect(seen).toMatchObject({ alertLevel: 4, alert: 'active', overdue: true });
    expect(seen.timeline.map((e) => e.kind)).toEqual(['planned', 'alerted', 'escalated', 'escalated', 'escalated', 'escalation_ended']);
    const board = (await s.manager.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{ visits: Visit[] }>();
    expect(board.visits[0]).toMatchObject({ id: visit.id, overdue: true, alert: 'active' });
    expect((await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id)).toEqual([]);
  });

  it('an extension makes the old check do nothing; the new one alerts at the new end plus grace', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s);
    await act(s, s.worker, visit.id, 'check-in');
    s = await later(s, 60);
    expectFieldError(await act(s, s.worker, visit.id, 'extend', { version: visit.version + 1, expectedEnd: inMinutes(-1) }), 'expectedEnd');
    const current = (await get(s, s.worker, visit.id)).json<Visit>();
    const extended = await act(s, s.worker, visit.id, 'extend', { version: current.version, expectedEnd: inMinutes(45), reason: 'Longer than expected' });
    expect(extended.statusCode, extended.body).toBe(200);
    expectProblem(await act(s, s.worker, visit.id, 'extend', { version: current.version, expectedEnd: inMinutes(50) }), 409, 'edit-conflict');

    // Past the old end plus grace: the old check runs and does nothing.
    s = await later(s, 25);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);

    s = await later(s, 40);
    await runJobsDue(ctx);
    const alerts = await visitNotifications(ctx, s.scheme.id, visit.id);
    expect(alerts.map((n) => n.kind)).toEqual(['lone-working.alert', 'lone-working.alert']);
  });

  it('a late check-out clears the alert, tells the buddy and managers the worker is safe, and stops the escalation', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s);
    s = await later(s, 65 + 16);
    await runJobsDue(ctx);
    const out = await act(s, s.worker, visit.id, 'check-out');
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json<Visit>()).toMatchObject({ status: 'checked_out', alert: 'cleared', overdue: false });
    const cleared = (await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.cleared');
    expect(cleared.map((n) => n.recipient_id).sort()).toEqual([s.otherWorker.userId, s.manager.userId].sort());
    expect(cleared[0]!.subject).toMatch(/checked out and is safe/);

    s = await later(s, 30);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.escalated')).toEqual([]);
  });

  it('lists my visits and the team board by role: monitors see the scheme, buddies only the visits they buddy', async () => {
    const s = await scheme();
    const mine = await planned(s);
    const cancelledVisit = await planned(s, { buddyId: s.manager.userId });
    const cancelled = await act(s, s.worker, cancelledVisit.id, 'cancel', { version: cancelledVisit.version, reason: 'Person asked to meet at the surgery' });
    expect(cancelled.json<Visit>()).toMatchObject({ status: 'cancelled', allowedActions: [] });

    const list = (await s.worker.request({ method: 'GET', url: `${visitsUrl(s)}/mine` })).json<{ visits: Visit[]; graceMinutes: number }>();
    expect(list.visits.map((v) => v.id).sort()).toEqual([mine.id, cancelledVisit.id].sort());
    expect(list.graceMinutes).toBe(15);
    const supervisorBoard = (await s.supervisor.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{ visits: Visit[] }>();
    expect(supervisorBoard.visits.map((v) => v.id).sort()).toEqual([mine.id, cancelledVisit.id].sort());
    const buddyBoard = (await s.otherWorker.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{ visits: Visit[] }>();
    expect(buddyBoard.visits.map((v) => v.id)).toEqual([mine.id]);
    expectProblem(await s.referrer.request({ method: 'GET', url: `${visitsUrl(s)}/team` }), 403, 'forbidden');
  });

  it('seeds the demo\'s visits through the use cases: one done, one missed and acknowledged, one tomorrow; their old checks then do nothing', async () => {
    const { ctx } = env();
    const s = await scheme();
    for (const [email, role] of [['worker@demo.example.org', 'link_worker'], ['worker2@demo.example.org', 'link_worker']] as const) {
      const user = await ctx.db.insertInto('users').values({ email, name: email, password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
      await ctx.db.insertInto('memberships').values({ user_id: user.id, role, scheme_id: s.scheme.id }).execute();
    }
    expect(await seedLoneWorking(ctx, s.scheme.slug)).toEqual({ visits: 3 });
    const visits = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.selectFrom('lone_working_visits').select(['id', 'status', 'alert_level', 'acknowledged_at']).orderBy('planned_start').execute());
    expect(visits.map((v) => [v.status, v.alert_level, v.acknowledged_at !== null])).toEqual([['checked_out', 0, false], ['checked_out', 1, true], ['planned', 0, false]]);
    const missed = visits[1]!.id;
    const before = await visitNotifications(ctx, s.scheme.id, missed);
    expect(before.map((n) => n.kind)).toContain('lone-working.alert');
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, missed)).toHaveLength(before.length);
  });

  it('keeps visits to their scheme in the database too, and their timeline append-only', async () => {
    const { ctx, app } = env();
    const s = await scheme();
    const visit = await planned(s);
    const other = await buildPathwayScheme(ctx, app);
    const fromOther = await inSchemeTransaction(ctx.db, other.scheme.id, (trx) => trx.selectFrom('lone_working_visits').select('id').where('id', '=', visit.id).execute());
    expect(fromOther).toEqual([]);
    await expect(inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.updateTable('lone_working_events').set({ detail: 'rewritten' }).where('visit_id', '=', visit.id).execute())).rejects.toThrow(/permission denied/);
    await expect(inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.deleteFrom('lone_working_events').where('visit_id', '=', visit.id).execute())).rejects.toThrow(/permission denied/);
    await expect(inSchemeTransaction(ctx.db, s.scheme.id, (trx) => trx.deleteFrom('lone_working_visits').where('id', '=', visit.id).execute())).rejects.toThrow(/permission denied/);
  });

  it('a check that falls due early because the grace period was lengthened waits for the new time rather than giving up', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s);
    await setLoneWorkingMinutes(ctx, s.scheme.id, 30, 10);
    s = await later(s, 65 + 16);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);
    const waiting = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id);
    expect(waiting.map((j) => j.startAfter.toISOString())).toEqual([new Date(new Date(visit.expectedEnd).getTime() + 30 * 60_000).toISOString()]);
    s = await later(s, 15);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, visit.id)).map((n) => n.kind)).toEqual(['lone-working.alert', 'lone-working.alert']);
  });
});
