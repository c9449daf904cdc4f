import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildOrganisation, buildUser, signIn } from '../support/factories.ts';
import {
  addSchemeMember,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  schemeRowCounts,
  type PathwayScheme,
} from '../support/pathway.ts';

interface Summary {
  id: string;
  status: string;
  evaluation: string;
  receivedAt: string;
}

describe.each(testDatabaseTargets())("referral intake and the referrer's view on $name", (target) => {
  const env = useTestApp(target);

  /** Sets the scheme's criteria as its manager, starting from the version on the server. */
  async function setCriteria(s: PathwayScheme, criteria: Record<string, unknown>) {
    const current = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json();
    const response = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: {
        version: current.version,
        minAge: 18,
        maxAge: 120,
        practicesServed: [],
        needsInScope: [],
        selfReferralOpen: true,
        exclusions: [],
        ...criteria,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  it("takes a referral from a GP practice's referrer, with the practice from their organisation", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const body = referralBody({ needs: ['loneliness', 'low-mood'], reason: '  Lives alone since her husband died.  ' });
    const response = await s.referrer.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    const referral = response.json();
    expect(referral).toMatchObject({
      status: 'received',
      source: 'referrer',
      evaluation: 'in_scope',
      evaluationReasons: [],
      practiceOdsCode: s.practice.ods_code,
      needs: ['loneliness', 'low-mood'],
      reason: 'Lives alone since her husband died.',
      consent: { contact: true, shareWithServices: true, shareWithGp: true },
      patient: {
        nhsNumber: (body.patient as { nhsNumber: string }).nhsNumber,
        familyName: (body.patient as { familyName: string }).familyName,
        postcode: 'LS1 4AP',
      },
      caseId: null,
      version: 1,
    });
    expect(referral.referrer.contact).toMatch(/@example\.org$/);
    expect(referral.events.map((e: { kind: string }) => e.kind)).toEqual(['received']);

    const stored = (
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })
    ).json();
    expect(stored).toMatchObject({ id: referral.id, status: 'received', source: 'referrer' });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('record_id', '=', referral.id)
      .where('action', '=', 'referral.create')
      .execute();
    expect(audit).toEqual([{ action: 'referral.create', actor_user_id: s.referrer.userId }]);
  });

  it('takes a referral from a community organisation without an NHS number', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const response = await s.community.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: patientInput({ nhsNumber: null }) }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      source: 'community_organisation',
      practiceOdsCode: null,
      patient: { nhsNumber: null },
      referrer: { organisationName: expect.stringMatching(/^Org /) },
    });
  });

  it("takes a referral from the scheme's own link worker, who can then triage it", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const response = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: patientInput({ practiceOdsCode: s.practice.ods_code }) }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      source: 'referrer',
      practiceOdsCode: s.practice.ods_code,
      allowedActions: ['accept', 'decline', 'request-information', 'allocate'],
    });
  });

  it('still asks a referrer for the NHS number', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const response = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: patientInput({ nhsNumber: null }) }),
    });
    expect(expectFieldError(response, 'patient.nhsNumber').message).toMatch(/missing/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('refuses an NHS number that fails the modulus 11 check and writes nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    // 943 476 5919 is valid; changing the last digit breaks the check digit.
    const response = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: patientInput({ nhsNumber: '943 476 5918' }) }),
    });
    const error = expectFieldError(response, 'patient.nhsNumber');
    expect(error.message).toMatch(/check digit/);
    expect(error.fix).toMatch(/10-digit NHS number/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('names every wrong field of the person at once: future birth date, postcode, email for email contact', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const response = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({
        patient: patientInput({
          dateOfBirth: '2999-01-01',
          postcode: 'NOT A CODE',
          preferredContact: 'email',
          email: null,
        }),
      }),
    });
    expect(expectFieldError(response, 'patient.dateOfBirth').message).toMatch(/future/);
    expect(expectFieldError(response, 'patient.postcode').fix).toMatch(/LS1 4AP/);
    expect(expectFieldError(response, 'patient.email').message).toMatch(/no email address/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('refuses an unknown need code and a referral without consent to contact, writing nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const unknownNeed = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ needs: ['knitting'] }),
    });
    expect(expectFieldError(unknownNeed, 'needs.0').message).toMatch(/knitting/);
    const noConsent = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ consent: { contact: false, shareWithServices: true, shareWithGp: true } }),
    });
    expect(expectFieldError(noConsent, 'consent.contact').fix).toMatch(/agrees to be contacted/);
    const unknownCircumstance = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ circumstances: ['moon-landing'] }),
    });
    expectFieldError(unknownCircumstance, 'circumstances.0');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it('answers a referral missing required parts with a 400 naming each one', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const { patient: _patient, consent: _consent, ...rest } = referralBody();
    const missing = await s.referrer.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: rest });
    expect(expectFieldError(missing, 'patient').fix).toBe('Add "patient".');
    expectFieldError(missing, 'consent');
    const noNeeds = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ needs: [] }),
    });
    expectFieldError(noNeeds, 'needs');
    const { givenName: _given, ...nameless } = patientInput();
    const noName = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ patient: nameless }),
    });
    expectFieldError(noName, 'patient.givenName');
    const extra = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({ priority: 'urgent' }),
    });
    expect(expectFieldError(extra, 'priority').fix).toMatch(/Remove/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
  });

  it("applies the scheme's criteria at intake: in scope, needs review and out of scope, with reasons and alternatives", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const elsewhere = await buildOrganisation(ctx, 'gp_practice');
    await setCriteria(s, {
      practicesServed: [s.practice.ods_code],
      needsInScope: ['loneliness', 'low-mood'],
      exclusions: [
        {
          circumstance: 'mental-health-crisis',
          outcome: 'out_of_scope',
          alternative: 'Crisis team via NHS 111 option 2',
        },
        {
          circumstance: 'secondary-mental-health-care',
          outcome: 'needs_review',
          alternative: 'Talk to the care coordinator',
        },
      ],
    });

    const inScope = await makeReferral(s, s.referrer, referralBody({ needs: ['loneliness'] }));
    expect(inScope).toMatchObject({ evaluation: 'in_scope', evaluationReasons: [] });

    const someNeeds = await makeReferral(s, s.referrer, referralBody({ needs: ['loneliness', 'debt'] }));
    expect(someNeeds).toMatchObject({
      evaluation: 'needs_review',
      evaluationReasons: [
        { code: 'some-needs-not-in-scope', outcome: 'needs_review', message: expect.stringContaining('Debt') },
      ],
    });

    const review = await makeReferral(s, s.referrer, referralBody({ circumstances: ['secondary-mental-health-care'] }));
    expect(review).toMatchObject({
      evaluation: 'needs_review',
      evaluationReasons: [
        { code: 'exclusion:secondary-mental-health-care', alternative: 'Talk to the care coordinator' },
      ],
    });

    const crisis = await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }));
    expect(crisis).toMatchObject({
      evaluation: 'out_of_scope',
      evaluationReasons: [
        {
          code: 'exclusion:mental-health-crisis',
          outcome: 'out_of_scope',
          message: expect.stringContaining('Acute mental health crisis'),
          alternative: 'Crisis team via NHS 111 option 2',
        },
      ],
    });

    const otherPractice = await makeReferral(
      s,
      s.worker,
      referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
    );
    expect(otherPractice).toMatchObject({
      evaluation: 'out_of_scope',
      evaluationReasons: [{ code: 'practice-not-served', alternative: expect.any(String) }],
    });

    const noPractice = await makeReferral(s, s.community, referralBody({ patient: patientInput({ nhsNumber: null }) }));
    expect(noPractice).toMatchObject({ evaluation: 'needs_review', evaluationReasons: [{ code: 'practice-unknown' }] });

    const child = await makeReferral(
      s,
      s.referrer,
      referralBody({ patient: patientInput({ dateOfBirth: '2015-06-01' }) }),
    );
    expect(child).toMatchObject({
      evaluation: 'out_of_scope',
      evaluationReasons: [{ code: 'too-young', alternative: expect.stringContaining('CAMHS') }],
    });

    // The triage queue carries the reasons as flags.
    const queue = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json();
    const crisisRow = queue.items.find((r: { id: string }) => r.id === crisis.id);
    expect(crisisRow).toMatchObject({
      evaluation: 'out_of_scope',
      flags: expect.arrayContaining([expect.stringContaining('Excluded by the scheme')]),
    });
  });

  it('reuses the person for a second referral with the same NHS number and flags it for review', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const patient = patientInput();
    const first = await makeReferral(s, s.referrer, referralBody({ patient }));
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const second = await makeReferral(
      s,
      s.referrer,
      referralBody({ patient: { ...patient, phone: '07700 900999' }, needs: ['debt'] }),
    );
    expect(second.id).not.toBe(first.id);
    expect(second.patient.id).toBe(first.patient.id);
    expect(second).toMatchObject({
      evaluation: 'needs_review',
      evaluationReasons: [
        {
          code: 'open-referral',
          outcome: 'needs_review',
          message: expect.stringContaining('already has an open referral'),
        },
      ],
    });
    const after = await schemeRowCounts(ctx, s.scheme.id);
    expect(after.patients).toBe(before.patients);
    expect(after.referrals).toBe(before.referrals + 1);
  });

  it("shows a referrer their own and their practice's referrals, but not another practice's", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const colleague = await addSchemeMember(ctx, app, s.scheme.id, 'referrer', s.practice.id);
    const elsewhere = await buildOrganisation(ctx, 'gp_practice');
    const stranger = await addSchemeMember(ctx, app, s.scheme.id, 'referrer', elsewhere.id);

    const mine = await makeReferral(s, s.referrer);
    const colleagues = await makeReferral(s, colleague);
    const strangers = await makeReferral(s, stranger);
    const community = await makeReferral(s, s.community, referralBody({ patient: patientInput({ nhsNumber: null }) }));

    const list = await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals` });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((r: Summary) => r.id)).toEqual([colleagues.id, mine.id]);
    expect(list.json()).toMatchObject({ total: 2, next: null });

    expect(
      (await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${colleagues.id}` })).statusCode,
    ).toBe(200);
    expectProblem(
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${strangers.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${community.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await stranger.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${mine.id}` }),
      404,
      'not-found',
    );

    const communityList = (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/referrals` })).json();
    expect(communityList.items.map((r: Summary) => r.id)).toEqual([community.id]);
  });

  it('keeps referrals from people of another scheme, from staff lists and from administrators', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;

    for (const outsider of [other.worker, other.manager, other.supervisor, other.referrer]) {
      expectProblem(await outsider.request({ method: 'GET', url }), 403, 'forbidden');
      expectProblem(
        await outsider.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } }),
        403,
        'forbidden',
      );
    }
    // Their own scheme's address with this scheme's referral id: row-level security hides it.
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${schemeApi(other)}/referrals/${referral.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await other.worker.request({
        method: 'POST',
        url: `${schemeApi(other)}/referrals/${referral.id}/accept`,
        payload: { version: 1 },
      }),
      404,
      'not-found',
    );

    const admin = await signIn(app, await buildUser(ctx, { role: 'administrator' }));
    expectProblem(await admin.request({ method: 'GET', url }), 403, 'forbidden');
    expectProblem(await admin.request({ method: 'GET', url: `${schemeApi(s)}/referrals` }), 403, 'forbidden');
    expectProblem(
      await admin.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: referralBody() }),
      403,
      'forbidden',
    );

    // The referrer's list is for referrers; triage staff use the queue.
    expectProblem(await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals` }), 403, 'forbidden');
    expectProblem(
      await s.supervisor.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: referralBody() }),
      403,
      'forbidden',
    );

    const unsigned = await app.inject({ method: 'GET', url });
    expectProblem(unsigned, 401, 'unauthenticated');
    expectProblem(
      await app.inject({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: referralBody() }),
      401,
      'unauthenticated',
    );
    const still = (await s.worker.request({ method: 'GET', url })).json();
    expect(still).toMatchObject({ status: 'received', version: 1 });
  });

  it("pages a referrer's list newest first, 50 at a time, and the triage queue (routine referrals) oldest first, after any possible crises", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const made: string[] = [];
    for (let i = 0; i < 51; i++) {
      env().clock.advanceMinutes(0.01);
      made.push((await makeReferral(s)).id);
    }

    const first = await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals` });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 51, next: expect.any(String) });
    expect(first.json().items).toHaveLength(50);
    const second = (
      await s.referrer.request({
        method: 'GET',
        url: `${schemeApi(s)}/referrals?after=${encodeURIComponent(first.json().next)}`,
      })
    ).json();
    expect(second).toMatchObject({ total: 51, next: null });
    const listed = [...first.json().items, ...second.items].map((r: Summary) => r.id);
    expect(listed).toEqual([...made].reverse());

    const queue1 = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json();
    const queue2 = (
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage?after=${encodeURIComponent(queue1.next)}` })
    ).json();
    expect([...queue1.items, ...queue2.items].map((r: Summary) => r.id)).toEqual(made);
    expect(queue2.next).toBeNull();
  });

  it('answers a damaged page cursor with a 400 naming "after"', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await makeReferral(s);
    const forged = Buffer.from(JSON.stringify(['yesterday', 'not-an-id'])).toString('base64url');
    for (const after of ['%%%', 'bm90LWpzb24', forged]) {
      const error = expectFieldError(
        await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals?after=${after}` }),
        'after',
      );
      expect(error.fix).toMatch(/first page/);
      expectFieldError(
        await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage?after=${after}` }),
        'after',
      );
    }
    expectFieldError(
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals?after=${'x'.repeat(201)}` }),
      'after',
    );
  });
});
