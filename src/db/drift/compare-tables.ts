import type { DatabaseColumn, DatabaseTable } from './database-tables.ts';
import type { DeclaredColumn, DeclaredTable } from './declared-tables.ts';

/**
 * What each PostgreSQL type reads as through node-postgres (PGlite's adapter speaks the same protocol
 * to the same parsers), with the project's one override: `date` stays a 'YYYY-MM-DD' string
 * (src/db/database.ts). A type missing here fails the check until someone decides how it reads.
 */
const READ_AS: Record<string, { family: string; why?: string }> = {
  text: { family: 'string' },
  varchar: { family: 'string' },
  bpchar: { family: 'string' },
  uuid: { family: 'string' },
  citext: { family: 'string' },
  inet: { family: 'string' },
  time: { family: 'string', why: 'time is read as an HH:MM:SS string' },
  tsvector: { family: 'string', why: 'tsvector is read as its text form' },
  date: { family: 'string', why: 'date is read as a YYYY-MM-DD string (type parser in src/db/database.ts)' },
  int8: { family: 'string', why: 'bigint is read as a string by node-postgres' },
  numeric: { family: 'string', why: 'numeric is read as a string by node-postgres' },
  int2: { family: 'number' },
  int4: { family: 'number' },
  float4: { family: 'number' },
  float8: { family: 'number' },
  bool: { family: 'boolean' },
  timestamptz: { family: 'Date' },
  timestamp: { family: 'Date' },
  bytea: { family: 'bytes', why: 'bytea is read as a Buffer' },
  json: { family: 'json' },
  jsonb: { family: 'json' },
};

/** Array types whose elements node-postgres parses with the element's own reading. */
const ARRAY_ELEMENTS = new Set(['text', 'varchar', 'uuid', 'int2', 'int4', 'bool']);

export interface CompareOptions {
  /**
   * `table.column` of NOT NULL columns with a default that the type still requires on insert, each with
   * why the application must always give the value itself. Any other such column must be optional
   * (Generated) so the type says what the database does.
   */
  requiredDespiteDefault?: Record<string, string>;
}

/**
 * Every difference between the declared Kysely tables and the migrated database, one sentence each,
 * naming the table and column and what to change. Empty when they agree.
 */
export function compareTables(
  declared: DeclaredTable[],
  database: DatabaseTable[],
  options: CompareOptions = {},
): string[] {
  const required = options.requiredDespiteDefault ?? {};
  const problems: string[] = [];
  const declaredByName = new Map(declared.map((table) => [table.name, table]));
  const databaseByName = new Map(database.map((table) => [table.name, table]));
  for (const table of database)
    if (!declaredByName.has(table.name))
      problems.push(`table ${table.name}: in the database but not declared in the DB interface`);
  for (const table of declared)
    if (!databaseByName.has(table.name))
      problems.push(`table ${table.name}: declared in the DB interface but not in the migrated database`);
  for (const table of database) {
    const types = declaredByName.get(table.name);
    if (!types) continue;
    const declaredColumns = new Map(types.columns.map((column) => [column.name, column]));
    const databaseColumns = new Set(table.columns.map((column) => column.name));
    for (const column of table.columns) {
      const type = declaredColumns.get(column.name);
      if (!type) problems.push(`${table.name}.${column.name}: in the database but not declared`);
      else problems.push(...compareColumn(`${table.name}.${column.name}`, type, column, required));
    }
    for (const column of types.columns)
      if (!databaseColumns.has(column.name))
        problems.push(`${table.name}.${column.name}: declared but not in the migrated database`);
  }
  for (const key of Object.keys(required)) {
    const [tableName, columnName] = key.split('.');
    const column = databaseByName.get(tableName ?? '')?.columns.find((c) => c.name === columnName);
    const type = declaredByName.get(tableName ?? '')?.columns.find((c) => c.name === columnName);
    if (!column || !type || !column.insertable || column.nullable || !column.hasDefault || type.insert !== 'required')
      problems.push(
        `${key}: listed as required despite a default, but is not such a column: remove it from REQUIRED_DESPITE_DEFAULT`,
      );
  }
  return problems;
}

function compareColumn(
  where: string,
  type: DeclaredColumn,
  column: DatabaseColumn,
  required: Record<string, string>,
): string[] {
  const problems: string[] = [];
  // A stored generated column's nullability follows its expression, which may never give null.
  const nullableAllowed = column.computed && column.nullable && !type.nullable;
  if (column.nullable !== type.nullable && !nullableAllowed)
    problems.push(
      column.nullable
        ? `${where}: the column allows NULL but the type does not include null: add | null`
        : `${where}: the column is NOT NULL but the type includes null: remove | null`,
    );
  problems.push(...compareFamily(where, type, column));
  // What an insert may do matters only where the application may insert.
  if (!column.insertable) return problems;
  if (column.generatedAlways && type.insert !== 'never')
    problems.push(`${where}: the database always generates it and refuses a value: declare it GeneratedAlways<…>`);
  if (!column.generatedAlways && type.insert === 'never')
    problems.push(`${where}: declared GeneratedAlways but the database accepts a value: declare it Generated<…>`);
  // A type that includes null is optional on insert too; the nullability above already says what to change.
  if (!column.nullable && !type.nullable && !column.hasDefault && !column.generatedAlways && type.insert === 'optional')
    problems.push(
      `${where}: the type lets an insert leave it out, but the column is NOT NULL with no default: ` +
        'remove Generated (or undefined from its insert type)',
    );
  if (!column.nullable && column.hasDefault && type.insert === 'required' && !(where in required))
    problems.push(
      `${where}: the column has a default but the type requires it on insert: declare it Generated<…>, or list it ` +
        'in REQUIRED_DESPITE_DEFAULT (src/db/schema-matches-migrations.test.ts) with why the application must give it',
    );
  return problems;
}

function compareFamily(where: string, type: DeclaredColumn, column: DatabaseColumn): string[] {
  const expected = expectedFamily(column.type);
  if (!expected)
    return [`${where}: no reading is known for the type ${column.type}: add it to READ_AS in compare-tables.ts`];
  if (expected.family === 'json') {
    const jsonLike = type.family.split(' | ').every((f) => f === 'json' || f === 'unknown' || f.endsWith('[]'));
    return jsonLike
      ? []
      : [`${where}: ${column.type} is read as parsed JSON (an object or array) but is declared ${type.family}`];
  }
  if (type.family === expected.family) return [];
  const why = expected.why ? ` (${expected.why})` : '';
  return [`${where}: ${column.type} is read as ${expected.family}${why} but is declared ${type.family}`];
}

function expectedFamily(type: string): { family: string; why?: string } | undefined {
  if (!type.startsWith('_')) return READ_AS[type];
  const element = type.slice(1);
  const reading = ARRAY_ELEMENTS.has(element) ? READ_AS[element] : undefined;
  return reading && { family: `${reading.family}[]`, why: `${element}[] is read as an array of ${reading.family}` };
}
