import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { boundingBox, distanceMetres } from './geo.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Each directory table and the ORUK columns the import writes (explicit, as everywhere). */
export const DIRECTORY_COLUMNS = {
  directory_organizations: ['name', 'description', 'email', 'website', 'logo', 'uri', 'parent_organization_id'],
  directory_organization_identifiers: ['organization_id', 'identifier_scheme', 'identifier_type', 'identifier'],
  directory_services: [
    'organization_id',
    'name',
    'description',
    'url',
    'email',
    'status',
    'fees',
    'accreditations',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'alert',
    'last_modified',
  ],
  directory_locations: [
    'location_type',
    'name',
    'description',
    'latitude',
    'longitude',
    'external_identifier',
    'external_identifier_type',
  ],
  directory_addresses: [
    'location_id',
    'attention',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  directory_accessibility: ['location_id', 'description', 'details', 'url', 'accessibility'],
  directory_service_at_locations: ['service_id', 'location_id'],
  directory_schedules: [
    'service_id',
    'service_at_location_id',
    'valid_from',
    'valid_to',
    'dtstart',
    'freq',
    'interval',
    'byday',
    'bymonthday',
    'description',
    'opens_at',
    'closes_at',
    'schedule_link',
    'attending_type',
    'notes',
  ],
  directory_contacts: ['service_id', 'name', 'title'],
  directory_phones: ['contact_id', 'number', 'description'],
  directory_languages: ['service_id', 'phone_id', 'name', 'code', 'note'],
  directory_cost_options: ['service_id', 'valid_from', 'valid_to', 'option', 'amount', 'amount_description'],
  directory_service_areas: ['service_id', 'name', 'extent', 'extent_type', 'uri', 'service_area'],
  directory_fundings: ['service_id', 'source'],
  directory_taxonomies: ['name', 'description', 'uri', 'version'],
  directory_taxonomy_terms: ['name', 'description', 'parent_id', 'taxonomy', 'taxonomy_id', 'term_uri', 'term'],
  directory_attributes: ['link_id', 'link_type', 'link_entity', 'taxonomy_term_id'],
} as const satisfies Partial<Record<keyof DB, readonly string[]>>;

export type DirectoryTable = keyof typeof DIRECTORY_COLUMNS;
export type RowWrite = 'created' | 'updated' | 'unchanged';

const WITH_SOURCE = new Set<DirectoryTable>(['directory_organizations', 'directory_services']);

/**
 * Inserts a row, or updates the ORUK columns the record carries when any differ; a column the
 * record leaves out keeps its stored value (list views omit detail). Returns what happened,
 * so re-importing identical data writes nothing and reports "unchanged".
 */
export async function upsertDirectoryRow(
  db: Db,
  table: DirectoryTable,
  id: string,
  values: Record<string, unknown>,
  source?: string,
): Promise<RowWrite> {
  const present = (DIRECTORY_COLUMNS[table] as readonly string[]).filter((c) => values[c] !== undefined);
  const columns = ['id', ...present, ...(source !== undefined && WITH_SOURCE.has(table) ? ['source'] : [])];
  const params = [
    id,
    ...present.map((c) => values[c] ?? null),
    ...(columns.length > present.length + 1 ? [source] : []),
  ];
  const insert = sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(params.map((v) => sql`${v}`))})`;
  const onConflict =
    present.length === 0
      ? sql`on conflict (id) do nothing`
      : sql`on conflict (id) do update set ${sql.join(columns.slice(1).map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}, imported_at = now()
        where (${sql.join(present.map((c) => sql.ref(`${table}.${c}`)))}) is distinct from (${sql.join(present.map((c) => sql.ref(`excluded.${c}`)))})`;
  const result = await sql<{ inserted: boolean }>`${insert} ${onConflict} returning (xmax = 0) as inserted`.execute(db);
  const row = result.rows[0];
  if (!row) return 'unchanged';
  return row.inserted ? 'created' : 'updated';
}

/** Deletes a parent's child rows that the new record no longer lists; returns how many went. */
export async function deleteDirectoryChildrenExcept(
  db: Db,
  table: DirectoryTable,
  parentColumn: string,
  parentId: string,
  keepIds: string[],
): Promise<number> {
  const keep = keepIds.length === 0 ? sql`` : sql`and id not in (${sql.join(keepIds.map((k) => sql`${k}`))})`;
  const result =
    await sql`delete from ${sql.table(table)} where ${sql.ref(parentColumn)} = ${parentId} ${keep}`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

/** Row counts of every directory table: for checks after an import. */
export async function countDirectoryRows(db: Db): Promise<Record<DirectoryTable, number>> {
  const counts = {} as Record<DirectoryTable, number>;
  for (const table of Object.keys(DIRECTORY_COLUMNS) as DirectoryTable[]) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

// ---- Read queries for the published ORUK API -------------------------------------------------
// Columns come out already in their ORUK JSON form: dates as 'YYYY-MM-DD', times as 'HH:MM:SS',
// timestamps as ISO-8601 UTC, numeric as JSON numbers. Nulls are left for the presenter to omit.

/** One row of a directory table, with its columns named as the ORUK properties. */
export type OrukRow = Record<string, string | number | null>;

/** Filters of the ORUK list endpoints that the tables can answer. */
export interface OrukServiceFilters {
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  minimumAge?: number;
  maximumAge?: number;
  modifiedAfter?: string;
  /** iCal day code (MO, TU, …) a schedule of the service runs on. */
  day?: string;
  startTime?: string;
  endTime?: string;
  /** A located postcode: results are ordered by distance from it, and within `metres` of it when given. */
  near?: NearPoint;
}

export interface PageWindow {
  limit: number;
  offset: number;
}

const SERVICE_COLUMNS = sql`s.id, s.organization_id, s.name, s.description, s.url, s.email, s.status, s.fees, s.accreditations,
  s.minimum_age, s.maximum_age, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, s.assurer_email, s.alert,
  to_char(s.last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_modified`;
const ORGANIZATION_COLUMNS = sql`o.id, o.name, o.description, o.email, o.website, o.logo, o.uri, o.parent_organization_id`;
const LOCATION_COLUMNS = sql`l.id, l.location_type, l.name, l.description, l.latitude::float8 as latitude, l.longitude::float8 as longitude,
  l.external_identifier, l.external_identifier_type`;
const TERM_COLUMNS = sql`t.id, t.name, t.description, t.parent_id, t.taxonomy, t.taxonomy_id, t.term_uri, t.term`;

function serviceWhere(f: OrukServiceFilters) {
  const conditions = [sql`true`];
  if (f.search) conditions.push(sql`s.search @@ websearch_to_tsquery('english', ${f.search})`);
  if (f.organizationId) conditions.push(sql`s.organization_id = ${f.organizationId}`);
  if (f.minimumAge !== undefined) conditions.push(sql`s.minimum_age >= ${f.minimumAge}`);
  if (f.maximumAge !== undefined) conditions.push(sql`s.maximum_age <= ${f.maximumAge}`);
  if (f.modifiedAfter) conditions.push(sql`s.last_modified >= ${f.modifiedAfter}::timestamptz`);
  if (f.taxonomyTermId)
    conditions.push(
      sql`exists (select 1 from directory_attributes a where a.link_id = s.id and a.taxonomy_term_id = ${f.taxonomyTermId})`,
    );
  if (f.taxonomyId) {
    conditions.push(sql`exists (select 1 from directory_attributes a join directory_taxonomy_terms t on t.id = a.taxonomy_term_id
      where a.link_id = s.id and t.taxonomy_id = ${f.taxonomyId})`);
  }
  if (f.day || f.startTime || f.endTime) {
    const sc = [sql`sc.service_id = s.id`];
    if (f.day)
      sc.push(sql`${f.day.toUpperCase()} = any (string_to_array(replace(coalesce(sc.byday, ''), ' ', ''), ','))`);
    if (f.startTime) sc.push(sql`sc.opens_at >= ${f.startTime}::time`);
    if (f.endTime) sc.push(sql`sc.closes_at <= ${f.endTime}::time`);
    conditions.push(sql`exists (select 1 from directory_schedules sc where ${sql.join(sc, sql` and `)})`);
  }
  return sql.join(conditions, sql` and `);
}

/** A point to measure from, and how far to reach from it in metres (null: any distance). */
export interface NearPoint {
  latitude: number;
  longitude: number;
  metres: number | null;
}

/**
 * The location conditions of a distance search (on `l`, a directory_locations row): first the
 * bounding box, on the numeric columns so the (latitude, longitude) index narrows the rows, then the
 * exact haversine distance. The staff search and the ORUK API both use it: one rule, one place.
 */
export function locationWithinReach(near: NearPoint): RawBuilder<unknown> {
  if (near.metres === null) return sql`l.latitude is not null and l.longitude is not null`;
  const box = boundingBox(near.latitude, near.longitude, near.metres);
  return sql`l.latitude between ${box.minLat}::numeric and ${box.maxLat}::numeric
    and l.longitude between ${box.minLon}::numeric and ${box.maxLon}::numeric
    and ${distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude)} <= ${near.metres}::float8`;
}

/** The service `s`'s nearest location within reach, in metres (null when it has none). */
export function nearestLocation(near: NearPoint): RawBuilder<number | null> {
  return sql<number | null>`(select min(${distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude)})
    from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
    where sal.service_id = s.id and ${locationWithinReach(near)})`;
}

/**
 * The service `s` has a location within reach: the first condition of a distance search, so only
 * services near the point (found through the location index) are ranked by distance at all. Each
 * location found looks up its links through the (location_id) index: the lateral subquery is kept
 * apart (offset 0) so the planner cannot hash the whole links table instead, which it prefers when a
 * dense area holds a few thousand locations, and which grows with the directory.
 */
export function serviceWithinReach(near: NearPoint): RawBuilder<unknown> {
  return sql`s.id in (select sal.service_id from directory_locations l
    cross join lateral (select x.service_id from directory_service_at_locations x where x.location_id = l.id offset 0) sal
    where ${locationWithinReach(near)})`;
}

/** The rings a distance search tries before its whole radius, as shares of it, smallest first. */
export const RINGS = [1 / 8, 1 / 4, 1 / 2];

/**
 * The smallest ring (an eighth, a quarter, half or all of the radius) holding at least `need`
 * matches, by `countUpTo(metres, need)`, which reads at most `need` of them. Everything nearer than
 * a ring's edge lies inside it, so the nearest `need` of the ring are exactly the nearest `need` of
 * the radius: ranking the ring costs what the page needs, not what a dense area holds. The staff
 * search and the ORUK API both use it: one rule, one place.
 */
export async function rankingRadius(
  metres: number,
  need: number,
  countUpTo: (metres: number, cap: number) => Promise<number>,
): Promise<number> {
  for (const share of RINGS) {
    if ((await countUpTo(metres * share, need)) >= need) return metres * share;
  }
  return metres;
}

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<OrukRow[]> {
  return (await query.execute(db)).rows as OrukRow[];
}

async function total(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const result = await query.execute(db);
  return Number((result.rows[0] as { n?: number } | undefined)?.n ?? 0);
}

const noIds = (ids: string[]) => ids.length === 0;
const idList = (ids: string[]) => sql.join(ids.map((i) => sql`${i}`));

// ---- Whole-directory answers, cached against the directory version ------------------------------

interface Cached {
  stamp: string;
  value: Promise<unknown>;
}
const cache = new Map<string, Cached>();
/** Answers kept at most (the oldest is forgotten first): searches are keys too, and people type many. */
const CACHE_ENTRIES = 500;

/**
 * The directory's version stamp: every write to a directory table bumps it in the writing
 * transaction (migration 0026), so a reader sees a new stamp exactly when it can see new rows.
 */
export async function directoryStamp(db: Db): Promise<string> {
  const result = await sql<{
    stamp: string;
  }>`select epoch::text || ':' || version::text as stamp from directory_state where id`.execute(db);
  return result.rows[0]?.stamp ?? 'none';
}

/**
 * An answer about the whole directory (counts, totals), computed once per directory version and
 * reused until any directory write: never stale, and not recounted while nothing changes. The
 * stamp is read before the answer is computed, so an answer is never older than its stamp (a
 * write in between only makes the next read recompute).
 */
export async function cachedByDirectoryVersion<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await directoryStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, value });
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

const unfiltered = (f: OrukServiceFilters) => Object.values(f).every((v) => v === undefined);

/**
 * A page of every service by (name, id) without sorting the directory: the first row of the page
 * is found by skipping index entries only (index-only scan of (name, id)), then the page is read
 * by seeking the index from that row.
 */
async function servicesPage(db: Db, page: PageWindow): Promise<OrukRow[]> {
  if (page.offset === 0)
    return rows(db, sql`select ${SERVICE_COLUMNS} from directory_services s order by s.name, s.id limit ${page.limit}`);
  const first = (
    await sql<{
      name: string;
      id: string;
    }>`select name, id from directory_services order by name, id offset ${page.offset} limit 1`.execute(db)
  ).rows[0];
  if (!first) return [];
  return rows(
    db,
    sql`select ${SERVICE_COLUMNS} from directory_services s where (s.name, s.id) >= (${first.name}, ${first.id})
    order by s.name, s.id limit ${page.limit}`,
  );
}

/** A page of services matching the filters (ordered by name, then id, so pages are stable) and the total. */
export async function findOrukServices(
  db: Db,
  filters: OrukServiceFilters,
  page: PageWindow,
): Promise<{ total: number; rows: OrukRow[] }> {
  if (unfiltered(filters)) {
    return {
      total: await cachedByDirectoryVersion(db, 'oruk-services-total', () =>
        total(db, sql`select count(*)::int as n from directory_services`),
      ),
      rows: await servicesPage(db, page),
    };
  }
  const near = filters.near;
  if (!near) {
    const where = serviceWhere(filters);
    // A text search's pages go in id order: the primary key walk meets dense matches after about
    // page / selectivity rows, and the text index finds sparse ones. Not name order: names tend to
    // begin with the word a service is found by, so a walk by name could pass most of the directory
    // before its first match.
    const order = filters.search ? sql`s.id` : sql`s.name, s.id`;
    // ORUK's total_items is exact, so the matches are counted: once per search and directory version.
    return {
      total: await cachedByDirectoryVersion(db, `oruk-services-total:${JSON.stringify(filters)}`, () =>
        total(db, sql`select count(*)::int as n from directory_services s where ${where}`),
      ),
      rows: await rows(
        db,
        sql`select ${SERVICE_COLUMNS} from directory_services s where ${where} order by ${order} limit ${page.limit} offset ${page.offset}`,
      ),
    };
  }
  // Nearest first: a service is as near as its nearest location. Within a proximity, only services
  // with a location inside it; without one, services with no location come last.
  const where =
    near.metres === null ? serviceWhere(filters) : sql`${serviceWhere(filters)} and ${serviceWithinReach(near)}`;
  return {
    total: await total(db, sql`select count(*)::int as n from directory_services s where ${where}`),
    rows: await rows(
      db,
      sql`select ${SERVICE_COLUMNS} from directory_services s where ${where}
      order by ${nearestLocation(near)} nulls last, s.name, s.id limit ${page.limit} offset ${page.offset}`,
    ),
  };
}

/** Services by id (list columns). */
export async function getOrukServices(db: Db, ids: string[]): Promise<OrukRow[]> {
  if (noIds(ids)) return [];
  return rows(db, sql`select ${SERVICE_COLUMNS} from directory_services s where s.id in (${idList(ids)})`);
}

/** Organizations by id, without children. */
export async function getOrukOrganizations(db: Db, ids: string[]): Promise<OrukRow[]> {
  if (noIds(ids)) return [];
  return rows(db, sql`select ${ORGANIZATION_COLUMNS} from directory_organizations o where o.id in (${idList(ids)})`);
}

/** The identifiers of the given organizations. */
export async function getOrukOrganizationIdentifiers(db: Db, organizationIds: string[]): Promise<OrukRow[]> {
  if (noIds(organizationIds)) return [];
  return rows(
    db,
    sql`select id, organization_id, identifier_scheme, identifier_type, identifier from directory_organization_identifiers
    where organization_id in (${idList(organizationIds)}) order by id`,
  );
}

/** Every one-to-many child row of the given services, one query per child table. */
export async function getOrukServiceChildren(
  db: Db,
  serviceIds: string[],
): Promise<
  Record<
    'schedules' | 'service_areas' | 'service_at_locations' | 'languages' | 'funding' | 'cost_options' | 'contacts',
    OrukRow[]
  >
> {
  if (noIds(serviceIds))
    return {
      schedules: [],
      service_areas: [],
      service_at_locations: [],
      languages: [],
      funding: [],
      cost_options: [],
      contacts: [],
    };
  const ids = idList(serviceIds);
  const [schedules, service_areas, service_at_locations, languages, funding, cost_options, contacts] =
    await Promise.all([
      rows(
        db,
        sql`select id, service_id, service_at_location_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to,
      to_char(dtstart, 'YYYY-MM-DD') as dtstart, freq, interval, byday, bymonthday, description, opens_at::text as opens_at, closes_at::text as closes_at,
      schedule_link, attending_type, notes from directory_schedules where service_id in (${ids}) order by id`,
      ),
      rows(
        db,
        sql`select id, service_id, name, extent, extent_type, uri, service_area from directory_service_areas where service_id in (${ids}) order by id`,
      ),
      rows(
        db,
        sql`select id, service_id, location_id from directory_service_at_locations where service_id in (${ids}) order by id`,
      ),
      rows(
        db,
        sql`select id, service_id, phone_id, name, code, note from directory_languages where service_id in (${ids}) order by id`,
      ),
      rows(db, sql`select id, service_id, source from directory_fundings where service_id in (${ids}) order by id`),
      rows(
        db,
        sql`select id, service_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to, option,
      amount::float8 as amount, amount_description from directory_cost_options where service_id in (${ids}) order by id`,
      ),
      rows(
        db,
        sql`select id, service_id, name, title from directory_contacts where service_id in (${ids}) order by id`,
      ),
    ]);
  return { schedules, service_areas, service_at_locations, languages, funding, cost_options, contacts };
}

/** The phones of the given contacts. */
export async function getOrukPhones(db: Db, contactIds: string[]): Promise<OrukRow[]> {
  if (noIds(contactIds)) return [];
  return rows(
    db,
    sql`select id, contact_id, number, description from directory_phones where contact_id in (${idList(contactIds)}) order by id`,
  );
}

/** The languages hanging from the given phones. */
export async function getOrukPhoneLanguages(db: Db, phoneIds: string[]): Promise<OrukRow[]> {
  if (noIds(phoneIds)) return [];
  return rows(
    db,
    sql`select id, service_id, phone_id, name, code, note from directory_languages where phone_id in (${idList(phoneIds)}) order by id`,
  );
}

/** Locations by id, with their addresses and accessibility rows. */
export async function getOrukLocations(
  db: Db,
  ids: string[],
): Promise<{ locations: OrukRow[]; addresses: OrukRow[]; accessibility: OrukRow[] }> {
  if (noIds(ids)) return { locations: [], addresses: [], accessibility: [] };
  const list = idList(ids);
  const [locations, addresses, accessibility] = await Promise.all([
    rows(db, sql`select ${LOCATION_COLUMNS} from directory_locations l where l.id in (${list})`),
    rows(
      db,
      sql`select id, location_id, attention, address_1, address_2, city, region, state_province, postal_code, country, address_type
      from directory_addresses where location_id in (${list}) order by id`,
    ),
    rows(
      db,
      sql`select id, location_id, description, details, url, accessibility from directory_accessibility where location_id in (${list}) order by id`,
    ),
  ]);
  return { locations, addresses, accessibility };
}

/** Attributes linked to the given records, each with its taxonomy term's columns prefixed term_. */
export async function getOrukAttributes(db: Db, linkIds: string[]): Promise<OrukRow[]> {
  if (noIds(linkIds)) return [];
  return rows(
    db,
    sql`select a.id, a.link_id, a.link_type, a.taxonomy_term_id, t.id as term_id, t.name as term_name, t.description as term_description,
      t.parent_id as term_parent_id, t.taxonomy as term_taxonomy, t.taxonomy_id as term_taxonomy_id, t.term_uri as term_term_uri, t.term as term_term
    from directory_attributes a left join directory_taxonomy_terms t on t.id = a.taxonomy_term_id where a.link_id in (${idList(linkIds)}) order by a.id`,
  );
}

/** A page of service-at-location links whose service matches the filters, and the total. */
export async function findOrukServiceAtLocations(
  db: Db,
  filters: OrukServiceFilters,
  page: PageWindow,
): Promise<{ total: number; rows: OrukRow[] }> {
  const where = serviceWhere(filters);
  const near = filters.near;
  if (unfiltered(filters)) {
    // Every link has its service (a foreign key), so the whole list is the links table in id order: the
    // primary key gives each page, a deep page skipping index entries only.
    return {
      total: await cachedByDirectoryVersion(db, 'oruk-service-at-locations-total', () =>
        total(db, sql`select count(*)::int as n from directory_service_at_locations`),
      ),
      rows: await rows(
        db,
        sql`select sal.id, sal.service_id, sal.location_id from directory_service_at_locations sal
        where sal.id >= (select id from directory_service_at_locations order by id offset ${page.offset} limit 1) order by sal.id limit ${page.limit}`,
      ),
    };
  }
  // The exact total_items, once per search and directory version: the next pages of a search reuse it.
  const counted = (from: RawBuilder<unknown>) =>
    cachedByDirectoryVersion(db, `oruk-service-at-locations-total:${JSON.stringify(filters)}`, () =>
      total(db, sql`select count(*)::int as n ${from}`),
    );
  if (!near) {
    const from = sql`from directory_service_at_locations sal join directory_services s on s.id = sal.service_id where ${where}`;
    return {
      total: await counted(from),
      rows: await rows(
        db,
        sql`select sal.id, sal.service_id, sal.location_id ${from} order by sal.id limit ${page.limit} offset ${page.offset}`,
      ),
    };
  }
  // Nearest first; a location without coordinates cannot be placed, so a distance search leaves it out.
  // Each location found in the box looks up its links through the (location_id) index (the lateral
  // subquery is kept apart so the planner cannot hash the whole links table), and within a proximity
  // only the smallest ring holding the page is ranked.
  // Every link has its service (a foreign key): without a filter on the service, it is not joined at all.
  const services = unfiltered({ ...filters, near: undefined })
    ? sql``
    : sql`join directory_services s on s.id = sal.service_id`;
  const from = (reach: NearPoint) => sql`from directory_locations l
    cross join lateral (select x.id, x.service_id, x.location_id from directory_service_at_locations x where x.location_id = l.id offset 0) sal
    ${services} where ${where} and ${locationWithinReach(reach)}`;
  const count = await counted(from(near));
  const need = page.offset + page.limit + 1;
  const metres =
    near.metres === null || count < need
      ? near.metres
      : await rankingRadius(near.metres, need, async (m, cap) =>
          total(db, sql`select count(*)::int as n from (select 1 ${from({ ...near, metres: m })} limit ${cap}) x`),
        );
  return {
    total: count,
    rows: await rows(
      db,
      sql`select sal.id, sal.service_id, sal.location_id ${from({ ...near, metres })}
      order by ${distanceMetres('l.latitude', 'l.longitude', near.latitude, near.longitude)}, sal.id limit ${page.limit} offset ${page.offset}`,
    ),
  };
}

/** One service-at-location link by id. */
export async function getOrukServiceAtLocation(db: Db, id: string): Promise<OrukRow | undefined> {
  return (
    await rows(db, sql`select id, service_id, location_id from directory_service_at_locations where id = ${id}`)
  )[0];
}

/** A page of taxonomies (by name, id) and the total. */
export async function findOrukTaxonomies(db: Db, page: PageWindow): Promise<{ total: number; rows: OrukRow[] }> {
  return {
    total: await total(db, sql`select count(*)::int as n from directory_taxonomies`),
    rows: await rows(
      db,
      sql`select id, name, description, uri, version from directory_taxonomies order by name, id limit ${page.limit} offset ${page.offset}`,
    ),
  };
}

/** One taxonomy by id. */
export async function getOrukTaxonomy(db: Db, id: string): Promise<OrukRow | undefined> {
  return (
    await rows(db, sql`select id, name, description, uri, version from directory_taxonomies where id = ${id}`)
  )[0];
}

export interface OrukTermFilters {
  taxonomyId?: string;
  parentId?: string;
  topOnly?: boolean;
}

function termWhere(f: OrukTermFilters) {
  const conditions = [sql`true`];
  if (f.taxonomyId) conditions.push(sql`t.taxonomy_id = ${f.taxonomyId}`);
  if (f.parentId) conditions.push(sql`t.parent_id = ${f.parentId}`);
  if (f.topOnly) conditions.push(sql`t.parent_id is null`);
  return sql.join(conditions, sql` and `);
}

/** A page of taxonomy terms matching the filters (by name, id) and the total. */
export async function findOrukTaxonomyTerms(
  db: Db,
  filters: OrukTermFilters,
  page: PageWindow,
): Promise<{ total: number; rows: OrukRow[] }> {
  const where = termWhere(filters);
  return {
    total: await total(db, sql`select count(*)::int as n from directory_taxonomy_terms t where ${where}`),
    rows: await rows(
      db,
      sql`select ${TERM_COLUMNS} from directory_taxonomy_terms t where ${where} order by t.name, t.id limit ${page.limit} offset ${page.offset}`,
    ),
  };
}

/** Taxonomy terms by id, or all terms of the given taxonomies. */
export async function getOrukTaxonomyTerms(db: Db, by: { ids?: string[]; taxonomyIds?: string[] }): Promise<OrukRow[]> {
  if (by.ids)
    return noIds(by.ids)
      ? []
      : rows(db, sql`select ${TERM_COLUMNS} from directory_taxonomy_terms t where t.id in (${idList(by.ids)})`);
  if (by.taxonomyIds && !noIds(by.taxonomyIds)) {
    return rows(
      db,
      sql`select ${TERM_COLUMNS} from directory_taxonomy_terms t where t.taxonomy_id in (${idList(by.taxonomyIds)}) order by t.name, t.id`,
    );
  }
  return [];
}
