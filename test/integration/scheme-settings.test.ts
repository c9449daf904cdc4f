import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  schemeApi,
  schemeRowCounts,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

interface WorkerView {
  userId: string;
  hoursPerWeek: number;
  languages: string[];
  acceptingCases: boolean;
  capacity: { cap: number; annualCap: number; spare: number };
}

describe.each(testDatabaseTargets())('scheme settings on $name', (target) => {
  const env = useTestApp(target);

  const settingsOf = async (s: PathwayScheme, who: RoleClient = s.manager) =>
    (await who.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json();
  const workersOf = async (s: PathwayScheme, who: RoleClient = s.manager) =>
    (await who.request({ method: 'GET', url: `${schemeApi(s)}/workers` })).json<{
      workers: WorkerView[];
      total: number;
    }>();

  /** A full criteria body from what the server holds now, with changes. */
  async function criteriaBody(s: PathwayScheme, changes: Record<string, unknown> = {}) {
    const current = await settingsOf(s);
    return { version: current.version, ...current.criteria, maxAge: 100, ...changes };
  }
  async function policiesBody(s: PathwayScheme, changes: Record<string, unknown> = {}) {
    const current = await settingsOf(s);
    return { version: current.version, ...current.policies, ...changes };
  }

  it("shows the settings to the scheme's team, with the defaults, and to nobody else", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    for (const reader of [s.worker, s.supervisor, s.manager]) {
      const response = await reader.request({ method: 'GET', url: `${schemeApi(s)}/settings` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        scheme: { id: s.scheme.id, slug: s.scheme.slug },
        version: 1,
        criteria: {
          minAge: 18,
          maxAge: null,
          practicesServed: [],
          needsInScope: [],
          selfReferralOpen: true,
          exclusions: [],
        },
        policies: {
          annualPeoplePerFte: 225,
          fullTimeHours: 37.5,
          contactAttempts: 3,
          contactWindowDays: 14,
          letterWaitDays: 14,
          interventionWeeks: 12,
          interventionSessions: 6,
        },
      });
      expect(response.json().practices).toContainEqual({ odsCode: s.practice.ods_code, name: expect.any(String) });
      expect(response.json()).not.toHaveProperty('workers');
      const workers = await workersOf(s, reader);
      expect(workers.workers.map((w) => w.userId).sort()).toEqual([s.worker.userId, s.otherWorker.userId].sort());
      expect(workers.total).toBe(2);
      const one = await reader.request({ method: 'GET', url: `${schemeApi(s)}/workers/${s.worker.userId}` });
      expect(one.statusCode, one.body).toBe(200);
      expect(one.json()).toMatchObject({ userId: s.worker.userId, hoursPerWeek: 37.5, capacity: { cap: 51 } });
    }
    const other = await buildPathwayScheme(ctx, app);
    for (const url of [
      `${schemeApi(s)}/settings`,
      `${schemeApi(s)}/workers`,
      `${schemeApi(s)}/workers/${s.worker.userId}`,
    ]) {
      expectProblem(await s.referrer.request({ method: 'GET', url }), 403, 'forbidden');
      expectProblem(await s.community.request({ method: 'GET', url }), 403, 'forbidden');
      expectProblem(await other.manager.request({ method: 'GET', url }), 403, 'forbidden');
      expectProblem(await app.inject({ method: 'GET', url }), 401, 'unauthenticated');
    }
  });

  it('lets only the manager change criteria, policies and worker profiles', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const criteria = await criteriaBody(s, { minAge: 16 });
    const policies = await policiesBody(s, { contactAttempts: 5 });
    const profile = { hoursPerWeek: 20, languages: ['Urdu'], acceptingCases: true };
    const before = await schemeRowCounts(ctx, s.scheme.id);
    for (const who of [s.worker, s.supervisor, s.referrer]) {
      expectProblem(
        await who.request({ method: 'PUT', url: `${schemeApi(s)}/settings/criteria`, payload: criteria }),
        403,
        'forbidden',
      );
      expectProblem(
        await who.request({ method: 'PUT', url: `${schemeApi(s)}/settings/policies`, payload: policies }),
        403,
        'forbidden',
      );
      expectProblem(
        await who.request({ method: 'PUT', url: `${schemeApi(s)}/workers/${s.worker.userId}`, payload: profile }),
        403,
        'forbidden',
      );
    }
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({ method: 'PUT', url: `${schemeApi(s)}/settings/criteria`, payload: criteria }),
      403,
      'forbidden',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    const after = await settingsOf(s);
    expect(after).toMatchObject({ version: 1, criteria: { minAge: 18 }, policies: { contactAttempts: 3 } });
    expect((await workersOf(s)).workers.find((w) => w.userId === s.worker.userId)).toMatchObject({
      hoursPerWeek: 37.5,
      languages: [],
    });
  });

  it('saves criteria that every new referral is then checked against', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const saved = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: await criteriaBody(s, {
        minAge: 18,
        maxAge: 64,
        practicesServed: [s.practice.ods_code, s.practice.ods_code],
        needsInScope: ['loneliness'],
        selfReferralOpen: false,
        exclusions: [
          { circumstance: 'homeless-tonight', outcome: 'out_of_scope', alternative: '  Council housing options  ' },
        ],
      }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      criteria: {
        maxAge: 64,
        practicesServed: [s.practice.ods_code],
        needsInScope: ['loneliness'],
        selfReferralOpen: false,
        exclusions: [
          { circumstance: 'homeless-tonight', outcome: 'out_of_scope', alternative: 'Council housing options' },
        ],
      },
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('record_id', '=', s.scheme.id)
      .where('action', '=', 'scheme.criteria-update')
      .execute();
    expect(audit).toEqual([{ action: 'scheme.criteria-update', actor_user_id: s.manager.userId }]);

    const older = await makeReferral(s);
    expect(older).toMatchObject({ evaluation: 'out_of_scope', evaluationReasons: [{ code: 'too-old' }] });
  });

  it('refuses criteria that do not make sense, naming the field, and changes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const put = async (changes: Record<string, unknown>) =>
      s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/settings/criteria`,
        payload: await criteriaBody(s, changes),
      });
    const before = await schemeRowCounts(ctx, s.scheme.id);

    const ages = expectFieldError(await put({ minAge: 65, maxAge: 18 }), 'maxAge');
    expect(ages.message).toMatch(/below the minimum age/);
    expectFieldError(await put({ minAge: 200 }), 'minAge');
    expect(
      expectFieldError(
        await put({ exclusions: [{ circumstance: 'being-tall', outcome: 'out_of_scope', alternative: 'None' }] }),
        'exclusions.0.circumstance',
      ).message,
    ).toMatch(/being-tall/);
    const twice = [
      { circumstance: 'mental-health-crisis', outcome: 'out_of_scope', alternative: 'Crisis team' },
      { circumstance: 'mental-health-crisis', outcome: 'needs_review', alternative: 'Crisis team' },
    ];
    expect(expectFieldError(await put({ exclusions: twice }), 'exclusions.1.circumstance').message).toMatch(/twice/);
    expectFieldError(
      await put({
        exclusions: [{ circumstance: 'mental-health-crisis', outcome: 'out_of_scope', alternative: '   ' }],
      }),
      'exclusions.0.alternative',
    );
    expectFieldError(
      await put({ exclusions: [{ circumstance: 'mental-health-crisis', outcome: 'out_of_scope', alternative: '' }] }),
      'exclusions.0.alternative',
    );
    expectFieldError(
      await put({ exclusions: [{ circumstance: 'mental-health-crisis', outcome: 'maybe', alternative: 'x' }] }),
      'exclusions.0.outcome',
    );
    expectFieldError(await put({ practicesServed: ['not an ods'] }), 'practicesServed.0');
    expectFieldError(await put({ needsInScope: ['loneliness', 'juggling'] }), 'needsInScope.1');

    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect(await settingsOf(s)).toMatchObject({ version: 1, criteria: { minAge: 18, maxAge: null, exclusions: [] } });
  });

  it('lets the manager take the maximum age off again (null means no maximum)', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const capped = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: await criteriaBody(s, { maxAge: 64 }),
    });
    expect(capped.statusCode, capped.body).toBe(200);
    const uncapped = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: await criteriaBody(s, { maxAge: null }),
    });
    expect(uncapped.statusCode, uncapped.body).toBe(200);
    expect(uncapped.json().criteria.maxAge).toBeNull();
  });

  it("refuses settings saved on a stale version, keeping the first manager's change", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const deputy = await addSchemeMember(ctx, app, s.scheme.id, 'scheme_manager');
    const managerSaw = await criteriaBody(s);
    const deputySaw = await criteriaBody(s);
    const first = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: { ...managerSaw, minAge: 16 },
    });
    expect(first.statusCode, first.body).toBe(200);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const second = await deputy.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: {
        ...deputySaw,
        minAge: 25,
        exclusions: [{ circumstance: 'clinical-need', outcome: 'needs_review', alternative: 'GP' }],
      },
    });
    expect(expectProblem(second, 409, 'edit-conflict').detail).toMatch(/settings/);
    expect(second.json().currentVersion).toBe(2);
    const stalePolicies = await deputy.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/policies`,
      payload: { ...(await settingsOf(s)).policies, version: 1, contactAttempts: 4 },
    });
    expectProblem(stalePolicies, 409, 'edit-conflict');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect(await settingsOf(s)).toMatchObject({
      version: 2,
      criteria: { minAge: 16, exclusions: [] },
      policies: { contactAttempts: 3 },
    });
  });

  it('applies the contact policy the manager sets to cases', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/settings/policies`,
        payload: await policiesBody(s, { contactAttempts: 0 }),
      }),
      'contactAttempts',
    );
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/settings/policies`,
        payload: await policiesBody(s, { fullTimeHours: 0 }),
      }),
      'fullTimeHours',
    );
    const saved = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/policies`,
      payload: await policiesBody(s, { contactAttempts: 2, interventionSessions: 3 }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      policies: { contactAttempts: 2, interventionSessions: 3 },
      criteria: { minAge: 18 },
    });

    const { caseId } = await allocatedCase(s);
    const url = `${schemeApi(s)}/cases/${caseId}`;
    let kase = (await s.worker.request({ method: 'GET', url })).json();
    expect(kase.intervention.sessionLimit).toBe(3);
    for (let i = 0; i < 2; i++)
      kase = (
        await s.worker.request({
          method: 'POST',
          url: `${url}/contact-attempts`,
          payload: { channel: 'phone', outcome: 'no_answer', notes: '' },
        })
      ).json();
    expect(kase.contactStep.step).toBe('letter');
  });

  it("changes a worker's safe caseload with their hours, and their languages and availability", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const worker = (page: { workers: WorkerView[] }) => page.workers.find((w) => w.userId === s.worker.userId)!;
    expect(worker(await workersOf(s))).toMatchObject({ hoursPerWeek: 37.5, capacity: { cap: 51, annualCap: 225 } });

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/workers/${s.worker.userId}`,
        payload: { hoursPerWeek: 61, languages: [], acceptingCases: true },
      }),
      'hoursPerWeek',
    );
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/workers/${s.worker.userId}`,
        payload: { hoursPerWeek: 30, languages: [''], acceptingCases: true },
      }),
      'languages.0',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    const part = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${s.worker.userId}`,
      payload: { hoursPerWeek: 15, languages: ['Urdu', 'Punjabi'], acceptingCases: true },
    });
    expect(part.statusCode, part.body).toBe(200);
    // 225 people a year per 37.5 hours, scaled to 15 hours (90 a year) and to 12 of 52 weeks at once.
    // The save answers with the worker as saved, and the page of workers shows the same.
    expect(part.json()).toMatchObject({
      userId: s.worker.userId,
      hoursPerWeek: 15,
      languages: ['Urdu', 'Punjabi'],
      acceptingCases: true,
      capacity: { cap: 20, annualCap: 90, spare: 20 },
    });
    expect(worker(await workersOf(s))).toEqual(part.json());
    const caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json();
    expect(caseload.capacity).toMatchObject({ cap: 20, annualCap: 90 });

    const away = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${s.worker.userId}`,
      payload: { hoursPerWeek: 15, languages: [], acceptingCases: false },
    });
    expect(away.json<WorkerView>().acceptingCases).toBe(false);
    const referral = await makeReferral(s);
    const options = (
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}/allocation` })
    ).json();
    expect(options.workers.map((w: { userId: string }) => w.userId)).toEqual([s.otherWorker.userId, s.worker.userId]);
    expect(options.workers[1]).toMatchObject({ suggested: false, reasons: ['Not taking new cases at the moment.'] });
  });

  it('halves the safe caseload of a worker on half of full-time hours (18.75 of 37.5)', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const response = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${s.worker.userId}`,
      payload: { hoursPerWeek: 18.75, languages: [], acceptingCases: true },
    });
    expect(response.statusCode, response.body).toBe(200);
    const worker = response.json<WorkerView>();
    // Full time: cap 51 (225 × 12/52), 225 a year. Half: 112.5 a year and 25.96 at once.
    expect(worker).toMatchObject({ hoursPerWeek: 18.75, capacity: { cap: 25, annualCap: 112 } });
  });

  it('answers 404 for a worker profile of someone who is not a link worker here', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    for (const userId of [
      '00000000-0000-4000-8000-000000000000',
      s.manager.userId,
      s.referrer.userId,
      other.worker.userId,
    ]) {
      expectProblem(
        await s.manager.request({
          method: 'PUT',
          url: `${schemeApi(s)}/workers/${userId}`,
          payload: { hoursPerWeek: 20, languages: [], acceptingCases: true },
        }),
        404,
        'not-found',
      );
      expectProblem(
        await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/workers/${userId}` }),
        404,
        'not-found',
      );
    }
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${schemeApi(s)}/workers/nobody`,
        payload: { hoursPerWeek: 20, languages: [], acceptingCases: true },
      }),
      'params.userId',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });
});
