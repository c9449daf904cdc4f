/** Kysely table types for supervision sessions, their actions and private reflections (mirrors its migration). */
export interface SupervisionTables {}
