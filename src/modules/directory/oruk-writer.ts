import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { deleteDirectoryChildrenExcept, upsertDirectoryRow, type DirectoryTable, type RowWrite } from './directory.repository.ts';
import { isObject, type OrukObject, type OrukRecord } from './oruk-records.ts';

type Trx = Transaction<DB>;

/** Tracks whether any row of one record's tree was inserted, changed or removed. */
class Changes {
  changed = false;
  note(write: RowWrite | number): void {
    if (write === 'created' || write === 'updated' || (typeof write === 'number' && write > 0)) this.changed = true;
  }
}

function items(value: unknown): OrukObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function id(data: OrukObject): string {
  return String(data.id);
}

/**
 * Writes a nested collection the record carries (when it carries it): upserts each child with
 * its parent link and removes the parent's children it no longer lists.
 */
async function writeChildren(trx: Trx, c: Changes, table: DirectoryTable, parentColumn: string, parentId: string, value: unknown, each?: (child: OrukObject) => Promise<void>): Promise<void> {
  if (!Array.isArray(value)) return;
  const children = items(value);
  c.note(await deleteDirectoryChildrenExcept(trx, table, parentColumn, parentId, children.map(id)));
  for (const child of children) {
    c.note(await upsertDirectoryRow(trx, table, id(child), { ...child, [parentColumn]: parentId }));
    if (each) await each(child);
  }
}

async function writeAttributes(trx: Trx, c: Changes, entity: string, parentId: string, value: unknown): Promise<void> {
  if (!Array.isArray(value)) return;
  const attributes = items(value);
  c.note(await deleteDirectoryChildrenExcept(trx, 'directory_attributes', 'link_id', parentId, attributes.map(id)));
  for (const a of attributes) {
    const term = isObject(a.taxonomy_term) ? a.taxonomy_term : null;
    if (term) c.note(await upsertDirectoryRow(trx, 'directory_taxonomy_terms', id(term), term));
    c.note(await upsertDirectoryRow(trx, 'directory_attributes', id(a), { ...a, link_id: parentId, link_entity: entity, taxonomy_term_id: a.taxonomy_term_id ?? term?.id }));
  }
}

async function writeOrganization(trx: Trx, c: Changes, org: OrukObject, source: string): Promise<RowWrite> {
  const write = await upsertDirectoryRow(trx, 'directory_organizations', id(org), org, source);
  c.note(write);
  await writeChildren(trx, c, 'directory_organization_identifiers', 'organization_id', id(org), org.organization_identifiers, (i) => writeAttributes(trx, c, 'organization_identifier', id(i), i.attributes));
  await writeAttributes(trx, c, 'organization', id(org), org.attributes);
  return write;
}

async function writeLocation(trx: Trx, c: Changes, location: OrukObject): Promise<RowWrite> {
  const write = await upsertDirectoryRow(trx, 'directory_locations', id(location), location);
  c.note(write);
  await writeChildren(trx, c, 'directory_addresses', 'location_id', id(location), location.addresses, (a) => writeAttributes(trx, c, 'address', id(a), a.attributes));
  await writeChildren(trx, c, 'directory_accessibility', 'location_id', id(location), location.accessibility);
  await writeAttributes(trx, c, 'location', id(location), location.attributes);
  return write;
}

async function writeService(trx: Trx, c: Changes, service: OrukObject, source: string): Promise<RowWrite> {
  const organization = isObject(service.organization) ? service.organization : null;
  if (organization) await writeOrganization(trx, c, organization, source);
  const serviceId = id(service);
  const write = await upsertDirectoryRow(trx, 'directory_services', serviceId, { ...service, organization_id: service.organization_id ?? organization?.id }, source);
  c.note(write);
  const links = items(service.service_at_locations);
  for (const link of links) if (isObject(link.location)) await writeLocation(trx, c, link.location);
  if (Array.isArray(service.service_at_locations)) {
    await writeChildren(trx, c, 'directory_service_at_locations', 'service_id', serviceId,
      links.map((l) => ({ ...l, location_id: l.location_id ?? (isObject(l.location) ? l.location.id : undefined) })));
  }
  await writeChildren(trx, c, 'directory_schedules', 'service_id', serviceId, service.schedules);
  await writeChildren(trx, c, 'directory_service_areas', 'service_id', serviceId, service.service_areas);
  await writeChildren(trx, c, 'directory_fundings', 'service_id', serviceId, service.funding);
  await writeChildren(trx, c, 'directory_cost_options', 'service_id', serviceId, service.cost_options);
  await writeChildren(trx, c, 'directory_contacts', 'service_id', serviceId, service.contacts, async (contact) => {
    await writeChildren(trx, c, 'directory_phones', 'contact_id', id(contact), contact.phones,
      (phone) => writeChildren(trx, c, 'directory_languages', 'phone_id', id(phone), phone.languages));
    await writeAttributes(trx, c, 'contact', id(contact), contact.attributes);
  });
  // After contacts: a service's language row may also name one of its phones.
  await writeChildren(trx, c, 'directory_languages', 'service_id', serviceId, service.languages);
  await writeAttributes(trx, c, 'service', serviceId, service.attributes);
  return write;
}

/**
 * Writes one validated top-level record with all its child rows, in the caller's transaction.
 * Returns created / updated (the record or any child row changed) / unchanged.
 */
export async function writeOrukRecord(trx: Trx, record: OrukRecord, source: string): Promise<RowWrite> {
  const c = new Changes();
  const data = record.data;
  let top: RowWrite;
  switch (record.kind) {
    case 'organization': top = await writeOrganization(trx, c, data, source); break;
    case 'location': top = await writeLocation(trx, c, data); break;
    case 'service': top = await writeService(trx, c, data, source); break;
    case 'service_at_location': {
      const location = isObject(data.location) ? data.location : null;
      if (location) await writeLocation(trx, c, location);
      top = await upsertDirectoryRow(trx, 'directory_service_at_locations', id(data), { ...data, location_id: data.location_id ?? location?.id });
      c.note(top);
      break;
    }
    case 'taxonomy':
      top = await upsertDirectoryRow(trx, 'directory_taxonomies', id(data), data);
      c.note(top);
      for (const term of items(data.taxonomy_terms)) c.note(await upsertDirectoryRow(trx, 'directory_taxonomy_terms', id(term), { ...term, taxonomy_id: term.taxonomy_id ?? data.id }));
      break;
    case 'taxonomy_term': top = await upsertDirectoryRow(trx, 'directory_taxonomy_terms', id(data), data); c.note(top); break;
    case 'attribute': {
      const term = isObject(data.taxonomy_term) ? data.taxonomy_term : null;
      if (term) c.note(await upsertDirectoryRow(trx, 'directory_taxonomy_terms', id(term), term));
      top = await upsertDirectoryRow(trx, 'directory_attributes', id(data), { ...data, taxonomy_term_id: data.taxonomy_term_id ?? term?.id });
      c.note(top);
      break;
    }
  }
  if (top === 'created') return 'created';
  return c.changed ? 'updated' : 'unchanged';
}
