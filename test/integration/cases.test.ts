import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  schemeRowCounts,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

const DAY_MINUTES = 24 * 60;

describe.each(testDatabaseTargets())('cases on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  /** A time `minutes` before the test clock's now, as the API takes it. */
  const minutesAgo = (minutes: number) => new Date(env().clock.now().getTime() - minutes * 60_000).toISOString();
  /** Moves the clock on from the referral, so work can be dated in the recent past without predating it. */
  const aLittleLater = () => env().clock.advanceMinutes(20);

  function caseApi(s: PathwayScheme, caseId: string) {
    const url = `${schemeApi(s)}/cases/${caseId}`;
    return {
      url,
      get: (who: RoleClient) => who.request({ method: 'GET', url }),
      post: (who: RoleClient, path: string, payload: Record<string, unknown>) =>
        who.request({ method: 'POST', url: `${url}/${path}`, payload }),
      put: (who: RoleClient, path: string, payload: Record<string, unknown>) =>
        who.request({ method: 'PUT', url: `${url}/${path}`, payload }),
    };
  }

  const noAnswer = { channel: 'phone', outcome: 'no_answer', notes: 'No answer' };
  const reached = { channel: 'phone', outcome: 'reached', notes: 'Spoke to her' };
  const attendedSession = (minutes: number) => ({
    startsAt: minutesAgo(minutes),
    durationMinutes: 45,
    mode: 'face_to_face',
    place: 'Surgery',
    attendance: 'attended',
    notes: 'Talked about what matters',
    riskConcern: 'no',
  });

  it('lets a link worker see and work only their own cases; supervisors read, managers work any', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);

    const own = await c.get(s.worker);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      status: 'contacting',
      worker: { id: s.worker.userId },
      allowedActions: ['contact', 'session', 'plan', 'task', 'outcome', 'discharge'],
    });

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectProblem(await c.get(s.otherWorker), 404, 'not-found');
    expectProblem(await c.post(s.otherWorker, 'contact-attempts', noAnswer), 404, 'not-found');
    expectProblem(await c.post(s.supervisor, 'contact-attempts', noAnswer), 403, 'forbidden');
    expectProblem(
      await c.post(s.supervisor, 'discharge', { version: 1, reason: 'goals-met', summary: 'Done', arranged: '' }),
      403,
      'forbidden',
    );
    expectProblem(await c.get(s.referrer), 403, 'forbidden');
    expectProblem(await c.get(s.community), 403, 'forbidden');
    expectProblem(await app.inject({ method: 'GET', url: c.url }), 401, 'unauthenticated');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await c.get(other.manager), 403, 'forbidden');
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${schemeApi(other)}/cases/${caseId}` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/00000000-0000-4000-8000-000000000000` }),
      404,
      'not-found',
    );
    const afterRefusals = await schemeRowCounts(ctx, s.scheme.id);
    expect(afterRefusals).toEqual({ ...before, audit_log: afterRefusals.audit_log });
    expect(afterRefusals.audit_log).toBe(before.audit_log);

    const supervised = await c.get(s.supervisor);
    expect(supervised.statusCode, supervised.body).toBe(200);
    expect(supervised.json().allowedActions).toEqual([]);
    const managed = await c.post(s.manager, 'contact-attempts', noAnswer);
    expect(managed.statusCode, managed.body).toBe(200);
    expect(managed.json().contactAttempts).toMatchObject([
      { channel: 'phone', outcome: 'no_answer', by: expect.any(String) },
    ]);
  });

  it('audits every reading of a case with who read it', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId, patientId } = await allocatedCase(s);
    expect((await caseApi(s, caseId).get(s.worker)).statusCode).toBe(200);
    expect((await caseApi(s, caseId).get(s.supervisor)).statusCode).toBe(200);
    const rows = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'actor_role', 'record_type', 'scheme_id', 'detail'])
      .where('record_id', '=', caseId)
      .where('action', '=', 'case.read')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      {
        action: 'case.read',
        actor_user_id: s.worker.userId,
        actor_role: 'link_worker',
        record_type: 'case',
        scheme_id: s.scheme.id,
        detail: { patientId },
      },
      {
        action: 'case.read',
        actor_user_id: s.supervisor.userId,
        actor_role: 'supervisor',
        record_type: 'case',
        scheme_id: s.scheme.id,
        detail: { patientId },
      },
    ]);
  });

  it('follows the contact policy to a letter and closes as unable to contact only after the wait', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId, referralId } = await allocatedCase(s);
    aLittleLater();
    const c = caseApi(s, caseId);

    let kase = (await c.get(s.worker)).json();
    expect(kase.contactStep).toMatchObject({
      step: 'attempt',
      message: expect.stringContaining('attempt 1 of 3'),
      dueBy: expect.any(String),
    });
    for (let i = 0; i < 3; i++) {
      const attempt = await c.post(s.worker, 'contact-attempts', { ...noAnswer, at: minutesAgo(3 - i) });
      expect(attempt.statusCode, attempt.body).toBe(200);
      kase = attempt.json();
    }
    expect(kase).toMatchObject({
      status: 'contacting',
      contactStep: { step: 'letter', message: expect.stringContaining('send a letter') },
    });
    let caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(caseload.items[0]).toMatchObject({ caseId, nextStep: 'Send a letter' });

    kase = (
      await c.post(s.worker, 'contact-attempts', {
        channel: 'letter',
        outcome: 'no_answer',
        notes: 'Letter sent to home address',
      })
    ).json();
    expect(kase.contactStep).toMatchObject({
      step: 'await-letter',
      dueBy: null,
      message: expect.stringContaining('can be closed as unable to contact from'),
    });
    expect(kase.allowedActions).not.toContain('close-unable-to-contact');
    caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(caseload.items[0].nextStep).toMatch(/^Letter sent/);

    const before = await schemeRowCounts(ctx, s.scheme.id);
    const tooSoon = await c.post(s.worker, 'close-unable-to-contact', { version: kase.version });
    expect(expectProblem(tooSoon, 409, 'illegal-transition').detail).toMatch(/not run its course/);
    expect(tooSoon.json().step).toBe('await-letter');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    clock.advanceMinutes(15 * DAY_MINUTES);
    const worker = await signInAgain(app, s.worker);
    const referrer = await signInAgain(app, s.referrer);
    kase = (await c.get(worker)).json();
    expect(kase.contactStep.step).toBe('close');
    expect(kase.allowedActions).toContain('close-unable-to-contact');
    const dueToClose = (await worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(dueToClose.items[0].nextStep).toBe('No answer to the letter: close as unable to contact');
    expectProblem(await c.post(worker, 'close-unable-to-contact', { version: kase.version - 1 }), 409, 'edit-conflict');

    const closed = await c.post(worker, 'close-unable-to-contact', { version: kase.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      allowedActions: [],
      discharge: { reason: 'unable-to-contact' },
    });
    expect(closed.json().messagesBack).toMatchObject([
      { kind: 'unable_to_contact', code: { code: '871731000000106' } },
    ]);

    const referral = (await referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referralId}` })).json();
    expect(referral.status).toBe('completed');
    expect(referral.messagesBack).toMatchObject([
      { kind: 'unable_to_contact', body: { summary: expect.stringContaining('could not reach') } },
    ]);
  });

  it('refuses sessions in the future and home visits without a place, writing nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    aLittleLater();
    const c = caseApi(s, caseId);
    const before = await schemeRowCounts(ctx, s.scheme.id);

    const future = await c.post(s.worker, 'sessions', {
      ...attendedSession(0),
      startsAt: new Date(env().clock.now().getTime() + 3_600_000).toISOString(),
    });
    expect(expectFieldError(future, 'startsAt').message).toMatch(/future/);
    expectFieldError(
      await c.post(s.worker, 'sessions', { ...attendedSession(1), startsAt: 'last Tuesday' }),
      'startsAt',
    );
    expectFieldError(
      await c.post(s.worker, 'sessions', { ...attendedSession(1), mode: 'home_visit', place: '  ' }),
      'place',
    );
    expectFieldError(
      await c.post(s.worker, 'sessions', { ...attendedSession(1), durationMinutes: 0 }),
      'durationMinutes',
    );
    expectFieldError(await c.post(s.worker, 'sessions', { ...attendedSession(1), mode: 'carrier_pigeon' }), 'mode');
    expectFieldError(
      await c.post(s.worker, 'contact-attempts', {
        ...noAnswer,
        at: new Date(env().clock.now().getTime() + 3_600_000).toISOString(),
      }),
      'at',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await c.get(s.worker)).json()).toMatchObject({ status: 'contacting', sessions: [], contactAttempts: [] });
  });

  it('records a missed session without making the case active', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    aLittleLater();
    const c = caseApi(s, caseId);
    const { riskConcern: _notAsked, ...dna } = attendedSession(2);
    const missed = await c.post(s.worker, 'sessions', { ...dna, attendance: 'did_not_attend', notes: 'Did not come' });
    expect(missed.statusCode, missed.body).toBe(200);
    expect(missed.json()).toMatchObject({
      status: 'contacting',
      firstContactAt: null,
      intervention: { state: 'not-started', sessionsHeld: 0 },
      sessions: [{ attendance: 'did_not_attend' }],
    });

    const held = await c.post(s.worker, 'sessions', attendedSession(1));
    expect(held.json()).toMatchObject({
      status: 'active',
      firstContactAt: expect.any(String),
      intervention: { state: 'within', sessionsHeld: 1 },
    });
  });

  it('adds goals and refuses a goal update made on a stale version', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    expectFieldError(await c.post(s.worker, 'goals', { description: '', actions: '' }), 'description');
    expectFieldError(await c.post(s.worker, 'goals', { description: '   ', actions: '' }), 'description');
    const added = await c.post(s.worker, 'goals', {
      description: 'Join the walking group',
      actions: 'Call the leader',
    });
    expect(added.statusCode, added.body).toBe(200);
    const goal = added.json().goals[0];
    expect(goal).toMatchObject({
      description: 'Join the walking group',
      status: 'not_started',
      progress: null,
      version: 1,
    });

    const update = (who: RoleClient, changes: Record<string, unknown>) =>
      c.put(who, `goals/${goal.id}`, {
        version: 1,
        description: goal.description,
        actions: goal.actions,
        status: 'in_progress',
        progress: 3,
        progressNote: '',
        ...changes,
      });
    const first = await update(s.worker, { progress: 4, progressNote: 'Went once' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().goals[0]).toMatchObject({
      status: 'in_progress',
      progress: 4,
      progressNote: 'Went once',
      version: 2,
    });

    const before = await schemeRowCounts(ctx, s.scheme.id);
    const second = await update(s.manager, { status: 'stopped', progress: 0 });
    expect(expectProblem(second, 409, 'edit-conflict').detail).toMatch(/goal/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await c.get(s.worker)).json().goals[0]).toMatchObject({ status: 'in_progress', progress: 4, version: 2 });

    expectFieldError(await update(s.worker, { version: 2, progress: 11 }), 'progress');
    expectProblem(
      await c.put(s.worker, 'goals/00000000-0000-4000-8000-000000000000', {
        version: 1,
        description: 'x',
        actions: '',
        status: 'in_progress',
        progress: 1,
        progressNote: '',
      }),
      404,
      'not-found',
    );
  });

  it("keeps a goal's progress empty when the update gives none", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const goal = (await c.post(s.worker, 'goals', { description: 'Cook a meal a week', actions: '' })).json().goals[0];
    const updated = await c.put(s.worker, `goals/${goal.id}`, {
      version: 1,
      description: goal.description,
      actions: '',
      status: 'in_progress',
      progress: null,
      progressNote: 'Started',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    // null means "not scored yet"; it must not be stored as a score of 0.
    expect(updated.json().goals[0]).toMatchObject({ status: 'in_progress', progress: null });
  });

  it("adds tasks, lists them as the assignee's, and completes each once", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    expect(
      expectFieldError(await c.post(s.worker, 'tasks', { description: 'Call back', dueOn: '2030-02-30' }), 'dueOn')
        .message,
    ).toMatch(/not a real date/);
    expectFieldError(await c.post(s.worker, 'tasks', { description: 'Call back', dueOn: 'next week' }), 'dueOn');
    expectFieldError(
      await c.post(s.worker, 'tasks', {
        description: 'Call back',
        dueOn: '2030-01-10',
        assigneeId: s.otherWorker.userId,
      }),
      'assigneeId',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    const added = await c.post(s.worker, 'tasks', { description: 'Ring the food bank', dueOn: '2030-01-10' });
    expect(added.statusCode, added.body).toBe(200);
    const task = added.json().tasks[0];
    expect(task).toMatchObject({
      description: 'Ring the food bank',
      dueOn: '2030-01-10',
      overdue: false,
      done: false,
      assignee: { id: s.worker.userId },
    });
    await c.post(s.worker, 'tasks', { description: 'Check in', dueOn: '2029-06-01' });

    const mine = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/tasks` })).json();
    expect(mine.items.map((t: { description: string }) => t.description)).toEqual(['Check in', 'Ring the food bank']);
    expect((await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/tasks` })).json().items).toEqual([]);

    const doneUrl = `${schemeApi(s)}/tasks/${task.id}/done`;
    expectProblem(await s.otherWorker.request({ method: 'POST', url: doneUrl }), 404, 'not-found');
    expectProblem(await s.supervisor.request({ method: 'POST', url: doneUrl }), 403, 'forbidden');
    const done = await s.worker.request({ method: 'POST', url: doneUrl });
    expect(done.statusCode, done.body).toBe(204);
    expectProblem(await s.worker.request({ method: 'POST', url: doneUrl }), 409, 'conflict');
    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/tasks` }))
        .json()
        .items.map((t: { description: string }) => t.description),
    ).toEqual(['Check in']);
    expect((await c.get(s.worker)).json().tasks.find((t: { id: string }) => t.id === task.id)).toMatchObject({
      done: true,
      doneAt: expect.any(String),
    });
    expectProblem(
      await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/tasks/00000000-0000-4000-8000-000000000000/done`,
      }),
      404,
      'not-found',
    );
  });

  it('extends an active intervention with a reason, and only an active one', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    let kase = (await c.get(s.worker)).json();
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const notActive = await c.post(s.worker, 'extend', {
      version: kase.version,
      reason: 'Needs longer',
      extraWeeks: 4,
      extraSessions: 2,
    });
    expect(expectProblem(notActive, 409, 'illegal-transition').detail).toMatch(/Only an active case/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    kase = (await c.post(s.worker, 'contact-attempts', reached)).json();
    expect(kase.status).toBe('active');
    expect(kase.allowedActions).toContain('extend');
    const unchanged = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await c.post(s.worker, 'extend', { version: kase.version, reason: '', extraWeeks: 4, extraSessions: 2 }),
      'reason',
    );
    expectFieldError(
      await c.post(s.worker, 'extend', { version: kase.version, reason: '   ', extraWeeks: 4, extraSessions: 2 }),
      'reason',
    );
    expectFieldError(
      await c.post(s.worker, 'extend', { version: kase.version, extraWeeks: 4, extraSessions: 2 }),
      'reason',
    );
    expectFieldError(
      await c.post(s.worker, 'extend', { version: kase.version, reason: 'More time', extraWeeks: 0, extraSessions: 0 }),
      'extraWeeks',
    );
    expectProblem(
      await c.post(s.worker, 'extend', {
        version: kase.version - 1,
        reason: 'More time',
        extraWeeks: 4,
        extraSessions: 0,
      }),
      409,
      'edit-conflict',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(unchanged);

    const extended = await c.post(s.worker, 'extend', {
      version: kase.version,
      reason: 'Waiting for a housing decision',
      extraWeeks: 4,
      extraSessions: 2,
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json()).toMatchObject({
      intervention: { weekLimit: 16, sessionLimit: 8 },
      extensions: [{ extraWeeks: 4, extraSessions: 2, reason: 'Waiting for a housing decision' }],
      version: kase.version + 1,
    });
  });

  it('warns as the session limit nears: the fifth of six sessions', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    aLittleLater();
    const c = caseApi(s, caseId);
    let kase = (await c.get(s.worker)).json();
    expect(kase.intervention).toMatchObject({ state: 'not-started', sessionLimit: 6, weekLimit: 12 });
    for (let i = 0; i < 4; i++) kase = (await c.post(s.worker, 'sessions', attendedSession(10 - i))).json();
    expect(kase.intervention).toMatchObject({ state: 'within', sessionsHeld: 4 });
    kase = (await c.post(s.worker, 'sessions', attendedSession(2))).json();
    expect(kase.intervention).toMatchObject({
      state: 'nearing',
      sessionsHeld: 5,
      message: expect.stringContaining('1 session(s) left'),
    });
    const caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(caseload.items[0]).toMatchObject({
      caseId,
      sessionsHeld: 5,
      interventionState: 'nearing',
      lastSessionAt: expect.any(String),
    });
    kase = (await c.post(s.worker, 'sessions', attendedSession(1))).json();
    expect(kase.intervention.state).toBe('reached');
  });

  it('discharges with a coded reason, and takes no more work after', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId, referralId } = await allocatedCase(s);
    aLittleLater();
    const c = caseApi(s, caseId);
    let kase = (await c.post(s.worker, 'contact-attempts', reached)).json();
    kase = (await c.post(s.worker, 'goals', { description: 'Get out once a week', actions: '' })).json();
    const goal = kase.goals[0];

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expect(
      expectFieldError(
        await c.post(s.worker, 'discharge', { version: kase.version, reason: 'bored', summary: 'Done', arranged: '' }),
        'reason',
      ).message,
    ).toMatch(/bored/);
    expectFieldError(
      await c.post(s.worker, 'discharge', { version: kase.version, reason: 'goals-met', summary: '  ', arranged: '' }),
      'summary',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await c.get(s.worker)).json()).toMatchObject({ status: 'active', discharge: null, version: kase.version });

    const discharged = await c.post(s.manager, 'discharge', {
      version: kase.version,
      reason: 'connected-to-services',
      summary: 'Goes to the lunch club.',
      arranged: 'Lunch club',
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    kase = discharged.json();
    expect(kase).toMatchObject({
      status: 'closed',
      allowedActions: [],
      discharge: {
        reason: 'connected-to-services',
        reasonLabel: 'Connected to community support',
        summary: 'Goes to the lunch club.',
      },
    });

    const closedBefore = await schemeRowCounts(ctx, s.scheme.id);
    const writes: [string, string, Record<string, unknown>][] = [
      ['POST', 'contact-attempts', reached],
      ['POST', 'sessions', attendedSession(1)],
      ['PUT', 'about', { version: kase.version, whatMatters: 'x', needsByDomain: [], interventionLevel: null }],
      ['POST', 'goals', { description: 'Another', actions: '' }],
      [
        'PUT',
        `goals/${goal.id}`,
        {
          version: goal.version,
          description: 'Changed',
          actions: '',
          status: 'achieved',
          progress: 10,
          progressNote: '',
        },
      ],
      ['POST', 'tasks', { description: 'Call', dueOn: '2030-01-01' }],
      ['POST', 'extend', { version: kase.version, reason: 'More', extraWeeks: 1, extraSessions: 0 }],
      ['POST', 'discharge', { version: kase.version, reason: 'goals-met', summary: 'Again', arranged: '' }],
      ['POST', 'close-unable-to-contact', { version: kase.version }],
    ];
    for (const [method, path, payload] of writes) {
      const response = method === 'PUT' ? await c.put(s.worker, path, payload) : await c.post(s.worker, path, payload);
      expect(expectProblem(response, 409, 'illegal-transition').detail, path).toMatch(/closed/);
    }
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(closedBefore);
    const referral = (
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referralId}` })
    ).json();
    expect(referral).toMatchObject({ status: 'completed', messagesBack: [{ kind: 'discharged' }] });
  });

  it('updates "what matters" with optimistic locking and coded domains', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const seen = (await c.get(s.worker)).json();
    expectFieldError(
      await c.put(s.worker, 'about', {
        version: seen.version,
        whatMatters: 'x',
        needsByDomain: [{ domain: 'gardening', notes: '' }],
        interventionLevel: null,
      }),
      'needsByDomain.0.domain',
    );
    const first = await c.put(s.manager, 'about', {
      version: seen.version,
      whatMatters: 'Seeing her grandchildren',
      needsByDomain: [{ domain: 'loneliness', notes: 'Alone most days' }],
      interventionLevel: 'intensive',
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await c.put(s.worker, 'about', {
      version: seen.version,
      whatMatters: 'Something else',
      needsByDomain: [],
      interventionLevel: 'light_touch',
    });
    expect(expectProblem(second, 409, 'edit-conflict').detail).toMatch(/case/);
    expect((await c.get(s.worker)).json()).toMatchObject({
      whatMatters: 'Seeing her grandchildren',
      interventionLevel: 'intensive',
      needsByDomain: [{ domain: 'loneliness', notes: 'Alone most days' }],
    });
  });

  it("shows a caseload with capacity and next steps; supervisors may see anyone's, link workers only their own", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const first = await allocatedCase(s);
    const second = await allocatedCase(s);
    const c = caseApi(s, second.caseId);
    await c.post(s.worker, 'contact-attempts', reached);
    await c.post(s.worker, 'tasks', { description: 'Overdue call', dueOn: '2020-01-01' });

    const own = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      worker: { id: s.worker.userId },
      total: 2,
      next: null,
      capacity: { openCases: 2, cap: 51, spare: 49, overCap: false },
    });
    expect(own.json().items).toMatchObject([
      { caseId: first.caseId, status: 'contacting', nextStep: 'Contact attempt 1 of 3', openTasks: 0 },
      { caseId: second.caseId, status: 'active', nextStep: '1 overdue task(s)', openTasks: 1, overdueTasks: 1 },
    ]);

    for (const reader of [s.supervisor, s.manager]) {
      const theirs = await reader.request({
        method: 'GET',
        url: `${schemeApi(s)}/caseload?workerId=${s.worker.userId}`,
      });
      expect(theirs.statusCode, theirs.body).toBe(200);
      expect(theirs.json().items.map((i: { caseId: string }) => i.caseId)).toEqual([first.caseId, second.caseId]);
    }
    expectProblem(
      await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/caseload?workerId=${s.worker.userId}` }),
      403,
      'forbidden',
    );
    expect(
      (
        await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/caseload?workerId=${s.otherWorker.userId}` })
      ).json(),
    ).toMatchObject({ items: [], capacity: { openCases: 0, spare: 51 } });
    expectProblem(await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/caseload` }), 403, 'forbidden');
    expectProblem(
      await s.supervisor.request({
        method: 'GET',
        url: `${schemeApi(s)}/caseload?workerId=00000000-0000-4000-8000-000000000000`,
      }),
      404,
      'not-found',
    );
    expectFieldError(
      await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/caseload?workerId=nobody` }),
      'workerId',
    );
    expectFieldError(await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload?after=broken` }), 'after');

    await c.post(s.worker, 'discharge', {
      version: (await c.get(s.worker)).json().version,
      reason: 'goals-met',
      summary: 'Done',
      arranged: '',
    });
    const closed = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload?include=closed` })).json();
    expect(closed.items).toMatchObject([{ caseId: second.caseId, status: 'closed', nextStep: 'Closed' }]);
    expect(closed.total).toBe(1);
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json().capacity.openCases).toBe(
      1,
    );
  });

  it('does not show a supervisor the caseload of someone outside the scheme', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const response = await s.supervisor.request({
      method: 'GET',
      url: `${schemeApi(s)}/caseload?workerId=${other.worker.userId}`,
    });
    // Another scheme's worker is no link worker here: their name must not be shown.
    expectProblem(response, 404, 'not-found');
  });
});
