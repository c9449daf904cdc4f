import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { RISK_ACTION_OVERDUE_JOB } from '../../src/modules/safety/risk/risk-action-alerts.ts';
import {
  RISK_ACTION_SWEEP_JOB,
  sweepOverdueRiskActions,
} from '../../src/modules/safety/risk/use-cases/sweep-overdue-risk-actions.ts';
import { CALL_NOW_MINUTES } from '../../src/modules/safety/risk/escalate-risk.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { runJobsDue, waitingJobs } from '../support/jobs.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck } from '../support/risk.ts';
import { startSmtpServer } from '../support/smtp.ts';

const DISCLOSURE =
  "Talked about the garden. Then she said: I've got a pot of tablets and I could take it all right now.";

interface RiskAction {
  id: string;
  kind: string;
  dueAt: string;
  status: string;
  description: string;
  assignee: { id: string };
}
interface InboxItem {
  kind: string;
  urgent: boolean;
  subject: string;
  body: string;
  link: string | null;
  person: { name: string } | null;
  worker: { id: string; name: string } | null;
}

const smtp = await startSmtpServer();
afterAll(() => smtp.close());

describe.each(testDatabaseTargets())('the overdue risk action alert on $name', (target) => {
  const env = useTestApp(target, {
    smtp: { url: smtp.url, from: 'Linkwork <linkwork@example.org>' },
    baseUrl: 'https://linkwork.example.org',
  });
  afterEach(() => env().clock.reset());

  /**
   * An immediate risk recorded now on a case of the scheme's worker; the worker's supervisor is named and,
   * unless told otherwise, a second supervisor is the scheme's safeguarding lead.
   */
  async function immediateRisk(safety: { named: boolean } = { named: true }) {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const lead = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    if (safety.named) await configureSafety(s, { leadId: lead.userId });
    else await configureSafety(s, { supervisor: false, leadId: null });
    const { caseId } = await allocatedCase(s);
    const url = `${schemeApi(s)}/cases/${caseId}`;
    const saved = await s.worker.request({
      method: 'POST',
      url: `${url}/sessions`,
      payload: {
        startsAt: new Date(env().clock.now().getTime() - 5 * 60_000).toISOString(),
        durationMinutes: 45,
        mode: 'face_to_face',
        place: 'Surgery',
        attendance: 'attended',
        notes: DISCLOSURE,
        riskConcern: 'no',
        riskCheck: immediateCheck(),
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const riskId = saved.json<{ activeRisks: { id: string }[] }>().activeRisks[0]!.id;
    const risk = (await s.worker.request({ method: 'GET', url: `${url}/risks/${riskId}` })).json<{
      actions: RiskAction[];
    }>();
    const callNow = risk.actions.find((a) => a.kind === 'emergency-response')!;
    const patient = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('cases as c')
        .innerJoin('patients as p', 'p.id', 'c.patient_id')
        .select(['p.given_name', 'p.family_name'])
        .where('c.id', '=', caseId)
        .executeTakeFirstOrThrow(),
    );
    const worker = await ctx.db
      .selectFrom('users')
      .select('name')
      .where('id', '=', s.worker.userId)
      .executeTakeFirstOrThrow();
    return { s, lead, caseId, url, riskId, actions: risk.actions, callNow, patient, workerName: worker.name };
  }

  /** The overdue alerts sent about one action, by recipient. */
  const overdueAlerts = (ctx: AppContext, s: PathwayScheme, actionId: string) =>
    inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link', 'case_id', 'worker_id'])
        .where('kind', '=', 'risk.action-overdue')
        .where('source_type', '=', 'risk_action')
        .where('source_id', '=', actionId)
        .orderBy('recipient_id')
        .execute(),
    );

  const allOverdueAlerts = (ctx: AppContext, s: PathwayScheme) =>
    inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select(['recipient_id', 'source_id'])
        .where('kind', '=', 'risk.action-overdue')
        .execute(),
    );

  const overdueEvents = (ctx: AppContext, s: PathwayScheme, riskId: string) =>
    inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => ({
      events: await trx
        .selectFrom('risk_events')
        .select(['action_id', 'subject', 'note'])
        .where('risk_id', '=', riskId)
        .where('kind', '=', 'action-overdue')
        .execute(),
      audit: await trx
        .selectFrom('audit_log')
        .select(['action', 'detail'])
        .where('record_id', '=', riskId)
        .where('action', '=', 'risk.action-overdue')
        .execute(),
    }));

  /** Moves the clock to some minutes after the call-now action was created. */
  const minutesAfterRecording = (minutes: number) => env().clock.advanceMinutes(minutes);

  it("queues each required action's check for its deadline, in the transaction that created the action", async () => {
    const { ctx } = env();
    const { actions } = await immediateRisk();
    const queued = (await waitingJobs(ctx, RISK_ACTION_OVERDUE_JOB)).filter((j) =>
      actions.some((a) => a.id === j.data.actionId),
    );
    expect(queued.map((j) => [j.data.actionId, j.startAfter.toISOString()]).sort()).toEqual(
      actions.map((a) => [a.id, new Date(a.dueAt).toISOString()]).sort(),
    );
    expect(actions).toHaveLength(4);
  });

  it('alerts once the deadline has passed and not before: urgent, to the holder, the link worker, the supervisor and the safeguarding lead, once each', async () => {
    const { ctx } = env();
    const { s, lead, caseId, riskId, callNow, url } = await immediateRisk();

    minutesAfterRecording(CALL_NOW_MINUTES - 1);
    await runJobsDue(ctx);
    await sweepOverdueRiskActions(ctx);
    expect(await allOverdueAlerts(ctx, s), 'nothing before the deadline').toEqual([]);

    minutesAfterRecording(2);
    // The sweep gets there first; the action's own job then runs and finds the alert already sent.
    await sweepOverdueRiskActions(ctx);
    await runJobsDue(ctx);
    expect(
      (await waitingJobs(ctx, RISK_ACTION_OVERDUE_JOB)).filter((j) => j.data.actionId === callNow.id),
      'the deadline job has run',
    ).toEqual([]);
    const alerts = await overdueAlerts(ctx, s, callNow.id);
    expect(alerts.map((a) => a.recipient_id).sort()).toEqual(
      [s.worker.userId, s.supervisor.userId, lead.userId].sort(),
    );
    for (const a of alerts) {
      expect(a).toMatchObject({
        kind: 'risk.action-overdue',
        urgent: true,
        link: `/cases/${caseId}/risks/${riskId}`,
        case_id: caseId,
        worker_id: s.worker.userId,
      });
      expect(a.body).toContain(callNow.description);
    }
    expect(
      (await allOverdueAlerts(ctx, s)).every((a) => a.source_id === callNow.id),
      'only the action that is overdue',
    ).toBe(true);

    // The job, the sweep and the sweep through the queue: nobody is told twice and the event is written once.
    await ctx.jobs.send(ctx.db, RISK_ACTION_OVERDUE_JOB, { schemeId: s.scheme.id, actionId: callNow.id });
    await sweepOverdueRiskActions(ctx);
    await ctx.jobs.send(ctx.db, RISK_ACTION_SWEEP_JOB, {});
    await runJobsDue(ctx);
    expect(await overdueAlerts(ctx, s, callNow.id)).toHaveLength(3);
    const { events, audit } = await overdueEvents(ctx, s, riskId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action_id: callNow.id, subject: callNow.description });
    expect(audit).toHaveLength(1);

    // On the case timeline, saying what is overdue and who was told.
    const timeline = (await s.manager.request({ method: 'GET', url })).json<{
      timeline: { kind: string; text: string }[];
    }>().timeline;
    const overdue = timeline.filter((t) => t.kind === 'risk.action-overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toMatch(/^Risk action overdue: Call 999.* — .* told$/);
  });

  it('sends no alert for an action resolved before its deadline, done or documented as not done', async () => {
    const { ctx } = env();
    const { s, riskId, url, actions, callNow } = await immediateRisk();
    const resolve = (who: RoleClient, action: RiskAction, status: string, note: string) =>
      who.request({ method: 'POST', url: `${url}/risks/${riskId}/actions/${action.id}`, payload: { status, note } });
    expect(
      (await resolve(s.worker, callNow, 'done', 'Called the crisis line with her; the crisis team visited.'))
        .statusCode,
    ).toBe(200);
    const plan = actions.find((a) => a.kind === 'safety-plan')!;
    expect(
      (await resolve(s.worker, plan, 'not_done', 'The crisis team made the safety plan with her.')).statusCode,
    ).toBe(200);

    minutesAfterRecording(CALL_NOW_MINUTES + 1);
    await runJobsDue(ctx);
    await sweepOverdueRiskActions(ctx);
    expect(await allOverdueAlerts(ctx, s)).toEqual([]);
    // Its check ran and found nothing to do: no job is left waiting for it.
    expect((await waitingJobs(ctx, RISK_ACTION_OVERDUE_JOB)).filter((j) => j.data.actionId === callNow.id)).toEqual([]);
    expect((await overdueEvents(ctx, s, riskId)).events).toEqual([]);
  });

  it("is caught by the sweep when the action's own job was lost, once, however often the sweep runs", async () => {
    const { ctx } = env();
    const { s, lead, callNow, riskId } = await immediateRisk();
    // The deadline job is lost (deleted by hand, or failed past its retries).
    await ctx.database.owner.query("DELETE FROM pgboss.job WHERE name = $1 AND data->>'actionId' = $2", [
      RISK_ACTION_OVERDUE_JOB,
      callNow.id,
    ]);

    minutesAfterRecording(CALL_NOW_MINUTES - 1);
    await ctx.jobs.send(ctx.db, RISK_ACTION_SWEEP_JOB, {});
    await runJobsDue(ctx);
    expect(await allOverdueAlerts(ctx, s)).toEqual([]);

    minutesAfterRecording(2);
    // What the timetable does every five minutes: queue the sweep job; the queue runs it.
    await ctx.jobs.send(ctx.db, RISK_ACTION_SWEEP_JOB, {});
    expect(await runJobsDue(ctx)).toBeGreaterThan(0);
    expect((await overdueAlerts(ctx, s, callNow.id)).map((a) => a.recipient_id).sort()).toEqual(
      [s.worker.userId, s.supervisor.userId, lead.userId].sort(),
    );
    await sweepOverdueRiskActions(ctx);
    expect(await overdueAlerts(ctx, s, callNow.id)).toHaveLength(3);
    expect((await overdueEvents(ctx, s, riskId)).events).toHaveLength(1);
  });

  it('tells the scheme managers when the scheme names no supervisor or safeguarding lead', async () => {
    const { ctx } = env();
    const { s, lead, callNow } = await immediateRisk({ named: false });
    minutesAfterRecording(CALL_NOW_MINUTES + 1);
    await runJobsDue(ctx);
    const told = (await overdueAlerts(ctx, s, callNow.id)).map((a) => a.recipient_id);
    expect(told.sort()).toEqual([s.worker.userId, s.manager.userId].sort());
    expect(told).not.toContain(lead.userId);
    expect(told).not.toContain(s.supervisor.userId);
  });

  it('names the person and the link worker in the app, and neither in the email', async () => {
    const { ctx } = env();
    const { s, lead, caseId, riskId, patient, workerName } = await immediateRisk();
    minutesAfterRecording(CALL_NOW_MINUTES + 1);
    await runJobsDue(ctx); // the alert
    await runJobsDue(ctx); // its emails

    const inbox = (await lead.request({ method: 'GET', url: `${schemeApi(s)}/notifications` })).json<{
      items: InboxItem[];
      urgent: number;
    }>();
    const item = inbox.items.find((i) => i.kind === 'risk.action-overdue');
    expect(item).toMatchObject({
      urgent: true,
      link: `/cases/${caseId}/risks/${riskId}`,
      person: { name: `${patient.given_name} ${patient.family_name}` },
      worker: { id: s.worker.userId, name: workerName },
    });
    expect(inbox.urgent).toBeGreaterThan(0);

    const leadEmail = (
      await ctx.db.selectFrom('users').select('email').where('id', '=', lead.userId).executeTakeFirstOrThrow()
    ).email;
    const mail = smtp.received.filter((m) => m.to.includes(leadEmail) && m.subject.includes('Overdue'));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('[Urgent] Overdue: a required risk action has not been done');
    expect(mail[0]!.text).toContain(`https://linkwork.example.org/cases/${caseId}/risks/${riskId}`);
    for (const text of [mail[0]!.subject, mail[0]!.text]) {
      expect(text).not.toContain(patient.family_name);
      expect(text).not.toContain(patient.given_name);
      expect(text).not.toContain(workerName);
      expect(text).not.toMatch(/tablets|UTC/);
    }
    expect(mail[0]!.text).toMatch(/was due by \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}[ap]m /);
  });
});
