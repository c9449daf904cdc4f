import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { CapacityStatus } from '../../../db/tables/directory-local.ts';
import {
  cachedByDirectoryVersion,
  locationWithinReach,
  rankingRadius,
  RINGS,
  serviceWithinReach,
} from '../directory.repository.ts';
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
const IS_FREE = sql`(case
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

export interface ServiceExtras {
  languages: Map<string, { name: string | null; code: string | null }[]>;
  needs: Map<string, { id: string; name: string }[]>;
  places: Map<string, { name: string | null; address: string | null; postcode: string | null }[]>;
  costs: Map<string, { option: string | null; amount: number | null; description: string | null }[]>;
  free: Set<string>;
}

/** Languages, needs, places and costs of the listed services, a query each. */
export async function serviceExtras(db: Db, ids: string[]): Promise<ServiceExtras> {
  const extras: ServiceExtras = {
    languages: new Map(),
    needs: new Map(),
    places: new Map(),
    costs: new Map(),
    free: new Set(),
  };
  if (ids.length === 0) return extras;
  const list = sql.join(ids);
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const [languages, needs, places, costs, free] = await Promise.all([
    sql<{
      service_id: string;
      name: string | null;
      code: string | null;
    }>`select service_id, name, code from directory_languages where service_id in (${list}) order by id`.execute(db),
    sql<{
      service_id: string;
      id: string;
      name: string;
    }>`select a.link_id as service_id, t.id, t.name from directory_attributes a join directory_taxonomy_terms t on t.id = a.taxonomy_term_id
      where a.link_id in (${list}) order by t.name`.execute(db),
    sql<{
      service_id: string;
      name: string | null;
      address: string | null;
      postcode: string | null;
    }>`select sal.service_id, l.name,
        nullif(concat_ws(', ', ad.address_1, ad.address_2, ad.city), '') as address, ad.postal_code as postcode
      from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
      left join lateral (select * from directory_addresses a where a.location_id = l.id order by (a.address_type = 'physical') desc, a.id limit 1) ad on true
      where sal.service_id in (${list}) order by sal.id`.execute(db),
    sql<{
      service_id: string;
      option: string | null;
      amount: string | number | null;
      description: string | null;
    }>`select service_id, option, amount, amount_description as description
      from directory_cost_options where service_id in (${list}) order by id`.execute(db),
    sql<{ id: string }>`select s.id from directory_services s where s.id in (${list}) and ${IS_FREE}`.execute(db),
  ]);
  for (const r of languages.rows) push(extras.languages, r.service_id, { name: r.name, code: r.code });
  for (const r of needs.rows) push(extras.needs, r.service_id, { id: r.id, name: r.name });
  for (const r of places.rows)
    push(extras.places, r.service_id, { name: r.name, address: r.address, postcode: r.postcode });
  for (const r of costs.rows)
    push(extras.costs, r.service_id, {
      option: r.option,
      amount: r.amount === null ? null : Number(r.amount),
      description: r.description,
    });
  for (const r of free.rows) extras.free.add(r.id);
  return extras;
}

export interface SearchChoices {
  needs: { id: string; name: string; services: number }[];
  languages: { code: string; name: string }[];
}

/**
 * The search form's choices, counted once per directory version: the counts cover every service,
 * so they are reused until the next directory write (an import, an owner's edit) changes the
 * version, and recounted on the first load after it. Never stale; no count per form load.
 */
export function cachedSearchChoices(db: Db): Promise<SearchChoices> {
  return cachedByDirectoryVersion(db, 'staff-search-choices', () => searchChoices(db));
}

/** The needs (taxonomy terms) that at least one listed service meets, and the languages services are offered in: the search form's choices. */
export async function searchChoices(db: Db): Promise<SearchChoices> {
  const needs = await sql<{
    id: string;
    name: string;
    services: number;
  }>`select t.id, t.name, count(distinct a.link_id)::int as services
    from directory_taxonomy_terms t join directory_attributes a on a.taxonomy_term_id = t.id join directory_services s on s.id = a.link_id
    where s.status not in ('inactive', 'defunct') group by t.id, t.name order by t.name`.execute(db);
  const languages = await sql<{
    code: string;
    name: string;
  }>`select lower(code) as code, min(name) as name from directory_languages
    where service_id is not null and code is not null group by lower(code) order by min(name)`.execute(db);
  return { needs: needs.rows, languages: languages.rows.map((l) => ({ code: l.code, name: l.name ?? l.code })) };
}

// ---- Ownership, capacity and edits ----------------------------------------------------------

export interface ServiceOwner {
  directory_organization_id: string;
  organisation_id: string;
  organisation_name: string;
  organisation_type: string;
}

/** Who looks after a service (through its directory organisation), if anyone. */
export async function findServiceOwner(db: Db, serviceId: string): Promise<ServiceOwner | undefined> {
  return db
    .selectFrom('directory_services as s')
    .innerJoin('directory_owners as ow', 'ow.directory_organization_id', 's.organization_id')
    .innerJoin('organisations as o', 'o.id', 'ow.organisation_id')
    .select([
      'ow.directory_organization_id',
      'ow.organisation_id',
      'o.name as organisation_name',
      'o.type as organisation_type',
    ])
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
}

/** The capacity row of a service. */
export function findCapacity(db: Db, serviceId: string) {
  return db
    .selectFrom('directory_service_capacity')
    .select(['status', 'note', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
}

/** The edit version of a service (0 when never edited in Linkwork) and what its latest edit changed. */
export async function findEditState(
  db: Db,
  serviceId: string,
): Promise<{ version: number; changed_fields: string[]; updated_at: Date | null }> {
  const row = await db
    .selectFrom('directory_service_edits')
    .select(['version', 'changed_fields', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  return row ?? { version: 0, changed_fields: [], updated_at: null };
}

/** Locks and reads the editable columns of a service for an owner's edit. */
export async function lockEditableService(trx: Transaction<DB>, serviceId: string) {
  return trx
    .selectFrom('directory_services')
    .select([
      'id',
      'name',
      'description',
      'email',
      'url',
      'status',
      'fees',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'organization_id',
    ])
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
}

export interface ServiceColumnsUpdate {
  name?: string;
  description?: string | null;
  email?: string | null;
  url?: string | null;
  status?: string;
  fees?: string | null;
  minimum_age?: number | null;
  maximum_age?: number | null;
  assured_date?: string;
  assurer_email?: string;
}

/** Writes an owner's changes to the service row and bumps last_modified, so the ORUK API shows them. */
export async function updateServiceColumns(
  trx: Transaction<DB>,
  serviceId: string,
  values: ServiceColumnsUpdate,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('directory_services')
    .set({ ...values, last_modified: at })
    .where('id', '=', serviceId)
    .execute();
}

/** Replaces a service's own languages (not its phones'). */
export async function replaceServiceLanguages(
  trx: Transaction<DB>,
  serviceId: string,
  languages: { id: string; name: string; code: string }[],
): Promise<void> {
  await trx
    .deleteFrom('directory_languages')
    .where('service_id', '=', serviceId)
    .where('phone_id', 'is', null)
    .execute();
  if (languages.length > 0) {
    await trx
      .insertInto('directory_languages')
      .values(
        languages.map((l) => ({
          id: l.id,
          service_id: serviceId,
          phone_id: null,
          name: l.name,
          code: l.code,
          note: null,
        })),
      )
      .execute();
  }
}

/** Replaces a service's cost options with one, or none (then its fees text alone describes the cost). */
export async function replaceServiceCost(
  trx: Transaction<DB>,
  serviceId: string,
  cost: { id: string; option: string; amount: number; description: string | null } | null,
): Promise<void> {
  await trx.deleteFrom('directory_cost_options').where('service_id', '=', serviceId).execute();
  if (cost) {
    await trx
      .insertInto('directory_cost_options')
      .values({
        id: cost.id,
        service_id: serviceId,
        option: cost.option,
        amount: cost.amount,
        amount_description: cost.description,
        valid_from: null,
        valid_to: null,
      })
      .execute();
  }
}

/** Sets (or replaces) a service's capacity status. */
export async function upsertCapacity(
  trx: Transaction<DB>,
  serviceId: string,
  status: CapacityStatus,
  note: string | null,
  userId: string | null,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('directory_service_capacity')
    .values({ service_id: serviceId, status, note, updated_at: at, updated_by: userId })
    .onConflict((oc) => oc.column('service_id').doUpdateSet({ status, note, updated_at: at, updated_by: userId }))
    .execute();
}

/** Clears a service's capacity status (back to "not known"). */
export async function deleteCapacity(trx: Transaction<DB>, serviceId: string): Promise<void> {
  await trx.deleteFrom('directory_service_capacity').where('service_id', '=', serviceId).execute();
}

/** Records a new edit version and what it changed. */
export async function saveEditState(
  trx: Transaction<DB>,
  serviceId: string,
  version: number,
  changedFields: string[],
  userId: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('directory_service_edits')
    .values({ service_id: serviceId, version, changed_fields: changedFields, updated_at: at, updated_by: userId })
    .onConflict((oc) =>
      oc
        .column('service_id')
        .doUpdateSet({ version, changed_fields: changedFields, updated_at: at, updated_by: userId }),
    )
    .execute();
}

/** The services whose directory organisation the given Linkwork organisation looks after, by name. */
export async function listOwnedServices(db: Db, organisationId: string) {
  return db
    .selectFrom('directory_services as s')
    .innerJoin('directory_owners as ow', 'ow.directory_organization_id', 's.organization_id')
    .leftJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .leftJoin('directory_service_capacity as cap', 'cap.service_id', 's.id')
    .select([
      's.id',
      's.name',
      's.status',
      sql<string | null>`to_char(s.assured_date, 'YYYY-MM-DD')`.as('assured_date'),
      'o.name as organization_name',
      'cap.status as capacity_status',
      'cap.note as capacity_note',
      'cap.updated_at as capacity_updated_at',
    ])
    .where('ow.organisation_id', '=', organisationId)
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
}

/** The directory organisations a Linkwork organisation looks after. */
export async function listOwnedDirectoryOrganizations(db: Db, organisationId: string) {
  return db
    .selectFrom('directory_owners as ow')
    .innerJoin('directory_organizations as o', 'o.id', 'ow.directory_organization_id')
    .select([
      'o.id',
      'o.name',
      sql<number>`(select count(*)::int from directory_services s where s.organization_id = o.id)`.as('services'),
    ])
    .where('ow.organisation_id', '=', organisationId)
    .orderBy('o.name')
    .execute();
}

/**
 * The word prefixes of a search, as a `simple` tsquery: "lakeside adv" → '(lakeside | lakeside:*) & (adv | adv:*)'.
 * The whole word beside its prefix matches nothing more, but gives the planner the word's frequency
 * (it has none for a prefix): a word most names hold is then read in name order, stopping at the page,
 * instead of collecting every match to sort. Only letters and digits are kept, so nothing typed is
 * read as tsquery syntax; null when no word is left.
 */
export function wordPrefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `(${w} | ${w}:*)`).join(' & ') : null;
}

/**
 * Directory organisations with a word of their name starting with each word typed, by name, with who
 * looks after each (for the admin's picker). The word index (migration 0035) finds rare names; when
 * many match, the (name, id) index gives the first in order: a page, whatever the directory's size.
 */
export async function findDirectoryOrganizations(db: Db, q: string, limit: number) {
  const query = wordPrefixQuery(q);
  if (!query) return [];
  return db
    .selectFrom('directory_organizations as o')
    .leftJoin('directory_owners as ow', 'ow.directory_organization_id', 'o.id')
    .leftJoin('organisations as org', 'org.id', 'ow.organisation_id')
    .select(['o.id', 'o.name', 'ow.organisation_id as owner_id', 'org.name as owner_name'])
    .where(sql<boolean>`to_tsvector('simple', o.name) @@ to_tsquery('simple', ${query})`)
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(limit)
    .execute();
}

/** One directory organisation and its current owner. */
export async function findDirectoryOrganization(db: Db, id: string) {
  return db
    .selectFrom('directory_organizations as o')
    .leftJoin('directory_owners as ow', 'ow.directory_organization_id', 'o.id')
    .select(['o.id', 'o.name', 'ow.organisation_id as owner_id'])
    .where('o.id', '=', id)
    .executeTakeFirst();
}

/** Makes the Linkwork organisation the owner of a directory organisation (replacing any other). */
export async function setOwner(
  trx: Transaction<DB>,
  directoryOrganizationId: string,
  organisationId: string,
): Promise<void> {
  await trx
    .insertInto('directory_owners')
    .values({ directory_organization_id: directoryOrganizationId, organisation_id: organisationId })
    .onConflict((oc) => oc.column('directory_organization_id').doUpdateSet({ organisation_id: organisationId }))
    .execute();
}

/** Removes the owner of a directory organisation when it is the given organisation; returns whether one was removed. */
export async function removeOwner(
  trx: Transaction<DB>,
  directoryOrganizationId: string,
  organisationId: string,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('directory_owners')
    .where('directory_organization_id', '=', directoryOrganizationId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Active users of a Linkwork organisation in a scheme with the given role: who hears about changes to its services. */
export async function activeMembers(
  db: Db,
  schemeId: string,
  role: 'scheme_manager' | 'community_org_user',
  organisationId?: string,
): Promise<string[]> {
  let q = db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.scheme_id', '=', schemeId)
    .where('m.role', '=', role)
    .where('u.active', '=', true);
  if (organisationId) q = q.where('m.organisation_id', '=', organisationId);
  return (await q.execute()).map((r) => r.id);
}

/** A service's id, name and status, to check it exists. */
export function findServiceBasics(db: Db, serviceId: string) {
  return db
    .selectFrom('directory_services')
    .select(['id', 'name', 'status', 'organization_id'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
}

// ---- Team notes and change reports (scheme-scoped: call inside inSchemeTransaction) ----------

/** A scheme's notes on a service, newest first, with their authors' names. */
export function listNotes(trx: Transaction<DB>, schemeId: string, serviceId: string) {
  return trx
    .selectFrom('directory_service_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.created_at', 'n.author_id', 'u.name as author_name'])
    .where('n.scheme_id', '=', schemeId)
    .where('n.service_id', '=', serviceId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .execute();
}

/** Adds a note; returns its id. */
export async function insertNote(
  trx: Transaction<DB>,
  n: { schemeId: string; serviceId: string; authorId: string; body: string; at: Date },
): Promise<string> {
  const row = await trx
    .insertInto('directory_service_notes')
    .values({ scheme_id: n.schemeId, service_id: n.serviceId, author_id: n.authorId, body: n.body, created_at: n.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One note of a scheme on a service. */
export function findNote(trx: Transaction<DB>, schemeId: string, serviceId: string, noteId: string) {
  return trx
    .selectFrom('directory_service_notes')
    .select(['id', 'author_id'])
    .where('scheme_id', '=', schemeId)
    .where('service_id', '=', serviceId)
    .where('id', '=', noteId)
    .executeTakeFirst();
}

/** Deletes a note. */
export async function deleteNote(trx: Transaction<DB>, noteId: string): Promise<void> {
  await trx.deleteFrom('directory_service_notes').where('id', '=', noteId).execute();
}

/** Records a change report; returns its id. */
export async function insertChangeReport(
  trx: Transaction<DB>,
  r: {
    schemeId: string;
    serviceId: string;
    kind: 'closed' | 'wrong_contact' | 'wrong_times' | 'other';
    details: string;
    userId: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('directory_change_reports')
    .values({
      scheme_id: r.schemeId,
      service_id: r.serviceId,
      kind: r.kind,
      details: r.details,
      reported_by: r.userId,
      reported_at: r.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const REPORT_COLUMNS = [
  'r.id',
  'r.service_id',
  's.name as service_name',
  'r.kind',
  'r.details',
  'r.reported_at',
  'ru.name as reported_by_name',
  'r.status',
  'r.resolved_at',
  'vu.name as resolved_by_name',
  'r.resolution_note',
] as const;

/** A scheme's change reports with the given status, oldest open first or newest resolved first. */
export function listChangeReports(
  trx: Transaction<DB>,
  schemeId: string,
  status: 'open' | 'resolved',
  serviceId?: string,
) {
  let q = trx
    .selectFrom('directory_change_reports as r')
    .innerJoin('directory_services as s', 's.id', 'r.service_id')
    .innerJoin('users as ru', 'ru.id', 'r.reported_by')
    .leftJoin('users as vu', 'vu.id', 'r.resolved_by')
    .select(REPORT_COLUMNS)
    .where('r.scheme_id', '=', schemeId)
    .where('r.status', '=', status);
  if (serviceId) q = q.where('r.service_id', '=', serviceId);
  return q
    .orderBy('r.reported_at', status === 'open' ? 'asc' : 'desc')
    .orderBy('r.id')
    .limit(200)
    .execute();
}

/** One change report, locked for resolving. */
export function lockChangeReport(trx: Transaction<DB>, schemeId: string, id: string) {
  return trx
    .selectFrom('directory_change_reports')
    .select(['id', 'service_id', 'status', 'reported_by'])
    .where('scheme_id', '=', schemeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Marks a change report resolved. */
export async function resolveChangeReport(
  trx: Transaction<DB>,
  id: string,
  userId: string,
  note: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('directory_change_reports')
    .set({ status: 'resolved', resolved_by: userId, resolved_at: at, resolution_note: note })
    .where('id', '=', id)
    .execute();
}
