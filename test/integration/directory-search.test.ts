import { beforeAll, describe, expect, it } from 'vitest';
import { LAKESIDE_NEEDS, LAKESIDE_SERVICES as SVC } from '../../src/demo/seed-directory.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { assignLakesideOwners, loadLakeside, type SearchJson } from '../support/directory.ts';
import { communityOrganisationId } from '../support/onward.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('staff directory search on $name', (target) => {
  const env = useTestApp(target);
  let s: PathwayScheme;

  beforeAll(async () => {
    const { ctx, app } = env();
    await loadLakeside(ctx);
    s = await buildPathwayScheme(ctx, app);
    await assignLakesideOwners(ctx, s, await communityOrganisationId(ctx, s));
  }, 120_000);

  const search = async (query: string, by = () => s.worker) => {
    const response = await by().request({ method: 'GET', url: `${schemeApi(s)}/directory/services?${query}&size=50` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchJson>();
  };
  const ids = (r: SearchJson) => r.results.map((x) => x.id).sort();

  it('lists every active Lakeside service by name, and pages without overlap', async () => {
    const all = await search('');
    expect(all.total).toBe(14);
    expect(all.results.map((r) => r.name)).toEqual(
      [...all.results.map((r) => r.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const pages = await Promise.all(
      [1, 2, 3].map(async (page) =>
        (
          await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/services?size=5&page=${page}` })
        ).json<SearchJson>(),
      ),
    );
    expect(pages.map((p) => p.results.length)).toEqual([5, 5, 4]);
    expect(new Set(pages.flatMap((p) => p.results.map((r) => r.id))).size).toBe(14);
  });

  it('filters by need (a taxonomy term) and by free text', async () => {
    expect(ids(await search(`need=${LAKESIDE_NEEDS.food}`))).toEqual([SVC.foodBank, SVC.bengaliLunch].sort());
    expect(ids(await search('q=vegetables gloves'))).toEqual([SVC.gardening]);
    const walks = await search(`q=walks&need=${LAKESIDE_NEEDS.physicalActivity}`);
    expect(walks.results[0]?.id).toBe(SVC.walking);
  });

  it('filters by distance from a postcode, nearest first, in miles', async () => {
    const near = await search('postcode=lk1 2zr&within=1');
    expect(near.located).toEqual({ postcode: 'LK1 2ZR', precision: 'postcode', withinMiles: 1 });
    expect(near.results.length).toBeGreaterThanOrEqual(4);
    expect(near.results.every((r) => r.distanceMiles !== null && r.distanceMiles <= 1)).toBe(true);
    expect(near.results[0]).toMatchObject({ distanceMiles: 0 });
    expect(ids(near)).toContain(SVC.debtAdvice);
    expect(ids(near)).not.toContain(SVC.gardening);
    const distances = near.results.map((r) => r.distanceMiles!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const wider = await search('postcode=LK1 2ZR&within=10');
    expect(ids(wider)).toContain(SVC.gardening);
    expect(wider.results.find((r) => r.id === SVC.gardening)!.distanceMiles).toBeGreaterThan(3);
  });

  it('says when a postcode is located only to its district, and refuses one it cannot place', async () => {
    const district = await search('postcode=LK1 9ZZ&within=3');
    expect(district.located).toMatchObject({ postcode: 'LK1 9ZZ', precision: 'district' });
    expect(ids(district)).toContain(SVC.befriending);
    for (const [query, field] of [
      ['postcode=ZZ9 9ZZ', 'postcode'],
      ['postcode=not-a-postcode', 'postcode'],
      ['within=5', 'postcode'],
      ['within=2&postcode=LK1 2ZR', 'within'],
      ['day=MO&from=14:00&to=10:00', 'to'],
      ['capacity=full', 'capacity.0'],
    ] as const) {
      const response = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/services?${query}` });
      expect(response.statusCode, query).toBe(400);
      const problem = response.json<{ code: string; errors: { field: string; fix: string }[] }>();
      expect(problem.code).toBe('validation-failed');
      expect(
        problem.errors.map((e) => e.field),
        query,
      ).toContain(field);
    }
  });

  it('filters by language code or name, combined with need and distance', async () => {
    expect(ids(await search('language=pl'))).toEqual([SVC.polishCoffee]);
    expect(ids(await search('language=Bengali'))).toEqual([SVC.bengaliLunch]);
    const urdu = await search(`need=${LAKESIDE_NEEDS.communityLanguage}&language=ur&postcode=LK1 7FS&within=1`);
    expect(ids(urdu)).toEqual([SVC.urduWomensGroup]);
    expect(urdu.results[0]!.languages.map((l) => l.code)).toEqual(['ur', 'pa', 'en']);
  });

  it("filters by age against each service's age range", async () => {
    const seventeen = ids(await search('age=17'));
    expect(seventeen).toContain(SVC.gardening);
    expect(seventeen).toContain(SVC.employment);
    expect(seventeen).not.toContain(SVC.befriending);
    const seventy = ids(await search('age=70'));
    expect(seventy).toContain(SVC.bengaliLunch);
    expect(seventy).not.toContain(SVC.employment);
    expect(ids(await search('age=30'))).not.toContain(SVC.bengaliLunch);
  });

  it('filters by day and time from the weekly schedules', async () => {
    expect(ids(await search('day=SA'))).toEqual([SVC.mensShed, SVC.polishCoffee].sort());
    expect(ids(await search('day=MO&from=18:00'))).toEqual([SVC.peerSupport]);
    expect(ids(await search('day=WE&from=12:30&to=13:00'))).toEqual([SVC.debtAdvice, SVC.bengaliLunch].sort());
    expect(ids(await search('from=19:30'))).toEqual([SVC.peerSupport]);
  });

  it('filters to free services, and says what the others cost', async () => {
    const free = await search('free=true');
    expect(ids(free)).not.toContain(SVC.mensShed);
    expect(ids(free)).not.toContain(SVC.arts);
    expect(ids(free)).toContain(SVC.befriending);
    expect(free.results.every((r) => r.cost.free && r.cost.text === 'Free')).toBe(true);
    const shed = (await search('q=shed')).results.find((r) => r.id === SVC.mensShed)!;
    expect(shed.cost).toEqual({ free: false, text: '£2 a session, including tea and biscuits' });
  });

  it('shows and filters capacity, freshness, owners and referral figures', async () => {
    const edit = (id: string, body: Record<string, unknown>) =>
      s.community.request({
        method: 'PUT',
        url: `${schemeApi(s)}/directory/services/${id}`,
        payload: { version: 0, ...body },
      });
    expect((await edit(SVC.carers, { capacity: 'waitlist', capacityNote: 'Six weeks' })).statusCode).toBe(200);
    expect((await edit(SVC.befriending, { capacity: 'capacity', confirmCorrect: true })).statusCode).toBe(200);

    expect(ids(await search('capacity=waitlist'))).toEqual([SVC.carers]);
    expect(ids(await search('capacity=capacity&capacity=waitlist'))).toEqual([SVC.befriending, SVC.carers].sort());
    expect(ids(await search('capacity=unknown'))).not.toContain(SVC.carers);

    const all = await search('');
    const byId = new Map(all.results.map((r) => [r.id, r]));
    expect(byId.get(SVC.carers)!.capacity).toEqual({
      status: 'waitlist',
      note: 'Six weeks',
      updatedAt: expect.any(String),
    });
    expect(byId.get(SVC.befriending)!.freshness).toEqual({
      state: 'fresh',
      assuredDate: env().clock.now().toISOString().slice(0, 10),
    });
    expect(byId.get(SVC.peerSupport)!.freshness).toEqual({ state: 'stale', assuredDate: '2024-11-05' });
    expect(byId.get(SVC.arts)!.freshness).toEqual({ state: 'unknown', assuredDate: null });
    expect(byId.get(SVC.befriending)!.owner).toMatchObject({ onLinkwork: true });
    expect(byId.get(SVC.walking)!.owner).toMatchObject({ onLinkwork: false });
    expect(byId.get(SVC.debtAdvice)!.owner).toBeNull();
    expect(byId.get(SVC.debtAdvice)!.organisation.name).toBe('Lakeside Advice Centre');
    expect(byId.get(SVC.debtAdvice)!.place).toEqual({
      name: 'Lakeside Advice Centre',
      address: '3 Bridge Street, Lakeside',
      postcode: 'LK1 7FS',
    });
    expect(byId.get(SVC.debtAdvice)!.referrals).toEqual({
      medianResponseHours: null,
      acceptanceRate: null,
      answered: 0,
    });

    const fresh = ids(await search('hideStale=true'));
    expect(fresh).toContain(SVC.befriending);
    expect(fresh).not.toContain(SVC.peerSupport);
    expect(fresh).not.toContain(SVC.arts);
  });

  it('gives a service page with the full ORUK record, and keeps search to staff', async () => {
    const response = await s.worker.request({
      method: 'GET',
      url: `${schemeApi(s)}/directory/services/${SVC.polishCoffee}`,
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json<{
      service: { id: string; languages: { name: string; code: string }[]; schedules: { byday: string }[] };
      summary: { name: string };
      canEdit: boolean;
      canNote: boolean;
    }>();
    expect(detail.service.id).toBe(SVC.polishCoffee);
    expect(detail.service.languages.map((l) => l.code)).toEqual(['pl', 'en']);
    expect(detail.service.schedules[0]!.byday).toBe('SA');
    expect(detail).toMatchObject({ canEdit: false, canNote: true });
    expect(
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/services/no-such-service` })).statusCode,
    ).toBe(404);
    expect((await s.community.request({ method: 'GET', url: `${schemeApi(s)}/directory/services` })).statusCode).toBe(
      403,
    );
    expect((await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/directory/services` })).statusCode).toBe(
      403,
    );
    expect(
      (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/directory/services/${SVC.polishCoffee}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await s.community.request({ method: 'GET', url: `${schemeApi(s)}/directory/services/${SVC.carers}` }))
        .statusCode,
    ).toBe(200);
    const choices = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/search-choices` })).json<{
      needs: { id: string }[];
      languages: { code: string; name: string }[];
    }>();
    expect(choices.needs.map((n) => n.id)).toContain(LAKESIDE_NEEDS.food);
    expect(choices.languages).toContainEqual({ code: 'pl', name: 'Polish' });
  });
});
