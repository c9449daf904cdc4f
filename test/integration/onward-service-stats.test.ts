import { afterEach, describe, expect, it } from 'vitest';
import { serviceReferralStats } from '../../src/modules/community/onward-referrals/service-stats.ts';
import { sweepOnwardReferrals } from '../../src/modules/community/onward-referrals/onward-timers.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildDirectoryService, communityOrganisationId, referOn } from '../support/onward.ts';
import { allocatedCase, buildPathwayScheme, schemeApi, signInAgain } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('service response time and acceptance rate on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  it('takes the median time to the first answer and accepted ÷ answered, automatic declines counted as not accepted', async () => {
    const { ctx, app, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const service = await buildDirectoryService(ctx, { ownerId: orgId });
    const byHand = await buildDirectoryService(ctx);
    const untouched = await buildDirectoryService(ctx);
    const { caseId } = await allocatedCase(s);
    const inbox = (id: string, action: string) => `${schemeApi(s)}/inbox/onward-referrals/${id}/${action}`;

    const a = await referOn(s, caseId, service.serviceId);
    const b = await referOn(s, caseId, service.serviceId);
    const c = await referOn(s, caseId, service.serviceId);
    const d = await referOn(s, caseId, service.serviceId);
    const manual = await referOn(s, caseId, byHand.serviceId);
    await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/onward-referrals/${d.id}/cancel`,
      payload: { version: d.version, reason: 'Person changed their mind.' },
    });

    clock.advanceMinutes(120);
    const community = await signInAgain(app, s.community);
    expect(
      (await community.request({ method: 'POST', url: inbox(a.id, 'accept'), payload: { version: a.version } }))
        .statusCode,
    ).toBe(200);
    const worker = await signInAgain(app, s.worker);
    expect(
      (
        await worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/onward-referrals/${manual.id}/status`,
          payload: { version: manual.version, status: 'rejected', reason: 'Full.' },
        })
      ).statusCode,
    ).toBe(200);
    clock.advanceMinutes(480);
    const later = await signInAgain(app, s.community);
    expect(
      (
        await later.request({
          method: 'POST',
          url: inbox(b.id, 'decline'),
          payload: { version: b.version, reason: 'Not in our area.' },
        })
      ).statusCode,
    ).toBe(200);
    // c gets no answer and is declined automatically.
    clock.advanceMinutes(15 * 24 * 60);
    await sweepOnwardReferrals(ctx);

    const stats = await serviceReferralStats(ctx.db, [service.serviceId, byHand.serviceId, untouched.serviceId]);
    // Answers after 2 h and 10 h (c is left out of the time); a, b and c answered; only a accepted; d cancelled, not counted.
    expect(stats.get(service.serviceId)).toEqual({ medianResponseHours: 6, acceptanceRate: 1 / 3, answered: 3 });
    expect(stats.get(byHand.serviceId)).toEqual({ medianResponseHours: 2, acceptanceRate: 0, answered: 1 });
    expect(stats.get(untouched.serviceId)).toEqual({ medianResponseHours: null, acceptanceRate: null, answered: 0 });
    expect(c.id).toBeTruthy();
    expect((await serviceReferralStats(ctx.db, [])).size).toBe(0);
  });
});
