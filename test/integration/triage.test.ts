import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  acceptedReferral,
  addSchemeMember,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  schemeRowCounts,
} from '../support/pathway.ts';

interface Summary {
  id: string;
  waitingDays: number;
}

describe.each(testDatabaseTargets())('triage, the waiting list and allocation on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  it('lists routine referrals in the triage queue oldest first (after any possible crises), with what the triager needs to see', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await makeReferral(
            s,
            s.referrer,
            referralBody({ patient: patientInput({ preferredLanguage: 'Polish', interpreterNeeded: true }) }),
          )
        ).id,
      );
      clock.advanceMinutes(5);
    }
    const queue = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.map((r: Summary) => r.id)).toEqual(ids);
    expect(queue.json().total).toBe(3);
    expect(queue.json().items[0]).toMatchObject({
      status: 'received',
      source: 'referrer',
      flags: ['Interpreter needed (Polish)'],
      patient: { age: expect.any(Number), preferredLanguage: 'Polish' },
    });

    expectProblem(await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/triage` }), 403, 'forbidden');
    expectProblem(await s.community.request({ method: 'GET', url: `${schemeApi(s)}/waiting-list` }), 403, 'forbidden');
    expectProblem(await app.inject({ method: 'GET', url: `${schemeApi(s)}/triage` }), 401, 'unauthenticated');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await other.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` }), 403, 'forbidden');
    expect((await other.worker.request({ method: 'GET', url: `${schemeApi(other)}/triage` })).json().items).toEqual([]);
  });

  it('accepts a referral onto the waiting list, and refuses to accept it twice', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const accepted = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referral.id}/accept`,
      payload: { version: referral.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'waiting',
      acceptedAt: expect.any(String),
      version: 2,
      allowedActions: ['decline', 'allocate'],
    });
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json().items).toEqual([]);

    const before = await schemeRowCounts(ctx, s.scheme.id);
    const again = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referral.id}/accept`,
      payload: { version: 2 },
    });
    const problem = expectProblem(again, 409, 'illegal-transition');
    expect(problem.detail).toMatch(/waiting cannot be accepted/);
    expect(again.json()).toMatchObject({
      from: 'waiting',
      event: 'accept',
      allowed: ['allocate', 'decline', 'cancel'],
    });
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('lets the referrer see progress but not triage, and not for an unknown referral', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;
    expectProblem(
      await s.referrer.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.referrer.request({
        method: 'POST',
        url: `${url}/decline`,
        payload: { version: 1, reason: 'No', alternative: '' },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.referrer.request({
        method: 'POST',
        url: `${url}/allocate`,
        payload: { version: 1, workerId: s.worker.userId },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.supervisor.request({
        method: 'POST',
        url: `${url}/allocate`,
        payload: { version: 1, workerId: s.worker.userId },
      }),
      403,
      'forbidden',
    );
    expectProblem(await s.supervisor.request({ method: 'GET', url: `${url}/allocation` }), 403, 'forbidden');
    expectProblem(
      await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/referrals/00000000-0000-4000-8000-000000000000/accept`,
        payload: { version: 1 },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await app.inject({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } }),
      401,
      'unauthenticated',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    // A supervisor triages too.
    const accepted = await s.supervisor.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().allowedActions).toEqual(['decline']);
    const seen = (await s.referrer.request({ method: 'GET', url })).json();
    expect(seen).toMatchObject({ status: 'waiting', allowedActions: [] });
  });

  it('declines with a reason and sends the referrer a coded message back with the alternative', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await s.worker.request({
        method: 'POST',
        url: `${url}/decline`,
        payload: { version: 1, alternative: 'Citizens Advice' },
      }),
      'reason',
    );
    expectFieldError(
      await s.worker.request({
        method: 'POST',
        url: `${url}/decline`,
        payload: { version: 1, reason: '', alternative: 'Citizens Advice' },
      }),
      'reason',
    );
    const blank = expectFieldError(
      await s.worker.request({
        method: 'POST',
        url: `${url}/decline`,
        payload: { version: 1, reason: '   ', alternative: 'Citizens Advice' },
      }),
      'reason',
    );
    expect(blank.fix).toMatch(/referrer will read it/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await s.worker.request({ method: 'GET', url })).json()).toMatchObject({
      status: 'received',
      version: 1,
      messagesBack: [],
    });

    const declined = await s.worker.request({
      method: 'POST',
      url: `${url}/decline`,
      payload: { version: 1, reason: 'Needs specialist debt advice.', alternative: 'National Debtline 0808 808 4000' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Needs specialist debt advice.',
      declineAlternative: 'National Debtline 0808 808 4000',
      allowedActions: [],
    });

    const back = (await s.referrer.request({ method: 'GET', url })).json();
    expect(back.status).toBe('declined');
    expect(back.messagesBack).toHaveLength(1);
    expect(back.messagesBack[0]).toMatchObject({
      kind: 'declined',
      code: { system: 'http://snomed.info/sct', code: '871711000000103', display: 'Social prescribing declined' },
    });
    expect(back.messagesBack[0].body.sections).toEqual(
      expect.arrayContaining([
        { title: 'Reason', text: 'Needs specialist debt advice.' },
        { title: 'Suggested alternative', text: 'National Debtline 0808 808 4000' },
      ]),
    );
    const list = (await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals` })).json();
    expect(list.items[0]).toMatchObject({ id: referral.id, status: 'declined', messagesBack: 1 });

    expectProblem(
      await s.worker.request({ method: 'POST', url: `${url}/accept`, payload: { version: 2 } }),
      409,
      'illegal-transition',
    );
  });

  it('sends a question to the referrer, who answers it and puts the referral back in the queue', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;

    expectFieldError(
      await s.worker.request({
        method: 'POST',
        url: `${url}/request-information`,
        payload: { version: 1, question: '  ' },
      }),
      'question',
    );
    const asked = await s.worker.request({
      method: 'POST',
      url: `${url}/request-information`,
      payload: { version: 1, question: 'Is she registered with your practice?' },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({
      status: 'information_requested',
      informationRequest: 'Is she registered with your practice?',
      version: 2,
      allowedActions: ['decline'],
    });
    // Still in the queue, waiting for the answer.
    expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json().items).toMatchObject([
      { id: referral.id, status: 'information_requested' },
    ]);

    const seen = (await s.referrer.request({ method: 'GET', url })).json();
    expect(seen).toMatchObject({
      status: 'information_requested',
      informationRequest: 'Is she registered with your practice?',
      allowedActions: ['provide-information'],
    });
    expect(seen.messagesBack[0]).toMatchObject({ kind: 'information_requested' });
    expect(seen.messagesBack[0].body.sections).toContainEqual({
      title: 'Question',
      text: 'Is she registered with your practice?',
    });

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectProblem(
      await s.worker.request({
        method: 'POST',
        url: `${url}/provide-information`,
        payload: { version: 2, answer: 'Yes' },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.manager.request({
        method: 'POST',
        url: `${url}/provide-information`,
        payload: { version: 2, answer: 'Yes' },
      }),
      403,
      'forbidden',
    );
    expectFieldError(
      await s.referrer.request({
        method: 'POST',
        url: `${url}/provide-information`,
        payload: { version: 2, answer: '' },
      }),
      'answer',
    );
    expectProblem(
      await s.referrer.request({ method: 'POST', url: `${url}/accept`, payload: { version: 2 } }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.worker.request({ method: 'POST', url: `${url}/accept`, payload: { version: 2 } }),
      409,
      'illegal-transition',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    const answered = await s.referrer.request({
      method: 'POST',
      url: `${url}/provide-information`,
      payload: { version: 2, answer: 'Yes, since 2009.' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: 'received',
      informationRequest: null,
      version: 3,
      allowedActions: [],
    });
    expect(answered.json().reason).toMatch(
      /^Widowed last year.*\n\nMore information \(\d{1,2} [A-Z][a-z]+ \d{4}\), asked "Is she registered with your practice\?": Yes, since 2009\.$/s,
    );
    expectProblem(
      await s.referrer.request({
        method: 'POST',
        url: `${url}/provide-information`,
        payload: { version: 3, answer: 'Again' },
      }),
      409,
      'illegal-transition',
    );

    const triager = (await s.worker.request({ method: 'GET', url })).json();
    expect(triager).toMatchObject({
      status: 'received',
      allowedActions: ['accept', 'decline', 'request-information', 'allocate'],
    });
    expect(triager.events.map((e: { kind: string }) => e.kind)).toEqual([
      'received',
      'request-information',
      'provide-information',
    ]);
  });

  it("refuses a change made on a stale version, keeping the first person's change", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;
    // Both open version 1.
    const workerSaw = (await s.worker.request({ method: 'GET', url })).json();
    const managerSaw = (await s.manager.request({ method: 'GET', url })).json();
    expect([workerSaw.version, managerSaw.version]).toEqual([1, 1]);

    const first = await s.worker.request({
      method: 'POST',
      url: `${url}/request-information`,
      payload: { version: workerSaw.version, question: 'Does she have a phone?' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const second = await s.manager.request({
      method: 'POST',
      url: `${url}/decline`,
      payload: { version: managerSaw.version, reason: 'Out of area', alternative: '' },
    });
    const problem = expectProblem(second, 409, 'edit-conflict');
    expect(problem.detail).toMatch(/Someone else changed this referral .* Reload/);
    expect(second.json().currentVersion).toBe(2);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect((await s.manager.request({ method: 'GET', url })).json()).toMatchObject({
      status: 'information_requested',
      informationRequest: 'Does she have a phone?',
      declineReason: null,
      version: 2,
    });

    // The same on allocation: one accepts, the other allocates from the old page; no case is opened.
    const other = await makeReferral(s);
    const otherUrl = `${schemeApi(s)}/referrals/${other.id}`;
    expect(
      (await s.worker.request({ method: 'POST', url: `${otherUrl}/accept`, payload: { version: 1 } })).statusCode,
    ).toBe(200);
    const stale = await s.manager.request({
      method: 'POST',
      url: `${otherUrl}/allocate`,
      payload: { version: 1, workerId: s.worker.userId },
    });
    expectProblem(stale, 409, 'edit-conflict');
    expect((await s.manager.request({ method: 'GET', url: otherUrl })).json()).toMatchObject({
      status: 'waiting',
      caseId: null,
      version: 2,
    });
  });

  it("ranks a worker who speaks the person's language first among the allocation options", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(
      s,
      s.referrer,
      referralBody({ patient: patientInput({ preferredLanguage: 'Polish', interpreterNeeded: true }) }),
    );
    const url = `${schemeApi(s)}/referrals/${referral.id}/allocation`;
    const plain = (await s.manager.request({ method: 'GET', url })).json();
    expect(plain.language).toBe('Polish');
    expect(plain.workers.every((w: { languageMatch: boolean }) => !w.languageMatch)).toBe(true);
    // Give Polish to whoever was ranked last, so the language must be what moves them up.
    const last = plain.workers[plain.workers.length - 1].userId as string;
    const profile = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${last}`,
      payload: { hoursPerWeek: 37.5, languages: ['Polish', ' polish '], acceptingCases: true },
    });
    expect(profile.statusCode, profile.body).toBe(200);

    const ranked = await s.worker.request({ method: 'GET', url });
    expect(ranked.statusCode, ranked.body).toBe(200);
    const workers = ranked.json().workers;
    expect(workers[0]).toMatchObject({
      userId: last,
      languageMatch: true,
      suggested: true,
      languages: ['Polish', 'polish'],
      reasons: expect.arrayContaining(['Speaks Polish.']),
    });
    expect(workers[1]).toMatchObject({
      languageMatch: false,
      reasons: expect.arrayContaining(['Does not speak Polish; book an interpreter.']),
    });
  });

  it('allocates only to a link worker of the scheme, and opens the case', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const referral = await acceptedReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;

    const before = await schemeRowCounts(ctx, s.scheme.id);
    for (const workerId of [
      s.manager.userId,
      s.referrer.userId,
      other.worker.userId,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      const error = expectFieldError(
        await s.manager.request({
          method: 'POST',
          url: `${url}/allocate`,
          payload: { version: referral.version, workerId },
        }),
        'workerId',
      );
      expect(error.message).toMatch(/not an active link worker/);
    }
    expectFieldError(
      await s.manager.request({
        method: 'POST',
        url: `${url}/allocate`,
        payload: { version: referral.version, workerId: 'someone' },
      }),
      'workerId',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    const allocated = await s.worker.request({
      method: 'POST',
      url: `${url}/allocate`,
      payload: { version: referral.version, workerId: s.otherWorker.userId },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    expect(allocated.json()).toMatchObject({ status: 'allocated', caseId: expect.any(String), allowedActions: [] });
    const caseId = allocated.json().caseId as string;
    const kase = await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}` });
    expect(kase.statusCode, kase.body).toBe(200);
    expect(kase.json()).toMatchObject({
      status: 'contacting',
      worker: { id: s.otherWorker.userId },
      referral: { id: referral.id },
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('record_id', '=', caseId)
      .where('action', '=', 'case.create')
      .execute();
    expect(audit).toEqual([{ action: 'case.create', actor_user_id: s.worker.userId }]);
    expect((await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/waiting-list` })).json().items).toEqual([]);
    expectProblem(
      await s.manager.request({
        method: 'POST',
        url: `${url}/allocate`,
        payload: { version: allocated.json().version, workerId: s.worker.userId },
      }),
      409,
      'illegal-transition',
    );
  });

  it('can allocate straight from the queue, which counts as accepting', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const allocated = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referral.id}/allocate`,
      payload: { version: 1, workerId: s.worker.userId },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    expect(allocated.json()).toMatchObject({
      status: 'allocated',
      acceptedAt: expect.any(String),
      caseId: expect.any(String),
    });
  });

  it('shows the waiting list longest waiting first, with the days waited since acceptance', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const longest = await acceptedReferral(s);
    clock.advanceMinutes(3 * 24 * 60);
    const manager = await addSchemeMember(ctx, app, s.scheme.id, 'scheme_manager');
    const s2 = {
      ...s,
      manager,
      referrer: await addSchemeMember(ctx, app, s.scheme.id, 'referrer', s.practice.id),
      worker: await addSchemeMember(ctx, app, s.scheme.id, 'link_worker'),
    };
    const newer = await acceptedReferral(s2);
    clock.advanceMinutes(2 * 24 * 60 - 10);

    const again = await addSchemeMember(ctx, app, s.scheme.id, 'supervisor');
    const waiting = await again.request({ method: 'GET', url: `${schemeApi(s)}/waiting-list` });
    expect(waiting.statusCode, waiting.body).toBe(200);
    expect(waiting.json().items.map((r: Summary) => [r.id, r.waitingDays])).toEqual([
      [longest.id, 4],
      [newer.id, 1],
    ]);
    expect(waiting.json()).toMatchObject({ total: 2, next: null });
  });
});
