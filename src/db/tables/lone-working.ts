/** Kysely table types for lone-working visits (mirrors its migration). */
export interface LoneWorkingTables {}
