import { CompiledQuery, sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaptureQueries } from '../../bench/capture-sql.ts';
import { generateDirectory, LAKESIDE } from '../../bench/generate-directory.ts';
import type { DB } from '../../src/db/schema.ts';
import { distanceMetres } from '../../src/modules/community/directory/geo.ts';
import {
  findOrukServiceAtLocations,
  findOrukServices,
} from '../../src/modules/community/directory/oruk-api-services.repository.ts';
import {
  findDirectoryOrganizations,
  wordPrefixQuery,
} from '../../src/modules/community/directory/staff/directory-owners.repository.ts';
import { COUNT_CAP, searchServices } from '../../src/modules/community/directory/staff/staff-search.repository.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

// Text searches of the directory cost what their page costs: the staff search ranks a bounded set of
// candidates, ORUK pages a search in id order, the administrator's organisation picker reads names in order.

const SERVICES = 20_000;
const ORGANIZATIONS = 2_000;
const FRESH = '2000-01-01';
/** Scans that grow with the directory. */
const DIRECTORY_SCAN =
  /Seq Scan on (directory_services|directory_organizations|directory_locations|directory_service_at_locations)\b/;

/** EXPLAIN ANALYZE of each SELECT sent, and how many rows its scans of `table` read (returned plus filtered out). */
async function analyse(db: Kysely<DB>, work: (db: Kysely<DB>) => Promise<unknown>, table: string) {
  const capture = new CaptureQueries();
  await work(db.withPlugin(capture));
  const plans: { sql: string; plan: string; rowsRead: number }[] = [];
  for (const q of capture.queries) {
    if (!/^\s*(with|select)\b/i.test(q.sql) || q.sql.includes('from directory_state')) continue;
    const lines = (
      await db.executeQuery<{ 'QUERY PLAN': string }>(
        CompiledQuery.raw(`EXPLAIN (ANALYZE, COSTS OFF) ${q.sql}`, [...q.parameters]),
      )
    ).rows.map((r) => r['QUERY PLAN']);
    let rowsRead = 0;
    lines.forEach((line, i) => {
      if (!new RegExp(`Scan (using \\w+ )?on ${table}\\b`).test(line) || /Bitmap Index Scan/.test(line)) return;
      const loops = Number(/loops=(\d+)/.exec(line)?.[1] ?? 1);
      rowsRead += Number(/rows=(\d+)/.exec(line.slice(line.indexOf('actual')))?.[1] ?? 0) * loops;
      const removed = lines.slice(i + 1, i + 4).find((l) => /Rows Removed by Filter/.test(l));
      if (removed) rowsRead += Number(/(\d+)/.exec(removed)![1]) * loops;
    });
    plans.push({ sql: q.sql, plan: lines.join('\n'), rowsRead });
  }
  return plans;
}

describe.each(testDatabaseTargets())('directory text searches bounded by their answer, on $name', (target) => {
  const env = useTestApp(target);

  beforeAll(async () => {
    const { ctx } = env();
    await generateDirectory(
      ctx.database,
      { services: SERVICES, organizations: ORGANIZATIONS, terms: 10, secondLocationEvery: 5, radiusMetres: 10_000 },
      () => {},
    );
    // A word few services hold: two in their names, two only in their descriptions, one inactive.
    const services: [string, string, string, string][] = [
      ['allot-z', 'Zinnia allotment club', 'Growing flowers together.', 'active'],
      ['allot-a', 'Allotment friends', 'Vegetables and company.', 'active'],
      ['allot-d2', 'Bread makers', 'We bake with produce from our allotments.', 'active'],
      ['allot-d1', 'Bread makers', 'Bakers who keep an allotment.', 'active'],
      ['allot-x', 'Allotment closed', 'No longer running.', 'inactive'],
    ];
    for (const [id, name, description, status] of services) {
      await ctx.db.insertInto('directory_services').values({ id, name, description, status }).execute();
    }
    await ctx.db
      .insertInto('directory_organizations')
      .values([
        { id: 'dorg-advice', name: 'Lakeside Advice Centre', description: 'Advice' },
        { id: 'dorg-st-johns', name: "St John's Ambulance (Lakeside)", description: 'First aid' },
      ])
      .execute();
    await sql`analyze directory_services`.execute(ctx.db);
    await sql`analyze directory_organizations`.execute(ctx.db);
  }, 600_000);

  it('ranks services named for the words first, then those that mention them, each by name', async () => {
    const { ctx } = env();
    const found = await searchServices(ctx.db, { text: 'allotment', freshSince: FRESH }, { limit: 20, offset: 0 });
    expect(found).toMatchObject({ total: 4, totalCapped: false });
    expect(found.rows.map((r) => r.id)).toEqual(['allot-a', 'allot-z', 'allot-d1', 'allot-d2']);
    const second = await searchServices(ctx.db, { text: 'allotment', freshSince: FRESH }, { limit: 3, offset: 3 });
    expect(second.rows.map((r) => r.id)).toEqual(['allot-d2']);
    const past = await searchServices(ctx.db, { text: 'allotment', freshSince: FRESH }, { limit: 20, offset: 20 });
    expect(past).toEqual({ total: 4, totalCapped: false, rows: [] });
    expect(
      await searchServices(ctx.db, { text: 'allotment', hideStale: true, freshSince: FRESH }, { limit: 20, offset: 0 }),
    ).toEqual({ total: 0, totalCapped: false, rows: [] });
  });

  it('ranks the first matches up to the cap when more match, and pages through them exactly once', async () => {
    const { ctx } = env();
    const filters = { text: 'gardening', freshSince: FRESH };
    const first = await searchServices(ctx.db, filters, { limit: 50, offset: 0 });
    expect(first).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const seen: { id: string; name: string }[] = [];
    for (let offset = 0; offset < COUNT_CAP + 100; offset += 50) {
      seen.push(...(await searchServices(ctx.db, filters, { limit: 50, offset })).rows);
    }
    expect(seen).toHaveLength(COUNT_CAP);
    expect(new Set(seen.map((r) => r.id)).size).toBe(COUNT_CAP);
    // Named for gardening first, then the rest; each group by name.
    const named = seen.findIndex((r) => !/gardening/i.test(r.name));
    expect(named).toBeGreaterThan(0);
    expect(seen.slice(named).some((r) => /gardening/i.test(r.name))).toBe(false);
    for (const group of [seen.slice(0, named), seen.slice(named)]) {
      const names = group.map((r) => r.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it('reads a bounded set of candidates for the staff text search, never the whole directory', async () => {
    const { ctx } = env();
    for (const text of ['gardening', 'allotment']) {
      const plans = await analyse(
        ctx.db,
        (db) => searchServices(db, { text, freshSince: FRESH }, { limit: 20, offset: 0 }),
        'directory_services',
      );
      expect(plans).toHaveLength(1);
      for (const p of plans) {
        expect(p.plan, p.sql).not.toMatch(DIRECTORY_SCAN);
        expect(p.plan, p.sql).toMatch(/directory_services_(pkey|search_idx)/);
        // The cap's worth of matches, at the word's density (one service in seven), plus the page.
        expect(p.rowsRead, p.plan).toBeGreaterThan(0);
        expect(p.rowsRead, p.plan).toBeLessThan(10 * (COUNT_CAP + 1));
      }
    }
  });

  it('pages an ORUK text search in id order through the primary key, with the exact total', async () => {
    const { ctx } = env();
    const all = (
      await sql<{
        id: string;
      }>`select id from directory_services where search @@ websearch_to_tsquery('english', 'allotment') order by id`.execute(
        ctx.db,
      )
    ).rows.map((r) => r.id);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 2) {
      const page = await findOrukServices(ctx.db, { search: 'allotment' }, { limit: 2, offset });
      expect(page.total).toBe(5);
      seen.push(...page.rows.map((r) => String(r.id)));
    }
    expect(seen).toEqual(all);
    const plans = await analyse(
      ctx.db,
      (db) => findOrukServices(db, { search: 'gardening' }, { limit: 50, offset: 0 }),
      'directory_services',
    );
    const page = plans.find((p) => /order by s\.id limit/.test(p.sql))!;
    expect(page.plan).not.toMatch(DIRECTORY_SCAN);
    expect(page.plan).toContain('directory_services_pkey');
    expect(page.rowsRead, page.plan).toBeGreaterThanOrEqual(50);
    expect(page.rowsRead, page.plan).toBeLessThan(1_000);
    for (const p of plans) expect(p.plan, p.sql).not.toMatch(DIRECTORY_SCAN);
  });

  it('finds directory organisations by the start of each word of their name, by name, reading only the page', async () => {
    const { ctx } = env();
    expect(wordPrefixQuery("St John's")).toBe('(st | st:*) & (john | john:*) & (s | s:*)');
    expect(wordPrefixQuery(' & | !')).toBeNull();
    const names = async (q: string) => (await findDirectoryOrganizations(ctx.db, q, 20)).map((o) => o.name);
    expect(await names('advice')).toEqual(['Lakeside Advice Centre']);
    expect(await names('lakeside adv')).toEqual(['Lakeside Advice Centre']);
    expect(await names('dvice')).toEqual([]);
    expect(await names("st john's")).toEqual(["St John's Ambulance (Lakeside)"]);
    expect(await names('& | !')).toEqual([]);
    const lakeside = await names('Lakeside');
    expect(lakeside).toHaveLength(20);
    const reference = (
      await sql<{
        name: string;
      }>`select name from directory_organizations where name like '%Lakeside%' order by name, id limit 20`.execute(
        ctx.db,
      )
    ).rows.map((r) => r.name);
    expect(lakeside).toEqual(reference);

    const dense = await analyse(
      ctx.db,
      (db) => findDirectoryOrganizations(db, 'Lakeside', 20),
      'directory_organizations',
    );
    expect(dense[0]!.plan).toContain('directory_organizations_name_id_idx');
    expect(dense[0]!.rowsRead, dense[0]!.plan).toBeGreaterThanOrEqual(20);
    expect(dense[0]!.rowsRead, dense[0]!.plan).toBeLessThan(100);
    const sparse = await analyse(
      ctx.db,
      (db) => findDirectoryOrganizations(db, 'trust 1234', 20),
      'directory_organizations',
    );
    expect(sparse[0]!.plan).toContain('directory_organizations_name_words_idx');
    for (const p of [...dense, ...sparse]) expect(p.plan, p.sql).not.toMatch(DIRECTORY_SCAN);
  });

  it('counts an ORUK distance search once per directory version, and again after a write', async () => {
    const { ctx } = env();
    const near = { latitude: LAKESIDE.latitude, longitude: LAKESIDE.longitude, metres: 1_000 };
    const before = await findOrukServiceAtLocations(ctx.db, { near }, { limit: 10, offset: 0 });
    const d = distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude);
    const reference = Number(
      (
        await sql<{ n: number }>`select count(*)::int as n from directory_service_at_locations sal
      join directory_locations l on l.id = sal.location_id where l.latitude is not null and ${d} <= ${near.metres}::float8`.execute(
          ctx.db,
        )
      ).rows[0]!.n,
    );
    expect(before.total).toBe(reference);
    const reused = new CaptureQueries();
    await findOrukServiceAtLocations(ctx.db.withPlugin(reused), { near }, { limit: 10, offset: 10 });
    expect(reused.queries.filter((q) => /^select count\(\*\)::int as n from directory_locations/.test(q.sql))).toEqual(
      [],
    );
    await ctx.db
      .insertInto('directory_locations')
      .values({
        id: 'loc-new-centre',
        location_type: 'physical',
        latitude: LAKESIDE.latitude,
        longitude: LAKESIDE.longitude,
      })
      .execute();
    await ctx.db
      .insertInto('directory_service_at_locations')
      .values({ id: 'sal-new-centre', service_id: 'allot-a', location_id: 'loc-new-centre' })
      .execute();
    const after = await findOrukServiceAtLocations(ctx.db, { near }, { limit: 10, offset: 0 });
    expect(after.total).toBe(before.total + 1);
    expect(after.rows[0]!.id).toBe('sal-new-centre');
    await ctx.db.deleteFrom('directory_service_at_locations').where('id', '=', 'sal-new-centre').execute();
    await ctx.db.deleteFrom('directory_locations').where('id', '=', 'loc-new-centre').execute();
  });
});
