import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

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
