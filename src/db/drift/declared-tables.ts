import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * What a column's declared TypeScript type reads as, by family: `string`, `number`, `boolean`, `bigint`,
 * `Date`, `bytes` (Buffer), `json` (any other object), `unknown`, an array (`string[]`), or a union of
 * several (`number | string`).
 */
export type TypeFamily = string;

/** How Kysely lets an insert treat the column: it must be given, may be left out, or may not be given. */
export type InsertRule = 'required' | 'optional' | 'never';

export interface DeclaredColumn {
  name: string;
  /** The select type includes null. */
  nullable: boolean;
  family: TypeFamily;
  insert: InsertRule;
}

export interface DeclaredTable {
  name: string;
  columns: DeclaredColumn[];
}

export interface DeclaredTablesOptions {
  /** The file that declares the interface; src/db/schema.ts by default. */
  file?: string;
  /** The interface whose properties are the tables; `DB` by default. */
  interfaceName?: string;
  /** Source text to use instead of the file on disk, by absolute path (a drifted declaration in a test). */
  sources?: Record<string, string>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCHEMA_FILE = join(ROOT, 'src/db/schema.ts');

/**
 * The Kysely table types as the compiler resolves them (inherited tables, imported column groups, type
 * aliases and ColumnType/Generated wrappers included), so a drift check compares what the code sees.
 */
export function readDeclaredTables(options: DeclaredTablesOptions = {}): DeclaredTable[] {
  const file = resolve(options.file ?? SCHEMA_FILE);
  const compiler = compilerOptions();
  const program = ts.createProgram([file], compiler, compilerHost(compiler, options.sources ?? {}));
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  if (errors.length > 0) throw new Error(`${file} does not compile:\n${formatDiagnostics(errors)}`);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const interfaceName = options.interfaceName ?? 'DB';
  const declaration = source?.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === interfaceName,
  );
  if (!declaration) throw new Error(`${file} declares no interface ${interfaceName}`);
  const database = checker.getTypeAtLocation(declaration);
  return checker.getPropertiesOfType(database).map((table) => ({
    name: table.name,
    columns: checker
      .getPropertiesOfType(checker.getTypeOfSymbol(table))
      .map((column) => declaredColumn(checker, column.name, checker.getTypeOfSymbol(column))),
  }));
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = join(ROOT, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(`cannot read ${configFile}: ${formatDiagnostics([error])}`);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

// Parsed declaration files (kysely's, node's) kept between reads in one process: parsing them is most of a read.
const parsed = new Map<string, ts.SourceFile | undefined>();

function compilerHost(options: ts.CompilerOptions, sources: Record<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const virtual = new Map(Object.entries(sources).map(([path, text]) => [resolve(path), text]));
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (path) => virtual.has(resolve(path)) || fileExists.call(host, path);
  host.readFile = (path) => virtual.get(resolve(path)) ?? readFile.call(host, path);
  host.getSourceFile = (path, language, onError, createNew) => {
    const text = virtual.get(resolve(path));
    if (text !== undefined) return ts.createSourceFile(path, text, language);
    if (!path.endsWith('.d.ts')) return getSourceFile.call(host, path, language, onError, createNew);
    if (!parsed.has(path)) parsed.set(path, getSourceFile.call(host, path, language, onError, createNew));
    return parsed.get(path);
  };
  return host;
}

function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => '\n',
  });
}

/** Splits a column's type the way Kysely does: ColumnType<S, I, U> distributes over a union. */
function declaredColumn(checker: ts.TypeChecker, name: string, type: ts.Type): DeclaredColumn {
  const select: ts.Type[] = [];
  const insert: ts.Type[] = [];
  for (const member of members(type)) {
    const selectPart = wrapperPart(checker, member, '__select__');
    const insertPart = wrapperPart(checker, member, '__insert__');
    select.push(...members(selectPart ?? member));
    insert.push(...members(insertPart ?? member));
  }
  const present = select.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  return {
    name,
    nullable: select.some((t) => t.flags & ts.TypeFlags.Null),
    family: familyOfUnion(checker, present),
    insert:
      insert.length === 0
        ? 'never'
        : insert.some((t) => t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))
          ? 'optional'
          : 'required',
  };
}

function wrapperPart(checker: ts.TypeChecker, type: ts.Type, part: string): ts.Type | undefined {
  const property = type.getProperty(part);
  return property ? checker.getTypeOfSymbol(property) : undefined;
}

function members(type: ts.Type): ts.Type[] {
  if (type.flags & ts.TypeFlags.Never) return [];
  return type.isUnion() ? type.types : [type];
}

function familyOfUnion(checker: ts.TypeChecker, types: ts.Type[]): TypeFamily {
  const families = [...new Set(types.map((type) => familyOf(checker, type)))].sort();
  return families.length === 0 ? 'never' : families.join(' | ');
}

function familyOf(checker: ts.TypeChecker, type: ts.Type): TypeFamily {
  const flags = type.flags;
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'unknown';
  if (flags & ts.TypeFlags.StringLike) return 'string';
  if (flags & ts.TypeFlags.NumberLike) return 'number';
  if (flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (flags & ts.TypeFlags.BigIntLike) return 'bigint';
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    const elements = checker.getTypeArguments(type as ts.TypeReference).flatMap(members);
    const element = familyOfUnion(checker, elements);
    return element.includes('|') ? `(${element})[]` : `${element}[]`;
  }
  const symbol = type.getSymbol()?.name;
  if (symbol === 'Date') return 'Date';
  if (symbol === 'Buffer' || symbol === 'Uint8Array') return 'bytes';
  if (flags & ts.TypeFlags.Object) return 'json';
  return checker.typeToString(type);
}
