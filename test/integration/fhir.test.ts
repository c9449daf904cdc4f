import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../src/db/schema.ts';
import { createApiClient } from '../../src/modules/identity/api-clients/create-api-client.ts';
import { isValidNhsNumber } from '../../src/modules/pathway/patients/nhs-number.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildOrganisation, buildScheme, buildUser, signIn } from '../support/factories.ts';
import { uniqueNhsNumber } from '../support/pathway.ts';

const NHS = 'https://fhir.nhs.uk/Id/nhs-number';
const ODS = 'https://fhir.nhs.uk/Id/ods-organization-code';
const SNOMED = 'http://snomed.info/sct';
const NEED = 'https://linkwork.nhs.example/CodeSystem/need';
const REFERRAL_CODE = { system: SNOMED, code: '871731000000106', display: 'Referral to social prescribing service' };
const FHIR_JSON = 'application/fhir+json';
const SYSTEM_ACTOR = { kind: 'system', description: 'test', requestId: 'test' } as const;

type Json = Record<string, unknown>;
const unique = () => randomBytes(4).toString('hex');

function fixture(name: string): Json {
  return JSON.parse(readFileSync(new URL(`../fixtures/fhir/${name}.json`, import.meta.url), 'utf8')) as Json;
}

/** A contained-ready copy of a fixture Patient with a new id (and, unless told, its own NHS number). */
function patient(name = 'UKCore-Patient-RichardSmith-Example', nhsNumber: string | null = uniqueNhsNumber()): Json {
  const p: Json = { ...fixture(name), id: 'pat' };
  if (nhsNumber !== null) p.identifier = [{ system: NHS, value: nhsNumber }];
  return p;
}

function serviceRequest(ods: string, overrides: Json = {}): Json {
  return {
    resourceType: 'ServiceRequest',
    contained: [patient()],
    identifier: [{ system: 'https://gp-system.example/referrals', value: `ref-${unique()}` }],
    status: 'active',
    intent: 'order',
    code: { coding: [REFERRAL_CODE] },
    subject: { reference: '#pat' },
    authoredOn: '2026-01-12T10:15:00Z',
    requester: { identifier: { system: ODS, value: ods }, display: 'Dr Amara Patel' },
    reasonCode: [
      { coding: [{ system: SNOMED, code: '366979004', display: 'Depressed mood' }] },
      { coding: [{ system: NEED, code: 'loneliness' }], text: 'Lonely since his wife died' },
      { coding: [{ system: SNOMED, code: '105421008', display: 'Educational achievement' }] },
    ],
    note: [{ text: 'Rarely leaves the house; would like to get back to gardening.' }],
    ...overrides,
  };
}

function bundle(ods: string, overrides: { type?: string; patient?: Json; serviceRequest?: Json } = {}): Json {
  const fullUrl = `urn:uuid:${crypto.randomUUID()}`;
  const { id: _id, ...p } = overrides.patient ?? patient('UKCore-Patient-Sn-MultipleLanguages-Example');
  return {
    resourceType: 'Bundle',
    type: overrides.type ?? 'transaction',
    entry: [
      { fullUrl, resource: { birthDate: '1961-04-02', ...p }, request: { method: 'POST', url: 'Patient' } },
      {
        fullUrl: `urn:uuid:${crypto.randomUUID()}`,
        resource:
          overrides.serviceRequest ?? serviceRequest(ods, { contained: undefined, subject: { reference: fullUrl } }),
        request: { method: 'POST', url: 'ServiceRequest' },
      },
    ],
  };
}

interface Outcome {
  resourceType: string;
  issue: { severity: string; code: string; expression?: string[]; details: { text: string }; diagnostics?: string }[];
}

describe.each(testDatabaseTargets())('FHIR interface for GP systems on $name', (target) => {
  const env = useTestApp(target);

  /** A scheme, a practice and a GP system's API client; `send` carries its token. */
  async function gpSystem() {
    const { app, ctx } = env();
    const scheme = await buildScheme(ctx);
    const practice = await buildOrganisation(ctx, 'gp_practice');
    const { id: clientId, token } = await createApiClient(ctx, SYSTEM_ACTOR, {
      name: `GP system ${unique()}`,
      schemeSlug: scheme.slug!,
    });
    const send = (options: InjectOptions & { json?: unknown }): Promise<LightMyRequestResponse> => {
      const { json, ...rest } = options;
      return app.inject({
        ...rest,
        headers: {
          authorization: `Bearer ${token}`,
          ...(json !== undefined ? { 'content-type': FHIR_JSON } : {}),
          ...(rest.headers ?? {}),
        },
        ...(json !== undefined ? { payload: JSON.stringify(json) } : {}),
      } as InjectOptions);
    };
    const referrals = () =>
      inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx
          .selectFrom('referrals')
          .select([
            'id',
            'patient_id',
            'status',
            'source',
            'referred_by_client_id',
            'referrer_organisation_id',
            'referrer_name',
            'practice_ods_code',
            'identifier_system',
            'identifier_value',
            'needs',
            'reason',
            'consent_contact',
            'consent_share_services',
            'consent_share_gp',
          ])
          .where('scheme_id', '=', scheme.id)
          .execute(),
      );
    const patientRow = (id: string) =>
      inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
    const setStatus = (
      id: string,
      status: ReferralStatus,
      extra: { information_request?: string; decline_reason?: string; decline_alternative?: string } = {},
    ) =>
      inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx
          .updateTable('referrals')
          .set({ status, ...extra, updated_at: new Date() })
          .where('id', '=', id)
          .execute(),
      );
    return { scheme, practice, ods: practice.ods_code!, clientId, token, send, referrals, patientRow, setStatus };
  }

  function expectOutcome(response: LightMyRequestResponse, status: number, code: string, expression?: string): Outcome {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const outcome = response.json<Outcome>();
    expect(outcome.resourceType).toBe('OperationOutcome');
    const match = outcome.issue.find(
      (i) => i.code === code && (expression === undefined || i.expression?.includes(expression)),
    );
    expect(match, JSON.stringify(outcome.issue)).toBeDefined();
    return outcome;
  }

  it('publishes a CapabilityStatement without a token', async () => {
    const { app } = env();
    const response = await app.inject({ method: 'GET', url: '/fhir/metadata' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const statement = response.json();
    expect(statement).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
    const resources = statement.rest[0].resource.map((r: { type: string }) => r.type);
    expect(resources).toEqual(expect.arrayContaining(['ServiceRequest', 'Task', 'Patient']));
    expect(statement.rest[0].interaction).toContainEqual(expect.objectContaining({ code: 'transaction' }));
    expect(statement.rest[0].documentation).toContain(NEED);
  });

  it('takes a ServiceRequest with the UK Core example Patient contained and answers 201 with its Task', async () => {
    const gp = await gpSystem();
    const richard = fixture('UKCore-Patient-RichardSmith-Example');
    const nhsNumber = (richard.identifier as { value: string }[])[0]!.value;
    expect(isValidNhsNumber(nhsNumber)).toBe(true);
    const request = serviceRequest(gp.ods, {
      contained: [{ ...richard, id: 'richard' }],
      subject: { reference: '#richard' },
    });
    const response = await gp.send({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      json: request,
      headers: { 'content-type': 'application/fhir+json; charset=utf-8; fhirVersion=4.0' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const task = response.json();
    expect(response.headers.location).toBe(`${env().ctx.config.baseUrl}/fhir/ServiceRequest/${task.id}/_history/1`);
    expect(task).toMatchObject({
      resourceType: 'Task',
      id: expect.any(String),
      status: 'received',
      intent: 'order',
      businessStatus: { coding: [{ code: 'received' }] },
      code: { coding: [{ code: 'fulfill' }] },
      focus: { reference: `ServiceRequest/${task.id}` },
      for: { reference: expect.stringMatching(/^Patient\//) },
      identifier: request.identifier,
      owner: { display: gp.scheme.name },
      requester: { identifier: { system: ODS, value: gp.ods }, display: 'Dr Amara Patel' },
      authoredOn: expect.any(String),
      lastModified: expect.any(String),
    });

    const [referral] = await gp.referrals();
    expect(referral).toMatchObject({
      id: task.id,
      status: 'received',
      source: 'gp_system',
      referred_by_client_id: gp.clientId,
      referrer_organisation_id: gp.practice.id,
      referrer_name: 'Dr Amara Patel',
      practice_ods_code: gp.ods,
      identifier_system: 'https://gp-system.example/referrals',
      needs: ['low-mood', 'loneliness'],
      consent_contact: true,
      consent_share_services: false,
      consent_share_gp: true,
    });
    expect(referral!.reason).toContain('Lonely since his wife died');
    expect(referral!.reason).toContain('Educational achievement');
    expect(referral!.reason).toContain('gardening');
    expect(task.for.reference).toBe(`Patient/${referral!.patient_id}`);
    expect(await gp.patientRow(referral!.patient_id)).toMatchObject({
      nhs_number: nhsNumber,
      given_name: 'Richard',
      family_name: 'SMITH',
      date_of_birth: '1970-09-11',
      sex: 'male',
      ethnicity: 'G',
      address_line1: '4 Sandmoor Drive',
      town: 'LEEDS',
      postcode: 'LS17 7DF',
      phone: '01131231234',
      preferred_language: 'British Sign Language',
    });

    const read = await gp.send({ method: 'GET', url: `/fhir/ServiceRequest/${task.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      resourceType: 'ServiceRequest',
      id: task.id,
      status: 'active',
      intent: 'order',
      code: { coding: [REFERRAL_CODE] },
      subject: { reference: task.for.reference },
      identifier: request.identifier,
      reasonCode: [
        { coding: expect.arrayContaining([{ system: SNOMED, code: '366979004', display: 'Depressed mood' }]) },
        { coding: [{ system: NEED, code: 'loneliness', display: expect.any(String) }] },
      ],
    });
    const person = await gp.send({ method: 'GET', url: `/fhir/${task.for.reference}` });
    expect(person.statusCode, person.body).toBe(200);
    expect(person.json()).toMatchObject({
      resourceType: 'Patient',
      identifier: [{ system: NHS, value: nhsNumber }],
      name: [{ family: 'SMITH', given: ['Richard'] }],
      gender: 'male',
      birthDate: '1970-09-11',
      address: [{ line: ['4 Sandmoor Drive'], city: 'LEEDS', postalCode: 'LS17 7DF' }],
      extension: [
        expect.objectContaining({ url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory' }),
      ],
    });
  });

  it('gives the same referral, not a second one, for the same identifier or If-None-Exist', async () => {
    const gp = await gpSystem();
    const request = serviceRequest(gp.ods);
    const first = await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: request });
    const second = await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: request });
    expect(first.statusCode, first.body).toBe(201);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers.location).toBe(first.headers.location);

    const { identifier: _identifier, ...anonymous } = serviceRequest(gp.ods);
    const condition = {
      'if-none-exist': `identifier=${encodeURIComponent('https://gp-system.example/orders')}|order-${unique()}`,
    };
    const third = await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: anonymous, headers: condition });
    const fourth = await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: anonymous, headers: condition });
    expect(third.statusCode, third.body).toBe(201);
    expect(fourth.statusCode, fourth.body).toBe(200);
    expect(fourth.json().id).toBe(third.json().id);
    expect(third.json().identifier[0].system).toBe('https://gp-system.example/orders');
    expect(await gp.referrals()).toHaveLength(2);

    const mismatch = await gp.send({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      json: serviceRequest(gp.ods),
      headers: condition,
    });
    expectOutcome(mismatch, 400, 'invalid', 'ServiceRequest.identifier');
  });

  it('takes a transaction Bundle of Patient and ServiceRequest and answers with a transaction-response', async () => {
    const gp = await gpSystem();
    const request = bundle(gp.ods);
    const response = await gp.send({ method: 'POST', url: '/fhir', json: request });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    expect(result.entry).toHaveLength(3);
    expect(result.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
      '201 Created',
      '201 Created',
      '201 Created',
    ]);
    const [patientEntry, requestEntry, taskEntry] = result.entry;
    expect(patientEntry.response.location).toMatch(/^Patient\/[0-9a-f-]{36}\/_history\/1$/);
    expect(requestEntry.response.location).toMatch(/^ServiceRequest\/[0-9a-f-]{36}\/_history\/1$/);
    expect(taskEntry.resource).toMatchObject({
      resourceType: 'Task',
      status: 'received',
      focus: { reference: requestEntry.response.location.split('/_history')[0] },
    });
    const [referral] = await gp.referrals();
    expect(patientEntry.response.location).toContain(referral!.patient_id);
    expect(await gp.patientRow(referral!.patient_id)).toMatchObject({
      given_name: 'Jason',
      family_name: 'JONES',
      preferred_language: 'English',
      date_of_birth: '1961-04-02',
    });

    const again = await gp.send({ method: 'POST', url: '/fhir', json: request });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
      '200 OK',
      '200 OK',
      '200 OK',
    ]);
    expect(await gp.referrals()).toHaveLength(1);
  });

  it('refers a patient it referred before by a conditional reference on the NHS number', async () => {
    const gp = await gpSystem();
    const nhsNumber = uniqueNhsNumber();
    const first = await gp.send({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      json: serviceRequest(gp.ods, { contained: [patient(undefined, nhsNumber)] }),
    });
    expect(first.statusCode, first.body).toBe(201);
    const conditional = serviceRequest(gp.ods, {
      contained: undefined,
      subject: { reference: `Patient?identifier=${NHS}|${nhsNumber}` },
    });
    const second = await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: conditional });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().for).toEqual(first.json().for);
    const byId = await gp.send({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      json: serviceRequest(gp.ods, { contained: undefined, subject: first.json().for }),
    });
    expect(byId.statusCode, byId.body).toBe(201);
    expect(byId.json().for).toEqual(first.json().for);
    const referrals = await gp.referrals();
    expect(referrals).toHaveLength(3);
    expect(new Set(referrals.map((r) => r.patient_id)).size).toBe(1);

    // Another GP system in the same scheme cannot reach this person by NHS number.
    const { ctx, app } = env();
    const other = await createApiClient(ctx, SYSTEM_ACTOR, { name: 'Other GP system', schemeSlug: gp.scheme.slug! });
    const stranger = await app.inject({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      headers: { authorization: `Bearer ${other.token}`, 'content-type': FHIR_JSON },
      payload: JSON.stringify({
        ...conditional,
        identifier: [{ system: 'https://other-gp.example/referrals', value: unique() }],
      }),
    });
    expectOutcome(stranger, 400, 'not-found', 'ServiceRequest.subject');
  });

  it('reads the Task by id and finds it by focus, auditing each read', async () => {
    const gp = await gpSystem();
    const created = (
      await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: serviceRequest(gp.ods) })
    ).json();
    const read = await gp.send({ method: 'GET', url: `/fhir/Task/${created.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual(created);
    const search = await gp.send({ method: 'GET', url: `/fhir/Task?focus=ServiceRequest/${created.id}` });
    expect(search.statusCode, search.body).toBe(200);
    expect(search.json()).toMatchObject({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 1,
      entry: [{ resource: { id: created.id }, search: { mode: 'match' } }],
    });
    const none = await gp.send({ method: 'GET', url: `/fhir/Task?focus=ServiceRequest/${crypto.randomUUID()}` });
    expect(none.json()).toMatchObject({ type: 'searchset', total: 0, entry: [] });
    expectOutcome(await gp.send({ method: 'GET', url: '/fhir/Task' }), 400, 'required');
    expectOutcome(
      await gp.send({ method: 'GET', url: `/fhir/Task?patient=Patient/${created.id}` }),
      400,
      'not-supported',
    );
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'actor_client_id'])
      .where('record_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['referral.create', 'fhir.task.read', 'fhir.task.search']);
    expect(audit.every((a) => a.actor_client_id === gp.clientId)).toBe(true);
  });

  it('moves the Task status with the referral and lists messages back as output', async () => {
    const gp = await gpSystem();
    const { id } = (
      await gp.send({ method: 'POST', url: '/fhir/ServiceRequest', json: serviceRequest(gp.ods) })
    ).json();
    const task = async () => (await gp.send({ method: 'GET', url: `/fhir/Task/${id}` })).json();
    const serviceRequestStatus = async () =>
      (await gp.send({ method: 'GET', url: `/fhir/ServiceRequest/${id}` })).json().status;

    await gp.setStatus(id, 'information_requested', {
      information_request: 'Is he under the community mental health team?',
    });
    expect(await task()).toMatchObject({
      status: 'on-hold',
      statusReason: { text: 'Is he under the community mental health team?' },
      businessStatus: { coding: [{ code: 'information_requested' }] },
    });
    await gp.setStatus(id, 'waiting');
    expect((await task()).status).toBe('accepted');
    expect(await serviceRequestStatus()).toBe('active');
    await gp.setStatus(id, 'allocated');
    expect((await task()).status).toBe('in-progress');
    await gp.setStatus(id, 'completed');
    expect((await task()).status).toBe('completed');
    expect(await serviceRequestStatus()).toBe('completed');
    await gp.setStatus(id, 'declined', {
      decline_reason: 'Needs specialist debt advice.',
      decline_alternative: 'National Debtline',
    });
    expect(await task()).toMatchObject({
      status: 'rejected',
      statusReason: { text: 'Needs specialist debt advice. Suggested alternative: National Debtline' },
    });
    expect(await serviceRequestStatus()).toBe('revoked');
    await gp.setStatus(id, 'cancelled');
    expect((await task()).status).toBe('cancelled');

    const { ctx } = env();
    await inSchemeTransaction(ctx.db, gp.scheme.id, (trx) =>
      trx
        .insertInto('messages_back')
        .values({
          scheme_id: gp.scheme.id,
          referral_id: id,
          kind: 'declined',
          snomed_code: '871711000000103',
          snomed_display: 'Social prescribing declined',
          body: JSON.stringify({ heading: 'Declined', summary: 'The scheme cannot take this referral.', sections: [] }),
          created_at: new Date(),
        })
        .execute(),
    );
    expect((await task()).output).toEqual([
      {
        type: {
          coding: [{ system: SNOMED, code: '871711000000103', display: 'Social prescribing declined' }],
          text: 'Referral declined',
        },
        valueString: 'The scheme cannot take this referral.',
      },
    ]);
  });

  it('answers 401 as an OperationOutcome without a valid client token', async () => {
    const { app, ctx } = env();
    const gp = await gpSystem();
    const anonymous = await app.inject({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      headers: { 'content-type': FHIR_JSON },
      payload: JSON.stringify(serviceRequest(gp.ods)),
    });
    expectOutcome(anonymous, 401, 'login');
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expectOutcome(
      await app.inject({
        method: 'GET',
        url: `/fhir/Task/${crypto.randomUUID()}`,
        headers: { authorization: `Bearer ${gp.token}x` },
      }),
      401,
      'login',
    );
    expectOutcome(await app.inject({ method: 'GET', url: '/fhir/Nothing' }), 401, 'login');
    const person = await signIn(app, await buildUser(ctx, { role: 'link_worker', schemeId: gp.scheme.id }));
    expectOutcome(await person.request({ method: 'GET', url: `/fhir/Task?focus=x` }), 401, 'login');
    await ctx.db.updateTable('api_clients').set({ revoked_at: new Date() }).where('id', '=', gp.clientId).execute();
    expectOutcome(await gp.send({ method: 'GET', url: `/fhir/Task?focus=x` }), 401, 'login');
    expect(await gp.referrals()).toHaveLength(0);
  });

  it("answers 404 for another scheme's or another client's records, and for unknown paths", async () => {
    const mine = await gpSystem();
    const theirs = await gpSystem();
    const created = (
      await theirs.send({ method: 'POST', url: '/fhir/ServiceRequest', json: serviceRequest(theirs.ods) })
    ).json();
    expectOutcome(await mine.send({ method: 'GET', url: `/fhir/Task/${created.id}` }), 404, 'not-found');
    expectOutcome(await mine.send({ method: 'GET', url: `/fhir/ServiceRequest/${created.id}` }), 404, 'not-found');
    expectOutcome(await mine.send({ method: 'GET', url: `/fhir/${created.for.reference}` }), 404, 'not-found');
    expect(
      (await mine.send({ method: 'GET', url: `/fhir/Task?focus=ServiceRequest/${created.id}` })).json().total,
    ).toBe(0);
    expectOutcome(await mine.send({ method: 'GET', url: '/fhir/Task/not-a-uuid' }), 404, 'not-found');
    expectOutcome(await mine.send({ method: 'GET', url: '/fhir/Observation/123' }), 404, 'not-found');
    expectOutcome(await mine.send({ method: 'DELETE', url: `/fhir/Task/${created.id}` }), 404, 'not-found');

    const { ctx } = env();
    const neighbour = await createApiClient(ctx, SYSTEM_ACTOR, { name: 'Neighbour', schemeSlug: theirs.scheme.slug! });
    const peek = await env().app.inject({
      method: 'GET',
      url: `/fhir/Task/${created.id}`,
      headers: { authorization: `Bearer ${neighbour.token}` },
    });
    expectOutcome(peek, 404, 'not-found');
    // Reusing another sender's identifier must not hand over their referral.
    const reuse = await env().app.inject({
      method: 'POST',
      url: '/fhir/ServiceRequest',
      headers: { authorization: `Bearer ${neighbour.token}`, 'content-type': FHIR_JSON },
      payload: JSON.stringify(serviceRequest(theirs.ods, { identifier: created.identifier })),
    });
    expectOutcome(reuse, 409, 'conflict', 'ServiceRequest.identifier');
  });

  describe('refuses malformed requests with an OperationOutcome at the failing element, writing nothing', () => {
    const cases: {
      name: string;
      status: number;
      code: string;
      expression?: string;
      request: (ods: string) => { url?: string; json?: unknown; payload?: string; contentType?: string };
    }[] = [
      {
        name: 'a body that is not JSON',
        status: 400,
        code: 'structure',
        request: () => ({ payload: '{"resourceType": "ServiceRequest",', contentType: FHIR_JSON }),
      },
      {
        name: 'FHIR XML',
        status: 415,
        code: 'not-supported',
        request: () => ({
          payload: '<ServiceRequest xmlns="http://hl7.org/fhir"/>',
          contentType: 'application/fhir+xml',
        }),
      },
      {
        name: 'a Patient posted as the ServiceRequest',
        status: 400,
        code: 'invalid',
        expression: 'ServiceRequest.resourceType',
        request: () => ({ json: patient() }),
      },
      {
        name: 'no code',
        status: 400,
        code: 'required',
        expression: 'ServiceRequest.code',
        request: (ods) => ({ json: serviceRequest(ods, { code: undefined }) }),
      },
      {
        name: 'another SNOMED CT code',
        status: 400,
        code: 'code-invalid',
        expression: 'ServiceRequest.code',
        request: (ods) => ({
          json: serviceRequest(ods, {
            code: { coding: [{ system: SNOMED, code: '73761001', display: 'Colonoscopy' }] },
          }),
        }),
      },
      {
        name: 'a draft',
        status: 400,
        code: 'value',
        expression: 'ServiceRequest.status',
        request: (ods) => ({ json: serviceRequest(ods, { status: 'draft' }) }),
      },
      {
        name: 'an invalid NHS number',
        status: 400,
        code: 'value',
        expression: 'ServiceRequest.contained[0].identifier[0].value',
        request: (ods) => ({ json: serviceRequest(ods, { contained: [patient(undefined, '9912003889')] }) }),
      },
      {
        name: 'the UK Core example Patient with no NHS number',
        status: 400,
        code: 'required',
        expression: 'ServiceRequest.contained[0].identifier',
        request: (ods) => ({
          json: serviceRequest(ods, { contained: [patient('UKCore-Patient-Sn-SingleLanguage-Example', null)] }),
        }),
      },
      {
        name: 'an unresolvable subject',
        status: 400,
        code: 'not-found',
        expression: 'ServiceRequest.subject',
        request: (ods) => ({ json: serviceRequest(ods, { subject: { reference: '#somebody-else' } }) }),
      },
      {
        name: 'an unknown NHS number in a conditional reference',
        status: 400,
        code: 'not-found',
        expression: 'ServiceRequest.subject',
        request: (ods) => ({
          json: serviceRequest(ods, {
            contained: undefined,
            subject: { reference: `Patient?identifier=${NHS}|${uniqueNhsNumber()}` },
          }),
        }),
      },
      {
        name: 'no requester',
        status: 400,
        code: 'required',
        expression: 'ServiceRequest.requester',
        request: (ods) => ({ json: serviceRequest(ods, { requester: undefined }) }),
      },
      {
        name: 'one identifier sent as an object, not an array',
        status: 400,
        code: 'structure',
        expression: 'ServiceRequest.identifier',
        request: (ods) => ({
          json: serviceRequest(ods, { identifier: { system: 'https://gp-system.example/referrals', value: 'x' } }),
        }),
      },
      {
        name: 'a contained Consent that denies contact',
        status: 400,
        code: 'value',
        expression: 'ServiceRequest.contained[1].provision.type',
        request: (ods) => ({
          json: serviceRequest(ods, {
            contained: [
              patient(),
              { resourceType: 'Consent', id: 'consent', status: 'active', provision: { type: 'deny' } },
            ],
          }),
        }),
      },
      {
        name: 'a batch Bundle',
        status: 400,
        code: 'not-supported',
        expression: 'Bundle.type',
        request: (ods) => ({ url: '/fhir', json: bundle(ods, { type: 'batch' }) }),
      },
      {
        name: 'a Bundle whose ServiceRequest has no code',
        status: 400,
        code: 'required',
        expression: 'Bundle.entry[1].resource.code',
        request: (ods) => ({
          url: '/fhir',
          json: bundle(ods, {
            serviceRequest: {
              ...serviceRequest(ods, { contained: undefined, subject: { reference: 'urn:uuid:nobody' } }),
              code: undefined,
            },
          }),
        }),
      },
      {
        name: 'a Bundle whose Patient has a bad postcode',
        status: 400,
        code: 'value',
        expression: 'Bundle.entry[0].resource.address[0].postalCode',
        request: (ods) => ({
          url: '/fhir',
          json: bundle(ods, {
            patient: { ...patient(), address: [{ line: ['1 High Street'], postalCode: 'NOT A POSTCODE' }] },
          }),
        }),
      },
      {
        name: 'a Bundle carrying an Observation',
        status: 400,
        code: 'not-supported',
        expression: 'Bundle.entry[2].resource.resourceType',
        request: (ods) => {
          const b = bundle(ods);
          (b.entry as unknown[]).push({
            resource: { resourceType: 'Observation' },
            request: { method: 'POST', url: 'Observation' },
          });
          return { url: '/fhir', json: b };
        },
      },
    ];

    it.each(cases)('$name', async ({ status, code, expression, request }) => {
      const gp = await gpSystem();
      const r = request(gp.ods);
      const response = await gp.send({
        method: 'POST',
        url: r.url ?? '/fhir/ServiceRequest',
        ...(r.json !== undefined
          ? { json: r.json }
          : { payload: r.payload, headers: { 'content-type': r.contentType ?? FHIR_JSON } }),
      });
      expectOutcome(response, status, code, expression);
      expect(await gp.referrals()).toHaveLength(0);
    });
  });
});
