import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../../test/support/databases.ts';
import type { Database } from './database.ts';
import { compareTables } from './drift/compare-tables.ts';
import { readDatabaseTables, type DatabaseTable } from './drift/database-tables.ts';
import { readDeclaredTables, type DeclaredTable } from './drift/declared-tables.ts';

/**
 * NOT NULL columns with a default that the table types still require on insert, and why the application
 * must always give the value itself. Every other defaulted column is optional (Generated) in its type.
 */
const REQUIRED_DESPITE_DEFAULT: Record<string, string> = {
  'patient_duplicate_pairs.found_at':
    "the application's clock writes it, to the millisecond, so a page cursor names a row exactly (0023)",
};

const SCHEMA_FILE = join(import.meta.dirname, 'schema.ts');

describe.each(testDatabaseTargets())('the table types in schema.ts on $name', (target) => {
  let database: Database;
  let drop: () => Promise<void>;
  let migrated: DatabaseTable[];
  let declared: DeclaredTable[];

  beforeAll(async () => {
    ({ database, drop } = await target.open());
    migrated = await readDatabaseTables(database.owner);
    declared = readDeclaredTables({ file: SCHEMA_FILE });
  }, 120_000);
  afterAll(() => drop());

  it('match every table and column the migrations create: name, null, type and what an insert may leave out', () => {
    expect(migrated.map((t) => t.name)).toEqual(expect.arrayContaining(['referrals', 'cases', 'audit_log']));
    expect(migrated.map((t) => t.name)).not.toContain('job'); // pg-boss keeps its own schema
    expect(compareTables(declared, migrated, { requiredDespiteDefault: REQUIRED_DESPITE_DEFAULT })).toEqual([]);
  });

  it('fail on a drifted copy of schema.ts, naming each drift', () => {
    const text = readFileSync(SCHEMA_FILE, 'utf8');
    const drifted = text
      .replace('  given_name: string;\n', '  given_name: string | null;\n')
      .replace('  what_matters: Generated<string>;\n', '')
      .replace('  extra_weeks: number;\n', '  extra_weeks: string;\n')
      .replace('  settings: SettingsTable;\n', '');
    expect(drifted.length).toBeLessThan(text.length);
    const problems = compareTables(
      readDeclaredTables({ file: SCHEMA_FILE, sources: { [SCHEMA_FILE]: drifted } }),
      migrated,
      {
        requiredDespiteDefault: REQUIRED_DESPITE_DEFAULT,
      },
    );
    expect(problems).toEqual([
      'table settings: in the database but not declared in the DB interface',
      'case_extensions.extra_weeks: int4 is read as number but is declared string',
      'cases.what_matters: in the database but not declared',
      'patients.given_name: the column is NOT NULL but the type includes null: remove | null',
    ]);
  }, 120_000);
});
