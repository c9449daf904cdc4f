import { CompiledQuery, sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaptureQueries, explainEach } from '../../bench/capture-sql.ts';
import { generateDirectory, LAKESIDE } from '../../bench/generate-directory.ts';
import type { DB } from '../../src/db/schema.ts';
import { EARTH_RADIUS_METRES, distanceMetres } from '../../src/modules/community/directory/geo.ts';
import { findOrukServiceAtLocations } from '../../src/modules/community/directory/oruk-api-services.repository.ts';
import {
  COUNT_CAP,
  searchServices,
  type StaffSearchFilters,
} from '../../src/modules/community/directory/staff/staff-search.repository.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

// The staff distance search ranks only the smallest ring (an eighth, a quarter, half or all of the
// radius) that holds the page: it must give exactly the page a full ranking of the radius gives.

const GENERATED_SERVICES = 6_000;
const MILE = 1609.344;
const FRESH = '2000-01-01';
/** Scans that grow with the directory. */
const DIRECTORY_SCAN = /Seq Scan on (directory_services|directory_locations|directory_service_at_locations)\b/;

/** The point `metres` north of a start, on the sphere the SQL distance assumes (six decimals, as stored). */
function north(latitude: number, longitude: number, metres: number) {
  return { latitude: Number((latitude + (metres / EARTH_RADIUS_METRES) * (180 / Math.PI)).toFixed(6)), longitude };
}

/** Every active service within the radius, ranked in full (nearest location, then name, then id): the reference answer. */
async function fullRanking(
  db: Kysely<DB>,
  near: { latitude: number; longitude: number; metres: number },
): Promise<string[]> {
  const d = distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude);
  const result = await sql<{ id: string }>`select s.id from directory_services s
    join (select sal.service_id, min(${d}) as metres from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
      where l.latitude is not null group by sal.service_id) n on n.service_id = s.id
    where s.status not in ('inactive', 'defunct') and n.metres <= ${near.metres}::float8
    order by n.metres, s.name, s.id`.execute(db);
  return result.rows.map((r) => r.id);
}

describe.each(testDatabaseTargets())('staff distance search by rings on $name', (target) => {
  const env = useTestApp(target);
  const centre = { latitude: LAKESIDE.latitude, longitude: LAKESIDE.longitude };

  beforeAll(async () => {
    const { ctx } = env();
    await generateDirectory(
      ctx.database,
      { services: GENERATED_SERVICES, organizations: 50, terms: 10, secondLocationEvery: 5, radiusMetres: 10_000 },
      () => {},
    );
    // Ties and edges: three services with one name at one place (ordered by id), two places sharing a
    // distance, services just inside and just outside the first ring's edge, and an inactive one at the centre.
    const ring = (3 * MILE) / 8;
    const places: [string, string, { latitude: number; longitude: number }][] = [
      ['tie-b', 'Aardvark club', centre],
      ['tie-a', 'Aardvark club', centre],
      ['tie-c', 'Aardvark club', centre],
      ['same-1', 'Badger group', north(centre.latitude, centre.longitude, 200)],
      ['same-2', 'Badger group', north(centre.latitude, centre.longitude, 200)],
      ['edge-in', 'Coot walk', north(centre.latitude, centre.longitude, ring - 0.5)],
      ['edge-out', 'Coot walk', north(centre.latitude, centre.longitude, ring + 0.5)],
    ];
    for (const [id, name, p] of places) {
      await ctx.db.insertInto('directory_services').values({ id, name, status: 'active' }).execute();
      await ctx.db
        .insertInto('directory_locations')
        .values({ id: `loc-${id}`, location_type: 'physical', latitude: p.latitude, longitude: p.longitude })
        .execute();
      await ctx.db
        .insertInto('directory_service_at_locations')
        .values({ id: `sal-${id}`, service_id: id, location_id: `loc-${id}` })
        .execute();
    }
    await ctx.db
      .insertInto('directory_services')
      .values({ id: 'closed-centre', name: 'Aardvark club', status: 'inactive' })
      .execute();
    await ctx.db
      .insertInto('directory_service_at_locations')
      .values({ id: 'sal-closed-centre', service_id: 'closed-centre', location_id: 'loc-tie-a' })
      .execute();
    await sql`analyze directory_services`.execute(ctx.db);
    await sql`analyze directory_locations`.execute(ctx.db);
    await sql`analyze directory_service_at_locations`.execute(ctx.db);
  }, 180_000);

  it('gives exactly the page a full ranking gives, at every depth and radius, ties and ring edges included', async () => {
    const { ctx } = env();
    for (const miles of [0.5, 1, 3]) {
      const near = { ...centre, metres: miles * MILE };
      const reference = await fullRanking(ctx.db, near);
      expect(reference.length).toBeGreaterThan(20);
      for (const window of [
        { limit: 20, offset: 0 },
        { limit: 5, offset: 0 },
        { limit: 20, offset: 40 },
        { limit: 50, offset: reference.length - 30 },
        { limit: 20, offset: reference.length },
      ]) {
        const found = await searchServices(ctx.db, { near, freshSince: FRESH }, window);
        expect(
          found.rows.map((r) => r.id),
          `${miles} miles, ${JSON.stringify(window)}`,
        ).toEqual(reference.slice(window.offset, window.offset + window.limit));
        const distances = found.rows.map((r) => r.distance_metres!);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
      }
    }
    const three = await fullRanking(ctx.db, { ...centre, metres: 3 * MILE });
    expect(three.slice(0, 3)).toEqual(['tie-a', 'tie-b', 'tie-c']);
    expect(three.indexOf('same-2')).toBe(three.indexOf('same-1') + 1);
    expect(three).not.toContain('closed-centre');
    expect(three.indexOf('edge-in')).toBeLessThan(three.indexOf('edge-out'));
  });

  it('gives the ORUK service-at-locations the same page by distance as a full ranking, with the exact total', async () => {
    const { ctx } = env();
    for (const metres of [800, 3 * MILE]) {
      const near = { ...centre, metres };
      const d = distanceMetres('l.latitude', 'l.longitude', centre.latitude, centre.longitude);
      const reference = (
        await sql<{
          id: string;
        }>`select sal.id from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
        where l.latitude is not null and ${d} <= ${metres}::float8 order by ${d}, sal.id`.execute(ctx.db)
      ).rows.map((r) => r.id);
      for (const window of [
        { limit: 20, offset: 0 },
        { limit: 50, offset: 100 },
        { limit: 20, offset: reference.length - 5 },
      ]) {
        const found = await findOrukServiceAtLocations(ctx.db, { near }, window);
        expect(found.total).toBe(reference.length);
        expect(
          found.rows.map((r) => r.id),
          `${metres} m, ${JSON.stringify(window)}`,
        ).toEqual(reference.slice(window.offset, window.offset + window.limit));
      }
    }
  });

  it('pages through a whole radius with no gap and no repeat', async () => {
    const { ctx } = env();
    const near = { ...centre, metres: 0.5 * MILE };
    const reference = await fullRanking(ctx.db, near);
    const seen: string[] = [];
    for (let offset = 0; offset <= reference.length; offset += 25) {
      seen.push(
        ...(await searchServices(ctx.db, { near, freshSince: FRESH }, { limit: 25, offset })).rows.map((r) => r.id),
      );
    }
    expect(seen).toEqual(reference);
  });

  it('counts a filtered search up to the cap and says when there are more; counts the whole directory exactly', async () => {
    const { ctx } = env();
    const wide = await searchServices(
      ctx.db,
      { near: { ...centre, metres: 10 * MILE }, freshSince: FRESH },
      { limit: 20, offset: 0 },
    );
    expect(wide).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const small = await searchServices(
      ctx.db,
      { near: { ...centre, metres: 0.25 * MILE }, freshSince: FRESH },
      { limit: 20, offset: 0 },
    );
    expect(small.totalCapped).toBe(false);
    expect(small.total).toBe((await fullRanking(ctx.db, { ...centre, metres: 0.25 * MILE })).length);
    const active = Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from directory_services where status not in ('inactive', 'defunct')`.execute(
          ctx.db,
        )
      ).rows[0]!.n,
    );
    const all = await searchServices(ctx.db, { freshSince: FRESH }, { limit: 20, offset: 0 });
    expect(all).toMatchObject({ total: active, totalCapped: false });
    expect(all.rows.slice(0, 3).map((r) => r.id)).toEqual(['tie-a', 'tie-b', 'tie-c']);
  });

  it('counts the whole directory once per directory version, and again after a write', async () => {
    const { ctx } = env();
    const filters: StaffSearchFilters = { freshSince: FRESH };
    const before = (await searchServices(ctx.db, filters, { limit: 1, offset: 0 })).total;
    const reused = new CaptureQueries();
    await searchServices(ctx.db.withPlugin(reused), filters, { limit: 1, offset: 0 });
    expect(reused.queries.filter((q) => /count\(\*\)/.test(q.sql))).toEqual([]);
    await ctx.db
      .insertInto('directory_services')
      .values({ id: 'ring-new', name: 'Zz new', status: 'active' })
      .execute();
    expect((await searchServices(ctx.db, filters, { limit: 1, offset: 0 })).total).toBe(before + 1);
    await ctx.db.updateTable('directory_services').set({ status: 'defunct' }).where('id', '=', 'ring-new').execute();
    expect((await searchServices(ctx.db, filters, { limit: 1, offset: 0 })).total).toBe(before);
    await ctx.db.deleteFrom('directory_services').where('id', '=', 'ring-new').execute();
  });

  it("walks the rings once per search and directory version, then ranks only a ring near the page's size", async () => {
    const { ctx } = env();
    // A directory write first, so the walk is made afresh and its statements are seen.
    await ctx.db.updateTable('directory_services').set({ name: 'Never' }).where('id', '=', 'no-such-service').execute();
    const near = { ...centre, metres: 3 * MILE };
    const page = { limit: 20, offset: 0 };
    const first = new CaptureQueries();
    const walked = await searchServices(ctx.db.withPlugin(first), { near, freshSince: FRESH }, page);
    expect(first.queries.filter((q) => /count\(\*\)/.test(q.sql)).length).toBeGreaterThanOrEqual(2);
    const again = new CaptureQueries();
    const reused = await searchServices(ctx.db.withPlugin(again), { near, freshSince: FRESH }, page);
    expect(reused).toEqual(walked);
    // The same search again: the version stamp and the page, nothing counted.
    expect(again.queries.filter((q) => /count\(\*\)/.test(q.sql))).toEqual([]);
    const pageStatement = again.queries.find((q) => q.sql.includes('directory_locations'))!;
    const plan = (
      await ctx.db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`explain (analyze, costs off, timing off) ${pageStatement.sql}`, [
          ...pageStatement.parameters,
        ]),
      )
    ).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    // The ring is ranked in one pass: no nearest-location lookup per candidate (once through the links by
    // service), and the locations read stay near the page (the ring inside holds less than the page, and
    // has half the area), not the thousands of the radius.
    expect(plan).not.toContain('SubPlan');
    const locationsRead = Number(/on directory_locations l[\s\S]*?rows=(\d+)/.exec(plan)?.[1]);
    const inRadius = (await fullRanking(ctx.db, near)).length;
    expect(inRadius).toBeGreaterThan(1000);
    expect(locationsRead, plan).toBeGreaterThanOrEqual(page.limit);
    expect(locationsRead, plan).toBeLessThanOrEqual(4 * (page.limit + 1));
    // A write makes the next search walk again.
    await ctx.db.updateTable('directory_services').set({ name: 'Never' }).where('id', '=', 'no-such-service').execute();
    const afterWrite = new CaptureQueries();
    await searchServices(ctx.db.withPlugin(afterWrite), { near, freshSince: FRESH }, page);
    expect(afterWrite.queries.filter((q) => /count\(\*\)/.test(q.sql)).length).toBeGreaterThanOrEqual(2);
  });

  it('reads the directory through its indexes for a distance search and for the unfiltered list', async () => {
    const { ctx } = env();
    await ctx.db.updateTable('directory_services').set({ name: 'Never' }).where('id', '=', 'no-such-service').execute();
    const capture = new CaptureQueries();
    const db = ctx.db.withPlugin(capture);
    await searchServices(db, { near: { ...centre, metres: 3 * MILE }, freshSince: FRESH }, { limit: 20, offset: 0 });
    await searchServices(db, { freshSince: FRESH }, { limit: 20, offset: 0 });
    const all = await explainEach(ctx.db, capture.queries);
    // The ring probes ran (fewer statements would mean the whole radius was ranked).
    expect(all.filter((p) => /limit \$\d+\) x/.test(p)).length).toBeGreaterThanOrEqual(2);
    for (const plan of all) {
      // The unfiltered total is one count over the whole directory, made once per directory version.
      if (/^select count\(\*\)::int as n from directory_services s where s.status not in/.test(plan)) continue;
      expect(plan).not.toMatch(DIRECTORY_SCAN);
    }
    expect(all.some((p) => p.includes('directory_services_name_id_idx'))).toBe(true);
  });
});
