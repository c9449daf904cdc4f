import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { DIRECTORY_COLUMNS, type DirectoryTable } from './directory-tables.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** One row the import writes: its id and its ORUK values (a value left undefined keeps the stored one). */
export interface DirectoryRow {
  id: string;
  values: Record<string, unknown>;
  /** A service's content hash, written with its row (only directory_services has the column). */
  contentHash?: string;
}

const WITH_SOURCE = new Set<DirectoryTable>(['directory_organizations', 'directory_services']);

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows a statement carries at most: one JSON parameter, so only its size bounds it. */
const ROWS_PER_STATEMENT = 2_000;

/** A row an upsert inserted or changed; a row it was given but does not return was already as given. */
export interface WrittenRow {
  id: string;
  inserted: boolean;
}

/**
 * The statements that insert many rows of one table, or update the ORUK columns each carries when
 * any differ, in as few statements as they can: the rows travel as one JSON parameter, which
 * PostgreSQL turns into rows of the table's own type (json_populate_recordset, read once as it goes), so each value is read
 * as its column's type. Rows are grouped by the columns they carry, since a column a record leaves out
 * keeps its stored value (list views omit detail). Built apart from running them, so the import can
 * serialise one batch while the database writes the one before.
 */
export function directoryUpserts(
  table: DirectoryTable,
  rows: DirectoryRow[],
  source?: string,
): RawBuilder<WrittenRow>[] {
  const withSource = source !== undefined && WITH_SOURCE.has(table);
  const groups = new Map<string, { present: string[]; rows: DirectoryRow[] }>();
  for (const row of rows) {
    const present = (DIRECTORY_COLUMNS[table] as readonly string[]).filter((c) => row.values[c] !== undefined);
    const key = present.join(',');
    const group = groups.get(key) ?? { present, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const statements: RawBuilder<WrittenRow>[] = [];
  for (const { present, rows: grouped } of groups.values()) {
    // The hash goes in with the row but is not compared: a row whose ORUK columns are the same is not rewritten for it.
    const withHash = table === 'directory_services' && grouped.some((r) => r.contentHash !== undefined);
    const columns = ['id', ...present, ...(withSource ? ['source'] : []), ...(withHash ? ['content_hash'] : [])];
    const onConflict =
      present.length === 0
        ? sql`on conflict (id) do nothing`
        : sql`on conflict (id) do update set ${sql.join(columns.slice(1).map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`))}, imported_at = now()
          where (${sql.join(present.map((c) => sql.ref(`${table}.${c}`)))}) is distinct from (${sql.join(present.map((c) => sql.ref(`excluded.${c}`)))})`;
    const refs = sql.join(columns.map((c) => sql.ref(c)));
    for (const chunk of chunks(grouped, ROWS_PER_STATEMENT)) {
      const json = JSON.stringify(
        chunk.map((row) => {
          const out: Record<string, unknown> = { id: row.id };
          for (const c of present) out[c] = row.values[c];
          if (withSource) out.source = source;
          if (withHash) out.content_hash = row.contentHash ?? null;
          return out;
        }),
      );
      statements.push(sql<WrittenRow>`insert into ${sql.table(table)} (${refs})
        select ${refs} from json_populate_recordset(null::${sql.table(table)}, ${json}::json) ${onConflict} returning id, (xmax = 0) as inserted`);
    }
  }
  return statements;
}

/** Runs upsert statements one after another; returns each row they inserted or changed. */
export async function runDirectoryUpserts(db: Db, statements: RawBuilder<WrittenRow>[]): Promise<WrittenRow[]> {
  const written: WrittenRow[] = [];
  for (const statement of statements) written.push(...(await statement.execute(db)).rows);
  return written;
}

/** Parents a delete statement names at most: the ids travel as two array parameters, so only the statement's work bounds it. */
const PARENTS_PER_STATEMENT = 5_000;

/**
 * Deletes the child rows of the given parents that the new records no longer list, in one statement
 * per chunk of parents; returns the parent of each row deleted. `keepIds` may hold any parent's
 * children: a kept row is written again with its new parent straight after. The ids go as two array
 * parameters (`= any`), not one parameter each, so the statement is as cheap to send and plan for
 * 5,000 parents as for one.
 */
export async function deleteDirectoryChildrenExceptMany(
  db: Db,
  table: DirectoryTable,
  parentColumn: string,
  keep: Map<string, string[]>,
): Promise<string[]> {
  const gone: string[] = [];
  for (const chunk of chunks([...keep], PARENTS_PER_STATEMENT)) {
    const parents = chunk.map(([parent]) => parent);
    const keepIds = chunk.flatMap(([, ids]) => ids);
    const result = await sql<{ parent: string }>`delete from ${sql.table(table)}
      where ${sql.ref(parentColumn)} = any(${parents}::text[]) and id <> all(${keepIds}::text[])
      returning ${sql.ref(parentColumn)} as parent`.execute(db);
    gone.push(...result.rows.map((r) => r.parent));
  }
  return gone;
}

/** Which of the given services the directory holds, each with the content hash it was last imported with (null once changed otherwise). */
export async function findServiceContentHashes(db: Db, ids: string[]): Promise<Map<string, string | null>> {
  const hashes = new Map<string, string | null>();
  if (ids.length === 0) return hashes;
  const rows = await db
    .selectFrom('directory_services')
    .select(['id', 'content_hash'])
    .where('id', '=', sql<string>`any(${ids}::text[])`)
    .execute();
  for (const row of rows) hashes.set(row.id, row.content_hash);
  return hashes;
}

/** Records the content hash of services already written (after their rows, in the same transaction), as two array parameters. */
export async function saveServiceContentHashes(db: Db, hashes: { id: string; hash: string }[]): Promise<void> {
  if (hashes.length === 0) return;
  await sql`update directory_services s set content_hash = v.hash
    from unnest(${hashes.map((h) => h.id)}::text[], ${hashes.map((h) => h.hash)}::text[]) as v (id, hash)
    where s.id = v.id and s.content_hash is distinct from v.hash`.execute(db);
}
