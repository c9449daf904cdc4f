import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaptureQueries, explainEach } from '../../bench/capture-sql.ts';
import { DEFAULT_DIRECTORY_SIZE, generateDirectory } from '../../bench/generate-directory.ts';
import { buildApp } from '../../src/app.ts';
import type { DB } from '../../src/db/schema.ts';
import { LAKESIDE_NEEDS, LAKESIDE_SERVICES as SVC } from '../../src/demo/seed-directory.ts';
import { cachedByDirectoryVersion } from '../../src/modules/community/directory/directory-version-cache.ts';
import { boundingBox, EARTH_RADIUS_METRES, haversineMetres } from '../../src/modules/community/directory/geo.ts';
import { readOrukSource } from '../../src/modules/community/directory/oruk-source.ts';
import { validateOruk } from '../../src/modules/community/directory/oruk-validate.ts';
import { locatePostcode } from '../../src/modules/community/directory/postcodes/locate-postcode.ts';
import { cachedSearchChoices } from '../../src/modules/community/directory/staff/search-choices.repository.ts';
import { searchServices } from '../../src/modules/community/directory/staff/staff-search.repository.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import type { SystemActor } from '../../src/platform/actor.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { assignLakesideOwners, loadLakeside, type SearchJson } from '../support/directory.ts';
import { communityOrganisationId } from '../support/onward.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

// Directory reads whose cost follows the answer: distance search narrowed by the location index,
// search-form counts kept per directory version, ORUK pages found through an index.

const GENERATED_SERVICES = 10_000;
const MILE = 1609.344;
const system: SystemActor = { kind: 'system', description: 'directory reads test', requestId: 'directory-reads-test' };
/** Scans that grow with the directory. A distance search may hash its few per cent of locations against the narrow links table. */
const DIRECTORY_SCAN = /Seq Scan on (directory_services|directory_locations|directory_service_at_locations)\b/;
const SERVICE_OR_LOCATION_SCAN = /Seq Scan on (directory_services|directory_locations)\b/;

type OrukPage = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: { id: string }[];
};
type Choices = { needs: { id: string; name: string; services: number }[]; languages: { code: string; name: string }[] };

/** The point `metres` from a start along a compass bearing, on the sphere the SQL distance assumes. */
function destination(
  latitude: number,
  longitude: number,
  bearingDegrees: number,
  metres: number,
): { latitude: number; longitude: number } {
  const rad = Math.PI / 180;
  const d = metres / EARTH_RADIUS_METRES;
  const [p1, l1, b] = [latitude * rad, longitude * rad, bearingDegrees * rad];
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  // Stored as the import stores them: six decimal places (about 0.1 m).
  return { latitude: Number((p2 / rad).toFixed(6)), longitude: Number((l2 / rad).toFixed(6)) };
}

describe.each(testDatabaseTargets())('directory reads bounded by the answer on $name', (target) => {
  const env = useTestApp(target);
  let s: PathwayScheme;
  let centre: { latitude: number; longitude: number };

  beforeAll(async () => {
    const { ctx, app } = env();
    await loadLakeside(ctx);
    s = await buildPathwayScheme(ctx, app);
    await assignLakesideOwners(ctx, s, await communityOrganisationId(ctx, s));
    // Generated ids ('svc-1', 'term-1', …) do not meet the Lakeside ones; the generator vacuums and analyses.
    await generateDirectory(
      ctx.database,
      { ...DEFAULT_DIRECTORY_SIZE, services: GENERATED_SERVICES, organizations: 100 },
      () => {},
    );
    centre = (await locatePostcode(ctx.db, 'LK1 2ZR'))!;
  }, 180_000);

  const oruk = async <T = OrukPage>(url: string): Promise<T> => {
    const response = await env().app.inject({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  const choices = async () =>
    (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/search-choices` })).json<Choices>();

  it('finds services within the distance at the corners of the bounding box, and leaves out those in the box but beyond the distance', async () => {
    const { ctx } = env();
    const radius = MILE;
    const box = boundingBox(centre.latitude, centre.longitude, radius);
    const places = {
      'edge-ne-inside': destination(centre.latitude, centre.longitude, 45, radius - 3),
      'edge-sw-inside': destination(centre.latitude, centre.longitude, 225, radius - 3),
      'edge-n-inside': destination(centre.latitude, centre.longitude, 0, radius - 3),
      'edge-ne-outside': destination(centre.latitude, centre.longitude, 45, radius + 3),
      'edge-box-corner': {
        latitude: Number(box.maxLat.toFixed(6)) - 0.000001,
        longitude: Number(box.maxLon.toFixed(6)) - 0.000001,
      },
      'edge-n-outside': destination(centre.latitude, centre.longitude, 0, radius + 3),
    };
    for (const [id, p] of Object.entries(places)) {
      await ctx.db
        .insertInto('directory_services')
        .values({ id, name: `Zebrafinch ${id}`, status: 'active', description: 'Edge of the search circle' })
        .execute();
      await ctx.db
        .insertInto('directory_locations')
        .values({ id: `loc-${id}`, location_type: 'physical', latitude: p.latitude, longitude: p.longitude })
        .execute();
      await ctx.db
        .insertInto('directory_service_at_locations')
        .values({ id: `sal-${id}`, service_id: id, location_id: `loc-${id}` })
        .execute();
    }
    // The geometry the test relies on: the 45° points lie toward the box's corner (outside its inner
    // square), the one just beyond the distance and the corner point still inside the box.
    const inBox = (p: { latitude: number; longitude: number }) =>
      p.latitude >= box.minLat && p.latitude <= box.maxLat && p.longitude >= box.minLon && p.longitude <= box.maxLon;
    const ne = places['edge-ne-inside'];
    expect(ne.latitude - centre.latitude).toBeGreaterThan(0.6 * (box.maxLat - centre.latitude));
    expect(ne.longitude - centre.longitude).toBeGreaterThan(0.6 * (box.maxLon - centre.longitude));
    expect(inBox(places['edge-ne-outside']) && inBox(places['edge-box-corner'])).toBe(true);
    expect(haversineMetres(centre.latitude, centre.longitude, ne.latitude, ne.longitude)).toBeLessThan(radius);
    expect(
      haversineMetres(
        centre.latitude,
        centre.longitude,
        places['edge-ne-outside'].latitude,
        places['edge-ne-outside'].longitude,
      ),
    ).toBeGreaterThan(radius);

    const expected = ['edge-n-inside', 'edge-ne-inside', 'edge-sw-inside'];
    const staff = (
      await s.worker.request({
        method: 'GET',
        url: `${schemeApi(s)}/directory/services?q=zebrafinch&postcode=LK1 2ZR&within=1&size=50`,
      })
    ).json<SearchJson>();
    expect(staff.results.map((r) => r.id).sort()).toEqual(expected);
    expect(staff.total).toBe(3);
    expect(staff.results.every((r) => r.distanceMiles !== null && r.distanceMiles <= 1)).toBe(true);
    const wider = (
      await s.worker.request({
        method: 'GET',
        url: `${schemeApi(s)}/directory/services?q=zebrafinch&postcode=LK1 2ZR&within=3&size=50`,
      })
    ).json<SearchJson>();
    expect(wider.total).toBe(6);

    const published = await oruk(`/oruk/services?search=zebrafinch&postcode=LK1%202ZR&proximity=${radius}`);
    expect(published.contents.map((c) => c.id).sort()).toEqual(expected);
    expect(published.total_items).toBe(3);
  });

  it("counts the search form's needs and languages once per directory version, and recounts after an import and after an owner's edit", async () => {
    const { ctx } = env();
    const food = (c: Choices) => c.needs.find((n) => n.id === LAKESIDE_NEEDS.food)!.services;
    const before = await choices();
    expect(before.languages.map((l) => l.code)).not.toContain('cy');

    // After a directory write the first read counts again; with nothing written since, the next sends only the version query.
    await ctx.db.updateTable('directory_services').set({ name: 'Never' }).where('id', '=', 'no-such-service').execute();
    const counted = new CaptureQueries();
    await cachedSearchChoices(ctx.db.withPlugin(counted));
    expect(counted.queries.length).toBe(3);
    const reused = new CaptureQueries();
    await cachedSearchChoices(ctx.db.withPlugin(reused));
    expect(reused.queries.map((q) => q.sql)).toEqual([expect.stringContaining('from directory_state')]);

    const folder = mkdtempSync(join(tmpdir(), 'linkwork-directory-reads-'));
    const file = join(folder, 'service.json');
    const club = randomUUID();
    writeFileSync(
      file,
      JSON.stringify({
        id: club,
        name: 'Welsh food club',
        status: 'active',
        attributes: [{ id: randomUUID(), link_id: club, link_type: 'service', taxonomy_term_id: LAKESIDE_NEEDS.food }],
        languages: [{ id: randomUUID(), service_id: club, name: 'Welsh', code: 'cy' }],
      }),
    );
    const report = await importDirectory(ctx, system, readOrukSource(file));
    expect(report.problems).toEqual([]);
    const imported = await choices();
    expect(food(imported)).toBe(food(before) + 1);
    expect(imported.languages).toContainEqual({ code: 'cy', name: 'Welsh' });

    // An owner closes a food service in Linkwork: it no longer counts.
    const detail = (
      await s.community.request({ method: 'GET', url: `${schemeApi(s)}/directory/services/${SVC.befriending}` })
    ).json<{ version: number; summary: { needs: { id: string }[] } }>();
    const edited = await s.community.request({
      method: 'PUT',
      url: `${schemeApi(s)}/directory/services/${SVC.befriending}`,
      payload: { version: detail.version, status: 'inactive' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const closed = await choices();
    for (const need of detail.summary.needs) {
      expect(closed.needs.find((n) => n.id === need.id)?.services ?? 0).toBe(
        imported.needs.find((n) => n.id === need.id)!.services - 1,
      );
    }
    expect(detail.summary.needs.length).toBeGreaterThan(0);
  });

  it('never serves an answer counted inside a write that rolled back', async () => {
    const { ctx } = env();
    const count = (db: Kysely<DB>) => async () =>
      Number(
        (
          await db
            .selectFrom('directory_services')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await cachedByDirectoryVersion(ctx.db, 'test-services', count(ctx.db));
    const rolledBack = new Error('roll back');
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('directory_services')
          .values([
            { id: 'rolled-back-1', name: 'Rolled back', status: 'active' },
            { id: 'rolled-back-2', name: 'Rolled back', status: 'active' },
          ])
          .execute();
        expect(await cachedByDirectoryVersion(trx, 'test-services', count(trx))).toBe(before + 2);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    await ctx.db
      .insertInto('directory_services')
      .values({ id: 'committed-1', name: 'Committed', status: 'active' })
      .execute();
    expect(await cachedByDirectoryVersion(ctx.db, 'test-services', count(ctx.db))).toBe(before + 1);
    await ctx.db.deleteFrom('directory_services').where('id', '=', 'committed-1').execute();
    expect(await cachedByDirectoryVersion(ctx.db, 'test-services', count(ctx.db))).toBe(before);
  });

  it('pages every service and every service at a location exactly once, in a stable order, with totals kept current', async () => {
    const { ctx } = env();
    const order = (
      await ctx.db.selectFrom('directory_services').select('id').orderBy('name').orderBy('id').execute()
    ).map((r) => r.id);
    const first = await oruk('/oruk/services?per_page=100');
    expect(first.total_items).toBe(order.length);
    expect(first.total_pages).toBe(Math.ceil(order.length / 100));
    const seen: string[] = [];
    for (let page = 1; page <= first.total_pages; page += 1) {
      const p = await oruk(`/oruk/services?per_page=100&page=${page}`);
      expect(p).toMatchObject({
        page_number: page,
        first_page: page === 1,
        last_page: page === first.total_pages,
        total_items: order.length,
      });
      seen.push(...p.contents.map((c) => c.id));
    }
    expect(seen).toEqual(order);
    const deep = await oruk<OrukPage & { contents: Record<string, unknown>[] }>('/oruk/services?per_page=50&page=30');
    expect(deep.contents.map((c) => c.id)).toEqual(order.slice(29 * 50, 30 * 50));
    // Valid ORUK but for the generator's ids ('svc-1', not UUIDs).
    for (const service of deep.contents)
      expect(validateOruk('service', service).filter((p) => !p.reason.includes('uuid'))).toEqual([]);
    expect(await oruk(`/oruk/services?per_page=100&page=${first.total_pages + 1}`)).toMatchObject({
      empty: true,
      size: 0,
      contents: [],
      last_page: true,
    });

    const links = (await ctx.db.selectFrom('directory_service_at_locations').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    const linkPages: string[] = [];
    const firstLinks = await oruk('/oruk/service_at_locations?per_page=100');
    expect(firstLinks.total_items).toBe(links.length);
    for (let page = 1; page <= firstLinks.total_pages; page += 1)
      linkPages.push(...(await oruk(`/oruk/service_at_locations?per_page=100&page=${page}`)).contents.map((c) => c.id));
    expect(linkPages).toEqual(links);

    // A write between two reads: the totals follow it at once, a search's (counted once per directory version) too.
    const searched = (await oruk('/oruk/services?search=zebrafinch')).total_items;
    expect((await oruk('/oruk/services?search=zebrafinch')).total_items).toBe(searched);
    await ctx.db
      .insertInto('directory_services')
      .values({ id: 'aaa-new-service', name: 'AAA new service', description: 'Zebrafinch keeping', status: 'active' })
      .execute();
    expect((await oruk('/oruk/services?search=zebrafinch')).total_items).toBe(searched + 1);
    expect((await oruk('/oruk/services?per_page=100')).total_items).toBe(order.length + 1);
    expect((await oruk('/oruk/services?per_page=1')).contents[0]!.id).toBe('aaa-new-service');
    await ctx.db.deleteFrom('directory_services').where('id', '=', 'aaa-new-service').execute();
    expect((await oruk('/oruk/services?per_page=100')).total_items).toBe(order.length);
    expect((await oruk('/oruk/services?search=zebrafinch')).total_items).toBe(searched);
  });

  it('answers a distance search and deep pages through indexes, never scanning the directory', async () => {
    const { ctx } = env();
    // A directory write first, so the cached totals are counted again and their statements are seen.
    await ctx.db.updateTable('directory_services').set({ name: 'Never' }).where('id', '=', 'no-such-service').execute();
    const capture = new CaptureQueries();
    const db = ctx.db.withPlugin(capture);
    await searchServices(
      db,
      { near: { latitude: centre.latitude, longitude: centre.longitude, metres: 3 * MILE }, freshSince: '2000-01-01' },
      { limit: 20, offset: 0 },
    );
    const staffPlans = await explainEach(ctx.db, capture.queries);
    expect(staffPlans.length).toBeGreaterThanOrEqual(2);
    // The directory version stamp (the ring and total are cached against it) is one row of a one-row table.
    for (const plan of staffPlans.filter((p) => !p.includes('from directory_state'))) {
      expect(plan).not.toMatch(SERVICE_OR_LOCATION_SCAN);
      expect(plan).toContain('directory_locations_lat_long_idx');
    }

    const pageStatements = async (): Promise<CompiledQuery[]> => {
      const endpoint = new CaptureQueries();
      const app = await buildApp({ ...ctx, db: ctx.db.withPlugin(endpoint) }, { logger: false });
      try {
        for (const url of ['/oruk/services?page=30&per_page=50', '/oruk/service_at_locations?page=30&per_page=50']) {
          const response = await app.inject({ method: 'GET', url });
          expect(response.statusCode, response.body).toBe(200);
        }
      } finally {
        await app.close();
      }
      return endpoint.queries;
    };
    // The whole-list totals, counted once per directory version (the links table is narrow, so counting
    // it may read the table itself; the services are counted on an index).
    const isTotal = (p: string) =>
      /^select count\(\*\)::int as n from directory_(services|service_at_locations)\n/.test(p);
    const pagePlans = await explainEach(ctx.db, await pageStatements());
    expect(pagePlans.filter(isTotal).length).toBe(2);
    for (const plan of pagePlans) expect(plan).not.toMatch(isTotal(plan) ? SERVICE_OR_LOCATION_SCAN : DIRECTORY_SCAN);
    expect(pagePlans.filter((p) => p.includes('directory_services_name_id_idx')).length).toBeGreaterThanOrEqual(2);
    expect(pagePlans.some((p) => p.includes('directory_service_at_locations_pkey'))).toBe(true);
    // Nothing written since: the same pages count nothing.
    expect((await pageStatements()).filter((q) => /count\(\*\)/.test(q.sql))).toEqual([]);
  });
});
