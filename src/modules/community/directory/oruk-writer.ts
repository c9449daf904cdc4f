import type { RawBuilder, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { DirectoryTable, RowWrite } from './directory-tables.repository.ts';
import {
  deleteDirectoryChildrenExceptMany,
  directoryUpserts,
  runDirectoryUpserts,
  saveServiceContentHashes,
  type DirectoryRow,
  type WrittenRow,
} from './oruk-import.repository.ts';
import { isObject, type OrukObject, type OrukRecord } from './oruk-records.ts';

type Trx = Transaction<DB>;

/** Tables in the order a batch writes them: every row's parent before the row (the foreign keys). */
const WRITE_ORDER: DirectoryTable[] = [
  'directory_organizations',
  'directory_organization_identifiers',
  'directory_taxonomies',
  'directory_taxonomy_terms',
  'directory_locations',
  'directory_addresses',
  'directory_accessibility',
  'directory_services',
  'directory_service_at_locations',
  'directory_schedules',
  'directory_service_areas',
  'directory_fundings',
  'directory_cost_options',
  'directory_contacts',
  'directory_phones',
  'directory_languages',
  'directory_attributes',
];

/** Tables whose service_id is a foreign key to directory_services. */
const SERVICE_CHILDREN = new Set<DirectoryTable>([
  'directory_service_at_locations',
  'directory_schedules',
  'directory_service_areas',
  'directory_fundings',
  'directory_cost_options',
  'directory_contacts',
  'directory_languages',
]);

/** Tables whose rows record the file they came from. */
const SOURCED = new Set<DirectoryTable>(['directory_organizations', 'directory_services']);

interface PlannedRow extends DirectoryRow {
  /** The record (its index in the batch) that first wrote this row: a change to the row counts as that record's. */
  owner: number;
}

interface Replacement {
  table: DirectoryTable;
  parentColumn: string;
  /** Each parent that lists this collection, with the children it lists now. */
  keep: Map<string, string[]>;
  owners: Map<string, number>;
}

function items(value: unknown): OrukObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function id(data: OrukObject): string {
  return String(data.id);
}

/**
 * Every row a batch of records writes, per table, and every child collection it replaces. A row
 * that two records of the batch both carry is written once with the later record's values over the
 * earlier's, as writing the records one after another would leave it.
 */
class BatchPlan {
  readonly rows = new Map<DirectoryTable, Map<string, PlannedRow>>();
  readonly replacements = new Map<string, Replacement>();
  /** The top-level row of each record, to tell created from updated. */
  readonly tops: { table: DirectoryTable; id: string }[] = [];
  owner = 0;

  row(table: DirectoryTable, rowId: string, values: OrukObject): void {
    const rows = this.rows.get(table) ?? new Map<string, PlannedRow>();
    this.rows.set(table, rows);
    const existing = rows.get(rowId);
    if (!existing) {
      rows.set(rowId, { id: rowId, values, owner: this.owner });
      return;
    }
    const merged = { ...existing.values };
    for (const [k, v] of Object.entries(values)) if (v !== undefined) merged[k] = v;
    existing.values = merged;
  }

  /** Writes a nested collection the record carries (when it carries it): the parent's children become exactly these. */
  children(
    table: DirectoryTable,
    parentColumn: string,
    parentId: string,
    value: unknown,
    each?: (child: OrukObject) => void,
  ): void {
    if (!Array.isArray(value)) return;
    const list = items(value);
    const key = `${table}:${parentColumn}`;
    const replacement = this.replacements.get(key) ?? {
      table,
      parentColumn,
      keep: new Map<string, string[]>(),
      owners: new Map<string, number>(),
    };
    this.replacements.set(key, replacement);
    const ids = list.map(id);
    // A later record listing the same parent's children replaces what an earlier one of the batch listed.
    const earlier = replacement.keep.get(parentId);
    if (earlier) for (const gone of earlier.filter((e) => !ids.includes(e))) this.rows.get(table)?.delete(gone);
    replacement.keep.set(parentId, ids);
    if (!replacement.owners.has(parentId)) replacement.owners.set(parentId, this.owner);
    for (const child of list) {
      this.row(table, id(child), { ...child, [parentColumn]: parentId });
      each?.(child);
    }
  }

  attributes(entity: string, parentId: string, value: unknown): void {
    this.children('directory_attributes', 'link_id', parentId, value);
    for (const a of items(value)) {
      const term = isObject(a.taxonomy_term) ? a.taxonomy_term : null;
      if (term) this.row('directory_taxonomy_terms', id(term), term);
      this.row('directory_attributes', id(a), {
        ...a,
        link_id: parentId,
        link_entity: entity,
        taxonomy_term_id: a.taxonomy_term_id ?? term?.id,
      });
    }
  }

  organization(org: OrukObject): void {
    this.row('directory_organizations', id(org), org);
    this.children('directory_organization_identifiers', 'organization_id', id(org), org.organization_identifiers, (i) =>
      this.attributes('organization_identifier', id(i), i.attributes),
    );
    this.attributes('organization', id(org), org.attributes);
  }

  location(location: OrukObject): void {
    this.row('directory_locations', id(location), location);
    this.children('directory_addresses', 'location_id', id(location), location.addresses, (a) =>
      this.attributes('address', id(a), a.attributes),
    );
    this.children('directory_accessibility', 'location_id', id(location), location.accessibility);
    this.attributes('location', id(location), location.attributes);
  }

  service(service: OrukObject): void {
    const organization = isObject(service.organization) ? service.organization : null;
    if (organization) this.organization(organization);
    const serviceId = id(service);
    this.row('directory_services', serviceId, {
      ...service,
      organization_id: service.organization_id ?? organization?.id,
    });
    const links = items(service.service_at_locations);
    for (const link of links) if (isObject(link.location)) this.location(link.location);
    if (Array.isArray(service.service_at_locations)) {
      this.children(
        'directory_service_at_locations',
        'service_id',
        serviceId,
        links.map((l) => ({ ...l, location_id: l.location_id ?? (isObject(l.location) ? l.location.id : undefined) })),
      );
    }
    this.children('directory_schedules', 'service_id', serviceId, service.schedules);
    this.children('directory_service_areas', 'service_id', serviceId, service.service_areas);
    this.children('directory_fundings', 'service_id', serviceId, service.funding);
    this.children('directory_cost_options', 'service_id', serviceId, service.cost_options);
    this.children('directory_contacts', 'service_id', serviceId, service.contacts, (contact) => {
      this.children('directory_phones', 'contact_id', id(contact), contact.phones, (phone) =>
        this.children('directory_languages', 'phone_id', id(phone), phone.languages),
      );
      this.attributes('contact', id(contact), contact.attributes);
    });
    // A service's language row may also name one of its phones: written after phones (WRITE_ORDER).
    this.children('directory_languages', 'service_id', serviceId, service.languages);
    this.attributes('service', serviceId, service.attributes);
  }

  record(record: OrukRecord): void {
    const data = record.data;
    switch (record.kind) {
      case 'organization':
        this.organization(data);
        this.tops.push({ table: 'directory_organizations', id: id(data) });
        break;
      case 'location':
        this.location(data);
        this.tops.push({ table: 'directory_locations', id: id(data) });
        break;
      case 'service':
        this.service(data);
        this.tops.push({ table: 'directory_services', id: id(data) });
        break;
      case 'service_at_location': {
        const location = isObject(data.location) ? data.location : null;
        if (location) this.location(location);
        this.row('directory_service_at_locations', id(data), {
          ...data,
          location_id: data.location_id ?? location?.id,
        });
        this.tops.push({ table: 'directory_service_at_locations', id: id(data) });
        break;
      }
      case 'taxonomy':
        this.row('directory_taxonomies', id(data), data);
        for (const term of items(data.taxonomy_terms))
          this.row('directory_taxonomy_terms', id(term), { ...term, taxonomy_id: term.taxonomy_id ?? data.id });
        this.tops.push({ table: 'directory_taxonomies', id: id(data) });
        break;
      case 'taxonomy_term':
        this.row('directory_taxonomy_terms', id(data), data);
        this.tops.push({ table: 'directory_taxonomy_terms', id: id(data) });
        break;
      case 'attribute': {
        const term = isObject(data.taxonomy_term) ? data.taxonomy_term : null;
        if (term) this.row('directory_taxonomy_terms', id(term), term);
        this.row('directory_attributes', id(data), { ...data, taxonomy_term_id: data.taxonomy_term_id ?? term?.id });
        this.tops.push({ table: 'directory_attributes', id: id(data) });
        break;
      }
    }
    this.owner++;
  }
}

/**
 * Lets the event loop run between steps of preparing a batch: the database is writing the batch before,
 * and each of its statements waits for this process to send the next.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A batch of records turned into the statements that write it, ready to run in a transaction: only what
 * the writing needs, so the plan and its row values can be collected while the batch waits.
 */
export interface PreparedOrukBatch {
  /** Each record's own row, in order, and which record of the batch first wrote that row. */
  tops: { table: DirectoryTable; id: string; owner: number | undefined }[];
  /** Child collections to trim to what the records list, before the rows are written. */
  deletes: { table: DirectoryTable; parentColumn: string; keep: Map<string, string[]>; owners: Map<string, number> }[];
  /** Each table's upserts, parents first, with the record that owns each row. */
  upserts: {
    table: DirectoryTable;
    rows: ReadonlyMap<string, { owner: number }>;
    statements: RawBuilder<WrittenRow>[];
  }[];
  /** Each service's content hash, for a service whose own row turns out to be already as given. */
  hashes: { id: string; hash: string }[];
}

/**
 * Plans a batch of validated top-level records with all their child rows and serialises the
 * statements that write them: no database work, so the import prepares the next batch while the
 * database writes this one. Each service row carries its record's `contentHashes` entry. A service in
 * `newServices` (the caller found it absent) has no child rows yet, so none are looked for to remove.
 */
export async function prepareOrukBatch(
  records: OrukRecord[],
  source: string,
  options: { newServices?: ReadonlySet<string>; contentHashes?: ReadonlyMap<string, string> } = {},
): Promise<PreparedOrukBatch> {
  const plan = new BatchPlan();
  for (const record of records) plan.record(record);
  await turn();
  const services = plan.rows.get('directory_services');
  const hashes: { id: string; hash: string }[] = [];
  for (const [serviceId, hash] of options.contentHashes ?? []) {
    const row = services?.get(serviceId);
    if (!row) continue;
    row.contentHash = hash;
    hashes.push({ id: serviceId, hash });
  }
  const newServices = options.newServices ?? new Set<string>();
  const deletes: PreparedOrukBatch['deletes'] = [];
  for (const { table, parentColumn, keep: listed, owners } of plan.replacements.values()) {
    // A service not yet in the directory has no rows in the tables that refer to it by foreign key.
    const keep =
      SERVICE_CHILDREN.has(table) && parentColumn === 'service_id'
        ? new Map([...listed].filter(([parent]) => !newServices.has(parent)))
        : listed;
    if (keep.size > 0) deletes.push({ table, parentColumn, keep, owners });
  }
  const upserts: PreparedOrukBatch['upserts'] = [];
  for (const table of WRITE_ORDER) {
    const rows = plan.rows.get(table);
    if (!rows || rows.size === 0) continue;
    const statements = directoryUpserts(table, [...rows.values()], SOURCED.has(table) ? source : undefined);
    upserts.push({ table, rows, statements });
    await turn();
  }
  const tops = plan.tops.map((top) => ({ ...top, owner: plan.rows.get(top.table)?.get(top.id)?.owner }));
  return { tops, deletes, upserts, hashes };
}

/**
 * Writes a prepared batch in the caller's transaction: first the children each record no longer lists
 * are removed, then each table is written with multi-row upserts, parents first; a service whose own row
 * was already as given (only a child row changed, or nothing) gets its hash in one statement after.
 * Returns, per record in order, created (its own row is new) / updated (it or any of its child rows
 * changed) / unchanged.
 */
export async function writeOrukBatch(trx: Trx, batch: PreparedOrukBatch): Promise<RowWrite[]> {
  const changed = new Set<number>();
  const created = new Set<string>();
  const writtenServices = new Set<string>();
  for (const { table, parentColumn, keep, owners } of batch.deletes) {
    const gone = await deleteDirectoryChildrenExceptMany(trx, table, parentColumn, keep);
    for (const parent of gone) changed.add(owners.get(parent)!);
  }
  for (const { table, rows, statements } of batch.upserts) {
    for (const w of await runDirectoryUpserts(trx, statements)) {
      changed.add(rows.get(w.id)!.owner);
      if (w.inserted) created.add(`${table}:${w.id}`);
      if (table === 'directory_services') writtenServices.add(w.id);
    }
  }
  // A service row written above already carries its hash; the others are given theirs here.
  await saveServiceContentHashes(
    trx,
    batch.hashes.filter((h) => !writtenServices.has(h.id)),
  );
  return batch.tops.map((top, i) =>
    created.has(`${top.table}:${top.id}`) && top.owner === i ? 'created' : changed.has(i) ? 'updated' : 'unchanged',
  );
}
