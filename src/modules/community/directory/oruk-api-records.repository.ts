import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { idList, noIds, rows, SERVICE_COLUMNS, type OrukRow } from './oruk-api-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

const ORGANIZATION_COLUMNS = sql`o.id, o.name, o.description, o.email, o.website, o.logo, o.uri, o.parent_organization_id`;
const LOCATION_COLUMNS = sql`l.id, l.location_type, l.name, l.description, l.latitude::float8 as latitude, l.longitude::float8 as longitude,
  l.external_identifier, l.external_identifier_type`;

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

/** One service-at-location link by id. */
export async function getOrukServiceAtLocation(db: Db, id: string): Promise<OrukRow | undefined> {
  return (
    await rows(db, sql`select id, service_id, location_id from directory_service_at_locations where id = ${id}`)
  )[0];
}
