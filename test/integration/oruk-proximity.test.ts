import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/cli/runtime.ts';
import { LAKESIDE_POSTCODES_FILE } from '../../src/demo/seed-postcodes.ts';
import { haversineMetres } from '../../src/modules/community/directory/geo.ts';
import type { OrukRecord } from '../../src/modules/community/directory/oruk-records.ts';
import { validateOruk } from '../../src/modules/community/directory/oruk-validate.ts';
import { locatePostcode } from '../../src/modules/community/directory/postcodes/locate-postcode.ts';
import { readPostcodeCsv } from '../../src/modules/community/directory/postcodes/postcode-csv-reader.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import { importPostcodes } from '../../src/modules/community/directory/use-cases/import-postcodes.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

type Json = Record<string, unknown>;
interface Page {
  total_items: number;
  contents: Json[];
}

const POSTCODE = 'LK4 5XY'; // placed by the test itself, so distances are exact
const CENTRE = { latitude: 54.381, longitude: -2.85 };
// Metres north of the centre; null: a location without coordinates.
const OFFSETS: readonly (number | null)[] = [3000, 500, 8000, 1500, null];

function service(organizationId: string, offset: number | null, i: number): OrukRecord {
  const location: Json = { id: randomUUID(), location_type: 'physical', name: `Hall ${i}` };
  if (offset !== null) {
    location.latitude = Number((CENTRE.latitude + offset / 111_195).toFixed(6));
    location.longitude = CENTRE.longitude;
  }
  return {
    kind: 'service',
    origin: 'proximity test',
    data: {
      id: randomUUID(),
      name: `Proximity service ${i}`,
      description: 'Walking group',
      status: 'active',
      organization: { id: organizationId, name: 'Proximity Trust', description: 'Test organisation' },
      service_at_locations: [{ id: randomUUID(), location }],
    },
  };
}

describe.each(testDatabaseTargets())('ORUK distance search on $name', (target) => {
  const env = useTestApp(target);
  const organizationId = randomUUID();
  const records = OFFSETS.map((offset, i) => service(organizationId, offset, i));
  const nameAt = (offset: number) => `Proximity service ${OFFSETS.indexOf(offset)}`;
  const get = (url: string) => env().app.inject({ method: 'GET', url });

  beforeAll(async () => {
    const { ctx } = env();
    await importPostcodes(ctx, cliActor('proximity test'), 'sample', readPostcodeCsv(LAKESIDE_POSTCODES_FILE));
    await ctx.db
      .insertInto('postcodes')
      .values({ postcode: POSTCODE, latitude: CENTRE.latitude, longitude: CENTRE.longitude, lsoa: null })
      .execute();
    const report = await importDirectory(ctx, cliActor('proximity test'), {
      source: 'proximity',
      format: 'json',
      records,
      problems: [],
    });
    expect(report.problems).toEqual([]);
  });

  it('lists services at locations within the proximity, nearest first, each body valid ORUK', async () => {
    const response = await get(
      `/oruk/service_at_locations?organization_id=${organizationId}&postcode=${encodeURIComponent(POSTCODE)}&proximity=2000`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Page>();
    expect(page.total_items).toBe(2);
    expect(page.contents.map((c) => (c.service as Json).name)).toEqual([nameAt(500), nameAt(1500)]);
    for (const item of page.contents) {
      expect(validateOruk('service_at_location', item)).toEqual([]);
      const location = item.location as { latitude: number; longitude: number };
      expect(
        haversineMetres(CENTRE.latitude, CENTRE.longitude, location.latitude, location.longitude),
      ).toBeLessThanOrEqual(2000);
    }
  });

  it('orders by distance without a proximity, leaving out locations that cannot be placed', async () => {
    const page = (
      await get(`/oruk/service_at_locations?organization_id=${organizationId}&postcode=lk45xy`)
    ).json<Page>();
    expect(page.contents.map((c) => (c.service as Json).name)).toEqual([
      nameAt(500),
      nameAt(1500),
      nameAt(3000),
      nameAt(8000),
    ]);
  });

  it('filters and orders /services the same way, a service as near as its nearest location', async () => {
    const within = (
      await get(
        `/oruk/services?organization_id=${organizationId}&postcode=${encodeURIComponent(POSTCODE)}&proximity=3500`,
      )
    ).json<Page>();
    expect(within.contents.map((c) => c.name)).toEqual([nameAt(500), nameAt(1500), nameAt(3000)]);
    for (const item of within.contents) expect(validateOruk('service', item)).toEqual([]);
    const all = (
      await get(`/oruk/services?organization_id=${organizationId}&postcode=${encodeURIComponent(POSTCODE)}`)
    ).json<Page>();
    expect(all.contents.map((c) => c.name)).toEqual([
      nameAt(500),
      nameAt(1500),
      nameAt(3000),
      nameAt(8000),
      'Proximity service 4',
    ]);
  });

  it('measures from the centre of the district for a postcode not in the list', async () => {
    const district = await locatePostcode(env().ctx.db, 'LK4 9ZZ');
    expect(district?.precision).toBe('district');
    const response = await get(
      `/oruk/service_at_locations?organization_id=${organizationId}&postcode=LK4%209ZZ&proximity=200000`,
    );
    expect(response.statusCode).toBe(200);
    const names = response.json<Page>().contents.map((c) => (c.service as Json).name);
    const expected = OFFSETS.filter((o): o is number => o !== null)
      .map((o) => ({
        name: nameAt(o),
        metres: haversineMetres(
          district!.latitude,
          district!.longitude,
          CENTRE.latitude + o / 111_195,
          CENTRE.longitude,
        ),
      }))
      .sort((a, b) => a.metres - b.metres)
      .map((x) => x.name);
    expect(names).toEqual(expected);
  });

  it.each([
    ['/oruk/service_at_locations?postcode=QQ9%209ZZ', 'postcode', /not in this directory's postcode list/],
    ['/oruk/services?postcode=nowhere&proximity=100', 'postcode', /"nowhere" is not a UK postcode/],
    ['/oruk/services?proximity=1000', 'proximity', /needs a postcode/],
    ['/oruk/service_at_locations?postcode=LK4%205XY&proximity=far', 'proximity', /.+/],
    ['/oruk/service_at_locations?postcode=LK4%205XY&proximity=0', 'proximity', /.+/],
  ])('refuses %s with a problem naming %s', async (url, field, message) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const problem = response.json<{ code: string; errors: { field: string; message: string; fix: string }[] }>();
    expect(problem.code).toBe('validation-failed');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field, message: expect.stringMatching(message), fix: expect.any(String) }),
    ]);
  });
});
