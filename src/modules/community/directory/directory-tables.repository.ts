import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

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
