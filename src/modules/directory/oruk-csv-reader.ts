import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ImportProblem, OrukObject, OrukReadResult, OrukRecord } from './oruk-records.ts';
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

interface Row { data: OrukObject; origin: string }

function readTable(folder: string, table: string): Row[] | null {
  const file = FILES[table]?.find((f) => existsSync(join(folder, f)));
  if (!file) return null;
  const types = orukPropertyTypes(table);
  // Some published packages end lines with \r\r\n (a doubled Windows conversion): normalise first.
  const text = readFileSync(join(folder, file), 'utf8').replace(/\r+\n/g, '\n');
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    const data: OrukObject = {};
    for (const [column, cell] of Object.entries(row)) {
      const value = csvValue(cell, types.get(column));
      if (value !== undefined) data[column] = value;
    }
    return { data, origin: `${file}:${i + 2}` };
  });
}

/**
 * Attaches child rows to their parents (contacts to services by service_id, …) as the nested
 * array property, so a CSV package becomes the same records as the JSON API. Every parent gets
 * the array (possibly empty) when the child file exists: the package is complete for it.
 * A child whose parent is not in the package is reported and left out.
 */
function nest(parents: Row[], children: Row[] | null, key: string, property: string, childKind: string, parentKind: OrukKind, problems: ImportProblem[]): void {
  if (!children) return;
  const byId = new Map(parents.map((p) => [p.data.id, p.data]));
  for (const p of parents) p.data[property] = [];
  for (const child of children) {
    const parent = byId.get(child.data[key]);
    if (parent) (parent[property] as OrukObject[]).push(child.data);
    else if (child.data[key] !== undefined || childKind !== 'language') {
      problems.push({ kind: parentKind, id: typeof child.data.id === 'string' ? child.data.id : null, origin: child.origin, path: `/${key}`, reason: `${childKind} refers to ${parentKind} ${String(child.data[key] ?? '(none)')}, which is not in the package` });
    }
  }
}

/** Reads an ORUK CSV tabular package (services.csv, organizations.csv, …) into top-level records. */
export function readOrukCsvPackage(folder: string): OrukReadResult {
  const problems: ImportProblem[] = [];
  const t = (table: string) => readTable(folder, table);
  const organizations = t('organization') ?? [];
  nest(organizations, t('organization_identifier'), 'organization_id', 'organization_identifiers', 'organization_identifier', 'organization', problems);

  const locations = t('location') ?? [];
  nest(locations, t('address'), 'location_id', 'addresses', 'address', 'location', problems);
  nest(locations, t('accessibility'), 'location_id', 'accessibility', 'accessibility', 'location', problems);

  const services = t('service') ?? [];
  const contacts = t('contact');
  const phones = t('phone');
  const languages = t('language');
  if (contacts) nest(contacts, phones, 'contact_id', 'phones', 'phone', 'service', problems);
  // Languages with a service_id belong to the service (phone_id kept); only phone-only ones nest under phones.
  const phoneLanguages = languages?.filter((l) => l.data.service_id === undefined && l.data.phone_id !== undefined) ?? [];
  if (phones && phoneLanguages.length > 0) nest(phones, phoneLanguages, 'phone_id', 'languages', 'language', 'service', problems);
  nest(services, t('schedule'), 'service_id', 'schedules', 'schedule', 'service', problems);
  nest(services, t('service_area'), 'service_id', 'service_areas', 'service_area', 'service', problems);
  nest(services, t('service_at_location'), 'service_id', 'service_at_locations', 'service_at_location', 'service', problems);
  nest(services, languages?.filter((l) => l.data.service_id !== undefined) ?? null, 'service_id', 'languages', 'language', 'service', problems);
  nest(services, t('funding'), 'service_id', 'funding', 'funding', 'service', problems);
  nest(services, t('cost_option'), 'service_id', 'cost_options', 'cost_option', 'service', problems);
  nest(services, contacts, 'service_id', 'contacts', 'contact', 'service', problems);

  const records: OrukRecord[] = [
    ...organizations.map((r) => ({ kind: 'organization' as const, ...r })),
    ...(t('taxonomy') ?? []).map((r) => ({ kind: 'taxonomy' as const, ...r })),
    ...(t('taxonomy_term') ?? []).map((r) => ({ kind: 'taxonomy_term' as const, ...r })),
    ...locations.map((r) => ({ kind: 'location' as const, ...r })),
    ...services.map((r) => ({ kind: 'service' as const, ...r })),
    ...(t('attribute') ?? []).map((r) => ({ kind: 'attribute' as const, ...r })),
  ];
  return { source: basename(folder), format: 'csv', records, problems };
}
