import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

type Db = Kysely<DB> | Transaction<DB>;

// ---- Read queries for the published ORUK API -------------------------------------------------
// Columns come out already in their ORUK JSON form: dates as 'YYYY-MM-DD', times as 'HH:MM:SS',
// timestamps as ISO-8601 UTC, numeric as JSON numbers. Nulls are left for the presenter to omit.

/** One row of a directory table, with its columns named as the ORUK properties. */
export type OrukRow = Record<string, string | number | null>;

export interface PageWindow {
  limit: number;
  offset: number;
}

export const SERVICE_COLUMNS = sql`s.id, s.organization_id, s.name, s.description, s.url, s.email, s.status, s.fees, s.accreditations,
  s.minimum_age, s.maximum_age, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, s.assurer_email, s.alert,
  to_char(s.last_modified at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_modified`;

export async function rows(db: Db, query: ReturnType<typeof sql>): Promise<OrukRow[]> {
  return (await query.execute(db)).rows as OrukRow[];
}

export async function total(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const result = await query.execute(db);
  return Number((result.rows[0] as { n?: number } | undefined)?.n ?? 0);
}

export const noIds = (ids: string[]) => ids.length === 0;
export const idList = (ids: string[]) => sql.join(ids.map((i) => sql`${i}`));
