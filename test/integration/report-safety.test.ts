import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';
import { runJobsDue } from '../support/jobs.ts';
import { setLoneWorkingMinutes } from '../support/lone-working.ts';
import {
  acceptedReferral,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  referralBody,
  schemeApi,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck } from '../support/risk.ts';
import { nameSupervisor } from '../support/support.ts';
import { courseIds, daysFrom, recordTrainingFor } from '../support/training.ts';

type Row = Record<string, string | number | null>;
type Table = { key: string; title: string; rows: Row[]; columns: { key: string; kind: string }[] };
type View = { tables: Table[] };

const DISCLOSURE =
  "Talked about the garden. Then she said: I've got a pot of tablets and I could take it all right now.";

/** The courses the default catalogue asks of every link worker. */
const REQUIRED = [
  'safeguarding_adults_l2',
  'safeguarding_children_l2',
  'suicide_prevention',
  'benefits_system',
  'information_governance',
  'lone_working',
  'nhse_link_worker_elearning',
];

/** A seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe.each(testDatabaseTargets())('the safety and workforce report on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const report = (s: PathwayScheme, who: RoleClient, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/safety${query}` });
  const table = (view: View, key: string) => {
    const found = view.tables.find((t) => t.key === key);
    if (!found) throw new Error(`no table ${key} in ${view.tables.map((t) => t.key).join(', ')}`);
    return found;
  };
  const sum = (rows: Row[], key: string) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);
  const month = () => env().clock.today().slice(0, 7);

  /** A session on the case with an immediate risk check: the risk, its escalation actions and a debrief. */
  async function immediateRisk(s: PathwayScheme, caseId: string, worker: RoleClient = s.worker) {
    const saved = await worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/cases/${caseId}/sessions`,
      payload: {
        startsAt: new Date(env().clock.now().getTime() - 5 * 60_000).toISOString(),
        durationMinutes: 45,
        mode: 'face_to_face',
        place: 'Surgery',
        attendance: 'attended',
        notes: DISCLOSURE,
        riskConcern: 'no',
        riskCheck: immediateCheck(),
        feeling: 'distressing',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const riskId = saved.json<{ activeRisks: { id: string }[] }>().activeRisks[0]!.id;
    const risk = await worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/risks/${riskId}` });
    return { riskId, actions: risk.json<{ actions: { id: string; assignee: { id: string } }[] }>().actions };
  }

  /** A referral flagged for significant mental health needs, allocated by the manager over the competence check. */
  async function overriddenAllocation(s: PathwayScheme, workerId: string) {
    const referral = await acceptedReferral(s);
    const flagged = await s.worker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/referrals/${referral.id}/complexity`,
      payload: { version: referral.version, flags: ['mental_health'] },
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    const allocated = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referral.id}/allocate`,
      payload: {
        version: flagged.json<{ version: number }>().version,
        workerId,
        override: { reason: 'Only worker who knows the family; training booked.' },
      },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
  }

  /** A scheme with work for both link workers; the supervisor supervises `worker` only. */
  async function busyScheme() {
    const { app, ctx } = env();
    let s = await buildPathwayScheme(ctx, app);
    await configureSafety(s);
    await nameSupervisor(s, s.otherWorker, null);
    await setLoneWorkingMinutes(ctx, s.scheme.id, 15, 10);
    const mine = await allocatedCase(s, { body: referralBody({ needs: ['loneliness'] }) });
    const theirs = await allocatedCase(s, {
      workerId: s.otherWorker.userId,
      body: referralBody({ needs: ['debt'] }),
    });
    const risk = await immediateRisk(s, mine.caseId);
    // One of the worker's own actions done now, before it is due: on time.
    const own = risk.actions.find((a) => a.assignee.id === s.worker.userId)!;
    const done = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/cases/${mine.caseId}/risks/${risk.riskId}/actions/${own.id}`,
      payload: { status: 'done', note: 'Called the crisis team.' },
    });
    expect(done.statusCode, done.body).toBe(200);
    // The other worker asks for a debrief; nobody answers it.
    expect((await s.otherWorker.request({ method: 'POST', url: `${schemeApi(s)}/debriefs` })).statusCode).toBe(201);
    // The supervisor answers every debrief of their supervisee at once: in time.
    const debriefs = await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/debriefs` });
    const supervisees = debriefs
      .json<{ items: { id: string; workerId: string }[] }>()
      .items.filter((i) => i.workerId === s.worker.userId);
    expect(supervisees).toHaveLength(1);
    for (const d of supervisees) {
      const answered = await s.supervisor.request({
        method: 'POST',
        url: `${schemeApi(s)}/debriefs/${d.id}/complete`,
        payload: { notes: 'Talked it through.' },
      });
      expect(answered.statusCode, answered.body).toBe(200);
    }
    // Yesterday as the scenario starts: the clock moves on below, past midnight when the test starts late at night.
    const heldOn = env().clock.today(-1);
    const logged = await s.supervisor.request({
      method: 'POST',
      url: `${schemeApi(s)}/supervision/sessions`,
      payload: {
        workerId: s.worker.userId,
        heldOn,
        kind: 'clinical',
        notes: 'Caseload and the risk this week.',
        casesDiscussed: [],
        actions: [],
      },
    });
    expect(logged.statusCode, logged.body).toBe(201);
    const ids = await courseIds(s);
    for (const code of REQUIRED)
      await recordTrainingFor(s, s.worker.userId, { courseId: ids[code]!, completedOn: daysFrom(ctx, -30) });
    await recordTrainingFor(s, s.otherWorker.userId, {
      courseId: ids.benefits_system!,
      completedOn: daysFrom(ctx, -30),
    });
    await overriddenAllocation(s, s.otherWorker.userId);

    // Lone working: the worker's visit ends with a check-out; the other worker's check-out is missed, and the
    // worker (their buddy) acknowledges the alert 4 minutes after it went.
    const visit = async (who: RoleClient, buddy: RoleClient) => {
      const planned = await who.request({
        method: 'POST',
        url: `${schemeApi(s)}/lone-working/visits`,
        payload: {
          place: '14 Canal Street, Leeds LS2 7QA',
          purpose: 'Home visit',
          plannedStart: env().clock.now().toISOString(),
          expectedEnd: new Date(env().clock.now().getTime() + 60 * 60_000).toISOString(),
          buddyId: buddy.userId,
          workerPhone: '07700 900456',
        },
      });
      expect(planned.statusCode, planned.body).toBe(201);
      const id = planned.json<{ id: string }>().id;
      const checkedIn = await who.request({
        method: 'POST',
        url: `${schemeApi(s)}/lone-working/visits/${id}/check-in`,
      });
      expect(checkedIn.statusCode, checkedIn.body).toBe(200);
      return id;
    };
    const kept = await visit(s.worker, s.otherWorker);
    const missed = await visit(s.otherWorker, s.worker);
    const out = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/lone-working/visits/${kept}/check-out`,
    });
    expect(out.statusCode, out.body).toBe(200);
    const later = async (minutes: number) => {
      env().clock.advanceMinutes(minutes);
      s = {
        ...s,
        worker: await signInAgain(app, s.worker),
        otherWorker: await signInAgain(app, s.otherWorker),
        manager: await signInAgain(app, s.manager),
        supervisor: await signInAgain(app, s.supervisor),
        referrer: await signInAgain(app, s.referrer),
        community: await signInAgain(app, s.community),
      };
    };
    await later(60 + 16);
    await runJobsDue(ctx);
    await later(4);
    const ack = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/lone-working/visits/${missed}/acknowledge`,
      payload: { note: 'Called; phone had died, all well.' },
    });
    expect(ack.statusCode, ack.body).toBe(200);
    return { s, mine, theirs, heldOn };
  }

  it('shows a manager risks, actions, debriefs, supervision, training, lone working, overrides and caseloads', async () => {
    const { ctx } = env();
    const { s, heldOn } = await busyScheme();
    const response = await report(s, s.manager);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    const m = month();
    expect(view.tables.map((t) => t.key)).toEqual([
      'risks-by-level',
      'escalation-actions',
      'debriefs',
      'supervision-up-to-date',
      'supervision-by-worker',
      'training-compliance',
      'training-by-course',
      'lone-working',
      'time-to-acknowledge',
      'competence-overrides',
      'caseload-against-cap',
    ]);
    expect(table(view, 'risks-by-level').rows).toHaveLength(12);
    expect(table(view, 'risks-by-level').rows.at(-1)).toEqual({
      month: m,
      total: 1,
      immediate: 1,
      high: 0,
      medium: 0,
      low: 0,
      none: 0,
    });
    const { rows: actionRows } = await ctx.database.owner.query<{ n: string }>(
      'SELECT count(*) AS n FROM risk_actions WHERE scheme_id = $1',
      [s.scheme.id],
    );
    const actions = table(view, 'escalation-actions').rows;
    expect(sum(actions, 'due')).toBe(Number(actionRows[0]!.n));
    expect(sum(actions, 'onTime')).toBe(1);
    expect(sum(actions, 'open')).toBe(Number(actionRows[0]!.n) - 1);
    expect(actions.at(-1)!.onTimeShare).toBe(100);
    // The risk's debrief for the worker answered in time; the other worker's own request still open.
    expect(table(view, 'debriefs').rows.at(-1)).toEqual({
      month: m,
      asked: 2,
      inTime: 1,
      late: 0,
      open: 1,
      inTimeShare: 100,
    });
    // Both workers joined today: both up to date (their interval runs from their start).
    expect(table(view, 'supervision-up-to-date').rows.at(-1)).toEqual({
      month: m,
      workers: 2,
      upToDate: 2,
      share: 100,
    });
    const byWorker = table(view, 'supervision-by-worker').rows;
    expect(byWorker).toHaveLength(2);
    expect(byWorker).toContainEqual(
      expect.objectContaining({ sessions: 1, onSchedule: 1, lastHeld: heldOn, upToDate: 'Yes' }),
    );
    expect(byWorker).toContainEqual(expect.objectContaining({ sessions: 0, onSchedule: 0, lastHeld: null }));
    expect(table(view, 'training-compliance').rows.at(-1)).toEqual({ month: m, workers: 2, compliant: 1, share: 50 });
    const courses = table(view, 'training-by-course').rows;
    expect(courses.find((c) => c.course === 'Benefits system')).toMatchObject({ workers: 2, current: 2, share: 100 });
    expect(courses.filter((c) => c.current === 1)).toHaveLength(REQUIRED.length - 1);
    expect(table(view, 'lone-working').rows.at(-1)).toEqual({
      month: m,
      visits: 2,
      missed: 1,
      acknowledged: 1,
      missedShare: 50,
    });
    expect(table(view, 'time-to-acknowledge').rows).toEqual([
      { missed: 1, acknowledged: 1, unacknowledged: 0, median: 4, p90: 4 },
    ]);
    expect(table(view, 'competence-overrides').rows.at(-1)).toEqual({
      month: m,
      allocated: 3,
      overrides: 1,
      share: 33.3,
    });
    // Full-time workers at the default policy (225 a year over 12 weeks: a safe caseload of 51), 1 and 2 cases.
    expect(table(view, 'caseload-against-cap').rows.at(-1)).toEqual({
      month: m,
      workers: 2,
      overCap: 0,
      meanShare: Math.round(((1 / 51 + 2 / 51) / 2) * 1000) / 10,
    });
    // Every view is audited.
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', '=', 'report.view')
      .execute();
    expect(audit).toEqual([{ action: 'report.view', detail: expect.objectContaining({ report: 'safety' }) }]);
  });

  it('narrows by practice, need, worker and months, and counts a worker over their safe caseload', async () => {
    const { ctx } = env();
    const { s, mine } = await busyScheme();
    const m = month();
    const { rows } = await ctx.database.owner.query<{ practice_ods_code: string | null }>(
      'SELECT practice_ods_code FROM referrals WHERE id = $1',
      [mine.referralId],
    );
    const practice = rows[0]!.practice_ods_code;
    const risks = async (query: string) =>
      sum(table((await report(s, s.manager, query)).json<View>(), 'risks-by-level').rows, 'total');
    expect(await risks('?need=loneliness')).toBe(1);
    expect(await risks('?need=debt')).toBe(0);
    if (practice) expect(await risks(`?practice=${practice}`)).toBe(1);
    expect(await risks('?practice=Z99999')).toBe(0);
    expect(await risks(`?worker=${s.otherWorker.userId}`)).toBe(0);
    expect(await risks(`?from=${m}&to=${m}`)).toBe(1);
    const lastYear = `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;
    expect(await risks(`?from=${lastYear}&to=${lastYear}`)).toBe(0);

    const theirs = (await report(s, s.manager, `?worker=${s.otherWorker.userId}`)).json<View>();
    expect(table(theirs, 'debriefs').rows.at(-1)).toMatchObject({ asked: 1, open: 1 });
    expect(table(theirs, 'lone-working').rows.at(-1)).toMatchObject({ visits: 1, missed: 1 });
    expect(table(theirs, 'competence-overrides').rows.at(-1)).toMatchObject({ allocated: 2, overrides: 1 });
    expect(table(theirs, 'supervision-by-worker').rows).toEqual([expect.objectContaining({ sessions: 0 })]);
    expect(table(theirs, 'training-compliance').rows.at(-1)).toMatchObject({ workers: 1, compliant: 0 });

    // The other worker cut to 2 hours a week: a safe caseload of 2 (225 × 2/37.5 × 12/52, rounded down). Two open
    // cases is at the cap, not over it; a third puts them over, counted from that month on.
    await nameSupervisor(s, s.otherWorker, null, { hoursPerWeek: 2 });
    const cap = (v: View) => table(v, 'caseload-against-cap').rows.at(-1)!;
    expect(cap((await report(s, s.manager)).json<View>())).toMatchObject({ workers: 2, overCap: 0 });
    await allocatedCase(s, { workerId: s.otherWorker.userId });
    const over = (await report(s, s.manager)).json<View>();
    expect(cap(over)).toMatchObject({ workers: 2, overCap: 1 });
    expect(cap((await report(s, s.manager, `?worker=${s.worker.userId}`)).json<View>())).toMatchObject({
      workers: 1,
      overCap: 0,
    });
  });

  it("gives a supervisor their supervisees' figures only, and refuses a worker filter naming anyone else", async () => {
    const { s } = await busyScheme();
    const response = await report(s, s.supervisor);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    expect(table(view, 'debriefs').rows.at(-1)).toMatchObject({ asked: 1, inTime: 1, open: 0 });
    expect(table(view, 'lone-working').rows.at(-1)).toMatchObject({ visits: 1, missed: 0 });
    expect(table(view, 'competence-overrides').rows.at(-1)).toMatchObject({ allocated: 1, overrides: 0 });
    expect(sum(table(view, 'risks-by-level').rows, 'total')).toBe(1);
    expect(table(view, 'supervision-by-worker').rows).toEqual([expect.objectContaining({ sessions: 1 })]);
    expect(table(view, 'training-compliance').rows.at(-1)).toMatchObject({ workers: 1, compliant: 1 });
    expect(response.body).not.toContain(s.otherWorker.userId);
    expectFieldError(await report(s, s.supervisor, `?worker=${s.otherWorker.userId}`), 'worker');
    // A supervisor with nobody to supervise sees nothing rather than everything.
    await nameSupervisor(s, s.worker, null);
    const none = (await report(s, s.supervisor)).json<View>();
    expect(sum(table(none, 'risks-by-level').rows, 'total')).toBe(0);
    expect(sum(table(none, 'debriefs').rows, 'asked')).toBe(0);
    expect(table(none, 'supervision-by-worker').rows).toEqual([]);
    expect(table(none, 'training-compliance').rows.at(-1)).toMatchObject({ workers: 0, share: null });
  });

  it('gives a commissioner suppressed scheme figures, no table per worker and nobody named', async () => {
    const { app, ctx } = env();
    const { s } = await busyScheme();
    const user = await buildUser(ctx, { role: 'commissioner', schemeId: s.scheme.id });
    const lead = Object.assign(await signIn(app, user), { userId: user.id });
    const response = await lead.request({ method: 'GET', url: '/api/commissioning/reports/safety' });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    expect(view.tables.map((t) => t.key)).not.toContain('supervision-by-worker');
    expect(table(view, 'supervision-up-to-date').rows.at(-1)).toMatchObject({ workers: '1–7', share: null });
    expect(table(view, 'risks-by-level').rows.at(-1)).toMatchObject({ total: '1–7', immediate: '1–7' });
    expect(table(view, 'time-to-acknowledge').rows).toEqual([
      { missed: '1–7', acknowledged: '1–7', unacknowledged: '0', median: null, p90: null },
    ]);
    for (const who of [s.worker, s.otherWorker, s.supervisor, s.manager])
      expect(response.body).not.toContain(who.userId);
    const { rows } = await ctx.database.owner.query<{ name: string }>('SELECT name FROM users WHERE id = ANY ($1)', [
      [s.worker.userId, s.otherWorker.userId],
    ]);
    for (const r of rows) expect(response.body).not.toContain(r.name);
    expectFieldError(
      await lead.request({ method: 'GET', url: `/api/commissioning/reports/safety?worker=${s.worker.userId}` }),
      'worker',
    );
    const csv = await lead.request({
      method: 'GET',
      url: '/api/commissioning/reports/safety/tables/risks-by-level.csv',
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(
      (await lead.request({ method: 'GET', url: '/api/commissioning/reports/safety/tables/supervision-by-worker.csv' }))
        .statusCode,
    ).toBe(400);
  });

  it('downloads a table as CSV, and refuses everyone but managers and supervisors', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const response = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/reports/safety/tables/escalation-actions.csv?from=2026-01&to=2026-12`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Month,Actions due,Done on time,Done late,Not done,Still open,On time (% of resolved)');
    expect(lines[1]).toBe('2026-01,0,0,0,0,0,');
    expectFieldError(
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/reports/safety/tables/nothing.csv` }),
      'table',
    );
    expectFieldError(await report(s, s.manager, '?from=2026-13'), 'from');
    expectFieldError(await report(s, s.manager, '?need=boredom'), 'need');
    for (const who of [s.worker, s.referrer, s.community]) expectProblem(await report(s, who), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await report(s, other.manager), 403, 'forbidden');
  });

  it('keeps every safety rollup equal to a count from scratch after a random sequence of changes', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const random = seeded(20261207);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const days = (n: number) => `${Math.round(n * 24)} hours`;
    const workers = [s.worker.userId, s.otherWorker.userId];
    const ids = await courseIds(s);
    const cases = [
      await allocatedCase(s, { body: referralBody({ needs: ['loneliness', 'debt'] }) }),
      await allocatedCase(s, { workerId: s.otherWorker.userId, body: referralBody({ needs: ['housing'] }) }),
    ];
    const sql = async (text: string, values: unknown[] = []) =>
      (await ctx.database.owner.query<{ id: string }>(text, values)).rows;
    const any = async (table: string) =>
      (await sql(`SELECT id FROM ${table} WHERE scheme_id = $1 ORDER BY id`, [s.scheme.id])).map((r) => r.id);
    for (let step = 0; step < 60; step++) {
      const action = pick([
        'case',
        'close',
        'reallocate',
        'move-case',
        'risk',
        'move-risk',
        'action',
        'resolve',
        'debrief',
        'answer',
        'supervision',
        'drop-supervision',
        'training',
        'move-training',
        'visit',
        'override',
        'needs',
      ]);
      const ago = Math.floor(random() * 150);
      const worker = pick(workers);
      const kase = pick(cases);
      if (action === 'case')
        cases.push(
          await allocatedCase(s, { workerId: worker, body: referralBody({ needs: [pick(['debt', 'housing'])] }) }),
        );
      if (action === 'close')
        await sql(
          `UPDATE cases SET status = 'closed', closed_at = greatest(allocated_at, now() - $2::interval), discharge_reason = 'goals-met'
           WHERE id = $1`,
          [kase.caseId, days(ago / 4)],
        );
      if (action === 'reallocate') await sql('UPDATE cases SET worker_id = $2 WHERE id = $1', [kase.caseId, worker]);
      if (action === 'move-case')
        await sql(`UPDATE cases SET allocated_at = allocated_at - $2::interval WHERE id = $1`, [
          kase.caseId,
          days(ago),
        ]);
      if (action === 'needs')
        await sql(`UPDATE referrals SET needs = $2 WHERE id = $1`, [kase.referralId, [pick(['debt', 'low-mood'])]]);
      if (action === 'risk') {
        const level = pick(['none', 'low', 'medium', 'high', 'immediate']);
        const closed = level === 'none' || level === 'low';
        await sql(
          `INSERT INTO risk_assessments (scheme_id, case_id, assessed_at, self_harm_thoughts, self_harm_plans, self_harm_means,
             self_harm_intent, harm_to_others, safeguarding_concern, level, status, closed_at)
           VALUES ($1, $2, now() - $3::interval, false, false, false, false, false, false, $4, $5, $6)`,
          [s.scheme.id, kase.caseId, days(ago), level, closed ? 'closed' : 'open', closed ? new Date() : null],
        );
      }
      if (action === 'move-risk') {
        const risk = pick(await any('risk_assessments'));
        if (risk)
          await sql(`UPDATE risk_assessments SET assessed_at = assessed_at - $2::interval WHERE id = $1`, [
            risk,
            days(ago - 75),
          ]);
      }
      if (action === 'action') {
        const risk = pick(await any('risk_assessments'));
        if (risk)
          await sql(
            `INSERT INTO risk_actions (scheme_id, risk_id, kind, description, assignee_id, due_at, created_at)
             VALUES ($1, $2, 'call-back', 'Call back', $3, now() - $4::interval, now() - $4::interval - interval '1 day')`,
            [s.scheme.id, risk, worker, days(ago)],
          );
      }
      if (action === 'resolve') {
        const open = pick(
          (
            await sql(`SELECT id FROM risk_actions WHERE scheme_id = $1 AND status = 'open' ORDER BY id`, [s.scheme.id])
          ).map((r) => r.id),
        );
        if (open)
          await sql(
            `UPDATE risk_actions SET status = $2, outcome_note = 'Noted', resolved_at = due_at + $3::interval, resolved_by = $4
             WHERE id = $1`,
            [open, pick(['done', 'done', 'not_done']), days(random() * 2 - 1), worker],
          );
      }
      if (action === 'debrief')
        await sql(
          `INSERT INTO debrief_requests (scheme_id, worker_id, reason, requested_at, respond_by)
           VALUES ($1, $2, 'asked', now() - $3::interval, now() - $3::interval + interval '2 days')`,
          [s.scheme.id, worker, days(ago)],
        );
      if (action === 'answer') {
        const open = pick(
          (
            await sql(`SELECT id FROM debrief_requests WHERE scheme_id = $1 AND status = 'requested' ORDER BY id`, [
              s.scheme.id,
            ])
          ).map((r) => r.id),
        );
        if (open)
          await sql(
            `UPDATE debrief_requests SET status = 'completed', completed_at = requested_at + $2::interval WHERE id = $1`,
            [open, days(random() * 4)],
          );
      }
      if (action === 'supervision')
        await sql(
          `INSERT INTO supervision_sessions (scheme_id, worker_id, supervisor_id, held_on, kind)
           VALUES ($1, $2, $3, current_date - $4::integer, 'clinical')`,
          [s.scheme.id, worker, s.supervisor.userId, ago],
        );
      if (action === 'drop-supervision') {
        const session = pick(await any('supervision_sessions'));
        if (session) await sql('DELETE FROM supervision_sessions WHERE id = $1', [session]);
      }
      if (action === 'training') {
        const expires = random() < 0.7;
        await sql(
          `INSERT INTO training_records (scheme_id, user_id, course_id, completed_on, expires_on)
           VALUES ($1, $2, $3, current_date - $4::integer, CASE WHEN $5 THEN current_date - $4::integer + $6::integer END)`,
          [s.scheme.id, worker, ids[pick(REQUIRED)]!, ago, expires, Math.floor(random() * 120)],
        );
      }
      if (action === 'move-training') {
        const record = pick(await any('training_records'));
        if (record)
          await sql(`UPDATE training_records SET expires_on = completed_on + $2::integer WHERE id = $1`, [
            record,
            Math.floor(random() * 90),
          ]);
      }
      if (action === 'visit') {
        const buddy = workers.find((w) => w !== worker)!;
        const missed = random() < 0.5;
        const acknowledged = missed && random() < 0.7;
        const status = pick(['checked_out', 'checked_in', 'cancelled']);
        const [visit] = await sql(
          `INSERT INTO lone_working_visits (scheme_id, worker_id, place, planned_start, expected_end, buddy_id, worker_phone,
             status, checked_out_at, alert_level, acknowledged_at, acknowledged_by)
           VALUES ($1, $2, 'A home', now() - $3::interval - interval '1 hour', now() - $3::interval, $4, '07700 900456',
             $5, CASE WHEN $5 = 'checked_out' THEN now() - $3::interval + interval '2 hours' END, $6,
             CASE WHEN $7 THEN now() - $3::interval + $8::interval END, $9)
           RETURNING id`,
          [
            s.scheme.id,
            worker,
            days(ago),
            buddy,
            status,
            missed ? 1 : 0,
            acknowledged,
            `${15 + Math.floor(random() * 90)} minutes`,
            acknowledged ? buddy : null,
          ],
        );
        if (missed && visit)
          await sql(
            `INSERT INTO lone_working_events (scheme_id, visit_id, kind, at, alert_level)
             VALUES ($1, $2, 'alerted', now() - $3::interval + interval '15 minutes', 1)`,
            [s.scheme.id, visit.id, days(ago)],
          );
      }
      if (action === 'override')
        await sql(
          `INSERT INTO allocation_overrides (scheme_id, referral_id, case_id, worker_id, flags, missing, reason, by_user_id, at)
           VALUES ($1, $2, $3, $4, '{mental_health}', '[]', 'Knows the family', $5, now() - $6::interval)`,
          [s.scheme.id, kase.referralId, kase.caseId, worker, s.manager.userId, days(ago)],
        );
      // Read the report now and then, so the rollups are refreshed part way through the sequence.
      if (step % 9 === 4) expect((await report(s, s.manager)).statusCode).toBe(200);
    }
    expect((await report(s, s.manager)).statusCode).toBe(200);
    const incremental = await rollupSnapshot(ctx, s.scheme.id);
    // The sequence reached every rollup.
    for (const [name, rows] of Object.entries(incremental)) expect(rows.length, name).toBeGreaterThan(0);
    // Every rollup row equals a count straight from the raw rows, whole sets compared.
    expect(await directRollups(ctx, s.scheme.id)).toEqual(incremental);
    // And the running sums read from the rollups give the caseloads and current training counted directly.
    expect(await runningFromRollups(ctx, s.scheme.id)).toEqual(await runningDirect(ctx, s.scheme.id));
  });
});

const SAFETY_ROLLUPS = {
  report_safety_risks: 'practice_ods_code, need, worker_id, level, risks',
  report_safety_actions: 'practice_ods_code, need, worker_id, outcome, actions',
  report_safety_debriefs: 'worker_id, outcome, debriefs',
  report_safety_supervision: 'worker_id, gap_days, sessions, last_held_on::text AS last_held_on',
  report_safety_training: 'worker_id, course_id, started, ended',
  report_safety_visits: 'worker_id, missed, ack_minutes, visits',
  report_safety_caseload: 'worker_id, allocated, closed, overrides',
} as const;

/** Every safety rollup row of the scheme, in a fixed order. */
async function rollupSnapshot(ctx: AppContext, schemeId: string) {
  const snapshot: Record<string, string[]> = {};
  for (const [table, columns] of Object.entries(SAFETY_ROLLUPS)) {
    const { rows } = await ctx.database.owner.query<Record<string, unknown>>(
      `SELECT month::text AS month, ${columns} FROM ${table} WHERE scheme_id = $1`,
      [schemeId],
    );
    snapshot[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return snapshot;
}

/** The same rows grouped straight from the raw tables over the whole scheme, month by month. */
async function directRollups(ctx: AppContext, schemeId: string) {
  const q = async (text: string) =>
    (await ctx.database.owner.query<Record<string, unknown>>(text, [schemeId])).rows
      .map((r) => JSON.stringify(r))
      .sort();
  const needs = "CROSS JOIN LATERAL unnest(array_append(f.needs, '*')) AS n(need)";
  return {
    report_safety_risks: await q(
      `SELECT london_month(r.assessed_at)::text AS month, f.practice_ods_code, n.need, c.worker_id, r.level, count(*)::int AS risks
       FROM risk_assessments r JOIN cases c ON c.id = r.case_id JOIN referrals f ON f.id = c.referral_id ${needs}
       WHERE r.scheme_id = $1 GROUP BY 1, 2, 3, 4, 5`,
    ),
    report_safety_actions: await q(
      `SELECT london_month(a.due_at)::text AS month, f.practice_ods_code, n.need, c.worker_id,
         CASE WHEN a.status = 'open' THEN 'open' WHEN a.status = 'not_done' THEN 'not_done'
              WHEN a.resolved_at <= a.due_at THEN 'on_time' ELSE 'late' END AS outcome, count(*)::int AS actions
       FROM risk_actions a JOIN risk_assessments r ON r.id = a.risk_id JOIN cases c ON c.id = r.case_id
       JOIN referrals f ON f.id = c.referral_id ${needs}
       WHERE a.scheme_id = $1 GROUP BY 1, 2, 3, 4, 5`,
    ),
    report_safety_debriefs: await q(
      `SELECT london_month(requested_at)::text AS month, worker_id,
         CASE WHEN completed_at IS NULL THEN 'open' WHEN completed_at <= respond_by THEN 'in_time' ELSE 'late' END AS outcome,
         count(*)::int AS debriefs
       FROM debrief_requests WHERE scheme_id = $1 AND duplicate_of IS NULL GROUP BY 1, 2, 3`,
    ),
    report_safety_supervision: await q(
      `SELECT date_trunc('month', held_on)::date::text AS month, worker_id, gap_days, count(*)::int AS sessions,
         max(held_on)::text AS last_held_on
       FROM (
         SELECT s.*, s.held_on - (SELECT max(p.held_on) FROM supervision_sessions p
           WHERE p.scheme_id = s.scheme_id AND p.worker_id = s.worker_id AND p.held_on < s.held_on) AS gap_days
         FROM supervision_sessions s WHERE s.scheme_id = $1
       ) g GROUP BY 1, 2, 3`,
    ),
    report_safety_training: await q(
      `SELECT month::text AS month, user_id AS worker_id, course_id, sum(started)::int AS started, sum(ended)::int AS ended
       FROM (
         SELECT date_trunc('month', completed_on)::date AS month, user_id, course_id, 1 AS started, 0 AS ended
         FROM training_records WHERE scheme_id = $1
         UNION ALL
         SELECT date_trunc('month', expires_on + 1)::date, user_id, course_id, 0, 1
         FROM training_records WHERE scheme_id = $1 AND expires_on IS NOT NULL
       ) t GROUP BY 1, 2, 3`,
    ),
    report_safety_visits: await q(
      `SELECT london_month(v.expected_end)::text AS month, v.worker_id, a.first_at IS NOT NULL AS missed,
         CASE WHEN a.first_at IS NOT NULL AND v.acknowledged_at IS NOT NULL
           THEN greatest(0, floor(extract(epoch FROM v.acknowledged_at - a.first_at) / 60))::int END AS ack_minutes,
         count(*)::int AS visits
       FROM lone_working_visits v
       LEFT JOIN LATERAL (SELECT min(at) AS first_at FROM lone_working_events e WHERE e.visit_id = v.id AND e.kind = 'alerted') a ON true
       WHERE v.scheme_id = $1 AND v.status <> 'cancelled' GROUP BY 1, 2, 3, 4`,
    ),
    report_safety_caseload: await q(
      `SELECT month::text AS month, worker_id, sum(allocated)::int AS allocated, sum(closed)::int AS closed,
         sum(overrides)::int AS overrides
       FROM (
         SELECT london_month(allocated_at) AS month, worker_id, 1 AS allocated, 0 AS closed, 0 AS overrides FROM cases WHERE scheme_id = $1
         UNION ALL SELECT london_month(closed_at), worker_id, 0, 1, 0 FROM cases WHERE scheme_id = $1 AND closed_at IS NOT NULL
         UNION ALL SELECT london_month(at), worker_id, 0, 0, 1 FROM allocation_overrides WHERE scheme_id = $1
       ) t GROUP BY 1, 2`,
    ),
  };
}

/** Open cases per worker and current records per worker and course at each month's end, from the rollups' running sums. */
async function runningFromRollups(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: number }>(text, [schemeId])).rows;
  return {
    open: await q(
      `SELECT m.month::text || ' ' || w.worker_id AS k, coalesce(sum(c.allocated - c.closed), 0)::int AS n
       FROM (SELECT DISTINCT month FROM report_safety_caseload WHERE scheme_id = $1) m
       CROSS JOIN (SELECT DISTINCT worker_id FROM report_safety_caseload WHERE scheme_id = $1) w
       LEFT JOIN report_safety_caseload c ON c.scheme_id = $1 AND c.worker_id = w.worker_id AND c.month <= m.month
       GROUP BY 1 ORDER BY 1`,
    ),
    current: await q(
      `SELECT m.month::text || ' ' || t.worker_id || ' ' || t.course_id AS k, sum(t.started - t.ended)::int AS n
       FROM (SELECT DISTINCT month FROM report_safety_training WHERE scheme_id = $1) m
       JOIN report_safety_training t ON t.scheme_id = $1 AND t.month <= m.month
       GROUP BY 1 HAVING sum(t.started - t.ended) <> 0 ORDER BY 1`,
    ),
  };
}

/** The same counted directly: cases allocated by a month's end and not closed by then; records current on its last day. */
async function runningDirect(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: number }>(text, [schemeId])).rows;
  const end = `((m.month + interval '1 month')::timestamp AT TIME ZONE 'Europe/London')`;
  return {
    open: await q(
      `SELECT m.month::text || ' ' || w.worker_id AS k,
         (SELECT count(*) FROM cases c WHERE c.scheme_id = $1 AND c.worker_id = w.worker_id AND c.allocated_at < ${end}
            AND (c.closed_at IS NULL OR c.closed_at >= ${end}))::int AS n
       FROM (SELECT DISTINCT month FROM report_safety_caseload WHERE scheme_id = $1) m
       CROSS JOIN (SELECT DISTINCT worker_id FROM report_safety_caseload WHERE scheme_id = $1) w
       ORDER BY 1`,
    ),
    current: await q(
      `SELECT m.month::text || ' ' || t.user_id || ' ' || t.course_id AS k, count(*)::int AS n
       FROM (SELECT DISTINCT month FROM report_safety_training WHERE scheme_id = $1) m
       JOIN training_records t ON t.scheme_id = $1 AND t.completed_on <= (m.month + interval '1 month - 1 day')::date
         AND (t.expires_on IS NULL OR t.expires_on >= (m.month + interval '1 month - 1 day')::date)
       GROUP BY 1 ORDER BY 1`,
    ),
  };
}
