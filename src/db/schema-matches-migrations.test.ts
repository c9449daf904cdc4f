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
const FOUNDATION_FILE = join(import.meta.dirname, 'tables/foundation.ts');
const PATHWAY_FILE = join(import.meta.dirname, 'tables/pathway.ts');

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

  it('fail on a drifted copy of the table types, naming each drift', () => {
    const pathway = readFileSync(PATHWAY_FILE, 'utf8');
    const foundation = readFileSync(FOUNDATION_FILE, 'utf8');
    const driftedPathway = pathway
      .replace('  given_name: string;\n', '  given_name: string | null;\n')
      .replace('  what_matters: Generated<string>;\n', '')
      .replace('  extra_weeks: number;\n', '  extra_weeks: string;\n');
    const driftedFoundation = foundation.replace('  settings: SettingsTable;\n', '');
    expect(driftedPathway).not.toBe(pathway);
    expect(driftedFoundation.length).toBeLessThan(foundation.length);
    const problems = compareTables(
      readDeclaredTables({
        file: SCHEMA_FILE,
        sources: { [PATHWAY_FILE]: driftedPathway, [FOUNDATION_FILE]: driftedFoundation },
      }),
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
