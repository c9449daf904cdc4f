import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/modules/identity/api-clients/create-api-client.ts';
import * as queues from '../../src/modules/pathway/referrals/referral-queues.repository.ts';
import * as referrals from '../../src/modules/pathway/referrals/referrals.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  buildPathwayScheme,
  expectFieldError,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  schemeRowCounts,
  uniqueNhsNumber,
  type PathwayScheme,
} from '../support/pathway.ts';

const CONTACTS = [{ name: 'Leeds Crisis Team', phone: '0800 183 1485', when: '24 hours' }];
const CRISIS_ALTERNATIVE = 'Crisis team: call NHS 111 and choose option 2 (24 hours), or 999 if life is at risk.';
const FHIR_JSON = 'application/fhir+json';
const SYSTEM_ACTOR = { kind: 'system', description: 'test', requestId: 'test' } as const;

interface Summary {
  id: string;
  urgency: string;
  receivedAt: string;
}
interface Advice {
  reasons: string[];
  contacts: typeof CONTACTS;
  alternatives: string[];
}

let addresses = 0;

/** A member of the public on their own address, so the rate limit of one test does not touch another's. */
function member(app: FastifyInstance) {
  addresses += 1;
  const remoteAddress = `10.9.${Math.floor(addresses / 250)}.${1 + (addresses % 250)}`;
  return (options: InjectOptions) => app.inject({ ...options, remoteAddress });
}

describe.each(testDatabaseTargets())('crisis referrals and triage by urgency on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  /** A scheme whose manager excludes the acute mental health crisis, names crisis contacts and makes the supervisor safeguarding lead. */
  async function crisisScheme(
    exclusions: Record<string, unknown>[] = [
      { circumstance: 'mental-health-crisis', outcome: 'out_of_scope', alternative: CRISIS_ALTERNATIVE },
    ],
  ) {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const settings = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
      version: number;
      safety: Record<string, unknown>;
    }>();
    const criteria = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/criteria`,
      payload: {
        version: settings.version,
        minAge: 18,
        maxAge: null,
        practicesServed: [],
        needsInScope: [],
        selfReferralOpen: true,
        exclusions,
      },
    });
    expect(criteria.statusCode, criteria.body).toBe(200);
    const safety = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/safety`,
      payload: {
        ...settings.safety,
        version: criteria.json<{ version: number }>().version,
        crisisContacts: CONTACTS,
        safeguardingLeadId: s.supervisor.userId,
      },
    });
    expect(safety.statusCode, safety.body).toBe(200);
    return s;
  }

  function notificationsAbout(s: PathwayScheme, referralId: string) {
    return inSchemeTransaction(env().ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('notifications')
        .select(['recipient_id', 'kind', 'urgent', 'subject', 'body', 'link'])
        .where('source_type', '=', 'referral')
        .where('source_id', '=', referralId)
        .orderBy('recipient_id')
        .execute(),
    );
  }

  async function expectAlerted(s: PathwayScheme, referralId: string, secrets: string[]) {
    const notes = await notificationsAbout(s, referralId);
    expect(notes.map((n) => n.recipient_id).sort()).toEqual([s.manager.userId, s.supervisor.userId].sort());
    for (const n of notes) {
      expect(n).toMatchObject({ kind: 'referral.possible-crisis', urgent: true, link: `/referrals/${referralId}` });
      for (const secret of secrets) expect(`${n.subject} ${n.body}`).not.toContain(secret);
    }
  }

  async function triageIds(s: PathwayScheme) {
    const queue = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` });
    expect(queue.statusCode, queue.body).toBe(200);
    return queue.json<{ items: Summary[] }>().items.map((r): [string, string] => [r.id, r.urgency]);
  }

  it('warns a GP whose referral names the crisis exclusion, keeps it, tops triage and alerts the team and safeguarding lead once', async () => {
    const { clock } = env();
    const s = await crisisScheme();
    const older = await makeReferral(s);
    clock.advanceMinutes(10);
    const body = referralBody({ circumstances: ['mental-health-crisis'], reason: 'Very low since losing her job.' });
    const response = await s.referrer.request({ method: 'POST', url: `${schemeApi(s)}/referrals`, payload: body });
    expect(response.statusCode, response.body).toBe(201);
    const referral = response.json<{
      id: string;
      urgency: string;
      evaluation: string;
      crisis: Advice;
      events: { detail: Record<string, unknown> }[];
    }>();
    expect(referral).toMatchObject({ status: 'received', evaluation: 'out_of_scope', urgency: 'crisis' });
    expect(referral.crisis).toEqual({
      reasons: ['The referral says: Acute mental health crisis or active suicidal plans.'],
      contacts: CONTACTS,
      alternatives: [CRISIS_ALTERNATIVE],
    });
    expect(referral.events[0]!.detail).toMatchObject({ possibleCrisis: true });
    await expectAlerted(s, referral.id, [
      (body.patient as { familyName: string }).familyName,
      'Maya',
      'losing her job',
    ]);

    expect(await triageIds(s)).toEqual([
      [referral.id, 'crisis'],
      [older.id, 'routine'],
    ]);
    // The referrer, and the triager, read the same warning on the referral later.
    expect(
      (await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).json(),
    ).toMatchObject({ urgency: 'crisis', crisis: { contacts: CONTACTS } });
    const audit = await inSchemeTransaction(env().ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'referral.create')
        .where('record_id', '=', referral.id)
        .executeTakeFirstOrThrow(),
    );
    expect(audit.detail).toMatchObject({
      possibleCrisis: ['mental-health-crisis'],
      alerted: expect.arrayContaining([s.manager.userId, s.supervisor.userId]),
    });
  });

  it("flags a community organisation's referral by its risk language, even with no exclusion named", async () => {
    const s = await crisisScheme([]);
    const referral = await makeReferral(
      s,
      s.community,
      referralBody({
        patient: patientInput({ nhsNumber: null }),
        reason: 'She told our volunteer she wants to end it all and has been saving up her tablets.',
      }),
    );
    expect(referral).toMatchObject({
      source: 'community_organisation',
      urgency: 'crisis',
      crisis: { contacts: CONTACTS, alternatives: [] },
    });
    expect((referral.crisis as Advice).reasons[0]).toMatch(/risk of harm.*"end it all".*"saving up her tablets"/);
    await expectAlerted(s, referral.id, ['saving up', 'Maya']);
  });

  it('lets a scheme mark its own exclusions as crisis-type, and unmark the default', async () => {
    const s = await crisisScheme([
      {
        circumstance: 'homeless-tonight',
        outcome: 'out_of_scope',
        alternative: 'Council housing options (out of hours line)',
        crisis: true,
      },
      { circumstance: 'mental-health-crisis', outcome: 'out_of_scope', alternative: CRISIS_ALTERNATIVE, crisis: false },
      { circumstance: 'specialist-debt-advice', outcome: 'needs_review', alternative: 'National Debtline' },
    ]);
    const settings = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
      criteria: { exclusions: { circumstance: string; crisis: boolean }[] };
    }>();
    expect(settings.criteria.exclusions.map((e) => [e.circumstance, e.crisis])).toEqual([
      ['homeless-tonight', true],
      ['mental-health-crisis', false],
      ['specialist-debt-advice', false],
    ]);

    const homeless = await makeReferral(
      s,
      s.referrer,
      referralBody({ circumstances: ['homeless-tonight', 'specialist-debt-advice'] }),
    );
    expect(homeless).toMatchObject({
      urgency: 'crisis',
      crisis: { alternatives: ['Council housing options (out of hours line)'] },
    });
    const unmarked = await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }));
    expect(unmarked).toMatchObject({ urgency: 'routine', crisis: null, evaluation: 'out_of_scope' });
    expect(await notificationsAbout(s, unmarked.id)).toEqual([]);
  });

  it('leaves a routine referral routine: the success path, no warning, nobody alerted', async () => {
    const s = await crisisScheme();
    const referral = await makeReferral(s);
    expect(referral).toMatchObject({ urgency: 'routine', crisis: null, evaluation: 'in_scope' });
    expect(await notificationsAbout(s, referral.id)).toEqual([]);
  });

  it('tells a member of the public where to get help now, without repeating their words, and keeps their request', async () => {
    const { app, clock } = env();
    const s = await crisisScheme();
    const routine = await makeReferral(s);
    const as = member(app);
    const form = (await as({ method: 'GET', url: `/api/public/self-referral/${s.scheme.slug}` })).json<{
      formToken: string;
    }>();
    clock.advanceMinutes(1);
    const payload = {
      formToken: form.formToken,
      patient: patientInput({
        nhsNumber: null,
        givenName: 'Tomasz',
        familyName: `Nowak-${randomBytes(3).toString('hex')}`,
      }),
      needs: ['loneliness'],
      reason: 'I do not want to be alive any more and I have written a note.',
      consent: { contact: true, shareWithServices: false, shareWithGp: true },
    };
    const response = await as({ method: 'POST', url: `/api/public/self-referral/${s.scheme.slug}`, payload });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      received: true,
      reference: expect.stringMatching(/^[0-9A-F]{8}$/),
      crisis: {
        reasons: ['What you told us suggests you may need urgent help.'],
        contacts: CONTACTS,
        alternatives: [],
      },
    });
    for (const secret of ['Tomasz', 'written a note', 'alive']) expect(response.body).not.toContain(secret);
    const queue = await triageIds(s);
    expect(queue).toHaveLength(2);
    expect(queue[1]).toEqual([routine.id, 'routine']);
    const [selfId, urgency] = queue[0] as [string, string];
    expect(urgency).toBe('crisis');
    expect(selfId.slice(0, 8).toUpperCase()).toBe(response.json<{ reference: string }>().reference);
    await expectAlerted(s, selfId, ['Tomasz', 'note']);
  });

  it("answers a GP system's crisis referral with an OperationOutcome warning, and alerts once however often it is sent", async () => {
    const { app, ctx } = env();
    const s = await crisisScheme();
    const { token } = await createApiClient(ctx, SYSTEM_ACTOR, {
      name: `GP system ${randomBytes(4).toString('hex')}`,
      schemeSlug: s.scheme.slug,
    });
    const send = (url: string, json: unknown) =>
      app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${token}`, 'content-type': FHIR_JSON },
        payload: JSON.stringify(json),
      });
    const request = (nhsNumber: string, value: string, note: string) => ({
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      contained: [
        {
          resourceType: 'Patient',
          id: 'pat',
          identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: nhsNumber }],
          name: [{ family: 'Okafor', given: ['Ada'] }],
          birthDate: '1970-02-03',
        },
      ],
      identifier: [{ system: 'https://gp-system.example/referrals', value }],
      code: { coding: [{ system: 'http://snomed.info/sct', code: '871731000000106' }] },
      subject: { reference: '#pat' },
      requester: { identifier: { system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: s.practice.ods_code } },
      reasonCode: [{ coding: [{ system: 'https://linkwork.nhs.example/CodeSystem/need', code: 'loneliness' }] }],
      note: [{ text: note }],
    });
    const warningOf = (
      outcome: { issue: { severity: string; code: string; details: { text: string }; diagnostics: string }[] },
      phrase: string,
    ) => {
      expect(outcome.issue).toHaveLength(1);
      expect(outcome.issue[0]).toMatchObject({
        severity: 'warning',
        code: 'business-rule',
        details: { text: expect.stringMatching(/999.*NHS 111 option 2.*review today/) },
        diagnostics: expect.stringContaining(phrase),
      });
    };

    const crisis = request(
      uniqueNhsNumber(),
      `ref-${randomBytes(4).toString('hex')}`,
      'Says he will kill myself if nothing changes, in his words.',
    );
    const first = await send('/fhir/ServiceRequest', crisis);
    expect(first.statusCode, first.body).toBe(201);
    const task = first.json<{
      id: string;
      contained: { resourceType: string; id: string; issue: never }[];
      output: { valueReference?: { reference: string } }[];
    }>();
    expect(task.contained.map((r) => [r.resourceType, r.id])).toEqual([['OperationOutcome', 'possible-crisis']]);
    warningOf(task.contained[0]!, 'kill myself');
    expect(task.output).toContainEqual(expect.objectContaining({ valueReference: { reference: '#possible-crisis' } }));
    const again = await send('/fhir/ServiceRequest', crisis);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<{ contained: unknown[] }>().contained).toHaveLength(1);
    await expectAlerted(s, task.id, ['Okafor', 'Ada', 'kill']);

    const bundleRequest = request(
      uniqueNhsNumber(),
      `ref-${randomBytes(4).toString('hex')}`,
      'Has been cutting myself again, she said.',
    );
    const {
      contained: [person],
      ...sr
    } = bundleRequest;
    const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
    const bundle = await send('/fhir', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl, resource: { ...person, id: undefined }, request: { method: 'POST', url: 'Patient' } },
        {
          fullUrl: `urn:uuid:${crypto.randomUUID()}`,
          resource: { ...sr, subject: { reference: fullUrl } },
          request: { method: 'POST', url: 'ServiceRequest' },
        },
      ],
    });
    expect(bundle.statusCode, bundle.body).toBe(200);
    const entries = bundle.json<{
      entry: { resource?: { resourceType: string }; response: { outcome?: { resourceType: string; issue: never } } }[];
    }>().entry;
    expect(entries[0]!.response.outcome, 'no warning on the Patient entry').toBeUndefined();
    for (const entry of entries.slice(1)) {
      expect(entry.response.outcome?.resourceType).toBe('OperationOutcome');
      warningOf({ issue: entry.response.outcome!.issue }, 'cutting myself again');
    }

    const routine = await send(
      '/fhir/ServiceRequest',
      request(uniqueNhsNumber(), `ref-${randomBytes(4).toString('hex')}`, 'Would like to join a walking group.'),
    );
    expect(routine.statusCode, routine.body).toBe(201);
    expect(routine.json()).not.toHaveProperty('contained');
  });

  it('orders triage by urgency then age, paging by keyset across the crisis/routine boundary', async () => {
    const { ctx, clock } = env();
    const s = await crisisScheme();
    const routine: string[] = [];
    for (let i = 0; i < 2; i++) {
      routine.push((await makeReferral(s)).id);
      clock.advanceMinutes(5);
    }
    const crisis: string[] = [];
    for (let i = 0; i < 2; i++) {
      crisis.push((await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }))).id);
      clock.advanceMinutes(5);
    }
    routine.push((await makeReferral(s)).id);
    expect(await triageIds(s)).toEqual([
      ...crisis.map((id) => [id, 'crisis']),
      ...routine.map((id) => [id, 'routine']),
    ]);

    // The queue's own keyset, two at a time: the page after the last crisis starts at the oldest routine referral.
    const pages = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const seen: string[][] = [];
      let after: queues.TriageCursor | null = null;
      for (;;) {
        const rows = await queues.listTriageQueue(trx, s.scheme.id, after, 2);
        const page = rows.slice(0, 2);
        seen.push(page.map((r) => r.id));
        if (rows.length <= 2) return seen;
        const last = page[page.length - 1]!;
        after = { urgency: last.urgency, at: last.received_at, id: last.id };
      }
    });
    expect(pages).toEqual([crisis, routine.slice(0, 2), routine.slice(2)]);

    // Over HTTP: 50 a page, and the next link carries on after the boundary.
    await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      for (let i = 0; i < 49; i++) {
        const { id: patientId } = await trx
          .insertInto('patients')
          .values({
            scheme_id: s.scheme.id,
            given_name: 'Bulk',
            family_name: `Person-${i}`,
            date_of_birth: '1960-01-01',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await referrals.insertReferral(trx, {
          schemeId: s.scheme.id,
          patientId,
          source: 'referrer',
          referredByUserId: null,
          referredByClientId: null,
          referrerOrganisationId: null,
          referrerName: 'Bulk',
          referrerContact: null,
          practiceOdsCode: null,
          identifier: null,
          reason: 'Bulk',
          needs: ['loneliness'],
          circumstances: [],
          consent: { contact: true, shareWithServices: false, shareWithGp: false },
          evaluation: 'in_scope',
          evaluationReasons: [],
          receivedAt: new Date(clock.now().getTime() + 60_000 * (i + 1)),
          urgency: 1,
          crisisReasons: [],
        });
      }
    });
    const first = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json<{
      items: Summary[];
      total: number;
      next: string;
    }>();
    expect(first.total).toBe(54);
    expect(first.items.slice(0, 5).map((r) => r.id)).toEqual([...crisis, ...routine]);
    expect(first.next).toEqual(expect.any(String));
    const second = await s.worker.request({
      method: 'GET',
      url: `${schemeApi(s)}/triage?after=${encodeURIComponent(first.next)}`,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json<{ items: Summary[]; next: string | null }>()).toMatchObject({
      items: [
        expect.objectContaining({ urgency: 'routine' }),
        expect.objectContaining({ urgency: 'routine' }),
        expect.objectContaining({ urgency: 'routine' }),
        expect.objectContaining({ urgency: 'routine' }),
      ],
      next: null,
    });
    const all = [...first.items, ...second.json<{ items: Summary[] }>().items];
    expect(all).toHaveLength(54);
    expect(new Set(all.map((r) => r.id)).size).toBe(54);
    expect(
      all
        .slice(2)
        .every((r, i, rows) => r.urgency === 'routine' && (i === 0 || rows[i - 1]!.receivedAt <= r.receivedAt)),
    ).toBe(true);

    // A cursor from elsewhere (the waiting list's shape) is a 400 naming the field.
    const foreign = Buffer.from(JSON.stringify([new Date().toISOString(), crisis[0]])).toString('base64url');
    expectFieldError(
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage?after=${foreign}` }),
      'after',
    );
  });

  it('needs a reason to accept an out-of-scope referral: 422 and nothing written without one; saved, shown and audited with one', async () => {
    const { ctx } = env();
    const s = await crisisScheme();
    const referral = await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }));
    expect(referral).toMatchObject({ evaluation: 'out_of_scope' });
    const url = `${schemeApi(s)}/referrals/${referral.id}/accept`;
    const before = await schemeRowCounts(ctx, s.scheme.id);
    for (const payload of [{ version: referral.version }, { version: referral.version, reason: '   ' }]) {
      const refused = expectFieldError(await s.manager.request({ method: 'POST', url, payload }), 'reason');
      expect(refused.message).toMatch(/out of scope/);
      expect(refused.fix).toMatch(/why/i);
    }
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect(
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).json(),
    ).toMatchObject({ status: 'received', acceptReason: null, version: referral.version });

    const reason =
      'Spoke to the crisis team: he is now stable and they support social prescribing alongside their care.';
    const accepted = await s.manager.request({
      method: 'POST',
      url,
      payload: { version: referral.version, reason: `  ${reason} ` },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = accepted.json<{
      status: string;
      acceptReason: string;
      events: { kind: string; detail: Record<string, unknown> }[];
    }>();
    expect(detail).toMatchObject({ status: 'waiting', acceptReason: reason });
    expect(detail.events.at(-1)).toMatchObject({ kind: 'accept', detail: { reason } });
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(['detail', 'actor_user_id'])
        .where('action', '=', 'referral.accept')
        .where('record_id', '=', referral.id)
        .execute(),
    );
    expect(audit).toEqual([
      { actor_user_id: s.manager.userId, detail: expect.objectContaining({ from: 'received', to: 'waiting', reason }) },
    ]);

    // An in-scope referral is accepted without a reason, as before.
    const routine = await makeReferral(s);
    const plain = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${routine.id}/accept`,
      payload: { version: routine.version },
    });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).toMatchObject({ acceptReason: null });
  });

  it('applies the acceptance rule when allocating straight from triage: an out-of-scope referral needs the reason, 400 and nothing written without it', async () => {
    const { ctx } = env();
    const s = await crisisScheme();
    const referral = await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }));
    expect(referral).toMatchObject({ status: 'received', evaluation: 'out_of_scope' });
    const url = `${schemeApi(s)}/referrals/${referral.id}/allocate`;
    const before = await schemeRowCounts(ctx, s.scheme.id);
    for (const payload of [
      { version: referral.version, workerId: s.worker.userId },
      { version: referral.version, workerId: s.worker.userId, reason: '  ' },
    ]) {
      const refused = expectFieldError(await s.manager.request({ method: 'POST', url, payload }), 'reason');
      expect(refused.message).toMatch(/out of scope/);
      expect(refused.fix).toMatch(/why/i);
    }
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    expect(
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).json(),
    ).toMatchObject({
      status: 'received',
      acceptedAt: null,
      acceptReason: null,
      caseId: null,
      version: referral.version,
    });

    const reason =
      'Crisis team assessed her today: settled, and they asked us to start social prescribing alongside their care.';
    const allocated = await s.manager.request({
      method: 'POST',
      url,
      payload: { version: referral.version, workerId: s.worker.userId, reason: ` ${reason}  ` },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    const detail = allocated.json<{
      status: string;
      acceptReason: string;
      acceptedAt: string;
      caseId: string;
      events: { kind: string; detail: Record<string, unknown> }[];
    }>();
    expect(detail).toMatchObject({
      status: 'allocated',
      acceptReason: reason,
      acceptedAt: expect.any(String),
      caseId: expect.any(String),
    });
    expect(detail.events.at(-1)).toMatchObject({
      kind: 'allocate',
      detail: { acceptReason: reason, workerId: s.worker.userId },
    });
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'referral.allocate')
        .where('record_id', '=', referral.id)
        .execute(),
    );
    expect(audit).toEqual([
      { detail: expect.objectContaining({ from: 'received', to: 'allocated', acceptReason: reason }) },
    ]);

    // Accepted first (with its reason), it is allocated from the waiting list without asking again; in scope, straight from triage without one.
    const accepted = await makeReferral(s, s.referrer, referralBody({ circumstances: ['mental-health-crisis'] }));
    const waiting = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${accepted.id}/accept`,
      payload: { version: accepted.version, reason },
    });
    expect(waiting.statusCode, waiting.body).toBe(200);
    const fromWaiting = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${accepted.id}/allocate`,
      payload: { version: waiting.json<{ version: number }>().version, workerId: s.worker.userId },
    });
    expect(fromWaiting.statusCode, fromWaiting.body).toBe(200);
    expect(fromWaiting.json()).toMatchObject({ status: 'allocated', acceptReason: reason });
    const routine = await makeReferral(s);
    const plain = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${routine.id}/allocate`,
      payload: { version: routine.version, workerId: s.worker.userId },
    });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).toMatchObject({ status: 'allocated', acceptReason: null });
  });

  it("checks the referrer's answer for crisis: risk language flags the referral, tops triage, goes on its timeline, alerts once and warns the referrer", async () => {
    const { ctx, clock } = env();
    const s = await crisisScheme([]);
    const older = await makeReferral(s);
    clock.advanceMinutes(5);
    const body = referralBody();
    const referral = await makeReferral(s, s.referrer, body);
    expect(referral).toMatchObject({ urgency: 'routine', crisis: null });
    const ask = async (r: { id: string; version: number }, question: string) => {
      const asked = await s.manager.request({
        method: 'POST',
        url: `${schemeApi(s)}/referrals/${r.id}/request-information`,
        payload: { version: r.version, question },
      });
      expect(asked.statusCode, asked.body).toBe(200);
      return asked.json<{ id: string; version: number }>();
    };
    const answer = (r: { id: string; version: number }, text: string) =>
      s.referrer.request({
        method: 'POST',
        url: `${schemeApi(s)}/referrals/${r.id}/provide-information`,
        payload: { version: r.version, answer: text },
      });

    // A routine answer leaves it routine, and tells nobody.
    const plain = await answer(
      await ask(referral, 'Does she have family nearby?'),
      'A daughter in York who visits monthly.',
    );
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).toMatchObject({ status: 'received', urgency: 'routine', crisis: null });
    expect(await notificationsAbout(s, referral.id)).toEqual([]);

    clock.advanceMinutes(1);
    const words = 'She has been saying she wants to end it all since the anniversary.';
    const flagged = await answer(await ask(plain.json(), 'How has her mood been?'), words);
    expect(flagged.statusCode, flagged.body).toBe(200);
    const detail = flagged.json<{
      status: string;
      urgency: string;
      crisis: Advice;
      events: { kind: string; by: string | null; detail: Record<string, unknown> }[];
    }>();
    expect(detail).toMatchObject({
      status: 'received',
      urgency: 'crisis',
      crisis: { contacts: CONTACTS, alternatives: [] },
    });
    expect(detail.crisis.reasons).toEqual([expect.stringMatching(/risk of harm.*"end it all"/)]);
    expect(detail.events.slice(-2)).toEqual([
      expect.objectContaining({ kind: 'provide-information', detail: { answer: words, possibleCrisis: true } }),
      expect.objectContaining({ kind: 'possible-crisis', by: null, detail: { riskLanguage: '"end it all"' } }),
    ]);
    expect(await triageIds(s)).toEqual([
      [referral.id, 'crisis'],
      [older.id, 'routine'],
    ]);
    await expectAlerted(s, referral.id, [(body.patient as { familyName: string }).familyName, 'Maya', 'end it all']);
    const stored = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('referrals')
        .select(['urgency', 'crisis_reasons'])
        .where('id', '=', referral.id)
        .executeTakeFirstOrThrow(),
    );
    expect(stored).toEqual({ urgency: 0, crisis_reasons: [{ kind: 'risk-language', phrases: ['end it all'] }] });
    const audit = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'referral.possible-crisis')
        .where('record_id', '=', referral.id)
        .execute(),
    );
    expect(audit).toEqual([
      {
        detail: expect.objectContaining({
          from: 'provide-information',
          alerted: expect.arrayContaining([s.manager.userId, s.supervisor.userId]),
        }),
      },
    ]);
    // The referrer reads the same warning the intake shows.
    expect(
      (await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referral.id}` })).json(),
    ).toMatchObject({ urgency: 'crisis', crisis: { contacts: CONTACTS } });

    // Already flagged: a second answer with risk language neither flags nor alerts again.
    const again = await answer(
      await ask(flagged.json(), 'Has she seen her GP since?'),
      'Yes; she still talks about wanting to end it all.',
    );
    expect(again.statusCode, again.body).toBe(200);
    expect(
      again.json<{ events: { kind: string }[] }>().events.filter((e) => e.kind === 'possible-crisis'),
    ).toHaveLength(1);
    expect(await notificationsAbout(s, referral.id)).toHaveLength(2);
  });

  it('refuses a referral with bad input without saving or alerting anyone', async () => {
    const { ctx } = env();
    const s = await crisisScheme();
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const response = await s.referrer.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals`,
      payload: referralBody({
        circumstances: ['mental-health-crisis', 'not-a-circumstance'],
        reason: 'wants to end it all',
      }),
    });
    expectFieldError(response, 'circumstances.1');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
    const notes = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx.selectFrom('notifications').select('id').where('kind', '=', 'referral.possible-crisis').execute(),
    );
    expect(notes).toEqual([]);
  });
});
