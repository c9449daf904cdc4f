/**
 * A large ORUK 3.0 JSON file for the import benchmark and the streaming tests: one paged list
 * ({ total_items, contents: [...] }) of N services in full, each as the ORUK API's
 * `/services/{id}` gives it (organisation, locations with addresses, schedules, contacts with
 * phones, languages, funding, cost options, areas and need attributes), about 4 KB a service.
 * Written record by record, so the generator never holds the file. Deterministic: the same N gives
 * the same file, and `changed` services can be varied to measure a partial update.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ACTIVITIES, LAKESIDE } from './generate-directory.ts';

const KINDS = ['group', 'club', 'café', 'circle', 'class', 'workshop', 'drop-in', 'project'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A valid ORUK (v4-shaped) uuid from a kind code and a number, so records can refer to each other by index. */
export function orukId(kind: number, i: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

const ID = {
  organization: 1,
  service: 2,
  location: 3,
  address: 4,
  sal: 5,
  schedule: 6,
  contact: 7,
  phone: 8,
  language: 9,
  funding: 10,
  cost: 11,
  area: 12,
  attribute: 13,
  term: 14,
  taxonomy: 15,
  identifier: 16,
};

export interface OrukFileOptions {
  services: number;
  organizations?: number;
  /** Services whose name and schedule differ from the base file (the first n): a partial update. */
  changed?: number;
  /** A marker put into the changed services, so two changed files differ from each other. */
  revision?: string;
  /** Added to every record's number, so that several files can share one directory without sharing ids. */
  idBase?: number;
}

/** One service as the ORUK API's /services/{id} presents it. */
export function generatedService(i: number, options: OrukFileOptions): Record<string, unknown> {
  const at = (kind: number, n: number) => orukId(kind, (options.idBase ?? 0) + n);
  const organizations = options.organizations ?? Math.max(1, Math.round(options.services / 25));
  const o = 1 + (i % organizations);
  const changed = i < (options.changed ?? 0);
  const activity = ACTIVITIES[i % ACTIVITIES.length]!;
  const angle = (i * 2.399963) % (2 * Math.PI);
  const r = 0.25 * Math.sqrt((i % 997) / 997);
  const location = (k: number) => ({
    id: at(ID.location, i * 2 + k),
    location_type: 'physical',
    name: `Venue ${i}-${k}`,
    description: `The ${activity} room, ground floor`,
    latitude: Number((LAKESIDE.latitude + r * Math.cos(angle + k)).toFixed(6)),
    longitude: Number((LAKESIDE.longitude + r * Math.sin(angle + k)).toFixed(6)),
    addresses: [
      {
        id: at(ID.address, i * 2 + k),
        address_1: `${i} Lake Road`,
        city: 'Lakeside',
        state_province: 'Lakeshire',
        postal_code: `LK${1 + (i % 9)} ${i % 10}AB`,
        country: 'GB',
        address_type: 'physical',
      },
    ],
  });
  const locations = i % 5 === 0 ? [location(0), location(1)] : [location(0)];
  return {
    id: at(ID.service, i),
    name: `${activity[0]!.toUpperCase()}${activity.slice(1)} ${KINDS[(i >> 3) % KINDS.length]} ${i}${changed ? ` (${options.revision ?? 'changed'})` : ''}`,
    description: `A friendly ${ACTIVITIES[(i * 7) % ACTIVITIES.length]} and ${ACTIVITIES[(i * 13) % ACTIVITIES.length]} session for people who want to meet others, learn something new and feel better. Number ${i}.`,
    url: `https://example.org/services/${i}`,
    email: `service${i}@example.org`,
    status: 'active',
    fees: i % 4 === 0 ? '£2 a session' : undefined,
    minimum_age: i % 3 === 0 ? 65 : 18,
    maximum_age: 120,
    assured_date: '2026-01-15',
    last_modified: '2026-03-01T10:00:00.000Z',
    organization_id: at(ID.organization, o),
    organization: {
      id: at(ID.organization, o),
      name: `Lakeside ${ACTIVITIES[o % ACTIVITIES.length]} trust ${o}`,
      description: 'A community organisation of Lakeside',
      website: `https://example.org/${o}`,
      organization_identifiers: [
        {
          id: at(ID.identifier, o),
          identifier_scheme: 'GB-CHC',
          identifier_type: 'Charity number',
          identifier: String(1_100_000 + o),
        },
      ],
    },
    service_at_locations: locations.map((l, k) => ({
      id: at(ID.sal, i * 2 + k),
      service_id: at(ID.service, i),
      location_id: l.id,
      location: l,
    })),
    schedules: [0, 1].map((k) => ({
      id: at(ID.schedule, i * 2 + k),
      service_id: at(ID.service, i),
      freq: 'WEEKLY',
      interval: 1,
      byday: DAYS[(i + k * 3) % 7],
      opens_at: `${String(9 + ((i + (changed ? 1 : 0)) % 8)).padStart(2, '0')}:00:00`,
      closes_at: `${String(11 + (i % 8)).padStart(2, '0')}:00:00`,
      description: 'Weekly, term time and holidays',
    })),
    contacts: [
      {
        id: at(ID.contact, i),
        service_id: at(ID.service, i),
        name: `Organiser ${i}`,
        title: 'Volunteer lead',
        phones: [
          {
            id: at(ID.phone, i),
            contact_id: at(ID.contact, i),
            number: `01539 ${String(100_000 + (i % 900_000)).padStart(6, '0')}`,
            description: 'Weekday mornings',
          },
        ],
      },
    ],
    languages: [{ id: at(ID.language, i), service_id: at(ID.service, i), name: 'English', code: 'en' }],
    funding: [{ id: at(ID.funding, i), service_id: at(ID.service, i), source: 'Lakeside Community Fund' }],
    cost_options: [
      {
        id: at(ID.cost, i),
        service_id: at(ID.service, i),
        option: 'Per session',
        amount: i % 4 === 0 ? 2 : 0,
        amount_description: 'Pay what you can',
      },
    ],
    service_areas: [
      {
        id: at(ID.area, i),
        service_id: at(ID.service, i),
        name: 'Lakeside',
        extent_type: 'postcode_district',
        extent: `LK${1 + (i % 9)}`,
      },
    ],
    attributes: [0, 1].map((k) => ({
      id: at(ID.attribute, i * 2 + k),
      link_type: 'need',
      link_id: at(ID.service, i),
      link_entity: 'service',
      taxonomy_term_id: at(ID.term, (i * (k + 1)) % 40),
    })),
  };
}

/** Writes the paged list of `services` services to `file`, one record at a time; returns the bytes written. */
export async function writeOrukServiceFile(file: string, options: OrukFileOptions): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const n = options.services;
  await write(
    `{"total_items":${n},"total_pages":1,"page_number":1,"size":${n},"first_page":true,"last_page":true,"empty":${n === 0},"contents":[`,
  );
  for (let i = 0; i < n; i++) await write(`${i === 0 ? '' : ','}\n${JSON.stringify(generatedService(i, options))}`);
  await write(']}\n');
  out.end();
  await once(out, 'finish');
  return bytes;
}
