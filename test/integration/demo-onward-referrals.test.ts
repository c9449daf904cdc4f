import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { LAKESIDE_SERVICES } from '../../src/demo/seed-directory.ts';
import { serviceReferralStats } from '../../src/modules/community/onward-referrals/service-stats.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('the demo onward referrals on $name', (target) => {
  const env = useTestApp(target);

  it('fills the Lakeside Community Hub inbox and gives the services response times and acceptance rates', async () => {
    const { app, ctx } = env();
    expect(await seedDemo(ctx)).toBe(true);
    const api = `/api/schemes/${DEMO_SCHEME_SLUG}`;
    const chris = await signIn(app, { email: 'community@demo.example.org', password: DEMO_PASSWORD });
    const inbox = (await chris.request({ method: 'GET', url: `${api}/inbox/onward-referrals` })).json<{
      items: { service: { name: string }; status: string; outcome: unknown }[];
    }>();
    expect(inbox.items.map((i) => `${i.service.name}:${i.status}`).sort()).toEqual([
      'Carers Together:rejected',
      'Lakeside Befriending:completed',
      "Lakeside Women's Group (Urdu and Punjabi):requested",
    ]);
    expect(inbox.items.find((i) => i.status === 'completed')?.outcome).toMatchObject({ attended: 'yes' });

    const stats = await serviceReferralStats(ctx.db, [
      LAKESIDE_SERVICES.befriending,
      LAKESIDE_SERVICES.carers,
      LAKESIDE_SERVICES.foodBank,
      LAKESIDE_SERVICES.urduWomensGroup,
    ]);
    expect(stats.get(LAKESIDE_SERVICES.befriending)).toEqual({
      medianResponseHours: 5,
      acceptanceRate: 1,
      answered: 1,
    });
    expect(stats.get(LAKESIDE_SERVICES.carers)).toEqual({ medianResponseHours: 24, acceptanceRate: 0, answered: 1 });
    expect(stats.get(LAKESIDE_SERVICES.foodBank)).toEqual({ medianResponseHours: 26, acceptanceRate: 1, answered: 1 });
    expect(stats.get(LAKESIDE_SERVICES.urduWomensGroup)).toEqual({
      medianResponseHours: null,
      acceptanceRate: null,
      answered: 0,
    });
  }, 180_000);
});
