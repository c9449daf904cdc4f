import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  schemeRowCounts,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { configureSafety, immediateCheck, riskCheck, riskRowCounts } from '../support/risk.ts';

const DISCLOSURE =
  "Talked about the garden. Then she said: I've got a pot of tablets and I could take it all right now.";
const CALM = 'Talked about the walking group on Thursdays and getting back to the allotment.';

interface RiskAction {
  id: string;
  kind: string;
  dueAt: string;
  overdue: boolean;
  status: string;
  required: boolean;
}
interface Risk {
  id: string;
  sessionId: string | null;
  level: string;
  status: string;
  version: number;
  actions: RiskAction[];
  allowedActions: string[];
}
interface Session {
  id: string;
  attendance: string;
  riskConcern: 'no' | 'yes' | null;
}

describe.each(testDatabaseTargets())('a risk question at every contact on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  async function setUp() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await configureSafety(s);
    const { caseId } = await allocatedCase(s);
    env().clock.advanceMinutes(10);
    return { s, caseId, url: `${schemeApi(s)}/cases/${caseId}` };
  }

  const minutesAgo = (m: number) => new Date(env().clock.now().getTime() - m * 60_000).toISOString();
  const attended = (notes: string, extra: Record<string, unknown> = {}) => ({
    startsAt: minutesAgo(5),
    durationMinutes: 45,
    mode: 'face_to_face',
    place: 'Surgery',
    attendance: 'attended',
    notes,
    ...extra,
  });
  const post = (who: RoleClient, url: string, payload: Record<string, unknown>) =>
    who.request({ method: 'POST', url, payload });
  const get = (who: RoleClient, url: string) => who.request({ method: 'GET', url });
  const counts = async (s: PathwayScheme) => ({
    ...(await schemeRowCounts(env().ctx, s.scheme.id)),
    ...(await riskRowCounts(env().ctx, s.scheme.id)),
  });
  const storedAnswers = (s: PathwayScheme, caseId: string) =>
    inSchemeTransaction(env().ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('case_sessions')
        .select(['id', 'attendance', 'risk_concern'])
        .where('case_id', '=', caseId)
        .orderBy('starts_at')
        .execute(),
    );

  it('refuses an attended session without an answer to "Any concern about risk today?", naming the field and writing nothing', async () => {
    const { s, url } = await setUp();
    const before = await counts(s);
    const refused = expectFieldError(await post(s.worker, `${url}/sessions`, attended(CALM)), 'riskConcern');
    expect(refused.message).toContain('Any concern about risk today?');
    expect(refused.fix).toMatch(/No or Yes/);
    expect(await counts(s)).toEqual(before);
  });

  it('needs the risk check when the answer is Yes, and records it with the session when given', async () => {
    const { ctx } = env();
    const { s, caseId, url } = await setUp();
    const before = await counts(s);
    const refused = expectFieldError(
      await post(s.worker, `${url}/sessions`, attended(CALM, { riskConcern: 'yes' })),
      'riskCheck',
    );
    expect(refused.message).toMatch(/Yes.*risk check/);
    expect(await counts(s)).toEqual(before);

    const check = riskCheck({ thoughts: true, level: 'low', protectiveFactors: 'Her sister rings every evening' });
    const saved = await post(s.worker, `${url}/sessions`, attended(CALM, { riskConcern: 'yes', riskCheck: check }));
    expect(saved.statusCode, saved.body).toBe(200);
    const session = saved.json<{ sessions: Session[] }>().sessions[0]!;
    expect(session.riskConcern).toBe('yes');
    const risks = (await get(s.worker, `${url}/risks`)).json<{ items: Risk[] }>().items;
    expect(risks).toMatchObject([{ sessionId: session.id, level: 'low' }]);
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const audit = await trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'case.session')
        .where('record_id', '=', caseId)
        .execute();
      expect(audit.map((a) => a.detail)).toEqual([expect.objectContaining({ riskConcern: 'yes', riskLevel: 'low' })]);
    });
  });

  it('saves a No with the session and audits it; risk language in the notes still needs the check under a No', async () => {
    const { ctx } = env();
    const { s, caseId, url } = await setUp();
    const saved = await post(s.worker, `${url}/sessions`, attended(CALM, { riskConcern: 'no' }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ sessions: Session[] }>().sessions).toMatchObject([
      { attendance: 'attended', riskConcern: 'no' },
    ]);
    expect(await storedAnswers(s, caseId)).toMatchObject([{ risk_concern: 'no' }]);
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const audit = await trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'case.session')
        .where('record_id', '=', caseId)
        .execute();
      expect(audit.map((a) => a.detail)).toEqual([expect.objectContaining({ riskConcern: 'no', riskLevel: null })]);
    });

    const before = await counts(s);
    const netted = expectFieldError(
      await post(s.worker, `${url}/sessions`, attended(DISCLOSURE, { riskConcern: 'no' })),
      'riskCheck',
    );
    expect(netted.message).toContain('risk language');
    expect(await counts(s)).toEqual(before);
    const acknowledged = await post(
      s.worker,
      `${url}/sessions`,
      attended('Quoted a song: "I want to die young". No risk: she laughed about it.', {
        riskConcern: 'no',
        riskCheck: riskCheck(),
        riskLanguageAcknowledged: true,
      }),
    );
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
  });

  it('does not ask when the person did not attend, and refuses an answer given for a missed session', async () => {
    const { s, caseId, url } = await setUp();
    const dna = {
      startsAt: minutesAgo(5),
      durationMinutes: 0,
      mode: 'face_to_face',
      place: 'Surgery',
      attendance: 'did_not_attend',
      notes: 'Did not come; rang and rebooked.',
    };
    const before = await counts(s);
    const asked = expectFieldError(
      await post(s.worker, `${url}/sessions`, { ...dna, riskConcern: 'no' }),
      'riskConcern',
    );
    expect(asked.message).toMatch(/only when the person attended/);
    expect(await counts(s)).toEqual(before);

    const missed = await post(s.worker, `${url}/sessions`, dna);
    expect(missed.statusCode, missed.body).toBe(200);
    expect(missed.json<{ sessions: Session[] }>().sessions).toMatchObject([
      { attendance: 'did_not_attend', riskConcern: null },
    ]);
    const cancelled = await post(s.worker, `${url}/sessions`, {
      ...dna,
      attendance: 'cancelled',
      startsAt: minutesAgo(4),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await storedAnswers(s, caseId)).map((r) => r.risk_concern)).toEqual([null, null]);
    await expect(
      inSchemeTransaction(env().ctx.db, s.scheme.id, (trx) =>
        trx.updateTable('case_sessions').set({ risk_concern: 'no' }).where('case_id', '=', caseId).execute(),
      ),
      'the database refuses an answer on a session the person did not attend',
    ).rejects.toThrow(/check constraint/);
  });

  it('leaves sessions recorded before the question as not asked (null), with no backfill', async () => {
    const { ctx } = env();
    const { s, caseId, url } = await setUp();
    // A session as it was stored before migration 0018: no answer column written.
    const oldId = await inSchemeTransaction(
      ctx.db,
      s.scheme.id,
      async (trx) =>
        (
          await trx
            .insertInto('case_sessions')
            .values({
              scheme_id: s.scheme.id,
              case_id: caseId,
              starts_at: new Date(minutesAgo(8)),
              duration_minutes: 30,
              mode: 'phone',
              attendance: 'attended',
              by_user_id: s.worker.userId,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    );
    const saved = await post(s.worker, `${url}/sessions`, attended(CALM, { riskConcern: 'no' }));
    expect(saved.statusCode, saved.body).toBe(200);
    const sessions = saved.json<{ sessions: Session[] }>().sessions;
    expect(sessions.find((x) => x.id === oldId)).toMatchObject({ attendance: 'attended', riskConcern: null });
    expect(await storedAnswers(s, caseId)).toEqual([
      { id: oldId, attendance: 'attended', risk_concern: null },
      expect.objectContaining({ risk_concern: 'no' }),
    ]);
    const migration = readFileSync(
      new URL('../../src/db/migrations/0018_contact_risk_question.sql', import.meta.url),
      'utf8',
    );
    expect(migration, 'the migration adds the column and writes no answers').not.toMatch(/\b(UPDATE|INSERT)\b/i);
  });

  it('runs the risk-language check on the notes of a contact where the person was reached', async () => {
    const { s, caseId, url } = await setUp();
    const reached = { channel: 'phone', outcome: 'reached', notes: DISCLOSURE };
    const before = await counts(s);
    const refused = expectFieldError(await post(s.worker, `${url}/contact-attempts`, reached), 'riskCheck');
    expect(refused.message).toMatch(/risk language.*pot of tablets/);
    expect(await counts(s)).toEqual(before);
    expectFieldError(
      await post(s.worker, `${url}/contact-attempts`, { ...reached, riskCheck: riskCheck() }),
      'riskLanguageAcknowledged',
    );
    expect(await counts(s)).toEqual(before);
    expect((await get(s.worker, url)).json(), 'still not reached').toMatchObject({
      status: 'contacting',
      contactAttempts: [],
    });

    const check = riskCheck({
      thoughts: true,
      means: true,
      level: 'medium',
      summary: 'Has a stockpile of tablets; agreed to hand them to the pharmacist today.',
    });
    const saved = await post(s.worker, `${url}/contact-attempts`, { ...reached, riskCheck: check });
    expect(saved.statusCode, saved.body).toBe(200);
    const kase = saved.json<{
      status: string;
      contactAttempts: { outcome: string }[];
      activeRisks: { id: string; level: string }[];
    }>();
    expect(kase).toMatchObject({
      status: 'active',
      contactAttempts: [{ outcome: 'reached' }],
      activeRisks: [{ level: 'medium' }],
    });
    const risk = (await get(s.worker, `${url}/risks/${kase.activeRisks[0]!.id}`)).json<Risk>();
    expect(risk).toMatchObject({ sessionId: null, level: 'medium', status: 'open' });
    await inSchemeTransaction(env().ctx.db, s.scheme.id, async (trx) => {
      const audit = await trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'case.contact-attempt')
        .where('record_id', '=', caseId)
        .execute();
      expect(audit.map((a) => a.detail)).toEqual([
        expect.objectContaining({ outcome: 'reached', riskLevel: 'medium' }),
      ]);
    });
  });

  it('saves an attempt that did not reach the person without a check, and refuses a check on one', async () => {
    const { s, url } = await setUp();
    const message = {
      channel: 'phone',
      outcome: 'left_message',
      notes: 'Left a message; no reply. Will ring again about the pot of tablets the GP mentioned.',
    };
    const before = await counts(s);
    expectFieldError(
      await post(s.worker, `${url}/contact-attempts`, { ...message, riskCheck: riskCheck() }),
      'riskCheck',
    );
    expect(await counts(s)).toEqual(before);
    const saved = await post(s.worker, `${url}/contact-attempts`, message);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'contacting', activeRisks: [] });
  });

  it('gives "call 999 now" a 15-minute deadline: due, not overdue, when created; overdue once it passes', async () => {
    const { s, url } = await setUp();
    const created = env().clock.now();
    const saved = await post(
      s.worker,
      `${url}/sessions`,
      attended(DISCLOSURE, { riskConcern: 'yes', riskCheck: immediateCheck() }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const riskUrl = `${url}/risks/${saved.json<{ activeRisks: { id: string }[] }>().activeRisks[0]!.id}`;
    const callNow = async () =>
      (await get(s.worker, riskUrl)).json<Risk>().actions.find((a) => a.kind === 'emergency-response')!;

    const fresh = await callNow();
    expect(fresh.overdue).toBe(false);
    expect(new Date(fresh.dueAt).getTime() - created.getTime()).toBeGreaterThanOrEqual(15 * 60_000);
    expect(new Date(fresh.dueAt).getTime() - created.getTime()).toBeLessThan(16 * 60_000);
    expect(
      (await get(s.worker, `${schemeApi(s)}/tasks`))
        .json()
        .riskActions.find((a: { description: string }) => /Call 999/.test(a.description)),
    ).toMatchObject({ overdue: false });
    env().clock.advanceMinutes(14);
    expect((await callNow()).overdue).toBe(false);
    env().clock.advanceMinutes(2);
    expect((await callNow()).overdue).toBe(true);
  });

  it('offers closing a risk only when every required action is done or documented as not done', async () => {
    const { s, url } = await setUp();
    const saved = await post(
      s.worker,
      `${url}/sessions`,
      attended(DISCLOSURE, { riskConcern: 'yes', riskCheck: immediateCheck() }),
    );
    const riskUrl = `${url}/risks/${saved.json<{ activeRisks: { id: string }[] }>().activeRisks[0]!.id}`;
    let risk = (await get(s.worker, riskUrl)).json<Risk>();
    expect(risk.allowedActions).toEqual(['resolve-action']);
    expectProblem(
      await post(s.worker, `${riskUrl}/close`, { version: risk.version, note: 'All sorted' }),
      409,
      'conflict',
    );

    const [last, ...rest] = risk.actions;
    for (const action of rest) {
      const who = action.kind === 'supervisor-review' ? s.supervisor : s.worker;
      const done = await post(who, `${riskUrl}/actions/${action.id}`, { status: 'done', note: 'Done the same day.' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json<Risk>().allowedActions, 'still one open').toEqual(['resolve-action']);
    }
    const who = last!.kind === 'supervisor-review' ? s.supervisor : s.worker;
    const notDone = await post(who, `${riskUrl}/actions/${last!.id}`, {
      status: 'not_done',
      note: 'The crisis team did this directly.',
    });
    expect(notDone.statusCode, notDone.body).toBe(200);
    expect(notDone.json<Risk>().allowedActions).toEqual(['resolve-action', 'close']);
    risk = (await get(s.worker, riskUrl)).json<Risk>();
    const closed = await post(s.worker, `${riskUrl}/close`, {
      version: risk.version,
      note: 'Under the crisis team with a safety plan.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<Risk>()).toMatchObject({ status: 'closed', allowedActions: [] });
  });

  it("gives everyone who works cases the scheme's crisis contacts, without any form", async () => {
    const { s } = await setUp();
    const settings = (await get(s.manager, `${schemeApi(s)}/settings`)).json<{
      version: number;
      safety: Record<string, unknown>;
    }>();
    const { safeguardingLeadId, ...safety } = settings.safety;
    const contacts = [{ name: 'Leeds Crisis Team', phone: '0800 183 1485', when: '24 hours' }];
    const put = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/safety`,
      payload: { ...safety, safeguardingLeadId, version: settings.version, crisisContacts: contacts },
    });
    expect(put.statusCode, put.body).toBe(200);
    for (const who of [s.worker, s.supervisor, s.manager]) {
      const help = await get(who, `${schemeApi(s)}/risk/crisis-help`);
      expect(help.statusCode, help.body).toBe(200);
      expect(help.json()).toEqual({ crisisContacts: contacts });
    }
    expectProblem(await get(s.referrer, `${schemeApi(s)}/risk/crisis-help`), 403, 'forbidden');
  });
});
