import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { idList, noIds, rows, total, type OrukRow, type PageWindow } from './oruk-api-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

const TERM_COLUMNS = sql`t.id, t.name, t.description, t.parent_id, t.taxonomy, t.taxonomy_id, t.term_uri, t.term`;

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
