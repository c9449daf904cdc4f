import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { cachedByDirectoryVersion } from './directory-version-cache.ts';
import {
  locationWithinReach,
  nearestLocation,
  rankingRadius,
  serviceWithinReach,
  type NearPoint,
} from './distance-search.ts';
import { distanceMetres } from './geo.ts';
import { rows, SERVICE_COLUMNS, total, type OrukRow, type PageWindow } from './oruk-api-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

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
