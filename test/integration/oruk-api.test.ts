import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/cli/runtime.ts';
import type { OrukRecord } from '../../src/modules/community/directory/oruk-records.ts';
import { readOrukSource } from '../../src/modules/community/directory/oruk-source.ts';
import { validateOruk, type OrukKind, type OrukProblem } from '../../src/modules/community/directory/oruk-validate.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildPathwayScheme, makeReferral, patientInput, referralBody } from '../support/pathway.ts';

const examples = fileURLToPath(new URL('../fixtures/oruk/examples/', import.meta.url));
const EXAMPLE_SERVICE = 'ac148810-d857-441c-9679-408f346de14b';
const EXAMPLE_ORG = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const SYNTHETIC_SERVICES = 120;

type Json = Record<string, unknown>;
interface Page {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Json[];
}

/** Synthetic, schema-valid records: an organisation, taxonomies with terms, and services with locations, tagged by term. */
function syntheticRecords(): { records: OrukRecord[]; organizationId: string; termIds: string[] } {
  const organizationId = randomUUID();
  const records: OrukRecord[] = [];
  const termIds: string[] = [];
  for (let t = 0; t < 3; t++) {
    const taxonomyId = randomUUID();
    const terms = Array.from({ length: 4 }, (_, i) => ({
      id: randomUUID(),
      name: `Need ${t}.${i}`,
      description: `Synthetic need ${t}.${i}`,
      taxonomy_id: taxonomyId,
    }));
    termIds.push(...terms.map((x) => x.id));
    records.push({
      kind: 'taxonomy',
      origin: 'synthetic',
      data: {
        id: taxonomyId,
        name: `Synthetic taxonomy ${t}`,
        description: 'Generated for the ORUK walk',
        version: '1',
        taxonomy_terms: terms,
      },
    });
  }
  for (let i = 0; i < SYNTHETIC_SERVICES; i++) {
    const locationId = randomUUID();
    records.push({
      kind: 'service',
      origin: 'synthetic',
      data: {
        id: randomUUID(),
        name: `Synthetic service ${String(i).padStart(3, '0')}`,
        description: `Walking group number ${i} for people who feel isolated`,
        status: 'active',
        minimum_age: i % 2 === 0 ? 18 : 65,
        maximum_age: 99,
        last_modified: '2024-06-01T09:00:00.000Z',
        organization: {
          id: organizationId,
          name: 'Synthetic Community Trust',
          description: 'Generated organisation',
          website: 'https://example.org',
        },
        schedules: [
          {
            id: randomUUID(),
            freq: 'WEEKLY',
            byday: i % 2 === 0 ? 'MO,WE' : 'TU',
            opens_at: '10:00:00',
            closes_at: '12:00:00',
          },
        ],
        contacts: [{ id: randomUUID(), name: 'Front desk', phones: [{ id: randomUUID(), number: '0113 496 0000' }] }],
        cost_options: [{ id: randomUUID(), option: 'Free', amount: 0 }],
        service_at_locations: [
          {
            id: randomUUID(),
            location: {
              id: locationId,
              location_type: 'physical',
              name: `Hall ${i}`,
              latitude: 53.8,
              longitude: -1.55,
              addresses: [
                {
                  id: randomUUID(),
                  address_1: `${i} High Street`,
                  city: 'Leeds',
                  state_province: 'West Yorkshire',
                  postal_code: 'LS1 1AA',
                  country: 'GB',
                  address_type: 'physical',
                },
              ],
            },
          },
        ],
        attributes: [{ id: randomUUID(), link_type: 'need', taxonomy_term_id: termIds[i % termIds.length] }],
      },
    });
  }
  return { records, organizationId, termIds };
}

function problemsOf(kind: OrukKind, body: unknown, where: string): string[] {
  return validateOruk(kind, body).map((p: OrukProblem) => `${where}: ${p.path} ${p.reason}`);
}

/** The nested service of a service_at_location is not covered by its table schema: check it as a service. */
function salProblems(body: Json, where: string): string[] {
  const out = problemsOf('service_at_location', body, where);
  if (body.service) out.push(...problemsOf('service', body.service, `${where} service`));
  return out;
}

const KINDS = {
  services: { item: (b: Json, w: string) => problemsOf('service', b, w) },
  service_at_locations: { item: salProblems },
  taxonomies: { item: (b: Json, w: string) => problemsOf('taxonomy', b, w) },
  taxonomy_terms: { item: (b: Json, w: string) => problemsOf('taxonomy_term', b, w) },
} as const;

describe.each(testDatabaseTargets())('ORUK 3.0 API on $name', (target) => {
  const env = useTestApp(target);
  const bodies: string[] = [];
  let synthetic: ReturnType<typeof syntheticRecords>;
  let surname: string;
  let nhsNumber: string;

  const get = async (url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> => {
    const response = await env().app.inject({ method: 'GET', url, headers });
    bodies.push(response.body);
    return response;
  };

  beforeAll(async () => {
    const { ctx, app } = env();
    // Patient data exists in the same database: the API must never show any of it.
    const scheme = await buildPathwayScheme(ctx, app);
    const patient = patientInput({ familyName: `Quorvexil-${randomBytes(4).toString('hex')}` });
    surname = patient.familyName;
    nhsNumber = patient.nhsNumber;
    await makeReferral(scheme, scheme.referrer, referralBody({ patient }));

    // CSV first: its attribute row links the example attribute elsewhere; the JSON then links it back to the service.
    for (const path of [join(examples, 'csv'), examples]) {
      const report = await importDirectory(ctx, cliActor('oruk test'), readOrukSource(path));
      expect(report.problems).toEqual([]);
    }
    synthetic = syntheticRecords();
    const report = await importDirectory(ctx, cliActor('oruk test'), {
      source: 'synthetic',
      format: 'json',
      records: synthetic.records,
      problems: [],
    });
    expect(report.problems).toEqual([]);
  });

  it('describes itself at / and serves the profile OpenAPI, openly and without a cookie', async () => {
    const root = await get('/oruk/');
    expect(root.statusCode).toBe(200);
    expect(root.headers['access-control-allow-origin']).toBe('*');
    const details = root.json<Json>();
    expect(details).toMatchObject({ version: '3.0', profile: expect.stringMatching(/^https:\/\//) });
    expect(details.openapi_url).toMatch(/\/oruk\/openapi\.json$/);
    const spec = await get('/oruk/openapi.json');
    expect(spec.statusCode).toBe(200);
    expect(spec.json<{ paths: Json }>().paths).toHaveProperty('/services');
    expect(spec.headers['set-cookie']).toBeUndefined();
  });

  it('answers a CORS preflight', async () => {
    const response = await env().app.inject({
      method: 'OPTIONS',
      url: '/oruk/services',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-allow-methods'])).toContain('GET');
  });

  it.each(Object.keys(KINDS) as (keyof typeof KINDS)[])(
    'walks /oruk/%s like the ORUK validator: first, middle, last pages, every id, every body valid',
    async (kind) => {
      const perPage = kind === 'services' || kind === 'service_at_locations' ? 50 : kind === 'taxonomies' ? 1 : 3;
      const violations: string[] = [];
      const first = await get(`/oruk/${kind}?per_page=${perPage}`);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers['access-control-allow-origin']).toBe('*');
      const totalPages = first.json<Page>().total_pages;
      expect(totalPages, `${kind} should span several pages`).toBeGreaterThanOrEqual(3);
      const pages = [...new Set([1, Math.ceil(totalPages / 2), totalPages])];
      const seen = new Set<string>();
      for (const n of pages) {
        const response = await get(`/oruk/${kind}?page=${n}&per_page=${perPage}`);
        expect(response.statusCode).toBe(200);
        const page = response.json<Page>();
        expect(page).toMatchObject({
          total_pages: totalPages,
          page_number: n,
          first_page: n === 1,
          last_page: n === totalPages,
          empty: false,
          size: page.contents.length,
        });
        expect(page.total_items).toBe(first.json<Page>().total_items);
        expect(page.size).toBe(n < totalPages ? perPage : page.total_items - perPage * (totalPages - 1));
        for (const [i, item] of page.contents.entries()) {
          violations.push(...KINDS[kind].item(item, `${kind} page ${n} item ${i}`));
          const id = String(item.id);
          expect(seen.has(id), `${id} appears on two pages`).toBe(false);
          seen.add(id);
          const one = await get(`/oruk/${kind}/${id}`);
          expect(one.statusCode, `${kind}/${id}`).toBe(200);
          expect(one.json<Json>().id).toBe(id);
          violations.push(...KINDS[kind].item(one.json<Json>(), `${kind}/${id}`));
        }
      }
      const beyond = await get(`/oruk/${kind}?page=${totalPages + 1}&per_page=${perPage}`);
      expect(beyond.json<Page>()).toMatchObject({
        empty: true,
        size: 0,
        contents: [],
        first_page: false,
        last_page: true,
      });
      expect(violations).toEqual([]);
    },
  );

  it('returns the example service in full, as the example shows it', async () => {
    const response = await get(`/oruk/services/${EXAMPLE_SERVICE}`);
    const service = response.json<Json>();
    expect(problemsOf('service', service, 'full service')).toEqual([]);
    expect(service).toMatchObject({
      id: EXAMPLE_SERVICE,
      name: 'Community Counselling',
      minimum_age: 12,
      assured_date: '2005-01-01',
      last_modified: '2023-03-15T10:30:45.123Z',
    });
    expect(service.organization).toMatchObject({
      id: EXAMPLE_ORG,
      organization_identifiers: [expect.objectContaining({ identifier: '1234567' })],
    });
    expect(service.schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ opens_at: '10:00:00', byday: 'TH,FR', valid_from: '2005-01-01' }),
      ]),
    );
    const sal = (service.service_at_locations as Json[])[0]!;
    expect(sal.location).toMatchObject({
      latitude: 100,
      addresses: [expect.objectContaining({ postal_code: 'ABC 1234' })],
      accessibility: [expect.anything()],
    });
    expect(service.cost_options).toEqual(expect.arrayContaining([expect.objectContaining({ amount: 35 })]));
    expect(service.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phones: [expect.objectContaining({ number: expect.any(String) })] }),
      ]),
    );
    expect(service.attributes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          taxonomy_term: expect.objectContaining({ id: '3f7b145d-84af-42d7-8fae-eaca714b02b2' }),
        }),
      ]),
    );
    expect(JSON.stringify(service)).not.toContain('null');
    for (const key of ['funding', 'languages', 'service_areas'])
      expect((service[key] as unknown[]).length, key).toBeGreaterThan(0);
  });

  it('filters services by text, organization, taxonomy, age, modification and day', async () => {
    const ids = async (query: string) => (await get(`/oruk/services?per_page=100&${query}`)).json<Page>();
    expect((await ids('search=counselling')).contents.map((s) => s.id)).toContain(EXAMPLE_SERVICE);
    expect((await ids('search=counselling')).total_items).toBe(1);
    expect((await ids(`organization_id=${synthetic.organizationId}`)).total_items).toBe(SYNTHETIC_SERVICES);
    expect((await ids(`organization_id=${EXAMPLE_ORG}`)).contents.map((s) => s.id)).toEqual([EXAMPLE_SERVICE]);
    const seniors = await ids('minimum_age=60');
    expect(seniors.total_items).toBe(SYNTHETIC_SERVICES / 2);
    expect(seniors.contents.every((s) => Number(s.minimum_age) >= 60)).toBe(true);
    expect((await ids('maximum_age=100&minimum_age=12')).contents.map((s) => s.id)).toContain(EXAMPLE_SERVICE);
    expect((await ids(`taxonomy_term_id=${synthetic.termIds[0]}`)).total_items).toBe(
      SYNTHETIC_SERVICES / synthetic.termIds.length,
    );
    expect((await ids('modified_after=2024-01-01T00:00:00Z')).total_items).toBe(SYNTHETIC_SERVICES);
    expect((await ids('day=TU')).total_items).toBe(SYNTHETIC_SERVICES / 2);
    const sals = (await get(`/oruk/service_at_locations?search=counselling`)).json<Page>();
    expect(sals.contents.map((s) => (s.service as Json).id)).toEqual([EXAMPLE_SERVICE]);
    const bad = await get('/oruk/services?per_page=1000');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/json/);
  });

  it('filters taxonomy terms by taxonomy and top level', async () => {
    const taxonomyId = (synthetic.records[0]!.data as Json).id as string;
    const page = (await get(`/oruk/taxonomy_terms?taxonomy_id=${taxonomyId}`)).json<Page>();
    expect(page.total_items).toBe(4);
    const top = (await get('/oruk/taxonomy_terms?top_only=true&per_page=100')).json<Page>();
    expect(top.contents.every((t) => t.parent_id === undefined)).toBe(true);
  });

  it('answers an unknown id or path with a JSON 404 that still carries CORS', async () => {
    for (const url of [
      '/oruk/services/00000000-0000-4000-8000-000000000000',
      '/oruk/taxonomies/nope',
      '/oruk/taxonomy_terms/nope',
      '/oruk/service_at_locations/nope',
      '/oruk/organisations',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/json/);
      expect(response.headers['access-control-allow-origin'], url).toBe('*');
    }
  });

  it('never shows anything of a patient in any response', () => {
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) {
      expect(body).not.toContain(surname);
      expect(body).not.toContain(nhsNumber);
    }
  });
});
