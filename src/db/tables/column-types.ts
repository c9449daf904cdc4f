import type { ColumnType } from 'kysely';

/**
 * Column types shared by the Kysely table types: how a timestamptz, date or jsonb column reads, and what
 * an insert and an update must give for it.
 */

/** timestamptz NOT NULL with no default: every insert gives it. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** timestamptz NOT NULL DEFAULT now(): an insert may leave it to the database's clock. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** date NOT NULL: read and written as 'YYYY-MM-DD'. */
export type DateOnly = ColumnType<string, string, string>;
/** date, nullable: an insert may leave it out. */
export type NullableDateOnly = ColumnType<string | null, string | null | undefined, string | null>;
/** jsonb NOT NULL with no default: every insert gives it, as JSON text. */
export type Json<T> = ColumnType<T, string, string>;
/** jsonb NOT NULL with a default ('[]' or '{}'): an insert may leave it out. */
export type DefaultJson<T> = ColumnType<T, string | undefined, string>;
