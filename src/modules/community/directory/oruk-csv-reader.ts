import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import type { ImportProblem, OrukObject, OrukReadItem } from './oruk-records.ts';
import { orukPropertyTypes, type OrukKind } from './oruk-validate.ts';

/** The tabular package's files: the schema's own name first, then the spelling some publishers use. */
const FILES: Record<string, string[]> = {
  organization: ['organizations.csv'],
  organization_identifier: ['organization_identifiers.csv'],
  service: ['services.csv'],
  schedule: ['schedule.csv', 'schedules.csv'],
  service_area: ['service_areas.csv'],
  service_at_location: ['service_at_location.csv', 'service_at_locations.csv'],
  language: ['languages.csv'],
  funding: ['funding.csv', 'fundings.csv'],
  cost_option: ['cost_options.csv'],
  contact: ['contacts.csv'],
  phone: ['phones.csv'],
  location: ['locations.csv'],
  address: ['address.csv', 'addresses.csv'],
  accessibility: ['accessibility.csv'],
  taxonomy: ['taxonomies.csv', 'taxonomy.csv'],
  taxonomy_term: ['taxonomy_terms.csv'],
  attribute: ['attribute.csv', 'attributes.csv'],
};

/** True when the folder holds an ORUK CSV package rather than JSON files. */
export function isOrukCsvPackage(folder: string): boolean {
  return ['services.csv', 'organizations.csv'].some((f) => existsSync(join(folder, f)));
}

/**
 * Turns a CSV cell into the JSON value the schema expects: empty → absent, numbers and booleans
 * converted; a cell that does not convert stays a string so validation reports it.
 */
export function csvValue(cell: string, type: string | undefined): unknown {
  if (cell === '') return undefined;
  if (type === 'number' || type === 'integer') {
    const n = Number(cell.trim());
    return cell.trim() !== '' && Number.isFinite(n) ? n : cell;
  }
  if (type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
}

interface Row {
  data: OrukObject;
  origin: string;
}

/** Some published packages end lines with \r\r\n (a doubled Windows conversion): each run of \r before \n goes, across chunk ends too. */
function normaliseLineEnds(): Transform {
  let held = '';
  return new Transform({
    decodeStrings: false,
    transform(chunk: string, _encoding, done) {
      const text = held + chunk;
      const trailing = /\r+$/.exec(text);
      held = trailing ? trailing[0] : '';
      done(null, (trailing ? text.slice(0, trailing.index) : text).replace(/\r+\n/g, '\n'));
    },
    flush(done) {
      done(null, held);
    },
  });
}

/** The rows of one table of the package, parsed as the file streams in (none when the package lacks the file). */
async function* tableRows(folder: string, table: string): AsyncGenerator<Row> {
  const file = FILES[table]?.find((f) => existsSync(join(folder, f)));
  if (!file) return;
  const types = orukPropertyTypes(table);
  // pipeline: a read error ends the loop below with that error rather than leaving it waiting.
  const rows = pipeline(
    createReadStream(join(folder, file), 'utf8'),
    normaliseLineEnds(),
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
    }),
    () => {},
  );
  let i = 0;
  for await (const row of rows as AsyncIterable<Record<string, string>>) {
    const data: OrukObject = {};
    for (const [column, cell] of Object.entries(row)) {
      const value = csvValue(cell, types.get(column));
      if (value !== undefined) data[column] = value;
    }
    yield { data, origin: `${file}:${i + 2}` };
    i++;
  }
}

async function readTable(folder: string, table: string): Promise<Row[] | null> {
  if (!FILES[table]?.some((f) => existsSync(join(folder, f)))) return null;
  const rows: Row[] = [];
  for await (const row of tableRows(folder, table)) rows.push(row);
  return rows;
}

/**
 * Attaches child rows to their parents (contacts to services by service_id, …) as the nested
 * array property, so a CSV package becomes the same records as the JSON API. Every parent gets
 * the array (possibly empty) when the child file exists: the package is complete for it.
 * A child whose parent is not in the package is reported and left out.
 */
function nest(
  parents: Row[],
  children: Row[] | null,
  key: string,
  property: string,
  childKind: string,
  parentKind: OrukKind,
  problems: ImportProblem[],
): void {
  if (!children) return;
  const byId = new Map(parents.map((p) => [p.data.id, p.data]));
  for (const p of parents) p.data[property] = [];
  for (const child of children) {
    const parent = byId.get(child.data[key]);
    if (parent) (parent[property] as OrukObject[]).push(child.data);
    else if (child.data[key] !== undefined || childKind !== 'language') {
      problems.push({
        kind: parentKind,
        id: typeof child.data.id === 'string' ? child.data.id : null,
        origin: child.origin,
        path: `/${key}`,
        reason: `${childKind} refers to ${parentKind} ${String(child.data[key] ?? '(none)')}, which is not in the package`,
      });
    }
  }
}

/** Child rows waiting for their parent, by the parent's id; what is left at the end refers to no parent in the package. */
class Waiting {
  private readonly byParent = new Map<unknown, OrukObject[]>();
  constructor(
    readonly rows: Row[],
    readonly key: string,
    readonly property: string,
    readonly childKind: string,
  ) {
    for (const child of rows) {
      const list = this.byParent.get(child.data[key]);
      if (list) list.push(child.data);
      else this.byParent.set(child.data[key], [child.data]);
    }
  }

  /** Gives the parent its children (an empty list when it has none: the package is complete for it). */
  attach(parent: OrukObject): void {
    parent[this.property] = this.byParent.get(parent.id) ?? [];
    this.byParent.delete(parent.id);
  }

  orphans(parentKind: OrukKind): ImportProblem[] {
    const left = new Set([...this.byParent.values()].flat());
    return this.rows
      .filter((child) => left.has(child.data))
      .map((child) => ({
        kind: parentKind,
        id: typeof child.data.id === 'string' ? child.data.id : null,
        origin: child.origin,
        path: `/${this.key}`,
        reason: `${this.childKind} refers to ${parentKind} ${String(child.data[this.key] ?? '(none)')}, which is not in the package`,
      }));
  }
}

/**
 * Reads an ORUK CSV tabular package (services.csv, organizations.csv, …) as top-level records,
 * every file parsed as it streams in. Organisations, taxonomies and locations come first; then
 * services.csv is streamed row by row, each service given its child rows (contacts, schedules, …),
 * which wait by service id; attributes last. Child rows whose parent is not in the package are reported.
 */
export async function* streamOrukCsvPackage(folder: string): AsyncGenerator<OrukReadItem> {
  const problems: ImportProblem[] = [];
  const t = (table: string) => readTable(folder, table);
  const organizations = (await t('organization')) ?? [];
  nest(
    organizations,
    await t('organization_identifier'),
    'organization_id',
    'organization_identifiers',
    'organization_identifier',
    'organization',
    problems,
  );
  for (const r of organizations) yield { record: { kind: 'organization', ...r } };
  for await (const r of tableRows(folder, 'taxonomy')) yield { record: { kind: 'taxonomy', ...r } };
  for await (const r of tableRows(folder, 'taxonomy_term')) yield { record: { kind: 'taxonomy_term', ...r } };

  const locations = (await t('location')) ?? [];
  nest(locations, await t('address'), 'location_id', 'addresses', 'address', 'location', problems);
  nest(locations, await t('accessibility'), 'location_id', 'accessibility', 'accessibility', 'location', problems);
  for (const r of locations) yield { record: { kind: 'location', ...r } };
  for (const problem of problems.splice(0)) yield { problem };

  const contacts = await t('contact');
  const phones = await t('phone');
  const languages = await t('language');
  if (contacts) nest(contacts, phones, 'contact_id', 'phones', 'phone', 'service', problems);
  // Languages with a service_id belong to the service (phone_id kept); only phone-only ones nest under phones.
  const phoneLanguages =
    languages?.filter((l) => l.data.service_id === undefined && l.data.phone_id !== undefined) ?? [];
  if (phones && phoneLanguages.length > 0)
    nest(phones, phoneLanguages, 'phone_id', 'languages', 'language', 'service', problems);
  const waiting: Waiting[] = [];
  const wait = (rows: Row[] | null, property: string, childKind: string) => {
    if (rows) waiting.push(new Waiting(rows, 'service_id', property, childKind));
  };
  wait(await t('schedule'), 'schedules', 'schedule');
  wait(await t('service_area'), 'service_areas', 'service_area');
  wait(await t('service_at_location'), 'service_at_locations', 'service_at_location');
  wait(languages?.filter((l) => l.data.service_id !== undefined) ?? null, 'languages', 'language');
  wait(await t('funding'), 'funding', 'funding');
  wait(await t('cost_option'), 'cost_options', 'cost_option');
  wait(contacts, 'contacts', 'contact');
  for await (const service of tableRows(folder, 'service')) {
    for (const w of waiting) w.attach(service.data);
    yield { record: { kind: 'service', ...service } };
  }
  for (const w of waiting) problems.push(...w.orphans('service'));
  for (const problem of problems) yield { problem };
  for await (const r of tableRows(folder, 'attribute')) yield { record: { kind: 'attribute', ...r } };
}
