import { afterEach, describe, expect, it } from 'vitest';
import { seedLoneWorking } from '../../src/demo/seed-lone-working.ts';
import { sweepOverdueVisits } from '../../src/modules/safety/lone-working/use-cases/sweep-overdue-visits.ts';
import { LONE_WORKING_CHECK_JOB } from '../../src/modules/safety/lone-working/visit-alerts.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import {
  loneWorkingCounts,
  nameSafetyContacts,
  setCheckInWindow,
  setLoneWorkingMinutes,
  visitNotifications,
} from '../support/lone-working.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

interface Visit {
  id: string;
  status: string;
  version: number;
  alertLevel: number;
  alert: string;
  overdue: boolean;
  allowedActions: string[];
  plannedStart: string;
  expectedEnd: string;
  acknowledgement: { by: string; note: string } | null;
  timeline: { kind: string; text: string; by: string | null }[];
}

describe.each(testDatabaseTargets())('lone working on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  /** A time `minutes` from the test clock's now, as the API takes it. */
  const inMinutes = (minutes: number) => new Date(env().clock.now().getTime() + minutes * 60_000).toISOString();
  const at = (iso: string) => new Date(iso).getTime();
  const visitsUrl = (s: PathwayScheme) => `${schemeApi(s)}/lone-working/visits`;

  type Scheme = PathwayScheme & { lead: RoleClient };

  /**
   * A scheme with grace 15 and escalation 10 minutes; the worker's buddy is the other link worker.
   * The worker's supervisor and the scheme's safeguarding lead (a second supervisor) are named, so
   * every test shows who each alert reaches.
   */
  async function scheme(): Promise<Scheme> {
    const s = await buildPathwayScheme(env().ctx, env().app);
    const lead = await addSchemeMember(env().ctx, env().app, s.scheme.id, 'supervisor');
    await setLoneWorkingMinutes(env().ctx, s.scheme.id, 15, 10);
    await nameSafetyContacts(env().ctx, s.scheme.id, {
      workerId: s.worker.userId,
      supervisorId: s.supervisor.userId,
      safeguardingLeadId: lead.userId,
    });
    return { ...s, lead };
  }
  /** Level 1: the buddy, the managers and the worker's supervisor. */
  const levelOne = (s: Scheme) => [s.otherWorker.userId, s.manager.userId, s.supervisor.userId].sort();
  /** From level 2: the safeguarding lead too. */
  const levelTwo = (s: Scheme) => [...levelOne(s), s.lead.userId].sort();

  const plan = (s: PathwayScheme, overrides: Record<string, unknown> = {}, who: RoleClient = s.worker) =>
    who.request({
      method: 'POST',
      url: visitsUrl(s),
      payload: {
        place: '14 Canal Street, Leeds LS2 7QA',
        purpose: 'First home visit',
        plannedStart: inMinutes(5),
        expectedEnd: inMinutes(65),
        buddyId: s.otherWorker.userId,
        workerPhone: '07700 900456',
        ...overrides,
      },
    });

  async function planned(s: PathwayScheme, overrides: Record<string, unknown> = {}): Promise<Visit> {
    const response = await plan(s, overrides);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Visit>();
  }

  const act = (s: PathwayScheme, who: RoleClient, id: string, action: string, payload?: Record<string, unknown>) =>
    who.request({ method: 'POST', url: `${visitsUrl(s)}/${id}/${action}`, ...(payload ? { payload } : {}) });
  const get = (s: PathwayScheme, who: RoleClient, id: string) =>
    who.request({ method: 'GET', url: `${visitsUrl(s)}/${id}` });

  /** Moves the clock on and signs everyone in again (sessions time out as the clock moves). */
  async function later(s: Scheme, minutes: number): Promise<Scheme> {
    env().clock.advanceMinutes(minutes);
    const again = (c: RoleClient) => signInAgain(env().app, c);
    return {
      ...s,
      worker: await again(s.worker),
      otherWorker: await again(s.otherWorker),
      manager: await again(s.manager),
      supervisor: await again(s.supervisor),
      referrer: await again(s.referrer),
      lead: await again(s.lead),
    };
  }

  it('refuses a plan with a problem in any field, naming the field, and writes nothing', async () => {
    const { ctx, app } = env();
    const s = await scheme();
    const someoneElsesCase = await allocatedCase(s, { workerId: s.otherWorker.userId });
    const before = await loneWorkingCounts(ctx, s.scheme.id);
    const jobsBefore = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).length;

    expectFieldError(await plan(s, { place: '   ' }), 'place');
    expectFieldError(await plan(s, { plannedStart: 'next Tuesday' }), 'plannedStart');
    expect(
      expectFieldError(await plan(s, { plannedStart: inMinutes(-60), expectedEnd: inMinutes(30) }), 'plannedStart')
        .message,
    ).toMatch(/more than 15 minutes ago/);
    expect(expectFieldError(await plan(s, { expectedEnd: inMinutes(5) }), 'expectedEnd').message).toMatch(
      /not after the start/,
    );
    expectFieldError(await plan(s, { expectedEnd: inMinutes(5 + 13 * 60) }), 'expectedEnd');
    expect(expectFieldError(await plan(s, { buddyId: s.worker.userId }), 'buddyId').message).toMatch(/own buddy/);
    expectFieldError(await plan(s, { buddyId: s.referrer.userId }), 'buddyId');
    expectFieldError(await plan(s, { buddyId: 'not-a-person' }), 'buddyId');
    const other = await buildPathwayScheme(ctx, app);
    expectFieldError(await plan(s, { buddyId: other.worker.userId }), 'buddyId');
    expectFieldError(await plan(s, { workerPhone: '' }), 'workerPhone');
    expectFieldError(await plan(s, { caseId: someoneElsesCase.caseId }), 'caseId');
    // Several problems at once are all reported.
    const many = expectProblem(
      await plan(s, { place: '', workerPhone: 'none', buddyId: s.worker.userId }),
      400,
      'validation-failed',
    );
    expect(many.errors?.map((e) => e.field).sort()).toEqual(['buddyId', 'place', 'workerPhone']);
    expectProblem(await plan(s, {}, s.referrer), 403, 'forbidden');

    expect(await loneWorkingCounts(ctx, s.scheme.id)).toEqual(before);
    expect(await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(jobsBefore);
  });

  it("plans a visit for one of the worker's cases, checks in and out, and a check-out before the deadline leaves the overdue check with nothing to do", async () => {
    const { ctx } = env();
    let s = await scheme();
    const { caseId } = await allocatedCase(s);
    const visit = await planned(s, { caseId });
    expect(visit).toMatchObject({
      status: 'planned',
      alertLevel: 0,
      alert: 'none',
      overdue: false,
      allowedActions: ['check-in', 'check-out', 'extend', 'cancel', 'help'],
    });
    const jobs = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.startAfter.toISOString()).toBe(
      new Date(new Date(visit.expectedEnd).getTime() + 15 * 60_000).toISOString(),
    );

    // The buddy and the manager can see it; other people cannot; only the worker works it.
    expect((await get(s, s.otherWorker, visit.id)).statusCode).toBe(200);
    expect((await get(s, s.manager, visit.id)).json<Visit>().allowedActions).toEqual([]);
    const stranger = await addSchemeMember(ctx, env().app, s.scheme.id, 'link_worker');
    expectProblem(await get(s, stranger, visit.id), 404, 'not-found');
    expectProblem(await act(s, s.otherWorker, visit.id, 'check-in'), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, env().app);
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${visitsUrl(other)}/${visit.id}` }),
      404,
      'not-found',
    );

    s = await later(s, 5);
    const checkedIn = await act(s, s.worker, visit.id, 'check-in');
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json<Visit>()).toMatchObject({
      status: 'checked_in',
      allowedActions: ['check-out', 'extend', 'help'],
    });
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
    // Starting now and checked in at once: the expected end stays where it was planned.
    const visit = await planned(s, { plannedStart: inMinutes(0) });
    await act(s, s.worker, visit.id, 'check-in');

    // Just inside the grace period: nothing yet.
    s = await later(s, 65 + 14);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);

    s = await later(s, 2);
    await runJobsDue(ctx);
    const alerts = await visitNotifications(ctx, s.scheme.id, visit.id);
    // Level 1: the buddy, the manager and the worker's supervisor; not yet the safeguarding lead.
    expect(alerts.map((n) => n.recipient_id).sort()).toEqual(levelOne(s));
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
    expect(board.json<{ urgent: Visit[] }>().urgent[0]).toMatchObject({ id: visit.id, overdue: true, alert: 'active' });
    expectProblem(await act(s, s.worker, visit.id, 'acknowledge', { note: 'I am fine' }), 403, 'forbidden');

    // Running the queue again before the interval does nothing more.
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toHaveLength(3);

    s = await later(s, 10);
    await runJobsDue(ctx);
    const escalated = (await visitNotifications(ctx, s.scheme.id, visit.id)).filter(
      (n) => n.kind === 'lone-working.escalated',
    );
    // From level 2 the safeguarding lead is told as well.
    expect(escalated.map((n) => n.recipient_id).sort()).toEqual(levelTwo(s));
    expect(escalated[0]!.subject).toMatch(/^ESCALATED: no one has acknowledged/);
    expect(escalated.every((n) => n.urgent)).toBe(true);

    expectFieldError(await act(s, s.otherWorker, visit.id, 'acknowledge', { note: '  ' }), 'note');
    const ack = await act(s, s.otherWorker, visit.id, 'acknowledge', {
      note: 'Called Jordan, she is safe, phone had died',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    seen = ack.json<Visit>();
    expect(seen).toMatchObject({
      alertLevel: 2,
      alert: 'acknowledged',
      acknowledgement: { note: 'Called Jordan, she is safe, phone had died' },
    });
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
    expect(kinds.filter((k) => k === 'lone-working.alert')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'lone-working.escalated')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'lone-working.escalation-ended')).toHaveLength(4);
    const seen = (await get(s, s.manager, visit.id)).json<Visit>();
    expect(seen).toMatchObject({ alertLevel: 4, alert: 'active', overdue: true });
    expect(seen.timeline.map((e) => e.kind)).toEqual([
      'planned',
      'alerted',
      'escalated',
      'escalated',
      'escalated',
      'escalation_ended',
    ]);
    const board = (await s.manager.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{
      urgent: Visit[];
      visits: Visit[];
    }>();
    expect(board.urgent[0]).toMatchObject({ id: visit.id, overdue: true, alert: 'active' });
    expect(board.visits.map((v) => v.id)).not.toContain(visit.id);
    expect((await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).filter((j) => j.data.visitId === visit.id)).toEqual([]);
  });

  it('an extension makes the old check do nothing; the new one alerts at the new end plus grace', async () => {
    const { ctx } = env();
    let s = await scheme();
    // Starting now and checked in at once: the expected end stays where it was planned.
    const visit = await planned(s, { plannedStart: inMinutes(0) });
    await act(s, s.worker, visit.id, 'check-in');
    s = await later(s, 60);
    expectFieldError(
      await act(s, s.worker, visit.id, 'extend', { version: visit.version + 1, expectedEnd: inMinutes(-1) }),
      'expectedEnd',
    );
    const current = (await get(s, s.worker, visit.id)).json<Visit>();
    const extended = await act(s, s.worker, visit.id, 'extend', {
      version: current.version,
      expectedEnd: inMinutes(45),
      reason: 'Longer than expected',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expectProblem(
      await act(s, s.worker, visit.id, 'extend', { version: current.version, expectedEnd: inMinutes(50) }),
      409,
      'edit-conflict',
    );

    // Past the old end plus grace: the old check runs and does nothing.
    s = await later(s, 25);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toEqual([]);

    s = await later(s, 40);
    await runJobsDue(ctx);
    const alerts = await visitNotifications(ctx, s.scheme.id, visit.id);
    expect(alerts.map((n) => n.kind)).toEqual(['lone-working.alert', 'lone-working.alert', 'lone-working.alert']);
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
    const cleared = (await visitNotifications(ctx, s.scheme.id, visit.id)).filter(
      (n) => n.kind === 'lone-working.cleared',
    );
    expect(cleared.map((n) => n.recipient_id).sort()).toEqual(levelOne(s));
    expect(cleared[0]!.subject).toMatch(/checked out and is safe/);

    s = await later(s, 30);
    await runJobsDue(ctx);
    expect(
      (await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.escalated'),
    ).toEqual([]);
  });

  it('lists my visits and the team board by role: monitors see the scheme, buddies only the visits they buddy', async () => {
    const s = await scheme();
    const mine = await planned(s);
    const cancelledVisit = await planned(s, { buddyId: s.manager.userId });
    const cancelled = await act(s, s.worker, cancelledVisit.id, 'cancel', {
      version: cancelledVisit.version,
      reason: 'Person asked to meet at the surgery',
    });
    expect(cancelled.json<Visit>()).toMatchObject({ status: 'cancelled', allowedActions: [] });

    const list = (await s.worker.request({ method: 'GET', url: `${visitsUrl(s)}/mine` })).json<{
      visits: Visit[];
      graceMinutes: number;
    }>();
    expect(list.visits.map((v) => v.id).sort()).toEqual([mine.id, cancelledVisit.id].sort());
    expect(list.graceMinutes).toBe(15);
    const supervisorBoard = (await s.supervisor.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{
      urgent: Visit[];
      visits: Visit[];
      next: string | null;
    }>();
    // Nothing needs action: the planned visit, then the finished (cancelled) one.
    expect(supervisorBoard).toMatchObject({ urgent: [], next: null });
    expect(supervisorBoard.visits.map((v) => v.id)).toEqual([mine.id, cancelledVisit.id]);
    const buddyBoard = (await s.otherWorker.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{
      visits: Visit[];
    }>();
    expect(buddyBoard.visits.map((v) => v.id)).toEqual([mine.id]);
    expectFieldError(
      await s.supervisor.request({ method: 'GET', url: `${visitsUrl(s)}/team?after=not-a-cursor` }),
      'after',
    );
    expectProblem(await s.referrer.request({ method: 'GET', url: `${visitsUrl(s)}/team` }), 403, 'forbidden');
  });

  it("seeds the demo's visits through the use cases: one done, one missed and acknowledged, one tomorrow; their old checks then do nothing", async () => {
    const { ctx } = env();
    const s = await scheme();
    for (const [email, role] of [
      ['worker@demo.example.org', 'link_worker'],
      ['worker2@demo.example.org', 'link_worker'],
    ] as const) {
      const user = await ctx.db
        .insertInto('users')
        .values({ email, name: email, password_hash: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await ctx.db.insertInto('memberships').values({ user_id: user.id, role, scheme_id: s.scheme.id }).execute();
    }
    expect(await seedLoneWorking(ctx, s.scheme.slug)).toEqual({ visits: 3 });
    const visits = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('lone_working_visits')
        .select(['id', 'status', 'alert_level', 'acknowledged_at'])
        .orderBy('planned_start')
        .execute(),
    );
    expect(visits.map((v) => [v.status, v.alert_level, v.acknowledged_at !== null])).toEqual([
      ['checked_out', 0, false],
      ['checked_out', 1, true],
      ['planned', 0, false],
    ]);
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
    const fromOther = await inSchemeTransaction(ctx.db, other.scheme.id, (trx) =>
      trx.selectFrom('lone_working_visits').select('id').where('id', '=', visit.id).execute(),
    );
    expect(fromOther).toEqual([]);
    await expect(
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx.updateTable('lone_working_events').set({ detail: 'rewritten' }).where('visit_id', '=', visit.id).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx.deleteFrom('lone_working_events').where('visit_id', '=', visit.id).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx.deleteFrom('lone_working_visits').where('id', '=', visit.id).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
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
    expect(waiting.map((j) => j.startAfter.toISOString())).toEqual([
      new Date(new Date(visit.expectedEnd).getTime() + 30 * 60_000).toISOString(),
    ]);
    s = await later(s, 15);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, visit.id)).map((n) => n.kind)).toEqual([
      'lone-working.alert',
      'lone-working.alert',
      'lone-working.alert',
    ]);
  });

  it("refuses a check-in before the scheme's window or after the planned end, with the times and the way out, and writes nothing", async () => {
    const { ctx } = env();
    let s = await scheme();
    await setCheckInWindow(ctx, s.scheme.id, 30);
    // Tomorrow's visit (any time of day: the test clock's now plus a day).
    const tomorrow = await planned(s, { plannedStart: inMinutes(24 * 60), expectedEnd: inMinutes(25 * 60) });
    const soon = await planned(s, { plannedStart: inMinutes(45), expectedEnd: inMinutes(105) });
    expect(tomorrow.allowedActions).not.toContain('check-in');
    expect(
      (await get(s, s.worker, soon.id)).json<Visit & { checkIn: { from: string; until: string } }>().checkIn,
    ).toEqual({
      from: new Date(new Date(soon.plannedStart).getTime() - 30 * 60_000).toISOString(),
      until: soon.expectedEnd,
    });
    const before = await loneWorkingCounts(ctx, s.scheme.id);
    const jobsBefore = (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).length;

    const early = expectProblem(await act(s, s.worker, tomorrow.id, 'check-in'), 409, 'illegal-transition');
    expect(early.detail).toMatch(/planned for later: you can check in from \d\d:\d\d on .*start an unplanned visit/);
    expectProblem(await act(s, s.worker, soon.id, 'check-in'), 409, 'illegal-transition');
    expect(await loneWorkingCounts(ctx, s.scheme.id)).toEqual(before);
    expect(await waitingJobs(ctx, LONE_WORKING_CHECK_JOB)).toHaveLength(jobsBefore);

    // Inside the window (15 minutes before the start): allowed.
    s = await later(s, 30);
    const inside = await act(s, s.worker, soon.id, 'check-in');
    expect(inside.statusCode, inside.body).toBe(200);
    expect(inside.json<Visit>().status).toBe('checked_in');

    // After the planned end: refused, even with no window.
    await setCheckInWindow(ctx, s.scheme.id, 0);
    const past = await planned(s, { plannedStart: inMinutes(0), expectedEnd: inMinutes(20) });
    s = await later(s, 21);
    const late = expectProblem(await act(s, s.worker, past.id, 'check-in'), 409, 'illegal-transition');
    expect(late.detail).toMatch(/planned to end at .* can no longer be checked in to/);
    expect((await get(s, s.worker, past.id)).json<Visit>()).toMatchObject({ status: 'planned', version: past.version });
  });

  it('the missed check-out alert follows the actual check-in plus the planned length, early or late', async () => {
    const { ctx } = env();
    let s = await scheme();
    // An hour's visit starting in 40 minutes; the worker checks in 20 minutes early.
    const early = await planned(s, { plannedStart: inMinutes(40), expectedEnd: inMinutes(100) });
    s = await later(s, 20);
    const checkedIn = (await act(s, s.worker, early.id, 'check-in')).json<Visit & { checkedInAt: string }>();
    expect(at(checkedIn.expectedEnd) - at(checkedIn.checkedInAt)).toBe(at(early.expectedEnd) - at(early.plannedStart));
    expect(at(checkedIn.expectedEnd)).toBeLessThan(at(early.expectedEnd) - 19 * 60_000);
    expect(
      (await waitingJobs(ctx, LONE_WORKING_CHECK_JOB))
        .filter((j) => j.data.visitId === early.id)
        .map((j) => j.startAfter.getTime()),
    ).toContain(at(checkedIn.expectedEnd) + 15 * 60_000);
    // An hour's visit starting now; the worker checks in 30 minutes late.
    const late = await planned(s, { plannedStart: inMinutes(0), expectedEnd: inMinutes(60) });
    s = await later(s, 30);
    const lateIn = (await act(s, s.worker, late.id, 'check-in')).json<Visit & { checkedInAt: string }>();
    expect(at(lateIn.expectedEnd) - at(lateIn.checkedInAt)).toBe(at(late.expectedEnd) - at(late.plannedStart));
    expect(at(lateIn.expectedEnd)).toBeGreaterThan(at(late.expectedEnd) + 29 * 60_000);

    // 46 minutes on: past the early visit's new end plus grace, before the late one's (and past the late one's planned end plus grace).
    s = await later(s, 46);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, early.id)).map((n) => n.kind)).toEqual([
      'lone-working.alert',
      'lone-working.alert',
      'lone-working.alert',
    ]);
    expect(await visitNotifications(ctx, s.scheme.id, late.id)).toEqual([]);
    s = await later(s, 30);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, late.id)).map((n) => n.recipient_id).sort()).toEqual(
      levelOne(s),
    );
  });

  it('starts an unplanned visit now, checked in at once, from an end time or a length; refuses bad input and writes nothing', async () => {
    const { ctx } = env();
    let s = await scheme();
    const unplanned = (payload: Record<string, unknown>) =>
      s.worker.request({
        method: 'POST',
        url: `${visitsUrl(s)}/unplanned`,
        payload: {
          place: '9 Mill Yard, Lakeside LK1 5GR',
          buddyId: s.otherWorker.userId,
          workerPhone: '07700 900456',
          ...payload,
        },
      });
    const before = await loneWorkingCounts(ctx, s.scheme.id);
    expect(
      expectFieldError(await unplanned({ durationMinutes: 30, expectedEnd: inMinutes(30) }), 'expectedEnd').message,
    ).toMatch(/Both/);
    expectFieldError(await unplanned({ durationMinutes: 0 }), 'durationMinutes');
    expectFieldError(await unplanned({ durationMinutes: 13 * 60 }), 'durationMinutes');
    expect(expectFieldError(await unplanned({}), 'expectedEnd').message).toMatch(/Enter the expected end/);
    expectFieldError(await unplanned({ expectedEnd: inMinutes(-5) }), 'expectedEnd');
    const many = expectProblem(
      await unplanned({ place: ' ', buddyId: s.worker.userId, durationMinutes: 30 }),
      400,
      'validation-failed',
    );
    expect(many.errors?.map((e) => e.field).sort()).toEqual(['buddyId', 'place']);
    expectProblem(
      await s.referrer.request({
        method: 'POST',
        url: `${visitsUrl(s)}/unplanned`,
        payload: { place: 'x', buddyId: s.otherWorker.userId, workerPhone: '07700 900456', durationMinutes: 30 },
      }),
      403,
      'forbidden',
    );
    expect(await loneWorkingCounts(ctx, s.scheme.id)).toEqual(before);

    const byLength = await unplanned({ durationMinutes: 45, purpose: 'Called in on the way back' });
    expect(byLength.statusCode, byLength.body).toBe(201);
    const visit = byLength.json<Visit & { plannedStart: string; checkedInAt: string }>();
    expect(visit).toMatchObject({
      status: 'checked_in',
      plannedStart: visit.checkedInAt,
      allowedActions: ['check-out', 'extend', 'help'],
    });
    expect(Math.abs(at(visit.checkedInAt) - at(inMinutes(0)))).toBeLessThan(5_000);
    expect(at(visit.expectedEnd) - at(visit.checkedInAt)).toBe(45 * 60_000);
    expect(visit.timeline.map((e) => e.kind)).toEqual(['planned', 'checked_in']);
    expect(visit.timeline[0]!.text).toMatch(/unplanned visit/);
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('audit_log').select('action').where('record_id', '=', visit.id).execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['lone-working.unplanned']);
    const byEnd = await unplanned({ expectedEnd: inMinutes(90) });
    expect(byEnd.statusCode, byEnd.body).toBe(201);
    expect(Math.abs(at(byEnd.json<Visit>().expectedEnd) - at(inMinutes(90)))).toBeLessThan(5_000);

    s = await later(s, 61);
    await runJobsDue(ctx);
    expect((await visitNotifications(ctx, s.scheme.id, visit.id)).map((n) => n.recipient_id).sort()).toEqual(
      levelOne(s),
    );
  });

  it('"I need help" alerts the buddy, managers and supervisor at once, urgently, is audited, and escalates until someone acknowledges, even after a check-out', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s, { plannedStart: inMinutes(0), expectedEnd: inMinutes(120) });
    await act(s, s.worker, visit.id, 'check-in');
    expectProblem(await act(s, s.otherWorker, visit.id, 'help'), 403, 'forbidden');
    s = await later(s, 3);
    const help = await act(s, s.worker, visit.id, 'help');
    expect(help.statusCode, help.body).toBe(200);
    const helped = help.json<Visit & { helpRequestedAt: string }>();
    expect(helped).toMatchObject({ alert: 'active', alertLevel: 1 });
    expect(Math.abs(at(helped.helpRequestedAt) - at(inMinutes(0)))).toBeLessThan(5_000);

    const told = await visitNotifications(ctx, s.scheme.id, visit.id);
    const { name: workerName } = await ctx.db
      .selectFrom('users')
      .select('name')
      .where('id', '=', s.worker.userId)
      .executeTakeFirstOrThrow();
    expect(told.map((n) => n.recipient_id).sort()).toEqual(levelOne(s));
    for (const n of told) {
      expect(n).toMatchObject({ kind: 'lone-working.help', urgent: true, link: `/lone-working/${visit.id}` });
      expect(n.subject).toMatch(/asked for help/);
      expect(`${n.subject} ${n.body}`).toContain(workerName);
      // Subject and body may go out by email: never the place, which may be the person's home.
      expect(`${n.subject} ${n.body}`).not.toContain('Canal Street');
    }
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['action', 'actor_user_id'])
        .where('record_id', '=', visit.id)
        .where('action', '=', 'lone-working.help')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'lone-working.help', actor_user_id: s.worker.userId }]);
    const seen = (await get(s, s.manager, visit.id)).json<Visit>();
    expect(seen).toMatchObject({ alert: 'active', allowedActions: ['acknowledge'] });
    expect(seen.timeline.map((e) => e.kind)).toEqual(['planned', 'checked_in', 'help_requested']);
    const board = (await s.otherWorker.request({ method: 'GET', url: `${visitsUrl(s)}/team` })).json<{
      urgent: Visit[];
    }>();
    expect(board.urgent[0]).toMatchObject({ id: visit.id, alert: 'active' });

    // The worker checks out (perhaps made to): the call for help is not closed by that.
    const out = await act(s, s.worker, visit.id, 'check-out');
    expect(out.json<Visit>()).toMatchObject({ status: 'checked_out', alert: 'active' });
    expect(
      (await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.cleared'),
    ).toEqual([]);
    expectProblem(await act(s, s.worker, visit.id, 'help'), 409, 'illegal-transition');

    // Long before the expected end, it escalates every interval; the safeguarding lead from level 2.
    s = await later(s, 10);
    await runJobsDue(ctx);
    const escalated = (await visitNotifications(ctx, s.scheme.id, visit.id)).filter(
      (n) => n.kind === 'lone-working.escalated',
    );
    expect(escalated.map((n) => n.recipient_id).sort()).toEqual(levelTwo(s));
    expect(escalated.every((n) => n.urgent && /asked for help/.test(n.subject))).toBe(true);
    s = await later(s, 10);
    await runJobsDue(ctx);
    expect(
      (await visitNotifications(ctx, s.scheme.id, visit.id)).filter((n) => n.kind === 'lone-working.escalated'),
    ).toHaveLength(8);

    const ack = await act(s, s.lead, visit.id, 'acknowledge', {
      note: 'Police attended; Jordan is safe and back at the surgery',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json<Visit>()).toMatchObject({ alert: 'acknowledged', alertLevel: 3 });
    const count = (await visitNotifications(ctx, s.scheme.id, visit.id)).length;
    s = await later(s, 60);
    await runJobsDue(ctx);
    expect(await visitNotifications(ctx, s.scheme.id, visit.id)).toHaveLength(count);
  });

  it('the sweep also carries on a call for help whose check job was lost', async () => {
    const { ctx } = env();
    let s = await scheme();
    const visit = await planned(s, { plannedStart: inMinutes(0), expectedEnd: inMinutes(240) });
    await act(s, s.worker, visit.id, 'help');
    await ctx.database.owner.query(
      "DELETE FROM pgboss.job WHERE name = 'lone-working.check' AND data->>'visitId' = $1",
      [visit.id],
    );
    s = await later(s, 11);
    await sweepOverdueVisits(ctx);
    expect(
      (await visitNotifications(ctx, s.scheme.id, visit.id))
        .filter((n) => n.kind === 'lone-working.escalated')
        .map((n) => n.recipient_id)
        .sort(),
    ).toEqual(levelTwo(s));
  });

  it('the check-in window is a safety setting: validated, saved through the settings API, and used at once', async () => {
    let s = await scheme();
    const settings = async () =>
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
        version: number;
        safety: Record<string, unknown>;
      }>();
    const put = async (minutes: unknown) => {
      const current = await settings();
      return s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/settings/safety`,
        payload: { ...current.safety, version: current.version, loneWorkingCheckInWindowMinutes: minutes },
      });
    };
    expect((await settings()).safety.loneWorkingCheckInWindowMinutes).toBe(60);
    const before = await settings();
    expectFieldError(await put(241), 'loneWorkingCheckInWindowMinutes');
    expectFieldError(await put(-1), 'loneWorkingCheckInWindowMinutes');
    expect((await settings()).version).toBe(before.version);
    const saved = await put(20);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      saved.json<{ safety: { loneWorkingCheckInWindowMinutes: number } }>().safety.loneWorkingCheckInWindowMinutes,
    ).toBe(20);
    // Left out of a later save, it stays as it is.
    const current = await settings();
    const { loneWorkingCheckInWindowMinutes: _left, ...rest } = current.safety;
    expect(
      (
        await s.manager.request({
          method: 'PUT',
          url: `${schemeApi(s)}/settings/safety`,
          payload: { ...rest, version: current.version },
        })
      ).statusCode,
    ).toBe(200);
    expect((await settings()).safety.loneWorkingCheckInWindowMinutes).toBe(20);

    const visit = await planned(s, { plannedStart: inMinutes(30), expectedEnd: inMinutes(90) });
    expect(visit.allowedActions).not.toContain('check-in');
    expectProblem(await act(s, s.worker, visit.id, 'check-in'), 409, 'illegal-transition');
    s = await later(s, 11);
    expect((await act(s, s.worker, visit.id, 'check-in')).statusCode).toBe(200);
  });
});
