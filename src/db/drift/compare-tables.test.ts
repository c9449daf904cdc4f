import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTables } from './compare-tables.ts';
import type { DatabaseColumn, DatabaseTable } from './database-tables.ts';
import { readDeclaredTables } from './declared-tables.ts';

// A declaration file that exists only in memory, beside this test, so `kysely` resolves as it does for schema.ts.
const FILE = join(import.meta.dirname, 'in-memory-schema.ts');

function declare(body: string) {
  const text = `import type { ColumnType, Generated, GeneratedAlways } from 'kysely';\n${body}`;
  return readDeclaredTables({ file: FILE, sources: { [FILE]: text } });
}

function column(name: string, type: string, overrides: Partial<DatabaseColumn> = {}): DatabaseColumn {
  return {
    name,
    type,
    nullable: false,
    hasDefault: false,
    generatedAlways: false,
    computed: false,
    insertable: true,
    ...overrides,
  };
}

/** A catalogue as readDatabaseTables gives it: one table of every kind of column the rules tell apart. */
const NOTES: DatabaseTable = {
  name: 'notes',
  columns: [
    column('id', 'int8', { generatedAlways: true }),
    column('scheme_id', 'uuid'),
    column('body', 'text'),
    column('summary', 'text', { nullable: true }),
    column('words', 'int4', { hasDefault: true }),
    column('due_on', 'date', { nullable: true }),
    column('written_at', 'timestamptz'),
    column('tags', '_text', { hasDefault: true }),
    column('detail', 'jsonb', { hasDefault: true }),
    column('search', 'tsvector', { nullable: true, generatedAlways: true, computed: true }),
  ],
};

const MATCHING = `
  type Json<T> = ColumnType<T, string | undefined, string>;
  interface NotesTable {
    id: GeneratedAlways<string>;
    scheme_id: string;
    body: string;
    summary: string | null;
    words: Generated<number>;
    due_on: string | null;
    written_at: ColumnType<Date, Date | string, Date | string>;
    tags: Generated<('a' | 'b')[]>;
    detail: Json<{ reason: string }>;
    search: GeneratedAlways<string>;
  }
`;

// The first read parses kysely's and node's declarations: seconds on a busy machine.
describe('readDeclaredTables', { timeout: 120_000 }, () => {
  it('resolves inherited tables, ColumnType wrappers, null and the family of each column', () => {
    const tables = declare(`${MATCHING}
      interface MoreTables { notes: NotesTable }
      export interface DB extends MoreTables { people: { id: Generated<string>; born: Date | null; photo: Buffer } }
    `);
    expect(tables.map((t) => t.name).sort()).toEqual(['notes', 'people']);
    const notes = tables.find((t) => t.name === 'notes')!;
    expect(notes.columns.find((c) => c.name === 'id')).toEqual({
      name: 'id',
      nullable: false,
      family: 'string',
      insert: 'never',
    });
    expect(notes.columns.find((c) => c.name === 'tags')).toMatchObject({ family: 'string[]', insert: 'optional' });
    expect(notes.columns.find((c) => c.name === 'detail')).toMatchObject({ family: 'json', insert: 'optional' });
    expect(notes.columns.find((c) => c.name === 'summary')).toMatchObject({ nullable: true, insert: 'optional' });
    expect(notes.columns.find((c) => c.name === 'written_at')).toMatchObject({ family: 'Date', insert: 'required' });
    const people = tables.find((t) => t.name === 'people')!;
    expect(people.columns.map((c) => [c.name, c.family, c.nullable])).toEqual([
      ['id', 'string', false],
      ['born', 'Date', true],
      ['photo', 'bytes', false],
    ]);
  });

  it('refuses a declaration that does not compile, rather than reading part of it', () => {
    expect(() => declare(`export interface DB { notes: NotesTable }`)).toThrow(/does not compile.*NotesTable/s);
  });
});

describe('compareTables', { timeout: 120_000 }, () => {
  it('finds nothing when the declaration says what the database does', () => {
    const declared = declare(`${MATCHING} export interface DB { notes: NotesTable }`);
    expect(compareTables(declared, [NOTES])).toEqual([]);
  });

  it('names every drifted table and column, and what to change', () => {
    const declared = declare(`
      interface NotesTable {
        id: Generated<number>;
        body: string | null;
        summary: string;
        words: number;
        due_on: Date | null;
        written_at: Generated<Date>;
        tags: Generated<string>;
        detail: Generated<string>;
        search: string | null;
        author_id: string;
      }
      export interface DB { notes: NotesTable; people: { id: string } }
    `);
    expect(compareTables(declared, [NOTES, { name: 'teams', columns: [column('id', 'uuid')] }])).toEqual([
      'table teams: in the database but not declared in the DB interface',
      'table people: declared in the DB interface but not in the migrated database',
      'notes.id: int8 is read as string (bigint is read as a string by node-postgres) but is declared number',
      'notes.id: the database always generates it and refuses a value: declare it GeneratedAlways<…>',
      'notes.scheme_id: in the database but not declared',
      'notes.body: the column is NOT NULL but the type includes null: remove | null',
      'notes.summary: the column allows NULL but the type does not include null: add | null',
      'notes.words: the column has a default but the type requires it on insert: declare it Generated<…>, or list it ' +
        'in REQUIRED_DESPITE_DEFAULT (src/db/schema-matches-migrations.test.ts) with why the application must give it',
      'notes.due_on: date is read as string (date is read as a YYYY-MM-DD string (type parser in src/db/database.ts)) ' +
        'but is declared Date',
      'notes.written_at: the type lets an insert leave it out, but the column is NOT NULL with no default: ' +
        'remove Generated (or undefined from its insert type)',
      'notes.tags: _text is read as string[] (text[] is read as an array of string) but is declared string',
      'notes.detail: jsonb is read as parsed JSON (an object or array) but is declared string',
      'notes.search: the database always generates it and refuses a value: declare it GeneratedAlways<…>',
      'notes.author_id: declared but not in the migrated database',
    ]);
  });

  it('lets a stored generated column be declared not null, as its expression decides', () => {
    const declared = declare(`export interface DB { notes: { search: GeneratedAlways<string> } }`);
    const computed = column('search', 'tsvector', { nullable: true, generatedAlways: true, computed: true });
    expect(compareTables(declared, [{ name: 'notes', columns: [computed] }])).toEqual([]);
    const plain = column('search', 'tsvector', { nullable: true, generatedAlways: true });
    expect(compareTables(declared, [{ name: 'notes', columns: [plain] }])).toEqual([
      'notes.search: the column allows NULL but the type does not include null: add | null',
    ]);
  });

  it('refuses GeneratedAlways where the database would accept a value', () => {
    const declared = declare(`export interface DB { notes: { id: GeneratedAlways<string> } }`);
    const id = column('id', 'uuid', { hasDefault: true });
    expect(compareTables(declared, [{ name: 'notes', columns: [id] }])).toEqual([
      'notes.id: declared GeneratedAlways but the database accepts a value: declare it Generated<…>',
    ]);
  });

  it('accepts a defaulted column the type requires only when it is listed, and refuses a stale listing', () => {
    const declared = declare(`export interface DB { notes: { found_at: Date; body: string } }`);
    const table = {
      name: 'notes',
      columns: [column('found_at', 'timestamptz', { hasDefault: true }), column('body', 'text')],
    };
    expect(compareTables(declared, [table], { requiredDespiteDefault: { 'notes.found_at': 'the app clock' } })).toEqual(
      [],
    );
    expect(
      compareTables(declared, [table], {
        requiredDespiteDefault: { 'notes.found_at': 'the app clock', 'notes.body': 'no default at all' },
      }),
    ).toEqual([
      'notes.body: listed as required despite a default, but is not such a column: remove it from REQUIRED_DESPITE_DEFAULT',
    ]);
  });

  it('checks only what is read on tables the application may not insert into (kept by triggers)', () => {
    const declared = declare(`export interface DB { counts: { total: number; at: Generated<Date> } }`);
    const readOnly = [column('total', 'int4', { hasDefault: true }), column('at', 'timestamptz')].map((c) => ({
      ...c,
      insertable: false,
    }));
    expect(compareTables(declared, [{ name: 'counts', columns: readOnly }])).toEqual([]);
    expect(
      compareTables(declared, [{ name: 'counts', columns: readOnly.map((c) => ({ ...c, type: 'int8' })) }]),
    ).toEqual([
      'counts.total: int8 is read as string (bigint is read as a string by node-postgres) but is declared number',
      'counts.at: int8 is read as string (bigint is read as a string by node-postgres) but is declared Date',
    ]);
  });

  it('asks for a decision on a type it does not know how node-postgres reads', () => {
    const declared = declare(`export interface DB { notes: { span: string } }`);
    const span = column('span', 'interval');
    expect(compareTables(declared, [{ name: 'notes', columns: [span] }])).toEqual([
      'notes.span: no reading is known for the type interval: add it to READ_AS in compare-tables.ts',
    ]);
  });
});
