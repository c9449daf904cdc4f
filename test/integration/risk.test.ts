import { afterEach, describe, expect, it } from 'vitest';
import { seedRisk } from '../../src/demo/seed-risk.ts';
import { isWorkingDay } from '../../src/modules/workforce/support/working-days.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { londonDate } from '../../src/platform/london-time.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck, riskCheck, riskRowCounts } from '../support/risk.ts';

const DISCLOSURE =
  "Talked about the garden. Then she said: I've got a pot of tablets and I could take it all right now.";

interface RiskAction {
  id: string;
  kind: string;
  dueAt: string;
  status: string;
  required: boolean;
  assignee: { id: string };
}
interface Risk {
  id: string;
  level: string;
  status: string;
  version: number;
  escalationNote: string;
  notified: { name: string }[];
  actions: RiskAction[];
}

describe.each(testDatabaseTargets())('risk at every contact on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  async function setUp(options: Parameters<typeof configureSafety>[1] = {}) {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await configureSafety(s, options);
    const { caseId } = await allocatedCase(s);
    env().clock.advanceMinutes(10);
    return { s, caseId, url: `${schemeApi(s)}/cases/${caseId}` };
  }

  const session = (notes: string, extra: Record<string, unknown> = {}) => ({
    startsAt: new Date(env().clock.now().getTime() - 5 * 60_000).toISOString(),
    durationMinutes: 45,
    mode: 'face_to_face',
    place: 'Surgery',
    attendance: 'attended',
    notes,
    riskConcern: 'no',
    ...extra,
  });
  const post = (who: RoleClient, url: string, payload: Record<string, unknown>) =>
    who.request({ method: 'POST', url, payload });
  const get = (who: RoleClient, url: string) => who.request({ method: 'GET', url });

  async function recordImmediate(s: PathwayScheme, url: string): Promise<Risk> {
    const saved = await post(
      s.worker,
      `${url}/sessions`,
      session(DISCLOSURE, { riskCheck: immediateCheck(), feeling: 'distressing' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const activeRisks = saved.json<{ activeRisks: { id: string; level: string }[] }>().activeRisks;
    expect(activeRisks).toHaveLength(1);
    const risk = await get(s.worker, `${url}/risks/${activeRisks[0]!.id}`);
    expect(risk.statusCode, risk.body).toBe(200);
    return risk.json<Risk>();
  }

  it('refuses a session whose notes contain risk language until the risk check is done, saving nothing', async () => {
    const { ctx } = env();
    const { s, url } = await setUp();
    const before = await riskRowCounts(ctx, s.scheme.id);
    const refused = expectFieldError(await post(s.worker, `${url}/sessions`, session(DISCLOSURE)), 'riskCheck');
    expect(refused.message).toContain('"I\'ve got a pot of tablets" (thoughts of suicide or of not wanting to live)');
    expect(refused.fix).toMatch(/risk check/i);
    expect(await riskRowCounts(ctx, s.scheme.id)).toEqual(before);

    const language = await post(s.worker, `${schemeApi(s)}/risk/language`, {
      text: 'He hits me when he has been drinking',
    });
    expect(language.json()).toEqual({
      matches: ['"He hits me" (domestic abuse or coercive control)'],
      findings: [
        {
          category: 'domestic-abuse',
          categoryLabel: 'domestic abuse or coercive control',
          rule: 'abuse.physical',
          excerpt: 'He hits me',
        },
      ],
    });
    const workerNote = await post(s.worker, `${schemeApi(s)}/risk/language`, {
      text: 'pt said she has been saving her tablets, denies SI',
    });
    expect(workerNote.json().matches).toEqual([
      '"saving her tablets" (thoughts of suicide or of not wanting to live)',
      '"SI" (thoughts of suicide or of not wanting to live)',
    ]);
    const calm = await post(
      s.worker,
      `${url}/sessions`,
      session('He hits the gym three times a week and feels better for it.'),
    );
    expect(calm.statusCode, calm.body).toBe(200);
  });

  it('checks the level agrees with the answers, and a "none" against risk language needs confirming', async () => {
    const { s, url } = await setUp();
    const low = expectFieldError(
      await post(
        s.worker,
        `${url}/sessions`,
        session(DISCLOSURE, { riskCheck: { ...immediateCheck(), level: 'medium' } }),
      ),
      'riskCheck.level',
    );
    expect(low.message).toMatch(/intent, a plan and the means.*at least "high"/);
    expectFieldError(
      await post(
        s.worker,
        `${url}/sessions`,
        session(DISCLOSURE, { riskCheck: riskCheck({ plans: true, level: 'medium', summary: 'x' }) }),
      ),
      'riskCheck.thoughts',
    );
    expectFieldError(
      await post(
        s.worker,
        `${url}/sessions`,
        session(DISCLOSURE, { riskCheck: riskCheck({ harmToOthers: true, level: 'medium', summary: 'x' }) }),
      ),
      'riskCheck.harmToOthersDetail',
    );
    expectFieldError(
      await post(
        s.worker,
        `${url}/sessions`,
        session(DISCLOSURE, { riskCheck: riskCheck({ thoughts: true, plans: true, intent: true, level: 'high' }) }),
      ),
      'riskCheck.summary',
    );
    expectFieldError(
      await post(s.worker, `${url}/sessions`, session(DISCLOSURE, { riskCheck: riskCheck() })),
      'riskLanguageAcknowledged',
    );

    const none = await post(
      s.worker,
      `${url}/sessions`,
      session('Quoted a song: "I want to die young". No risk: she laughed about it.', {
        riskCheck: riskCheck(),
        riskLanguageAcknowledged: true,
      }),
    );
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json().activeRisks).toEqual([]);
    const risks = (await get(s.worker, `${url}/risks`)).json<{ items: Risk[] }>().items;
    expect(risks).toMatchObject([{ level: 'none', status: 'closed', actions: [] }]);
  });

  it('escalates an immediate risk at once: supervisor and lead told, actions with deadlines, a debrief, every step audited', async () => {
    const { ctx } = env();
    const { s, caseId, url } = await setUp();
    const now = env().clock.now();
    const risk = await recordImmediate(s, url);
    expect(risk).toMatchObject({ level: 'immediate', status: 'open', escalationNote: '' });
    expect(risk.actions.map((a) => a.kind).sort()).toEqual([
      'emergency-response',
      'safety-plan',
      'supervisor-review',
      'tell-gp',
    ]);
    expect(risk.actions[0]!.kind, 'soonest due first').toBe('emergency-response');
    const dueIn = (a: RiskAction) => (new Date(a.dueAt).getTime() - now.getTime()) / 3_600_000;
    expect(dueIn(risk.actions[0]!), 'call now: due within 15 minutes, not overdue at creation').toBeCloseTo(0.25, 2);
    const kind = (k: string) => risk.actions.find((a) => a.kind === k)!;
    expect(dueIn(kind('safety-plan'))).toBeCloseTo(24, 2);
    // One working day on, at the same London time: on a later working day in London, and at least 23 hours
    // away (a working day that starts when the clocks go forward is an hour short).
    const tellGp = new Date(kind('tell-gp').dueAt);
    expect(isWorkingDay(tellGp) && londonDate(tellGp) > londonDate(now), 'one working day').toBe(true);
    expect(dueIn(kind('tell-gp')), 'one working day').toBeGreaterThanOrEqual(23);
    expect(risk.actions.find((a) => a.kind === 'supervisor-review')!.assignee.id).toBe(s.supervisor.userId);
    expect(
      risk.actions.filter((a) => a.kind !== 'supervisor-review').every((a) => a.assignee.id === s.worker.userId),
    ).toBe(true);

    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const notes = await trx
        .selectFrom('notifications')
        .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link'])
        .where('source_type', '=', 'risk')
        .where('source_id', '=', risk.id)
        .execute();
      expect(notes.map((n) => n.recipient_id)).toEqual([s.supervisor.userId]);
      expect(notes[0]).toMatchObject({
        kind: 'risk.immediate',
        urgent: true,
        link: `/cases/${caseId}/risks/${risk.id}`,
      });
      expect(`${notes[0]!.subject} ${notes[0]!.body}`).not.toMatch(/Okoro|Maya|tablets/);
      const debrief = await trx
        .selectFrom('debrief_requests')
        .select(['worker_id', 'supervisor_id', 'reason'])
        .where('risk_id', '=', risk.id)
        .execute();
      expect(debrief).toEqual([
        { worker_id: s.worker.userId, supervisor_id: s.supervisor.userId, reason: 'high_risk' },
      ]);
      const audit = await trx
        .selectFrom('audit_log')
        .select('action')
        .where('record_id', '=', risk.id)
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'risk.recorded',
          'risk.actions-created',
          'risk.escalated',
          'risk.debrief-requested',
          'risk.read',
        ]),
      );
      const feeling = await trx
        .selectFrom('session_wellbeing')
        .select('feeling')
        .where('worker_id', '=', s.worker.userId)
        .execute();
      expect(feeling).toEqual([{ feeling: 'distressing' }]);
    });

    const tasks = await get(s.worker, `${schemeApi(s)}/tasks`);
    expect(tasks.json().riskActions.map((a: { description: string }) => a.description)).toHaveLength(3);
    expect((await get(s.supervisor, `${schemeApi(s)}/tasks`)).json().riskActions).toMatchObject([
      { riskId: risk.id, level: 'immediate', caseId },
    ]);

    for (const who of [s.worker, s.supervisor, s.manager]) {
      const kase = await get(who, url);
      expect(kase.json().activeRisks, 'banner data for everyone who sees the case').toMatchObject([
        { id: risk.id, level: 'immediate' },
      ]);
    }
    expectProblem(await get(s.otherWorker, `${url}/risks/${risk.id}`), 404, 'not-found');
    expectProblem(await get(s.referrer, `${url}/risks/${risk.id}`), 403, 'forbidden');
  });

  it('notifies the lead as well as the supervisor for a high risk, and the managers instead when either is missing', async () => {
    const { ctx } = env();
    const lead = await setUp({ leadId: undefined });
    const otherLead = lead.s.manager.userId;
    await configureSafety(lead.s, { leadId: otherLead });
    const high = await post(
      lead.s.worker,
      `${lead.url}/sessions`,
      session(DISCLOSURE, { riskCheck: { ...immediateCheck(), level: 'high' } }),
    );
    expect(high.statusCode, high.body).toBe(200);
    const riskId = high.json().activeRisks[0].id as string;
    const told = (await get(lead.s.worker, `${lead.url}/risks/${riskId}`)).json<Risk>();
    expect(told.actions.map((a) => a.kind).sort()).toEqual(['follow-up-contact', 'supervision-review', 'tell-gp']);
    await inSchemeTransaction(ctx.db, lead.s.scheme.id, async (trx) => {
      const rows = await trx
        .selectFrom('notifications')
        .select('recipient_id')
        .where('source_id', '=', riskId)
        .execute();
      expect(rows.map((r) => r.recipient_id).sort()).toEqual([lead.s.supervisor.userId, otherLead].sort());
    });

    const none = await setUp({ supervisor: false, leadId: null });
    const saved = await post(
      none.s.worker,
      `${none.url}/sessions`,
      session(DISCLOSURE, { riskCheck: immediateCheck() }),
    );
    const risk = (await get(none.s.worker, `${none.url}/risks/${saved.json().activeRisks[0].id}`)).json<Risk>();
    expect(risk.escalationNote).toMatch(
      /no supervisor is named.*no safeguarding lead.*scheme managers were told instead/i,
    );
    expect(risk.notified.map((n) => n.name)).toHaveLength(1);
    expect(risk.actions.find((a) => a.kind === 'supervisor-review')!.assignee.id).toBe(none.s.manager.userId);
  });

  it('keeps the risk open until every required action is done or documented, then closes it with a note', async () => {
    const { s, url } = await setUp();
    const risk = await recordImmediate(s, url);
    const close = (who: RoleClient, note: string, version = risk.version) =>
      post(who, `${url}/risks/${risk.id}/close`, { version, note });

    const refused = expectProblem(await close(s.worker, 'All sorted'), 409, 'conflict');
    expect(refused.errors).toHaveLength(4);
    expect(refused.errors![0]!.message).toMatch(/Call 999.*is still open/);

    const [emergency, plan, review, gp] = ['emergency-response', 'safety-plan', 'supervisor-review', 'tell-gp'].map(
      (k) => risk.actions.find((a) => a.kind === k)!,
    );
    const resolve = (who: RoleClient, action: RiskAction, status: string, note: string) =>
      post(who, `${url}/risks/${risk.id}/actions/${action.id}`, { status, note });
    expectFieldError(await resolve(s.worker, gp!, 'not_done', '  '), 'note');
    expect(
      (
        await resolve(
          s.worker,
          emergency!,
          'done',
          'Called the crisis line with her; the crisis team visited within the hour.',
        )
      ).statusCode,
    ).toBe(200);
    expectProblem(await resolve(s.worker, emergency!, 'done', 'again'), 409, 'conflict');
    expect((await resolve(s.worker, plan!, 'done', 'Safety plan made with the crisis team.')).statusCode).toBe(200);
    expectProblem(await resolve(s.otherWorker, gp!, 'done', 'x'), 404, 'not-found');
    expect(
      (await resolve(s.worker, gp!, 'not_done', 'The crisis team told the GP directly the same day.')).statusCode,
    ).toBe(200);
    expect(expectProblem(await close(s.worker, 'All sorted'), 409, 'conflict').errors).toHaveLength(1);
    const reviewed = await resolve(s.supervisor, review!, 'done', 'Reviewed with the worker at the debrief.');
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json<Risk>().actions.every((a) => a.status !== 'open')).toBe(true);

    expectFieldError(await close(s.worker, ' '), 'note');
    const closed = await close(s.worker, 'Under the crisis team; she has a safety plan and her daughter is staying.');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', allowedActions: [] });
    expect((await get(s.manager, url)).json().activeRisks).toEqual([]);
    expectProblem(await resolve(s.worker, gp!, 'done', 'late'), 409, 'illegal-transition');
  });

  it("adds the scheme's own risk phrases to the built-in detector, and keeps what was found with the risk record", async () => {
    const { s, url } = await setUp({ addedRiskPhrases: ['railway line', 'walks * quarry'] });
    const refused = expectFieldError(
      await post(s.worker, `${url}/sessions`, session('Said she walks down to the RAILWAY   LINE most nights.')),
      'riskCheck',
    );
    expect(refused.message).toContain('"RAILWAY LINE" (a phrase on the scheme\'s own list)');
    const both = await post(s.worker, `${schemeApi(s)}/risk/language`, {
      text: "I've got a pot of tablets. She walked to the quarry.",
    });
    expect(both.json().findings.map((f: { category: string; rule: string }) => [f.category, f.rule])).toEqual([
      ['suicide', 'suicide.means'],
      ['scheme', 'walks * quarry'],
    ]);
    expect(
      (
        await post(
          s.worker,
          `${url}/sessions`,
          session('Talked about the pot of tablets the GP prescribed for her knees.'),
        )
      ).statusCode,
    ).toBe(200);

    const saved = await post(
      s.worker,
      `${url}/sessions`,
      session('Said he has been stockpiling his sleeping tablets and walks to the quarry.', {
        riskCheck: riskCheck({
          thoughts: true,
          means: true,
          level: 'medium',
          summary: 'Talked it through; GP told today.',
        }),
      }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const risks = (await get(s.worker, `${url}/risks`)).json<{ items: { matchedPhrases: string[] }[] }>().items;
    expect(risks[0]!.matchedPhrases).toEqual([
      '"stockpiling his sleeping tablets" (thoughts of suicide or of not wanting to live)',
      '"walks to the quarry" (a phrase on the scheme\'s own list)',
    ]);
  });

  it("seeds the demo's high risk and safeguarding concern through the use cases", async () => {
    const { ctx } = env();
    const { s } = await setUp();
    await allocatedCase(s);
    const worker = {
      kind: 'user' as const,
      userId: s.worker.userId,
      name: 'Demo worker',
      email: s.worker.login.email,
      sessionId: 'seed-test',
      role: 'link_worker' as const,
      membershipId: null,
      schemeId: s.scheme.id,
      schemeSlug: s.scheme.slug,
      organisationId: null,
      requestId: 'seed-test',
    };
    const seeded = await seedRisk(ctx, { slug: s.scheme.slug, worker });
    expect(seeded).not.toBeNull();
    const kase = (await get(s.manager, `${schemeApi(s)}/cases/${seeded!.riskCaseId}`)).json();
    expect(kase.activeRisks).toMatchObject([{ level: 'high' }]);
    const risk = (
      await get(s.manager, `${schemeApi(s)}/cases/${seeded!.riskCaseId}/risks/${kase.activeRisks[0].id}`)
    ).json<Risk>();
    expect(risk.actions.filter((a) => a.status === 'open')).toHaveLength(3);
    expect(risk.notified.length).toBeGreaterThan(0);
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const concern = await trx
        .selectFrom('safeguarding_concerns')
        .select(['la_referral_made', 'la_reference'])
        .where('id', '=', seeded!.concernId)
        .executeTakeFirst();
      expect(concern).toEqual({ la_referral_made: true, la_reference: 'ASC-SG-2026-0117' });
    });
  });
});
