import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser } from '../support/factories.ts';
import {
  addSchemeMember,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  schemeRowCounts,
  type PathwayScheme,
} from '../support/pathway.ts';

interface WorkerView {
  userId: string;
  supervisorId: string | null;
  supervisionCadenceDays: number | null;
  startedOn: string | null;
}

interface Settings {
  version: number;
  safety: Record<string, unknown> & {
    addedRiskPhrases: string[];
    crisisContacts: unknown[];
    safeguardingLeadId: string | null;
  };
  safeguardingLead: { userId: string; name: string; role: string | null } | null;
}

describe.each(testDatabaseTargets())('safety settings on $name', (target) => {
  const env = useTestApp(target);

  const settingsOf = async (s: PathwayScheme) =>
    (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<Settings>();
  async function safetyBody(s: PathwayScheme, changes: Record<string, unknown> = {}) {
    const current = await settingsOf(s);
    return { version: current.version, ...current.safety, ...changes };
  }
  const putSafety = async (s: PathwayScheme, changes: Record<string, unknown>, who = s.manager) =>
    who.request({ method: 'PUT', url: `${schemeApi(s)}/settings/safety`, payload: await safetyBody(s, changes) });

  it('shows the shipped defaults to the team, with the staff who may be lead or supervisor', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    for (const reader of [s.worker, s.supervisor, s.manager]) {
      const response = await reader.request({ method: 'GET', url: `${schemeApi(s)}/settings` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().safety).toEqual({
        addedRiskPhrases: [],
        crisisContacts: [],
        safeguardingLeadId: null,
        supervisionCadenceDays: 28,
        difficultSessionsInRow: 3,
        debriefResponseWorkingDays: 2,
        loneWorkingGraceMinutes: 15,
        loneWorkingEscalationMinutes: 15,
        onwardReminderWorkingDays: 5,
        onwardAutoDeclineDays: 14,
        loneWorkingCheckInWindowMinutes: 60,
      });
      expect(response.json()).not.toHaveProperty('staff');
      expect(response.json().safeguardingLead).toBeNull();
      const staff = await reader.request({ method: 'GET', url: `${schemeApi(s)}/settings/staff` });
      expect(staff.statusCode, staff.body).toBe(200);
      expect(
        staff
          .json()
          .staff.map((m: { userId: string }) => m.userId)
          .sort(),
      ).toEqual([s.manager.userId, s.supervisor.userId].sort());
    }
  });

  it('shows managers what the built-in risk-language detector catches, by category with examples, whatever the scheme adds', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const builtIn = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
      builtInRiskLanguage: {
        category: string;
        label: string;
        rules: { id: string; catches: string; examples: string[] }[];
      }[];
    }>().builtInRiskLanguage;
    expect(builtIn.map((c) => c.category)).toEqual([
      'suicide',
      'self-harm',
      'harm-to-others',
      'domestic-abuse',
      'child-safeguarding',
      'sexual-violence',
      'exploitation',
      'self-neglect',
    ]);
    for (const c of builtIn) {
      expect(c.rules.length, c.category).toBeGreaterThan(0);
      expect(
        c.rules.every((r) => r.catches.length > 0 && r.examples.length > 0),
        c.category,
      ).toBe(true);
    }
    expect(builtIn.find((c) => c.category === 'domestic-abuse')!.label).toBe('domestic abuse or coercive control');
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(JSON.stringify(spec)).toContain("ADDED TO Linkwork's built-in risk-language detector");
  });

  it('saves the safety settings, normalising the added risk phrases, and audits the change', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const response = await putSafety(s, {
      addedRiskPhrases: ['  Railway  Line ', 'walks * quarry', 'blue*'],
      crisisContacts: [{ name: ' Lakeside Crisis Team ', phone: '01632 960 111', when: '24 hours' }],
      safeguardingLeadId: s.supervisor.userId,
      supervisionCadenceDays: 21,
      difficultSessionsInRow: 2,
      debriefResponseWorkingDays: 3,
      loneWorkingGraceMinutes: 10,
      loneWorkingEscalationMinutes: 20,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      version: 2,
      safety: {
        addedRiskPhrases: ['railway line', 'walks * quarry', 'blue*'],
        crisisContacts: [{ name: 'Lakeside Crisis Team', phone: '01632 960 111', when: '24 hours' }],
        safeguardingLeadId: s.supervisor.userId,
        supervisionCadenceDays: 21,
        difficultSessionsInRow: 2,
        debriefResponseWorkingDays: 3,
        loneWorkingGraceMinutes: 10,
        loneWorkingEscalationMinutes: 20,
      },
    });
    const { addedRiskPhrases: _left, ...withoutPhrases } = await safetyBody(s, { supervisionCadenceDays: 14 });
    const kept = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/safety`,
      payload: withoutPhrases,
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().safety).toMatchObject({
      addedRiskPhrases: ['railway line', 'walks * quarry', 'blue*'],
      supervisionCadenceDays: 14,
    });
    const cleared = await putSafety(s, { addedRiskPhrases: [] });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().safety.addedRiskPhrases).toEqual([]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('record_id', '=', s.scheme.id)
      .where('action', '=', 'scheme.safety-update')
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit[0]!.actor_user_id).toBe(s.manager.userId);
  });

  it('refuses bad safety settings, naming the field, and changes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const otherScheme = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    expect(
      expectFieldError(
        await putSafety(s, { addedRiskPhrases: ['railway line', 'Railway  Line '] }),
        'addedRiskPhrases.1',
      ).message,
    ).toMatch(/twice/);
    expectFieldError(await putSafety(s, { addedRiskPhrases: ['ok'] }), 'addedRiskPhrases.0');
    expectFieldError(await putSafety(s, { addedRiskPhrases: ['   a    '] }), 'addedRiskPhrases.0');
    expectFieldError(await putSafety(s, { addedRiskPhrases: ['x'.repeat(121)] }), 'addedRiskPhrases.0');
    expect(
      expectFieldError(await putSafety(s, { addedRiskPhrases: ['quarry', '* quarry'] }), 'addedRiskPhrases.1').message,
    ).toMatch(/cannot start or end with "\*"/);
    expectFieldError(await putSafety(s, { riskPhrases: null }), 'riskPhrases');
    const eleven = Array.from({ length: 11 }, (_, i) => ({
      name: `Line ${i}`,
      phone: '01632 960 000',
      when: '24 hours',
    }));
    expectFieldError(await putSafety(s, { crisisContacts: eleven }), 'crisisContacts');
    expectFieldError(
      await putSafety(s, { crisisContacts: [{ name: 'Line', phone: 'call us', when: '' }] }),
      'crisisContacts.0.phone',
    );
    expectFieldError(
      await putSafety(s, { crisisContacts: [{ name: '  ', phone: '01632 960 000', when: '' }] }),
      'crisisContacts.0.name',
    );
    expectFieldError(await putSafety(s, { safeguardingLeadId: s.worker.userId }), 'safeguardingLeadId');
    expectFieldError(await putSafety(s, { safeguardingLeadId: otherScheme.supervisor.userId }), 'safeguardingLeadId');
    for (const [field, value] of [
      ['supervisionCadenceDays', 6],
      ['supervisionCadenceDays', 183],
      ['difficultSessionsInRow', 0],
      ['difficultSessionsInRow', 21],
      ['debriefResponseWorkingDays', 0],
      ['debriefResponseWorkingDays', 11],
      ['loneWorkingGraceMinutes', -1],
      ['loneWorkingGraceMinutes', 241],
      ['loneWorkingEscalationMinutes', 0],
      ['loneWorkingEscalationMinutes', 241],
    ] as const) {
      expectFieldError(await putSafety(s, { [field]: value }), field);
    }
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await settingsOf(s)).version).toBe(1);
  });

  it("lets only the scheme's manager change them, and refuses a stale version", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    for (const who of [s.worker, s.supervisor, s.referrer])
      expectProblem(await putSafety(s, { supervisionCadenceDays: 14 }, who), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/settings/safety`,
        payload: await safetyBody(s),
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await app.inject({ method: 'PUT', url: `${schemeApi(s)}/settings/safety`, payload: await safetyBody(s) }),
      401,
      'unauthenticated',
    );
    const stale = await safetyBody(s);
    expect((await putSafety(s, { supervisionCadenceDays: 14 })).statusCode).toBe(200);
    expectProblem(
      await s.manager.request({ method: 'PUT', url: `${schemeApi(s)}/settings/safety`, payload: stale }),
      409,
      'edit-conflict',
    );
    expect((await settingsOf(s)).safety.supervisionCadenceDays).toBe(14);
  });

  it("names a worker's supervisor, cadence and start date, and refuses the wrong people", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/workers/${s.worker.userId}`;
    const base = { hoursPerWeek: 30, languages: [], acceptingCases: true };
    const saved = await s.manager.request({
      method: 'PUT',
      url,
      payload: { ...base, supervisorId: s.supervisor.userId, supervisionCadenceDays: 14, startedOn: '2026-01-05' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The save answers with the worker as saved; reading them again gives the same.
    expect(saved.json<WorkerView>()).toMatchObject({
      userId: s.worker.userId,
      supervisorId: s.supervisor.userId,
      supervisionCadenceDays: 14,
      startedOn: '2026-01-05',
    });
    expect((await s.manager.request({ method: 'GET', url })).json<WorkerView>()).toEqual(saved.json());
    // Leaving the supervision fields out keeps them.
    const kept = await s.manager.request({ method: 'PUT', url, payload: { ...base, hoursPerWeek: 20 } });
    expect(kept.json<WorkerView>()).toMatchObject({ supervisorId: s.supervisor.userId, supervisionCadenceDays: 14 });

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, supervisorId: s.worker.userId } }),
      'supervisorId',
    );
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, supervisorId: s.otherWorker.userId } }),
      'supervisorId',
    );
    const inactive = await buildUser(ctx, { role: 'supervisor', schemeId: s.scheme.id });
    await ctx.db.updateTable('users').set({ active: false }).where('id', '=', inactive.id).execute();
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, supervisorId: inactive.id } }),
      'supervisorId',
    );
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, supervisionCadenceDays: 200 } }),
      'supervisionCadenceDays',
    );
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, startedOn: '2026-02-30' } }),
      'startedOn',
    );
    expectFieldError(
      await s.manager.request({ method: 'PUT', url, payload: { ...base, startedOn: 'soon' } }),
      'startedOn',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    const secondManager = await addSchemeMember(ctx, app, s.scheme.id, 'scheme_manager');
    const byManager = await s.manager.request({
      method: 'PUT',
      url,
      payload: { ...base, supervisorId: secondManager.userId, supervisionCadenceDays: null },
    });
    expect(byManager.json<WorkerView>()).toMatchObject({
      supervisorId: secondManager.userId,
      supervisionCadenceDays: null,
    });
  });
});
