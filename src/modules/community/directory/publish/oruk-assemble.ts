import type { OrukRow } from '../oruk-api-rows.ts';

/** An ORUK object as published: JSON values only, absent fields left out. */
export type OrukJson = { [key: string]: OrukValue };
type OrukValue = string | number | boolean | OrukJson | OrukJson[];

/**
 * Drops null columns and the parent-link columns a nested object does not repeat (the examples
 * leave out service_id in a service's schedules, location_id in a location's addresses, …).
 */
export function compact(row: OrukRow, drop: readonly string[] = []): OrukJson {
  const out: OrukJson = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined || drop.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** Groups rows by a column, so children attach to parents without a query per parent. */
export function groupBy(rows: OrukRow[], column: string): Map<string, OrukRow[]> {
  const groups = new Map<string, OrukRow[]>();
  for (const row of rows) {
    const key = row[column];
    if (typeof key !== 'string') continue;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** An attribute row (with its term's columns prefixed term_) as ORUK nests it: the term inline. */
export function presentAttribute(row: OrukRow): OrukJson {
  const term: OrukRow = {};
  for (const [key, value] of Object.entries(row)) if (key.startsWith('term_')) term[key.slice(5)] = value;
  const base = compact({ id: row.id ?? null, link_type: row.link_type ?? null });
  if (term.id) return { ...base, taxonomy_term: compact(term) };
  return row.taxonomy_term_id ? { ...base, taxonomy_term_id: row.taxonomy_term_id } : base;
}

/** A service in list shape: its own columns and its organization (without organization_id repeated). */
export function presentServiceSummary(service: OrukRow, organizations: Map<string, OrukRow>): OrukJson {
  const organization =
    typeof service.organization_id === 'string' ? organizations.get(service.organization_id) : undefined;
  if (!organization) return compact(service);
  return { ...compact(service, ['organization_id']), organization: compact(organization) };
}

/** Adds a nested array only when it has members, as the examples do. */
export function withList(target: OrukJson, key: string, items: OrukJson[]): OrukJson {
  if (items.length > 0) target[key] = items;
  return target;
}

/** A page of results in the ORUK Page shape. */
export interface OrukPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: OrukJson[];
}

/** Wraps one page of contents with the ORUK paging fields. */
export function presentPage(contents: OrukJson[], totalItems: number, page: number, perPage: number): OrukPage {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
