import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { CapacityStatus } from '../../../../db/tables/directory-local.ts';
import { cachedByDirectoryVersion } from '../directory-version-cache.ts';
import { locationWithinReach, rankingRadius, RINGS, serviceWithinReach } from '../distance-search.ts';
import { distanceMetres } from '../geo.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The search filters the staff directory answers, already checked and converted. */
export interface StaffSearchFilters {
  taxonomyTermId?: string;
  text?: string;
  near?: { latitude: number; longitude: number; metres: number };
  language?: string;
  age?: number;
  /** iCal day code: MO, TU, … */
  day?: string;
  /** A time window (HH:MM:SS) the service must be open in, on the day when given. */
  from?: string;
  to?: string;
  freeOnly?: boolean;
  capacity?: (CapacityStatus | 'unknown')[];
  hideStale?: boolean;
  /** Assured on or after this date counts as fresh. */
  freshSince: string;
  /** One service by id, whatever its status (for its page). */
  serviceId?: string;
}

export interface ServiceSearchRow {
  id: string;
  name: string;
  description: string | null;
  status: string;
  fees: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: string | null;
  organization_id: string | null;
  organization_name: string | null;
  distance_metres: number | null;
  capacity_status: CapacityStatus | null;
  capacity_note: string | null;
  capacity_updated_at: Date | null;
  owner_organisation_id: string | null;
  owner_type: string | null;
  owner_name: string | null;
}

/** A free service: every cost option costs nothing, or (without cost options) its fees text starts with "free". */
export const IS_FREE = sql`(case
  when exists (select 1 from directory_cost_options co where co.service_id = s.id) then not exists (
    select 1 from directory_cost_options co where co.service_id = s.id
      and not (coalesce(co.amount, 0) = 0 and (co.amount is not null or co.option ~* 'free' or co.amount_description ~* 'free')))
  else coalesce(s.fees, '') ~* '^\\s*free\\M' end)`;

/** The day code of a byday entry: "MO" from "MO", "1MO" or "-1FR" → "FR". */
function scheduleCondition(f: StaffSearchFilters): RawBuilder<unknown> {
  const c: RawBuilder<unknown>[] = [
    sql`sc.service_id = s.id`,
    sql`(sc.valid_from is null or sc.valid_from <= current_date)`,
    sql`(sc.valid_to is null or sc.valid_to >= current_date)`,
  ];
  if (f.day)
    c.push(
      sql`exists (select 1 from unnest(string_to_array(replace(upper(coalesce(sc.byday, '')), ' ', ''), ',')) as d(code) where right(d.code, 2) = ${f.day})`,
    );
  if (f.from) c.push(sql`sc.closes_at > ${f.from}::time`);
  if (f.to) c.push(sql`sc.opens_at < ${f.to}::time`);
  if (f.from || f.to) c.push(sql`sc.opens_at is not null and sc.closes_at is not null`);
  return sql`exists (select 1 from directory_schedules sc where ${sql.join(c, sql` and `)})`;
}

function where(f: StaffSearchFilters): RawBuilder<unknown> {
  if (f.serviceId) return sql`s.id = ${f.serviceId}`;
  const c: RawBuilder<unknown>[] = [sql`s.status not in ('inactive', 'defunct')`];
  if (f.taxonomyTermId) {
    c.push(sql`exists (select 1 from directory_attributes a join directory_taxonomy_terms t on t.id = a.taxonomy_term_id
      where a.link_id = s.id and (t.id = ${f.taxonomyTermId} or t.parent_id = ${f.taxonomyTermId}))`);
  }
  if (f.text) c.push(sql`s.search @@ websearch_to_tsquery('english', ${f.text})`);
  if (f.language) {
    c.push(
      sql`exists (select 1 from directory_languages lg where lg.service_id = s.id and (lower(lg.code) = lower(${f.language}) or lower(lg.name) = lower(${f.language})))`,
    );
  }
  if (f.age !== undefined)
    c.push(
      sql`(s.minimum_age is null or s.minimum_age <= ${f.age}) and (s.maximum_age is null or s.maximum_age >= ${f.age})`,
    );
  if (f.day || f.from || f.to) c.push(scheduleCondition(f));
  if (f.freeOnly) c.push(IS_FREE);
  if (f.capacity && f.capacity.length > 0) {
    const known = f.capacity.filter((x): x is CapacityStatus => x !== 'unknown');
    const parts: RawBuilder<unknown>[] = [];
    if (known.length > 0) parts.push(sql`cap.status in (${sql.join(known)})`);
    if (f.capacity.includes('unknown')) parts.push(sql`cap.status is null`);
    c.push(sql`(${sql.join(parts, sql` or `)})`);
  }
  if (f.hideStale) c.push(sql`s.assured_date >= ${f.freshSince}::date`);
  // Near a postcode: only services with a location within reach (bounding box on the location index,
  // then the exact distance), so distances are computed for the answer, not for the whole directory.
  if (f.near) c.push(serviceWithinReach(f.near));
  return sql.join(c, sql` and `);
}

/** A filtered search counts up to this many ("more than 1,000"), so a busy area's count stays cheap. */
export const COUNT_CAP = 1000;

/** True when no filter narrows the search: the whole active directory, whose count is cached per directory version. */
function unfiltered(f: StaffSearchFilters): boolean {
  return (
    !f.serviceId &&
    !f.taxonomyTermId &&
    !f.text &&
    !f.near &&
    !f.language &&
    f.age === undefined &&
    !f.day &&
    !f.from &&
    !f.to &&
    !f.freeOnly &&
    !(f.capacity && f.capacity.length > 0) &&
    !f.hideStale
  );
}

/** How many services match, stopping at `cap`: reads at most `cap` matches, whatever the directory's size. */
async function countUpTo(db: Db, f: StaffSearchFilters, cap: number): Promise<number> {
  const counted = await sql<{ n: number }>`select count(*)::int as n from (select 1 from directory_services s
    left join directory_service_capacity cap on cap.service_id = s.id where ${where(f)} limit ${cap}) x`.execute(db);
  return Number(counted.rows[0]?.n ?? 0);
}

/**
 * The total of a search: the whole active directory's count once per directory version (the
 * capacity join cannot change it: one capacity row per service at most); a filtered search's
 * count up to COUNT_CAP, with `capped` saying there are more.
 */
async function countServices(db: Db, f: StaffSearchFilters): Promise<{ total: number; capped: boolean }> {
  if (unfiltered(f)) {
    const total = await cachedByDirectoryVersion(db, 'staff-services-total', async () => {
      const counted = await sql<{
        n: number;
      }>`select count(*)::int as n from directory_services s where s.status not in ('inactive', 'defunct')`.execute(db);
      return Number(counted.rows[0]?.n ?? 0);
    });
    return { total, capped: false };
  }
  const n = await countUpTo(db, f, COUNT_CAP + 1);
  return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/**
 * A distance search's capped total and the ring its page is ranked in, from one walk out through the
 * rings (an eighth, a quarter, half, then all of the radius), each counted up to what is still wanted:
 * the page's ring is the first holding `need` matches (rankingRadius), and the walk stops at the first
 * ring holding more than COUNT_CAP, so a dense area is counted in a small ring, never in the whole radius.
 */
async function nearCountAndRing(
  db: Db,
  f: StaffSearchFilters & { near: NonNullable<StaffSearchFilters['near']> },
  need: number,
) {
  const cap = Math.max(COUNT_CAP + 1, need);
  let pageMetres: number | null = null;
  for (const metres of [...RINGS.map((share) => f.near.metres * share), f.near.metres]) {
    const n = await countUpTo(db, { ...f, near: { ...f.near, metres } }, cap);
    if (pageMetres === null && (n >= need || metres === f.near.metres)) pageMetres = metres;
    if (n > COUNT_CAP || metres === f.near.metres) {
      const count = { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
      // Past the cap in a ring smaller than the page's (a deep page): that page's ring is found as usual.
      const ring =
        pageMetres ??
        (await rankingRadius(f.near.metres, need, (m, c) =>
          countUpTo(db, { ...f, near: { ...f.near, metres: m } }, c),
        ));
      // Each ring has four times the area of the one inside it, so it may hold up to four times the page;
      // the ring between (half the area) is ranked instead when it holds the page: a check of at most `need`.
      const between = ring / Math.SQRT2;
      const narrowed =
        (await countUpTo(db, { ...f, near: { ...f.near, metres: between } }, need)) >= need ? between : ring;
      return { count, ranked: { ...f, near: { ...f.near, metres: narrowed } } };
    }
  }
  throw new Error('unreachable: the last ring is the whole radius');
}

/**
 * A distance search's capped total and page ring, walked once per search, page depth and directory
 * version: the next requests of the same search (the pages after it, a refresh, a colleague's same
 * search) rank their ring straight away, as the ORUK totals do. Never stale: every filter but capacity
 * reads directory tables, whose writes bump the version, and the key holds the fresh-since date (so a
 * new day counts afresh). Capacity rows do not bump it, so a search by capacity is always walked.
 */
function cachedNearCountAndRing(
  db: Db,
  f: StaffSearchFilters & { near: NonNullable<StaffSearchFilters['near']> },
  need: number,
) {
  if (f.capacity && f.capacity.length > 0) return nearCountAndRing(db, f, need);
  return cachedByDirectoryVersion(db, `staff-near:${need}:${JSON.stringify(f)}`, () => nearCountAndRing(db, f, need));
}

/** The text search `q` matches the service `s`'s name alone (not only its description). */
const nameMatches = (text: string) => sql`to_tsvector('english', s.name) @@ websearch_to_tsquery('english', ${text})`;

/**
 * A text search without a postcode, best match first among the first COUNT_CAP matches in id order.
 * "Best match first", for a link worker, means: services whose name answers every word typed
 * ("Gardening club" for "gardening") before those that only mention the words in their description,
 * each group by name. The matches are collected in id order through the primary key (ids are not tied to
 * the words, so dense matches are found after ~cap/selectivity rows and sparse ones through the text
 * index), up to COUNT_CAP + 1 to count them as the other filtered searches do; only those candidates
 * are ranked, so the cost follows the cap, not the directory. A search of more than COUNT_CAP matches
 * says so, and its pages show the first COUNT_CAP (the page says "add a filter to find the rest").
 * Ranking a name walk instead would pass every name sorted before the first match: names tend to begin
 * with the word a service is found by.
 */
async function searchByText(db: Db, f: StaffSearchFilters & { text: string }, page: { limit: number; offset: number }) {
  const candidates = sql`select s.id, s.name, ${nameMatches(f.text)} as in_name from directory_services s
    left join directory_service_capacity cap on cap.service_id = s.id where ${where(f)} order by s.id limit ${COUNT_CAP + 1}`;
  // One statement: the count comes back even when the page is past the last match (then one row of nulls).
  const found = await sql<
    Omit<ServiceSearchRow, 'id'> & { id: string | null; in_name: boolean | null; matched: number }
  >`with candidates as materialized (${candidates}),
    ranked as (select id, name, in_name from candidates order by id limit ${COUNT_CAP}),
    paged as (select id, in_name from ranked order by in_name desc, name, id limit ${page.limit} offset ${page.offset})
    select x.*, m.matched from (select count(*)::int as matched from candidates) m left join (
      select ${serviceColumns()}, p.in_name from paged p join directory_services s on s.id = p.id ${serviceJoins}) x on true
    order by x.in_name desc, x.name, x.id`.execute(db);
  const matched = Number(found.rows[0]?.matched ?? 0);
  const rows = found.rows.flatMap(({ matched: _, in_name: __, ...r }) =>
    r.id === null ? [] : [row({ ...r, id: r.id })],
  );
  return { total: Math.min(matched, COUNT_CAP), totalCapped: matched > COUNT_CAP, rows };
}

/** The columns of a search result (`s` a service), with its distance from the search's point when there is one. */
const serviceColumns = (
  distance: RawBuilder<number | null> = sql<null>`null::float8`,
) => sql`s.id, s.name, s.description, s.status, s.fees, s.minimum_age, s.maximum_age,
  to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, s.organization_id, o.name as organization_name,
  ${distance} as distance_metres,
  cap.status as capacity_status, cap.note as capacity_note, cap.updated_at as capacity_updated_at,
  ow.organisation_id as owner_organisation_id, org.type as owner_type, org.name as owner_name`;
const serviceJoins = sql`left join directory_organizations o on o.id = s.organization_id
  left join directory_service_capacity cap on cap.service_id = s.id
  left join directory_owners ow on ow.directory_organization_id = s.organization_id
  left join organisations org on org.id = ow.organisation_id`;
const row = (r: ServiceSearchRow): ServiceSearchRow => ({
  ...r,
  distance_metres: r.distance_metres === null ? null : Number(r.distance_metres),
});

/**
 * A page of a distance search, ranked in one pass over the ring: each location in it (the location
 * index) gives its links (the (location_id) index, kept apart as in serviceWithinReach) and their
 * services, and each service's distance is the least of its locations' there, which is its nearest
 * location within reach (everything nearer than the ring's edge lies inside it). Only the page's
 * services are then joined to their organisation, capacity and owner: a ring of a hundred candidates
 * costs a location, a link and a service each, not a nearest-location lookup and four joins.
 */
async function nearPage(
  db: Db,
  f: StaffSearchFilters & { near: NonNullable<StaffSearchFilters['near']> },
  page: { limit: number; offset: number },
) {
  const d = distanceMetres('l.latitude', 'l.longitude', f.near.latitude, f.near.longitude);
  const ranked = sql`select s.id, s.name, min(${d}) as metres from directory_locations l
    cross join lateral (select x.service_id from directory_service_at_locations x where x.location_id = l.id offset 0) sal
    join directory_services s on s.id = sal.service_id
    left join directory_service_capacity cap on cap.service_id = s.id
    where ${where({ ...f, near: undefined })} and ${locationWithinReach(f.near)}
    group by s.id, s.name order by metres, s.name, s.id limit ${page.limit} offset ${page.offset}`;
  return sql<ServiceSearchRow>`select ${serviceColumns(sql<number>`r.metres`)} from (${ranked}) r join directory_services s on s.id = r.id ${serviceJoins}
    order by r.metres, r.name, r.id`.execute(db);
}

/**
 * One page of services matching the filters, nearest first when searching near a postcode, else
 * best text match (searchByText), else by name; with the total (capped for a filtered search).
 * Inactive and defunct services never appear. Near a postcode only the smallest ring holding the page
 * is ranked (rankingRadius), the ring and total found once per search and directory version.
 */
export async function searchServices(
  db: Db,
  f: StaffSearchFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; totalCapped: boolean; rows: ServiceSearchRow[] }> {
  if (f.text && !f.near && !f.serviceId) return searchByText(db, { ...f, text: f.text }, page);
  if (f.near && !f.serviceId) {
    const { count, ranked } = await cachedNearCountAndRing(db, { ...f, near: f.near }, page.offset + page.limit + 1);
    const found = await nearPage(db, { ...ranked, near: ranked.near ?? f.near }, page);
    return { total: count.total, totalCapped: count.capped, rows: found.rows.map(row) };
  }
  // One service (its page): the count would only say one or none, which its row says already.
  const count = f.serviceId ? { total: 0, capped: false } : await countServices(db, f);
  const inner = sql`select ${serviceColumns()} from directory_services s ${serviceJoins} where ${where(f)}`;
  const found =
    await sql<ServiceSearchRow>`select x.* from (${inner}) x order by x.name, x.id limit ${page.limit} offset ${page.offset}`.execute(
      db,
    );
  return { total: f.serviceId ? found.rows.length : count.total, totalCapped: count.capped, rows: found.rows.map(row) };
}
