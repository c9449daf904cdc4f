import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The kinds of top-level ORUK record the import accepts. */
export type OrukKind =
  'organization' | 'service' | 'location' | 'service_at_location' | 'taxonomy' | 'taxonomy_term' | 'attribute';

export const ORUK_KINDS: readonly OrukKind[] = [
  'organization',
  'taxonomy',
  'taxonomy_term',
  'location',
  'service',
  'service_at_location',
  'attribute',
];

export interface OrukProblem {
  path: string;
  reason: string;
}

const SCHEMA_DIR = new URL('./oruk-schema/', import.meta.url);

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

let validators: Map<OrukKind, ValidateFunction> | undefined;

/**
 * Compiles the ORUK table schemas once. They declare no $schema, so Ajv's default draft-07
 * applies; their extra keywords (name, path, constraints, core, …) are annotations, hence
 * strict mode off. Each schema is registered under its file name so "$ref": "address.json" resolves.
 */
function compiled(): Map<OrukKind, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as object, file);
  }
  validators = new Map(
    ORUK_KINDS.map((kind) => {
      const validate = ajv.getSchema(`${kind}.json`);
      if (!validate) throw new Error(`ORUK schema ${kind}.json is missing from ${SCHEMA_DIR.pathname}`);
      return [kind, validate];
    }),
  );
  return validators;
}

function describe(error: ErrorObject): OrukProblem {
  if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { path: `${error.instancePath}/${missing}`, reason: `${missing} is required` };
  }
  return { path: error.instancePath || '/', reason: error.message ?? error.keyword };
}

const WHOLE_NUMBERS = new Set(['minimum_age', 'maximum_age', 'interval']);

/** Integer columns the schema types only as "number": 12.5 would fail in the database, so say so here. */
function wholeNumberProblems(value: unknown, path: string, out: OrukProblem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => wholeNumberProblems(item, `${path}/${i}`, out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (WHOLE_NUMBERS.has(key) && typeof child === 'number' && !Number.isInteger(child))
      out.push({ path: `${path}/${key}`, reason: 'must be a whole number' });
    else wholeNumberProblems(child, `${path}/${key}`, out);
  }
}

/** Checks one record against its ORUK schema; returns every problem with its JSON path (empty when valid). */
export function validateOruk(kind: OrukKind, record: unknown): OrukProblem[] {
  const validate = compiled().get(kind);
  if (!validate) return [{ path: '/', reason: `unknown ORUK record type ${kind}` }];
  const problems = validate(record) ? [] : (validate.errors ?? []).map(describe);
  wholeNumberProblems(record, '', problems);
  return problems;
}

/** The JSON type of each scalar property of an ORUK table (schedule, phone, …): used to convert CSV cells. */
export function orukPropertyTypes(table: string): Map<string, string> {
  const schema = JSON.parse(readFileSync(new URL(`${table}.json`, SCHEMA_DIR), 'utf8')) as {
    properties?: Record<string, { type?: string }>;
  };
  return new Map(
    Object.entries(schema.properties ?? {}).flatMap(([name, p]) =>
      p.type ? [[name, p.type] as [string, string]] : [],
    ),
  );
}
