import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  schemeRowCounts,
  uniqueNhsNumber,
  type PathwayScheme,
} from '../support/pathway.ts';

interface Pair {
  match: string;
  first: { id: string };
  second: { id: string };
}

describe.each(testDatabaseTargets())("people's records and duplicates on $name", (target) => {
  const env = useTestApp(target);

  /** Two referrals of what may be one person: same family name, date of birth and postcode. */
  async function lookAlikes(s: PathwayScheme, nhsNumbers: [string | null, string | null] = [null, null]) {
    const familyName = patientInput().familyName;
    const same = { familyName, dateOfBirth: '1961-09-14', postcode: 'LS7 3AB' };
    const [by1, by2] = nhsNumbers.map((n) => (n ? s.referrer : s.community));
    const a = await makeReferral(
      s,
      by1,
      referralBody({ patient: patientInput({ ...same, givenName: 'Margaret', nhsNumber: nhsNumbers[0] }) }),
    );
    const b = await makeReferral(
      s,
      by2,
      referralBody({
        patient: patientInput({
          ...same,
          givenName: 'Maggie',
          familyName: familyName.toUpperCase(),
          postcode: 'ls73ab',
          nhsNumber: nhsNumbers[1],
        }),
      }),
    );
    expect(a.patient.id).not.toBe(b.patient.id);
    return { a, b };
  }

  const pairsOf = async (s: PathwayScheme) => {
    const response = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/patients/duplicates` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Pair[] }>().items;
  };
  const samePair = (p: Pair, x: string, y: string) => [p.first.id, p.second.id].sort().join() === [x, y].sort().join();

  it('lists records with the same family name, date of birth and postcode as possible duplicates', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { a, b } = await lookAlikes(s);
    const pairs = await pairsOf(s);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.match).toBe('name-date-of-birth-postcode');
    expect(samePair(pairs[0]!, a.patient.id, b.patient.id)).toBe(true);
    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${a.id}` })).json().possibleDuplicates,
    ).toBe(1);

    const other = await buildPathwayScheme(ctx, app);
    expect(await pairsOf(other)).toEqual([]);
    for (const who of [s.referrer, s.community, s.supervisor])
      expectProblem(await who.request({ method: 'GET', url: `${schemeApi(s)}/patients/duplicates` }), 403, 'forbidden');
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${schemeApi(s)}/patients/duplicates` }),
      403,
      'forbidden',
    );
    expectProblem(
      await app.inject({ method: 'GET', url: `${schemeApi(s)}/patients/duplicates` }),
      401,
      'unauthenticated',
    );
  });

  it('stops offering a pair once someone decides they are different people', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { a, b } = await lookAlikes(s);
    const url = `${schemeApi(s)}/patients/duplicates/keep-apart`;
    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await s.worker.request({ method: 'POST', url, payload: { firstId: a.patient.id, secondId: a.patient.id } }),
      'secondId',
    );
    expectFieldError(await s.worker.request({ method: 'POST', url, payload: { firstId: a.patient.id } }), 'secondId');
    expectProblem(
      await s.worker.request({
        method: 'POST',
        url,
        payload: { firstId: a.patient.id, secondId: '00000000-0000-4000-8000-000000000000' },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await s.supervisor.request({ method: 'POST', url, payload: { firstId: a.patient.id, secondId: b.patient.id } }),
      403,
      'forbidden',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    // Given in either order, the decision is the same.
    const kept = await s.worker.request({
      method: 'POST',
      url,
      payload: { firstId: b.patient.id, secondId: a.patient.id },
    });
    expect(kept.statusCode, kept.body).toBe(204);
    expect(await pairsOf(s)).toEqual([]);
    expect(
      (await s.manager.request({ method: 'POST', url, payload: { firstId: a.patient.id, secondId: b.patient.id } }))
        .statusCode,
    ).toBe(204);
    expect((await schemeRowCounts(ctx, s.scheme.id)).patient_distinct_pairs).toBe(before.patient_distinct_pairs + 1);
  });

  it('merges one record into another, moving its referrals to the kept record', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { a, b } = await lookAlikes(s);
    const url = `${schemeApi(s)}/patients/duplicates/merge`;
    expectFieldError(
      await s.manager.request({ method: 'POST', url, payload: { keepId: a.patient.id, mergeId: a.patient.id } }),
      'mergeId',
    );
    expectProblem(
      await s.community.request({ method: 'POST', url, payload: { keepId: a.patient.id, mergeId: b.patient.id } }),
      403,
      'forbidden',
    );

    const merged = await s.manager.request({
      method: 'POST',
      url,
      payload: { keepId: a.patient.id, mergeId: b.patient.id },
    });
    expect(merged.statusCode, merged.body).toBe(204);
    const moved = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${b.id}` })).json();
    expect(moved.patient).toMatchObject({ id: a.patient.id, givenName: 'Margaret' });
    expect(await pairsOf(s)).toEqual([]);

    // The merged record is kept for the audit trail but can no longer be used.
    expectProblem(
      await s.manager.request({ method: 'POST', url, payload: { keepId: a.patient.id, mergeId: b.patient.id } }),
      404,
      'not-found',
    );
    expectProblem(
      await s.manager.request({ method: 'POST', url, payload: { keepId: b.patient.id, mergeId: a.patient.id } }),
      404,
      'not-found',
    );
    expectProblem(
      await s.worker.request({
        method: 'PUT',
        url: `${schemeApi(s)}/patients/${b.patient.id}`,
        payload: { version: 1, patient: patientInput() },
      }),
      404,
      'not-found',
    );
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'detail'])
      .where('action', '=', 'patient.merge')
      .where('record_id', '=', a.patient.id)
      .execute();
    expect(audit).toEqual([{ actor_user_id: s.manager.userId, detail: { mergedId: b.patient.id } }]);
  });

  it('refuses to merge records with different NHS numbers, changing nothing', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { a, b } = await lookAlikes(s, [uniqueNhsNumber(), uniqueNhsNumber()]);
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const refused = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/patients/duplicates/merge`,
      payload: { keepId: a.patient.id, mergeId: b.patient.id },
    });
    expect(expectFieldError(refused, 'mergeId').message).toMatch(/different NHS numbers/);
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${b.id}` })).json().patient.id,
    ).toBe(b.patient.id);
  });

  it('lists two live records with the same NHS number, and a later referral finds the kept one after a merge', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const nhsNumber = uniqueNhsNumber();
    const known = await makeReferral(s, s.referrer, referralBody({ patient: patientInput({ nhsNumber }) }));
    const unknown = await makeReferral(s, s.community, referralBody({ patient: patientInput({ nhsNumber: null }) }));
    // The link worker finds out the NHS number of the second person.
    const seen = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${unknown.id}` })).json()
      .patient;
    const { id: _id, age: _age, version, ...details } = seen;
    const updated = await s.worker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/patients/${seen.id}`,
      payload: { version, patient: { ...details, nhsNumber } },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const pairs = await pairsOf(s);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.match).toBe('nhs-number');

    expect(
      (
        await s.worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/patients/duplicates/merge`,
          payload: { keepId: known.patient.id, mergeId: seen.id },
        })
      ).statusCode,
    ).toBe(204);
    const later = await makeReferral(s, s.referrer, referralBody({ patient: patientInput({ nhsNumber }) }));
    expect(later.patient.id).toBe(known.patient.id);
  });

  it("corrects a person's details, refusing bad details and a stale version, keeping the first change", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/patients/${referral.patient.id}`;
    const {
      id: _id,
      age: _age,
      version,
      ...details
    } = referral.patient as unknown as Record<string, unknown> & { version: number };
    expect(version).toBe(1);

    const before = await schemeRowCounts(ctx, s.scheme.id);
    expectFieldError(
      await s.worker.request({
        method: 'PUT',
        url,
        payload: { version, patient: { ...details, nhsNumber: '943 476 5918' } },
      }),
      'patient.nhsNumber',
    );
    expectFieldError(
      await s.worker.request({
        method: 'PUT',
        url,
        payload: { version, patient: { ...details, postcode: 'NOWHERE' } },
      }),
      'patient.postcode',
    );
    expectFieldError(
      await s.worker.request({ method: 'PUT', url, payload: { version, patient: { ...details, ethnicity: 'Q' } } }),
      'patient.ethnicity',
    );
    expectFieldError(await s.worker.request({ method: 'PUT', url, payload: { patient: details } }), 'version');
    expectProblem(
      await s.supervisor.request({ method: 'PUT', url, payload: { version, patient: details } }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.referrer.request({ method: 'PUT', url, payload: { version, patient: details } }),
      403,
      'forbidden',
    );
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({
        method: 'PUT',
        url: `${schemeApi(other)}/patients/${referral.patient.id}`,
        payload: { version, patient: details },
      }),
      404,
      'not-found',
    );
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    // Two people open version 1; the worker saves first.
    const first = await s.worker.request({
      method: 'PUT',
      url,
      payload: { version, patient: { ...details, phone: '0113 496 0000', postcode: 'ls2 9jt' } },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      id: referral.patient.id,
      phone: '0113 496 0000',
      postcode: 'LS2 9JT',
      version: 2,
    });
    const second = await s.manager.request({
      method: 'PUT',
      url,
      payload: { version, patient: { ...details, phone: '07700 900555' } },
    });
    const problem = expectProblem(second, 409, 'edit-conflict');
    expect(problem.detail).toMatch(/person's record/);
    expect(second.json().currentVersion).toBe(2);
    const now = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).json()
      .patient;
    expect(now).toMatchObject({ phone: '0113 496 0000', postcode: 'LS2 9JT', version: 2 });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'patient.update')
      .where('record_id', '=', referral.patient.id)
      .execute();
    expect(audit).toEqual([{ actor_user_id: s.worker.userId }]);
  });

  it("lets only the person's own link worker or the manager correct their details once the case is allocated", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const kase = await allocatedCase(s);
    const person = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${kase.caseId}` })).json<{
      patient: { version: number; nhsNumber: string; givenName: string; familyName: string };
    }>().patient;
    const body = (phone: string, version: number) => ({
      version,
      patient: {
        nhsNumber: person.nhsNumber,
        givenName: person.givenName,
        familyName: person.familyName,
        phone,
        preferredContact: 'phone',
      },
    });
    const refused = await s.otherWorker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/patients/${kase.patientId}`,
      payload: body('07700 900999', person.version),
    });
    expect(expectProblem(refused, 403, 'forbidden').detail).toMatch(/link worker or the scheme manager/);
    const own = await s.worker.request({
      method: 'PUT',
      url: `${schemeApi(s)}/patients/${kase.patientId}`,
      payload: body('07700 900111', person.version),
    });
    expect(own.statusCode, own.body).toBe(200);
    const manager = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/patients/${kase.patientId}`,
      payload: body('07700 900222', person.version + 1),
    });
    expect(manager.statusCode, manager.body).toBe(200);
    expect(manager.json()).toMatchObject({ phone: '07700 900222' });
  });
});
