import { afterEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  acceptedReferral,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
} from '../support/pathway.ts';
import { courseIds, daysFrom, recordTrainingFor, trainingRowCounts } from '../support/training.ts';

interface Worker {
  userId: string;
  blocked: boolean;
  suggested: boolean;
  reasons: string[];
  trainingGaps: { course: string; state: string; expiresOn: string | null }[];
}

describe.each(testDatabaseTargets())('competence-matched allocation on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  /** A waiting referral flagged for significant mental health needs; `worker`'s suicide prevention lapsed, `otherWorker` fully trained. */
  async function flaggedReferral(s: PathwayScheme) {
    const { ctx } = env();
    const ids = await courseIds(s);
    await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: daysFrom(ctx, -400),
    });
    await recordTrainingFor(s, s.worker.userId, {
      courseId: ids.mental_health_first_aid!,
      completedOn: daysFrom(ctx, -100),
    });
    await recordTrainingFor(s, s.otherWorker.userId, {
      courseId: ids.suicide_prevention!,
      completedOn: daysFrom(ctx, -100),
    });
    await recordTrainingFor(s, s.otherWorker.userId, {
      courseId: ids.mental_health_first_aid!,
      completedOn: daysFrom(ctx, -100),
    });
    const referral = await acceptedReferral(s);
    const flagged = await s.worker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/referrals/${referral.id}/complexity`,
      payload: { version: referral.version, flags: ['mental_health'] },
    });
    expect(flagged.statusCode, flagged.body).toBe(200);
    return {
      id: referral.id,
      version: flagged.json<{ version: number }>().version,
      lapsedOn: daysFrom(ctx, -400 + 365),
    };
  }

  it("lets triage staff flag a referral's complexity, versioned, on its timeline and audited", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await acceptedReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}/complexity`;
    expectFieldError(
      await s.worker.request({ method: 'PUT', url, payload: { version: referral.version, flags: ['nosy_neighbour'] } }),
      'flags',
    );
    expectProblem(
      await s.referrer.request({
        method: 'PUT',
        url,
        payload: { version: referral.version, flags: ['mental_health'] },
      }),
      403,
      'forbidden',
    );
    const saved = await s.worker.request({
      method: 'PUT',
      url,
      payload: { version: referral.version, flags: ['domestic_abuse', 'mental_health'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      complexityFlags: ['mental_health', 'domestic_abuse'],
      version: referral.version + 1,
    });
    expect(saved.json().events.at(-1)).toMatchObject({
      kind: 'complexity',
      detail: {
        to: ['mental_health', 'domestic_abuse'],
        complexity: 'Significant mental health needs, Domestic abuse',
      },
    });
    expectProblem(
      await s.manager.request({ method: 'PUT', url, payload: { version: referral.version, flags: [] } }),
      409,
      'edit-conflict',
    );
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'detail'])
      .where('action', '=', 'referral.complexity')
      .where('record_id', '=', referral.id)
      .execute();
    expect(audit).toEqual([
      {
        actor_user_id: s.worker.userId,
        detail: expect.objectContaining({ from: [], to: ['mental_health', 'domestic_abuse'] }),
      },
    ]);
  });

  it('ranks a worker with lapsed training last, blocked, naming the course and when it lapsed', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await flaggedReferral(s);
    const options = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/referrals/${referral.id}/allocation`,
    });
    expect(options.statusCode, options.body).toBe(200);
    expect(options.json()).toMatchObject({
      complexityFlags: ['mental_health'],
      canOverride: true,
      totalWorkers: 2,
      search: null,
      more: false,
    });
    const workers = options.json<{ workers: Worker[] }>().workers;
    expect(workers.map((w) => [w.userId, w.blocked, w.suggested])).toEqual([
      [s.otherWorker.userId, false, true],
      [s.worker.userId, true, false],
    ]);
    expect(workers[1]?.trainingGaps).toEqual([
      { flag: 'mental_health', course: 'Suicide prevention', state: 'expired', expiresOn: referral.lapsedOn },
    ]);
    expect(workers[1]?.reasons[0]).toMatch(
      /^Training missing or lapsed: Suicide prevention lapsed on .* \(needed for significant mental health needs\)\. Only a scheme manager can allocate, with an override\.$/,
    );
    expect(workers[0]?.reasons[0]).toBe('Trained for significant mental health needs.');
    const asWorker = await s.worker.request({
      method: 'GET',
      url: `${schemeApi(s)}/referrals/${referral.id}/allocation`,
    });
    expect(asWorker.json().canOverride).toBe(false);
  });

  it('refuses to allocate to a worker whose training lapsed; a link worker cannot override; a manager can, with a reason, and the case shows it', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await flaggedReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}/allocate`;
    const before = await trainingRowCounts(ctx, s.scheme.id);

    const refused = expectFieldError(
      await s.manager.request({
        method: 'POST',
        url,
        payload: { version: referral.version, workerId: s.worker.userId },
      }),
      'workerId',
    );
    expect(refused.message).toMatch(/is not trained for this case: Suicide prevention lapsed on /);
    expect(refused.fix).toMatch(/record an override with your reason/);
    const byWorker = expectFieldError(
      await s.worker.request({
        method: 'POST',
        url,
        payload: { version: referral.version, workerId: s.worker.userId },
      }),
      'workerId',
    );
    expect(byWorker.fix).toMatch(/ask a scheme manager to allocate with an override/);
    const forbidden = expectProblem(
      await s.worker.request({
        method: 'POST',
        url,
        payload: { version: referral.version, workerId: s.worker.userId, override: { reason: 'I am fine' } },
      }),
      403,
      'forbidden',
    );
    expect(forbidden.detail).toMatch(
      /Only a scheme manager can allocate this case .* Suicide prevention lapsed on .* Ask a scheme manager to record the override\./,
    );
    expectFieldError(
      await s.manager.request({
        method: 'POST',
        url,
        payload: { version: referral.version, workerId: s.worker.userId, override: { reason: '   ' } },
      }),
      'override.reason',
    );
    expect(await trainingRowCounts(ctx, s.scheme.id)).toEqual(before);

    const reason = 'Only worker who knows the family; refresher booked for next week and weekly supervision meanwhile.';
    const allocated = await s.manager.request({
      method: 'POST',
      url,
      payload: { version: referral.version, workerId: s.worker.userId, override: { reason } },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    const caseId = allocated.json<{ caseId: string }>().caseId;
    expect(allocated.json().events.at(-1)).toMatchObject({
      kind: 'allocate',
      detail: {
        workerId: s.worker.userId,
        overrideReason: reason,
        trainingMissing: expect.stringMatching(/^Suicide prevention lapsed on /),
      },
    });
    const overrides = await ctx.db
      .selectFrom('allocation_overrides')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    expect(overrides).toHaveLength(0); // row-level security: invisible outside the scheme's transaction
    const after = await trainingRowCounts(ctx, s.scheme.id);
    expect(after).toMatchObject({ overrides: before.overrides + 1, cases: before.cases + 1 });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'reason', 'detail'])
      .where('action', '=', 'allocation.override')
      .where('record_id', '=', caseId)
      .execute();
    expect(audit).toEqual([
      {
        actor_user_id: s.manager.userId,
        reason,
        detail: expect.objectContaining({
          workerId: s.worker.userId,
          flags: ['mental_health'],
          missing: [
            { flag: 'mental_health', course: 'Suicide prevention', state: 'expired', expiresOn: referral.lapsedOn },
          ],
        }),
      },
    ]);

    for (const who of [s.worker, s.supervisor, s.manager]) {
      const shown = await who.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/competence` });
      expect(shown.statusCode, shown.body).toBe(200);
      expect(shown.json()).toMatchObject({
        flags: [{ code: 'mental_health', label: 'Significant mental health needs' }],
        overrides: [
          {
            reason,
            workerName: expect.any(String),
            by: expect.any(String),
            missing: [{ course: 'Suicide prevention', state: 'expired' }],
          },
        ],
      });
    }
    expectProblem(
      await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/competence` }),
      404,
      'not-found',
    );
  });

  it('allocates a flagged case to a trained worker without an override, and ignores training for unflagged cases', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await flaggedReferral(s);
    const allocated = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referral.id}/allocate`,
      payload: { version: referral.version, workerId: s.otherWorker.userId },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    const unflagged = await acceptedReferral(s);
    const plain = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${unflagged.id}/allocate`,
      payload: { version: unflagged.version, workerId: s.worker.userId },
    });
    expect(plain.statusCode, plain.body).toBe(200);
    expect((await trainingRowCounts(ctx, s.scheme.id)).overrides).toBe(0);
  });
});
