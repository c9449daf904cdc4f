import { readFileSync } from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/modules/identity/api-clients/create-api-client.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildOrganisation } from '../support/factories.ts';
import { buildDirectoryService, communityOrganisationId, referOn, type OnwardJson } from '../support/onward.ts';
import { allocatedCase, buildPathwayScheme, schemeApi } from '../support/pathway.ts';

const FHIR_JSON = 'application/fhir+json';
const SYSTEM_ACTOR = { kind: 'system', description: 'test', requestId: 'test' } as const;
type Json = Record<string, unknown>;
interface Outcome {
  resourceType: string;
  issue: { code: string; expression?: string[]; details: { text: string } }[];
}

/** The SDOH Clinical Care (Gravity) completed referral-management Task, our model for what a system PUTs. */
function gravityCompletedTask(): Json {
  return JSON.parse(
    readFileSync(
      new URL(
        '../fixtures/fhir/gravity/Task-SDOHCC-TaskReferralManagementOrderFulfillmentCompletedExample.json',
        import.meta.url,
      ),
      'utf8',
    ),
  ) as Json;
}

describe.each(testDatabaseTargets())('onward-referral Tasks over FHIR on $name', (target) => {
  const env = useTestApp(target);

  async function setUp() {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const other = await buildOrganisation(ctx, 'community_organisation');
    const service = await buildDirectoryService(ctx, { ownerId: orgId });
    const theirService = await buildDirectoryService(ctx, { ownerId: other.id });
    const { caseId } = await allocatedCase(s);
    const ours = await createApiClient(ctx, SYSTEM_ACTOR, {
      name: 'Hub case system',
      schemeSlug: s.scheme.slug,
      organisationId: orgId,
    });
    const theirs = await createApiClient(ctx, SYSTEM_ACTOR, {
      name: 'Other charity system',
      schemeSlug: s.scheme.slug,
      organisationId: other.id,
    });
    const gp = await createApiClient(ctx, SYSTEM_ACTOR, { name: 'GP system', schemeSlug: s.scheme.slug });
    const as =
      (token: string) =>
      (method: 'GET' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}) =>
        app.inject({
          method,
          url,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body !== undefined ? { 'content-type': FHIR_JSON } : {}),
            ...headers,
          },
          ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
        });
    return {
      s,
      orgId,
      other,
      service,
      theirService,
      caseId,
      hub: as(ours.token),
      stranger: as(theirs.token),
      gp: as(gp.token),
    };
  }

  function expectOutcome(response: LightMyRequestResponse, status: number, code: string): Outcome {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const outcome = response.json<Outcome>();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue.map((i) => i.code)).toContain(code);
    return outcome;
  }

  it('finds the Tasks the organisation owns by owner and status, each focused on its ServiceRequest', async () => {
    const { s, orgId, service, theirService, caseId, hub } = await setUp();
    const a = await referOn(s, caseId, service.serviceId);
    const b = await referOn(s, caseId, service.serviceId);
    await referOn(s, caseId, theirService.serviceId);
    await s.community.request({
      method: 'POST',
      url: `${schemeApi(s)}/inbox/onward-referrals/${b.id}/accept`,
      payload: { version: b.version },
    });

    const all = await hub('GET', `/fhir/Task?owner=Organization/${orgId}`);
    expect(all.statusCode, all.body).toBe(200);
    const bundle = all.json<{ type: string; total: number; entry: { resource: Json }[] }>();
    expect(bundle.type).toBe('searchset');
    expect(bundle.entry.map((e) => e.resource.id).sort()).toEqual([a.id, b.id].sort());
    const requested = (await hub('GET', `/fhir/Task?owner=Organization/${orgId}&status=requested`)).json<{
      entry: { resource: Json }[];
    }>();
    expect(requested.entry.map((e) => e.resource.id)).toEqual([a.id]);
    const task = requested.entry[0]!.resource;
    expect(task).toMatchObject({
      resourceType: 'Task',
      status: 'requested',
      intent: 'order',
      code: { coding: [{ code: 'fulfill' }] },
      focus: { reference: `ServiceRequest/${a.id}` },
      owner: { reference: `Organization/${orgId}` },
    });
    expect(JSON.stringify(task)).not.toMatch(/Patient\//);
    const sr = await hub('GET', `/fhir/ServiceRequest/${a.id}`);
    expect(sr.json()).toMatchObject({
      resourceType: 'ServiceRequest',
      status: 'active',
      code: { coding: [{ code: '306206005' }] },
    });
    expect(
      expectOutcome(await hub('GET', '/fhir/Task?owner=Organization/x&status=done'), 403, 'forbidden'),
    ).toBeTruthy();
    expectOutcome(await hub('GET', `/fhir/Task?owner=Organization/${orgId}&status=done`), 400, 'code-invalid');
  });

  it("lets the owning organisation's system accept and complete with an outcome, modelled on the SDOH Task", async () => {
    const { s, service, caseId, hub } = await setUp();
    const sent = await referOn(s, caseId, service.serviceId);
    const read = await hub('GET', `/fhir/Task/${sent.id}`);
    expect(read.headers.etag).toBe('W/"1"');
    const accepted = await hub(
      'PUT',
      `/fhir/Task/${sent.id}`,
      { ...read.json<Json>(), status: 'accepted' },
      { 'if-match': 'W/"1"' },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', meta: { versionId: '2' } });
    expectOutcome(
      await hub(
        'PUT',
        `/fhir/Task/${sent.id}`,
        { ...read.json<Json>(), status: 'in-progress' },
        { 'if-match': 'W/"1"' },
      ),
      409,
      'conflict',
    );

    const gravity = gravityCompletedTask();
    const done = await hub(
      'PUT',
      `/fhir/Task/${sent.id}`,
      {
        ...gravity,
        id: sent.id,
        status: 'completed',
        businessStatus: { text: 'Joined the Tuesday group' },
        output: [
          {
            type: {
              coding: [{ system: 'https://linkwork.nhs.example/CodeSystem/onward-referral-outcome', code: 'attended' }],
            },
            valueString: 'yes',
          },
          {
            type: (gravity.output as Json[])[0]!.type,
            valueString: 'Came to three walks; now walks with a neighbour.',
          },
        ],
      },
      { 'if-match': 'W/"2"' },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'completed',
      businessStatus: { text: 'Joined the Tuesday group' },
      output: [{ valueString: 'yes' }, { valueString: 'Came to three walks; now walks with a neighbour.' }],
    });

    const worker = (
      await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${sent.id}` })
    ).json<OnwardJson>();
    expect(worker.outcome).toEqual({ attended: 'yes', note: 'Came to three walks; now walks with a neighbour.' });
    expect(worker.events.map((e) => `${e.kind}:${e.to}:${e.by}`)).toEqual([
      'sent:requested:' + worker.events[0]!.by,
      'fhir-update:accepted:Hub case system',
      'fhir-update:completed:Hub case system',
    ]);
  });

  it('refuses illegal transitions and bad bodies as OperationOutcomes, and changes nothing', async () => {
    const { s, service, caseId, hub } = await setUp();
    const sent = await referOn(s, caseId, service.serviceId);
    const task = (await hub('GET', `/fhir/Task/${sent.id}`)).json<Json>();
    const illegal = expectOutcome(
      await hub('PUT', `/fhir/Task/${sent.id}`, {
        ...task,
        status: 'completed',
        output: [
          { type: { coding: [{ code: 'attended' }] }, valueString: 'yes' },
          { type: { coding: [{ code: 'resulting-activity' }] }, valueString: 'x' },
        ],
      }),
      409,
      'conflict',
    );
    expect(illegal.issue[0]!.details.text).toMatch(/requested cannot become completed/);
    expect(
      expectOutcome(await hub('PUT', `/fhir/Task/${sent.id}`, { ...task, status: 'done' }), 400, 'code-invalid')
        .issue[0]!.expression,
    ).toEqual(['Task.status']);
    expect(
      expectOutcome(await hub('PUT', `/fhir/Task/${sent.id}`, { ...task, status: 'rejected' }), 400, 'invalid')
        .issue[0]!.expression,
    ).toEqual(['Task.statusReason']);
    expectOutcome(await hub('PUT', `/fhir/Task/${sent.id}`, { ...task, status: 'cancelled' }), 409, 'conflict');
    expectOutcome(await hub('PUT', `/fhir/Task/${sent.id}`, { resourceType: 'Patient' }), 400, 'structure');
    expect((await hub('GET', `/fhir/Task/${sent.id}`)).json()).toMatchObject({
      status: 'requested',
      meta: { versionId: '1' },
    });
  });

  it('is only for the owning organisation: others get 404, GP systems 403, and the focus search still works for GP systems', async () => {
    const { s, orgId, service, caseId, stranger, gp } = await setUp();
    const sent = await referOn(s, caseId, service.serviceId);
    expectOutcome(await stranger('GET', `/fhir/Task/${sent.id}`), 404, 'not-found');
    expectOutcome(await stranger('GET', `/fhir/ServiceRequest/${sent.id}`), 404, 'not-found');
    expectOutcome(
      await stranger('PUT', `/fhir/Task/${sent.id}`, { resourceType: 'Task', status: 'accepted' }),
      404,
      'not-found',
    );
    expectOutcome(await stranger('GET', `/fhir/Task?owner=Organization/${orgId}`), 403, 'forbidden');
    expect((await stranger('GET', '/fhir/Task?status=requested')).json<{ total: number }>().total).toBe(0);
    expectOutcome(await gp('GET', `/fhir/Task?owner=Organization/${orgId}`), 403, 'forbidden');
    expectOutcome(
      await gp('PUT', `/fhir/Task/${sent.id}`, { resourceType: 'Task', status: 'accepted' }),
      403,
      'forbidden',
    );
    expectOutcome(await gp('GET', `/fhir/Task/${sent.id}`), 404, 'not-found');
    const focus = await gp('GET', `/fhir/Task?focus=ServiceRequest/${crypto.randomUUID()}`);
    expect(focus.statusCode, focus.body).toBe(200);
    expect(focus.json<{ total: number }>().total).toBe(0);
  });
});
