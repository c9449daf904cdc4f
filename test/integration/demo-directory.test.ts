import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { LAKESIDE_SERVICES as SVC } from '../../src/demo/seed-directory.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { signIn } from '../support/factories.ts';
import type { SearchJson } from '../support/directory.ts';

describe.each(testDatabaseTargets())('the demo directory on $name', (target) => {
  const env = useTestApp(target);

  it('imports the Lakeside services cleanly, with owners, capacity, a team note and an open change report', async () => {
    const { app, ctx } = env();
    await seedDemo(ctx);
    const api = `/api/schemes/${DEMO_SCHEME_SLUG}/directory`;
    const worker = await signIn(app, { email: 'worker@demo.example.org', password: DEMO_PASSWORD });
    const all = (await worker.request({ method: 'GET', url: `${api}/services?size=50` })).json<SearchJson>();
    expect(all.total).toBe(14);
    const byId = new Map(all.results.map((r) => [r.id, r]));
    expect(byId.get(SVC.carers)!.capacity).toMatchObject({ status: 'waitlist' });
    expect(byId.get(SVC.mensShed)!.capacity).toMatchObject({ status: 'no_capacity' });
    expect(byId.get(SVC.walking)!.capacity).toMatchObject({ status: 'capacity' });
    expect(byId.get(SVC.befriending)!.owner).toMatchObject({ name: 'Lakeside Community Hub', onLinkwork: true });
    expect(all.results.filter((r) => r.freshness.state === 'stale').length).toBeGreaterThanOrEqual(3);
    expect(all.results.every((r) => r.place?.postcode?.startsWith('LK'))).toBe(true);

    const near = (
      await worker.request({ method: 'GET', url: `${api}/services?postcode=LK1 2ZR&within=5` })
    ).json<SearchJson>();
    expect(near.total).toBeGreaterThanOrEqual(10);
    const notes = (await worker.request({ method: 'GET', url: `${api}/services/${SVC.foodBank}/notes` })).json<{
      notes: { author: { name: string } }[];
    }>();
    expect(notes.notes).toMatchObject([{ author: { name: 'Jordan Evans' } }]);

    const manager = await signIn(app, { email: 'manager@demo.example.org', password: DEMO_PASSWORD });
    const reports = (await manager.request({ method: 'GET', url: `${api}/change-reports` })).json<{
      reports: { service: { id: string }; kind: string }[];
    }>();
    expect(reports.reports).toMatchObject([{ service: { id: SVC.polishCoffee }, kind: 'wrong_times' }]);
    const community = await signIn(app, { email: 'community@demo.example.org', password: DEMO_PASSWORD });
    const ours = (await community.request({ method: 'GET', url: `${api}/our-services` })).json<{
      services: unknown[];
    }>();
    expect(ours.services).toHaveLength(4);
  }, 240_000);
});
