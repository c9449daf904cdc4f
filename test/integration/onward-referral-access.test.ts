import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inOrganisationTransaction } from '../../src/modules/community/onward-referrals/onward-referrals.repository.ts';
import { buildOrganisation } from '../support/factories.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildDirectoryService, communityOrganisationId, referOn, type OnwardJson } from '../support/onward.ts';
import {
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  expectProblem,
  patientInput,
  referralBody,
  schemeApi,
} from '../support/pathway.ts';

describe.each(testDatabaseTargets())('who reaches an onward referral on $name', (target) => {
  const env = useTestApp(target);

  async function setUp() {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const other = await buildOrganisation(ctx, 'community_organisation');
    const otherUser = await addSchemeMember(ctx, app, s.scheme.id, 'community_org_user', other.id);
    const ours = await buildDirectoryService(ctx, { ownerId: orgId });
    const theirs = await buildDirectoryService(ctx, { ownerId: other.id });
    const { caseId } = await allocatedCase(s, {
      body: referralBody({
        patient: patientInput({ dateOfBirth: '1950-02-03', addressLine1: '3 Mill Lane', postcode: 'LS9 8AB' }),
      }),
    });
    return { s, orgId, other, otherUser, ours, theirs, caseId };
  }

  it('shows a community organisation only what was sent to it, and only the shared fields', async () => {
    const { s, otherUser, ours, theirs, caseId } = await setUp();
    const mine = await referOn(s, caseId, ours.serviceId, { sharedFields: ['name', 'phone', 'preferredContact'] });
    const notMine = await referOn(s, caseId, theirs.serviceId);
    const inbox = await s.community.request({ method: 'GET', url: `${schemeApi(s)}/inbox/onward-referrals` });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const items = inbox.json<{ items: (OnwardJson & Record<string, unknown>)[] }>().items;
    expect(items.map((i) => i.id)).toEqual([mine.id]);
    const item = items[0]!;
    expect(item.shared.map((f) => f.key)).toEqual(['name', 'phone', 'preferredContact']);
    expect(Object.keys(item).sort()).toEqual([
      'allowedStatuses',
      'events',
      'id',
      'message',
      'outcome',
      'schemeName',
      'sentAt',
      'sentBy',
      'service',
      'shared',
      'status',
      'statusReason',
      'version',
    ]);
    expect(inbox.body).not.toMatch(/1950-02-03|Mill Lane|LS9 8AB|caseId|patientId/);
    expect(inbox.body).not.toContain(caseId);

    expectProblem(
      await s.community.request({ method: 'GET', url: `${schemeApi(s)}/inbox/onward-referrals/${notMine.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.community.request({
        method: 'POST',
        url: `${schemeApi(s)}/inbox/onward-referrals/${notMine.id}/accept`,
        payload: { version: 1 },
      }),
      404,
      'not-found',
    );
    expect(
      (await otherUser.request({ method: 'GET', url: `${schemeApi(s)}/inbox/onward-referrals/${notMine.id}` }))
        .statusCode,
    ).toBe(200);
    // A community organisation never reads the worker's view or the case.
    expectProblem(
      await s.community.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${mine.id}` }),
      403,
      'forbidden',
    );
    expect(
      (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/onward-referrals` }))
        .statusCode,
    ).toBe(403);
  });

  it('is enforced by the database too: an organisation-bound transaction sees only its rows', async () => {
    const { ctx } = env();
    const { s, orgId, ours, theirs, caseId } = await setUp();
    const mine = await referOn(s, caseId, ours.serviceId);
    await referOn(s, caseId, theirs.serviceId);
    const seen = await inOrganisationTransaction(ctx.db, s.scheme.id, orgId, async (trx) => ({
      referrals: await sql<{ id: string }>`SELECT id FROM onward_referrals`.execute(trx),
      events: await sql<{ onward_referral_id: string }>`SELECT onward_referral_id FROM onward_referral_events`.execute(
        trx,
      ),
    }));
    expect(seen.referrals.rows.map((r) => r.id)).toEqual([mine.id]);
    expect([...new Set(seen.events.rows.map((r) => r.onward_referral_id))]).toEqual([mine.id]);
    const outside = await ctx.db.selectFrom('onward_referrals').select('id').execute();
    expect(outside).toEqual([]);
  });

  it('follows the case: a worker without access to the case gets 404, a supervisor reads but cannot act', async () => {
    const { s, ours, caseId } = await setUp();
    const sent = await referOn(s, caseId, ours.serviceId);
    expectProblem(
      await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${sent.id}` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${caseId}/onward-referrals` }),
      404,
      'not-found',
    );
    expectProblem(
      await s.otherWorker.request({
        method: 'POST',
        url: `${schemeApi(s)}/cases/${caseId}/onward-referrals`,
        payload: { serviceId: ours.serviceId, consent: true, sharedFields: ['name', 'phone'], message: 'x' },
      }),
      404,
      'not-found',
    );
    expectProblem(
      await s.otherWorker.request({
        method: 'POST',
        url: `${schemeApi(s)}/onward-referrals/${sent.id}/cancel`,
        payload: { version: sent.version, reason: 'x' },
      }),
      404,
      'not-found',
    );
    expect(
      (await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${sent.id}` })).statusCode,
    ).toBe(200);
    expectProblem(
      await s.supervisor.request({
        method: 'POST',
        url: `${schemeApi(s)}/onward-referrals/${sent.id}/cancel`,
        payload: { version: sent.version, reason: 'x' },
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/inbox/onward-referrals` }),
      403,
      'forbidden',
    );
  });

  it("keeps schemes apart: another scheme's worker cannot reach it", async () => {
    const { ctx, app } = env();
    const { s, ours, caseId } = await setUp();
    const sent = await referOn(s, caseId, ours.serviceId);
    const elsewhere = await buildPathwayScheme(ctx, app);
    expect(
      (await elsewhere.worker.request({ method: 'GET', url: `${schemeApi(s)}/onward-referrals/${sent.id}` }))
        .statusCode,
    ).toBeGreaterThanOrEqual(403);
    expectProblem(
      await elsewhere.worker.request({ method: 'GET', url: `${schemeApi(elsewhere)}/onward-referrals/${sent.id}` }),
      404,
      'not-found',
    );
  });
});
