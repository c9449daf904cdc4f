import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isObject, type ImportProblem, type OrukObject, type OrukRecord } from './oruk-records.ts';
import type { OrukKind } from './oruk-validate.ts';

const BY_FILE_NAME: [RegExp, OrukKind][] = [
  [/^service_at_location/, 'service_at_location'],
  [/^service/, 'service'],
  [/^organi[sz]ation/, 'organization'],
  [/^taxonomy_term/, 'taxonomy_term'],
  [/^taxonom/, 'taxonomy'],
  [/^location/, 'location'],
  [/^attribute/, 'attribute'],
];

/** Guesses a record's kind from its properties when the file name does not say. */
export function kindOfShape(data: OrukObject): OrukKind | null {
  if ('service' in data || ('location_id' in data && 'service_id' in data && !('name' in data))) return 'service_at_location';
  if ('status' in data || 'service_at_locations' in data || 'schedules' in data) return 'service';
  if ('location_type' in data || 'addresses' in data) return 'location';
  if ('taxonomy_terms' in data || ('version' in data && !('term' in data))) return 'taxonomy';
  if ('term' in data || 'taxonomy_id' in data || 'parent_id' in data || 'term_uri' in data) return 'taxonomy_term';
  if ('link_type' in data || 'link_id' in data || 'taxonomy_term_id' in data) return 'attribute';
  if ('organization_identifiers' in data || 'services' in data || 'website' in data || 'name' in data) return 'organization';
  return null;
}

function kindOfFile(file: string): OrukKind | null {
  const name = basename(file).toLowerCase();
  return BY_FILE_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/**
 * Splits records that carry other top-level records inside them (an organization's services,
 * a service_at_location's service) so that each is validated against its own schema and
 * written in its own transaction.
 */
function split(kind: OrukKind, data: OrukObject, origin: string): OrukRecord[] {
  if (kind === 'organization' && Array.isArray(data.services)) {
    const { services, ...organization } = data;
    const nested = services.map((s, i): OrukRecord => ({
      kind: 'service',
      data: isObject(s) && s.organization_id === undefined && typeof data.id === 'string' ? { ...s, organization_id: data.id } : (s as OrukObject),
      origin: `${origin}/services/${i}`,
    }));
    return [{ kind, data: organization, origin }, ...nested];
  }
  if (kind === 'service_at_location' && isObject(data.service)) {
    const { service, ...link } = data;
    const serviceId = typeof service.id === 'string' ? service.id : undefined;
    return [
      { kind: 'service', data: service, origin: `${origin}/service` },
      { kind, data: link.service_id === undefined && serviceId ? { ...link, service_id: serviceId } : link, origin },
    ];
  }
  return [{ kind, data, origin }];
}

/** Reads one ORUK JSON file: a single record or a paged list ({ total_items, contents }). */
export function readOrukJsonFile(file: string): { records: OrukRecord[]; problems: ImportProblem[] } {
  const origin = basename(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { records: [], problems: [{ kind: 'file', id: null, origin, path: '/', reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const fileKind = kindOfFile(file);
  const isList = isObject(parsed) && Array.isArray(parsed.contents);
  const items: unknown[] = isList && isObject(parsed) ? (parsed.contents as unknown[]) : [parsed];
  const records: OrukRecord[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item, i) => {
    const at = isList ? `${origin}/contents/${i}` : origin;
    if (!isObject(item)) {
      problems.push({ kind: 'file', id: null, origin: at, path: '/', reason: 'expected an ORUK object' });
      return;
    }
    const kind = fileKind ?? kindOfShape(item);
    if (!kind) {
      problems.push({ kind: 'file', id: typeof item.id === 'string' ? item.id : null, origin: at, path: '/', reason: 'cannot tell which ORUK record this is; name the file after its type (service…, organization…, taxonomy…)' });
      return;
    }
    records.push(...split(kind, item, at));
  });
  return { records, problems };
}
