import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import type { DebriefReason, Feeling } from '../../src/db/schema.ts';
import { CaptureQueries, explainEach } from '../../bench/capture-sql.ts';
import { listDebriefs as listDebriefRows } from '../../src/modules/workforce/support/debriefs.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { recordSessionFeeling } from '../../src/modules/workforce/support/record-session-feeling.ts';
import { DEBRIEF_DUE_JOB, requestDebrief } from '../../src/modules/workforce/support/request-debrief.ts';
import { addWorkingDays } from '../../src/modules/workforce/support/working-days.ts';
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
} from '../support/pathway.ts';
import { caseSession, nameSupervisor, notificationsIn, supportRowCounts } from '../support/support.ts';

describe.each(testDatabaseTargets())('debriefs on $name', (target) => {
  const env = useTestApp(target);

  const debriefRows = (ctx: AppContext, s: PathwayScheme) =>
    inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('debrief_requests').selectAll().orderBy('requested_at').execute(),
    );
  const request = (
    ctx: AppContext,
    s: PathwayScheme,
    reason: DebriefReason,
    ids: { sessionId?: string; riskId?: string } = {},
  ) =>
    inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      requestDebrief(ctx, trx, { schemeId: s.scheme.id, workerId: s.worker.userId, reason, ...ids }),
    );
  const feel = (ctx: AppContext, s: PathwayScheme, sessionId: string, feeling: Feeling) =>
    inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      recordSessionFeeling(ctx, trx, { schemeId: s.scheme.id, workerId: s.worker.userId, sessionId, feeling }),
    );

  it('asks the named supervisor within the response time in working days, once per worker, reason and session', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const { caseId } = await allocatedCase(s);
    const sessionId = await caseSession(ctx, s, caseId, s.worker.userId);
    const before = ctx.now();
    const id = await request(ctx, s, 'distressing_session', { sessionId });
    expect(await request(ctx, s, 'distressing_session', { sessionId })).toBe(id);
    const [row] = await debriefRows(ctx, s);
    expect(row).toMatchObject({
      id,
      worker_id: s.worker.userId,
      supervisor_id: s.supervisor.userId,
      reason: 'distressing_session',
      session_id: sessionId,
      status: 'requested',
    });
    expect(Math.abs(row!.respond_by.getTime() - addWorkingDays(before, 2).getTime())).toBeLessThan(60_000);
    const sent = (await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'debrief.requested');
    expect(sent).toEqual([
      expect.objectContaining({ recipient_id: s.supervisor.userId, urgent: false, link: `/debriefs/${id}` }),
    ]);
    const jobs = (await waitingJobs(ctx, DEBRIEF_DUE_JOB)).filter((j) => j.data.debriefId === id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.startAfter.getTime()).toBe(row!.respond_by.getTime());

    const riskId = crypto.randomUUID();
    const urgent = await request(ctx, s, 'high_risk', { riskId });
    expect(urgent).not.toBe(id);
    expect(
      (await notificationsIn(ctx, s.scheme.id)).find((n) => n.link === `/debriefs/${urgent}`),
      'asking for a debrief is not urgent; the risk itself is',
    ).toMatchObject({ urgent: false, recipient_id: s.supervisor.userId });
  });

  it('tells the managers when the worker has no named supervisor, and never names the patient', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const patient = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('cases as c')
        .innerJoin('patients as p', 'p.id', 'c.patient_id')
        .select(['p.given_name', 'p.family_name'])
        .where('c.id', '=', caseId)
        .executeTakeFirstOrThrow(),
    );
    const id = await request(ctx, s, 'distressing_session', {
      sessionId: await caseSession(ctx, s, caseId, s.worker.userId),
    });
    expect((await debriefRows(ctx, s))[0]).toMatchObject({ id, supervisor_id: null });
    const sent = (await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'debrief.requested');
    expect(sent.map((n) => n.recipient_id)).toEqual([s.manager.userId]);
    const worker = await ctx.db
      .selectFrom('users')
      .select('name')
      .where('id', '=', s.worker.userId)
      .executeTakeFirstOrThrow();
    // The texts may go out by email: neither the patient nor the worker is named; the app names the worker from the notification's reference.
    for (const n of sent) expect(`${n.subject} ${n.body}`).not.toContain(patient.family_name);
    for (const n of sent) expect(`${n.subject} ${n.body}`).not.toContain(worker.name);
    const inApp = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/notifications` })).json<{
      items: { kind: string; worker: { name: string } | null; link: string }[];
    }>().items;
    expect(inApp.find((n) => n.kind === 'debrief.requested')).toMatchObject({
      worker: { name: worker.name },
      link: `/debriefs/${id}`,
    });
  });

  it('escalates a debrief not recorded by its deadline to the managers, once, and leaves one recorded in time alone', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const late = await request(ctx, s, 'asked');
    const { caseId } = await allocatedCase(s);
    const done = await request(ctx, s, 'distressing_session', {
      sessionId: await caseSession(ctx, s, caseId, s.worker.userId),
    });
    const completed = await s.supervisor.request({
      method: 'POST',
      url: `${schemeApi(s)}/debriefs/${done}/complete`,
      payload: { notes: 'Talked it through.' },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    await runJobsDue(ctx);
    expect((await debriefRows(ctx, s)).every((d) => d.escalated_at === null)).toBe(true);

    clock.advanceMinutes(6 * 24 * 60);
    try {
      await runJobsDue(ctx);
      await runJobsDue(ctx);
      const rows = await debriefRows(ctx, s);
      expect(rows.find((d) => d.id === late)!.escalated_at).not.toBeNull();
      expect(rows.find((d) => d.id === done)!.escalated_at).toBeNull();
      const overdue = (await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'debrief.overdue');
      expect(overdue).toEqual([
        expect.objectContaining({ recipient_id: s.manager.userId, urgent: true, link: `/debriefs/${late}` }),
      ]);
    } finally {
      clock.reset();
    }
  });

  it('asks for a debrief after a distressing session, and once per run of difficult sessions', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const { caseId } = await allocatedCase(s);
    const session = () => caseSession(ctx, s, caseId, s.worker.userId);
    const reasons = async () => (await debriefRows(ctx, s)).map((d) => d.reason);

    await feel(ctx, s, await session(), 'fine');
    await feel(ctx, s, await session(), 'affected');
    expect(await reasons()).toEqual([]);
    const distressing = await session();
    await feel(ctx, s, distressing, 'distressing');
    expect(await reasons()).toEqual(['distressing_session']);
    await feel(ctx, s, await session(), 'difficult');
    expect(await reasons()).toEqual(['distressing_session']);
    await feel(ctx, s, await session(), 'difficult'); // distressing + difficult + difficult: three in a row
    expect(await reasons()).toEqual(['distressing_session', 'difficult_sessions_in_row']);
    await feel(ctx, s, await session(), 'difficult'); // the same run: not asked again
    expect(await reasons()).toEqual(['distressing_session', 'difficult_sessions_in_row']);
    await feel(ctx, s, await session(), 'fine');
    for (let i = 0; i < 2; i++) await feel(ctx, s, await session(), 'difficult');
    expect((await reasons()).filter((r) => r === 'difficult_sessions_in_row')).toHaveLength(1);
    await feel(ctx, s, await session(), 'difficult'); // a new run of three
    expect((await reasons()).filter((r) => r === 'difficult_sessions_in_row')).toHaveLength(2);
    const stored = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('session_wellbeing')
        .select('feeling')
        .where('session_id', '=', distressing)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.feeling).toBe('distressing');
  });

  it('asks once for a session that was both distressing and a high risk, whichever came first, and the database refuses a second', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const { caseId } = await allocatedCase(s);
    const sessionId = await caseSession(ctx, s, caseId, s.worker.userId);
    const riskId = crypto.randomUUID();
    const fromRisk = await request(ctx, s, 'high_risk', { riskId, sessionId });
    await feel(ctx, s, sessionId, 'distressing');
    expect(await request(ctx, s, 'distressing_session', { sessionId })).toBe(fromRisk);
    expect(await request(ctx, s, 'high_risk', { riskId })).toBe(fromRisk);
    expect((await debriefRows(ctx, s)).map((d) => d.reason)).toEqual(['high_risk']);
    expect((await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'debrief.requested')).toHaveLength(1);

    // The other way round: the feeling first, then the risk on the same session.
    const second = await caseSession(ctx, s, caseId, s.worker.userId);
    await feel(ctx, s, second, 'distressing');
    const fromFeeling = (await debriefRows(ctx, s)).find((d) => d.session_id === second)!.id;
    expect(await request(ctx, s, 'high_risk', { riskId: crypto.randomUUID(), sessionId: second })).toBe(fromFeeling);
    expect(await debriefRows(ctx, s)).toHaveLength(2);
    expect((await notificationsIn(ctx, s.scheme.id)).filter((n) => n.kind === 'debrief.requested')).toHaveLength(2);

    await expect(
      inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx
          .insertInto('debrief_requests')
          .values({
            scheme_id: s.scheme.id,
            worker_id: s.worker.userId,
            reason: 'difficult_sessions_in_row',
            session_id: second,
            requested_at: ctx.now(),
            respond_by: ctx.now(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/debrief_requests_session_key|unique/i);
    expect(await debriefRows(ctx, s)).toHaveLength(2);
  });

  it('lets a worker ask, the supervisor record it with notes only the two of them can read', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const asked = await s.worker.request({ method: 'POST', url: `${schemeApi(s)}/debriefs` });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    expect(asked.json()).toMatchObject({ reason: 'asked', status: 'requested', canComplete: false });

    const list = await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` });
    expect(list.json()).toMatchObject({
      items: [{ id, workerId: s.worker.userId, overdue: false }],
      counts: { open: 1, overdue: 0 },
    });
    const secret = 'Worried about my own sleep since the visit.';
    const recorded = await s.supervisor.request({
      method: 'POST',
      url: `${schemeApi(s)}/debriefs/${id}/complete`,
      payload: { notes: secret },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'completed', notes: secret });
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/debriefs/${id}` })).json()).toMatchObject({
      notes: secret,
      confidential: false,
    });

    const managerView = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/debriefs/${id}` });
    expect(managerView.json()).toMatchObject({
      reason: 'asked',
      status: 'completed',
      notes: null,
      caseId: null,
      confidential: true,
    });
    expect(managerView.body).not.toContain(secret);
    expect((await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` })).body).not.toContain(secret);
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('audit_log').select(['action', 'detail']).where('record_id', '=', id).execute(),
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['debrief.ask', 'debrief.complete']);
    expect(JSON.stringify(audit)).not.toContain(secret);

    const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    for (const who of [s.otherWorker, otherSupervisor])
      expectProblem(await who.request({ method: 'GET', url: `${schemeApi(s)}/debriefs/${id}` }), 404, 'not-found');
    expect((await otherSupervisor.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` })).json().items).toEqual(
      [],
    );
    expect((await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` })).json().items).toEqual([]);
    expectProblem(await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` }), 403, 'forbidden');
    expectProblem(await app.inject({ method: 'GET', url: `${schemeApi(s)}/debriefs` }), 401, 'unauthenticated');
    expectProblem(
      await s.supervisor.request({
        method: 'POST',
        url: `${schemeApi(s)}/debriefs/${id}/complete`,
        payload: { notes: 'again' },
      }),
      409,
      'illegal-transition',
    );
  });

  it('lists every open request with exact counts and the latest completed ones, each part through its own index', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const now = ctx.now().getTime();
    const day = 86_400_000;
    // More open requests than the old list's cap of 200 (whose counts came from the capped list), and years of completed ones.
    await ctx.database.owner.query(
      `
      INSERT INTO debrief_requests (scheme_id, worker_id, supervisor_id, reason, requested_at, respond_by, status, completed_at, completed_by, notes, escalated_at)
      SELECT $1, $2, $3, 'asked', to_timestamp(($4::bigint - k * $5::bigint) / 1000.0), to_timestamp(($4::bigint + (k - 20) * 3600000::bigint) / 1000.0),
        CASE WHEN k <= 230 THEN 'requested' ELSE 'completed' END,
        CASE WHEN k > 230 THEN to_timestamp(($4::bigint - (k - 230) * $5::bigint) / 1000.0) END, CASE WHEN k > 230 THEN $3::uuid END,
        CASE WHEN k > 230 THEN 'Talked it through.' ELSE '' END, CASE WHEN k <= 5 THEN to_timestamp($4::bigint / 1000.0) END
      FROM generate_series(1, 2230) k`,
      [s.scheme.id, s.worker.userId, s.supervisor.userId, now, day],
    );
    await ctx.database.owner.query('ANALYZE debrief_requests');

    const list = (await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` })).json() as {
      items: { status: string; respondBy: string; completedAt: string | null }[];
      counts: Record<string, number>;
    };
    expect(list.counts).toEqual({ open: 230, overdue: 20, escalated: 5 });
    const open = list.items.filter((d) => d.status === 'requested');
    const done = list.items.filter((d) => d.status === 'completed');
    expect(open).toHaveLength(230);
    expect(open.map((d) => d.respondBy)).toEqual(open.map((d) => d.respondBy).sort());
    expect(done).toHaveLength(50);
    expect(done[0]!.completedAt).toBe(new Date(now - day).toISOString());
    expect(done.map((d) => d.completedAt)).toEqual(
      done
        .map((d) => d.completedAt)
        .sort()
        .reverse(),
    );
    expect((await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` })).json().counts).toEqual({
      open: 230,
      overdue: 20,
      escalated: 5,
    });

    // Each part reads an index, as the application role under row-level security: never the years of completed requests.
    for (const filter of [{ supervisorId: s.supervisor.userId }, { workerId: s.worker.userId }, {}]) {
      const plans = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        const capture = new CaptureQueries();
        await listDebriefRows(trx.withPlugin(capture), s.scheme.id, filter);
        return explainEach(trx, capture.queries);
      });
      expect(plans).toHaveLength(2);
      for (const plan of plans) expect(plan, plan).not.toMatch(/Seq Scan on debrief_requests/);
    }
  });

  it('refuses to record a debrief without notes, by the worker, or by another supervisor, and changes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const id = (await s.worker.request({ method: 'POST', url: `${schemeApi(s)}/debriefs` })).json().id;
    const before = await supportRowCounts(ctx, s.scheme.id);
    const complete = (who: typeof s.worker, notes: unknown) =>
      who.request({ method: 'POST', url: `${schemeApi(s)}/debriefs/${id}/complete`, payload: { notes } });
    expectFieldError(await complete(s.supervisor, '   '), 'notes');
    expectFieldError(await complete(s.supervisor, 'x'.repeat(10_001)), 'notes');
    expectProblem(await complete(s.worker, 'I debriefed myself'), 403, 'forbidden');
    const otherSupervisor = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    expectProblem(await complete(otherSupervisor, 'Not mine'), 404, 'not-found');
    expectProblem(await s.supervisor.request({ method: 'POST', url: `${schemeApi(s)}/debriefs` }), 403, 'forbidden');
    expect(await supportRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/debriefs/${id}` })).json()).toMatchObject({
      status: 'requested',
    });
  });
});
