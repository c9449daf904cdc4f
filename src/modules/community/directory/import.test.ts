import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedService, writeOrukServiceFile, type OrukFileOptions } from '../../../../bench/generate-oruk-file.ts';
import { useTestApp } from '../../../../test/support/context.ts';
import { testDatabaseTargets } from '../../../../test/support/databases.ts';
import { cliActor } from '../../../cli/runtime.ts';
import { csvValue } from './oruk-csv-reader.ts';
import { kindOfShape, streamOrukJsonFile } from './oruk-json-reader.ts';
import type { OrukRecord } from './oruk-records.ts';
import { readOrukSource } from './oruk-source.ts';
import { validateOruk } from './oruk-validate.ts';
import { formatImportReport } from './import-report.ts';
import { importDirectory } from './use-cases/import-directory.ts';

const ID = 'ac148810-d857-441c-9679-408f346de14b';

describe('ORUK import rules', () => {
  it('converts CSV cells to the JSON the schema expects', () => {
    expect(csvValue('', 'string')).toBeUndefined();
    expect(csvValue('12', 'number')).toBe(12);
    expect(csvValue('twelve', 'number')).toBe('twelve');
    expect(csvValue('true', 'boolean')).toBe(true);
    expect(csvValue('TH,FR', 'string')).toBe('TH,FR');
  });

  it('names the path and reason of each schema problem', () => {
    expect(validateOruk('service', { id: ID, name: 'Walk', status: 'active' })).toEqual([]);
    expect(validateOruk('service', { id: ID, status: 'active', minimum_age: 'twelve' })).toEqual(
      expect.arrayContaining([
        { path: '/name', reason: 'name is required' },
        { path: '/minimum_age', reason: 'must be number' },
      ]),
    );
    expect(validateOruk('service', { id: ID, name: 'Walk', status: 'active', minimum_age: 12.5 })).toEqual([
      { path: '/minimum_age', reason: 'must be a whole number' },
    ]);
    expect(validateOruk('location', { id: ID, location_type: 'physical', addresses: [{ id: ID }] })[0]?.path).toBe(
      '/addresses/0/address_1',
    );
  });

  it('tells record kinds apart by shape', () => {
    expect(kindOfShape({ id: ID, name: 'x', status: 'active' })).toBe('service');
    expect(kindOfShape({ id: ID, service: {}, location: {} })).toBe('service_at_location');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y', taxonomy_terms: [] })).toBe('taxonomy');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y', term: 'x' })).toBe('taxonomy_term');
    expect(kindOfShape({ id: ID, name: 'x', description: 'y' })).toBe('organization');
  });
});

describe('ORUK JSON list streaming', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linkwork-oruk-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = async (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    const out: string[] = [];
    for await (const item of streamOrukJsonFile(join(dir, name)))
      out.push(
        item.record
          ? `${item.record.origin} ${String(item.record.data.id)}`
          : `problem ${item.problem!.origin}: ${item.problem!.reason}`,
      );
    return out;
  };

  it('cuts the contents list into items whatever their strings hold, and ignores other keys', async () => {
    expect(
      await read(
        'service_a.json',
        '{"total_items":2,"meta":{"contents":[9]},"contents":[{"id":"x","name":"a \\" ] } [ {","status":"active"} , {"id":"y","contents":[1]}],"total_pages":1}',
      ),
    ).toEqual(['service_a.json/contents/0 x', 'service_a.json/contents/1 y']);
    expect(await read('service_b.json', '{"id":"one","name":"single","status":"active"}')).toEqual([
      'service_b.json one',
    ]);
    expect(await read('service_c.json', '{"contents":[]}')).toEqual([]);
  });

  it('follows escaped quotes and backslashes wherever the file is cut into chunks', async () => {
    // Strings of quotes and backslash runs of every length, long enough that chunk ends fall inside them.
    const nasty = (i: number) =>
      `${'x'.repeat(i % 97)}${'\\'.repeat(i % 5)}"${'\\'.repeat((i * 7) % 4)}"]}{,${'\\'.repeat(i % 3)}`;
    const items = Array.from({ length: 3_000 }, (_, i) => ({ id: `s${i}`, name: nasty(i), description: nasty(i + 1) }));
    const text = JSON.stringify({ total_items: items.length, contents: items });
    expect(text.length).toBeGreaterThan(4 * 64 * 1024);
    expect(await read('service_f.json', text)).toEqual(
      items.map((item, i) => `service_f.json/contents/${i} ${item.id}`),
    );
    // The same items shifted by one character at a time, so each chunk end falls in a different place.
    for (const shift of [1, 2, 3]) {
      const shifted = `${' '.repeat(shift)}${text}`;
      expect(await read(`service_g${shift}.json`, shifted)).toEqual(
        items.map((item, i) => `service_g${shift}.json/contents/${i} ${item.id}`),
      );
    }
  });

  it('reports a broken item and a list cut short, and keeps the items around them', async () => {
    expect(await read('service_d.json', '{"contents":[{"id":"a"},{"id":"b", oops},{"id":"c"},7')).toEqual([
      'service_d.json/contents/0 a',
      expect.stringMatching(/^problem service_d.json\/contents\/1: not valid JSON: /),
      'service_d.json/contents/2 c',
      'problem service_d.json: not valid JSON: the file ends inside or after its "contents" list, after 3 items (cut short?)',
    ]);
    expect(await read('service_e.json', 'not json')).toEqual([
      expect.stringMatching(/^problem service_e.json: not valid JSON: /),
    ]);
  });
});

describe.each(testDatabaseTargets())('batched ORUK import on $name', (target) => {
  const env = useTestApp(target);
  const system = cliActor('import test');
  const dir = mkdtempSync(join(tmpdir(), 'linkwork-oruk-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Generated services with ids of their own, so tests sharing the database never share rows. */
  const generated = (n: number, extra: Partial<OrukFileOptions> = {}): OrukFileOptions => ({
    services: n,
    idBase: randomInt(1, 2 ** 40) * 100,
    ...extra,
  });
  const records = (o: OrukFileOptions): OrukRecord[] =>
    Array.from({ length: o.services }, (_, i) => ({
      kind: 'service',
      origin: `generated/${i}`,
      data: generatedService(i, o),
    }));
  const serviceIds = (o: OrukFileOptions) => records(o).map((r) => String(r.data.id));
  const run = (rs: OrukRecord[], batchSize: number) =>
    importDirectory(
      env().ctx,
      system,
      { source: 'generated', format: 'json', records: rs, problems: [] },
      { batchSize },
    );
  /** Every row version of the services' own and child rows: any write changes some xmin. */
  const rowVersions = async (ids: string[]) => {
    const result = await sql<{
      v: string;
    }>`select string_agg(t.id || ':' || t.xmin::text, ',' order by t.id) as v from (
      select id, xmin from directory_services where id in (${sql.join(ids)})
      union all select id, xmin from directory_schedules where service_id in (${sql.join(ids)})
      union all select id, xmin from directory_attributes where link_id in (${sql.join(ids)})
      union all select p.id, p.xmin from directory_phones p join directory_contacts c on c.id = p.contact_id where c.service_id in (${sql.join(ids)})) t`.execute(
      env().ctx.db,
    );
    return result.rows[0]?.v ?? '';
  };

  it('writes many batches (of 3) exactly as one record after another would', async () => {
    const o = generated(10);
    const report = await run(records(o), 3);
    expect(report.problems).toEqual([]);
    expect(report.counts.service).toEqual({ created: 10, updated: 0, unchanged: 0, skipped: 0 });
    const ids = serviceIds(o);
    const { db } = env().ctx;
    const count = async (
      table:
        | 'directory_schedules'
        | 'directory_service_at_locations'
        | 'directory_contacts'
        | 'directory_languages'
        | 'directory_cost_options',
    ) => (await db.selectFrom(table).select('id').where('service_id', 'in', ids).execute()).length;
    expect(await count('directory_schedules')).toBe(20);
    expect(await count('directory_service_at_locations')).toBe(12); // services 0 and 5 have two locations
    expect(await count('directory_contacts')).toBe(10);
    expect(await count('directory_languages')).toBe(10);
    expect(await count('directory_cost_options')).toBe(10);
    const attributes = await db
      .selectFrom('directory_attributes')
      .select(['link_entity', 'taxonomy_term_id'])
      .where('link_id', 'in', ids)
      .execute();
    expect(attributes).toHaveLength(20);
    const seventh = await db
      .selectFrom('directory_services')
      .select(['name', 'organization_id', 'source', 'content_hash'])
      .where('id', '=', ids[7]!)
      .executeTakeFirstOrThrow();
    expect(seventh).toMatchObject({
      name: generatedService(7, o).name,
      organization_id: generatedService(7, o).organization_id,
      source: 'generated',
    });
    expect(seventh.content_hash).toMatch(/^[\w-]{43}$/);
  });

  it('writes nothing when the same records come again, and updates only the changed ones', async () => {
    const o = generated(7);
    const ids = serviceIds(o);
    await run(records(o), 3);
    const before = await rowVersions(ids);
    const again = await run(records(o), 3);
    expect(again.counts.service).toEqual({ created: 0, updated: 0, unchanged: 7, skipped: 0 });
    expect(await rowVersions(ids)).toBe(before);

    const changed = await run(records({ ...o, changed: 2, revision: 'new times' }), 3);
    expect(changed.counts.service).toEqual({ created: 0, updated: 2, unchanged: 5, skipped: 0 });
    const { db } = env().ctx;
    const names = await db
      .selectFrom('directory_services')
      .select(['id', 'name'])
      .where('id', 'in', ids.slice(0, 3))
      .orderBy('id')
      .execute();
    expect(names.map((n) => n.name)).toEqual([
      generatedService(0, { ...o, changed: 2, revision: 'new times' }).name,
      generatedService(1, { ...o, changed: 2, revision: 'new times' }).name,
      generatedService(2, o).name,
    ]);
    expect(names[0]!.name).toContain('(new times)');
    const opens = await db
      .selectFrom('directory_schedules')
      .select('opens_at')
      .where('service_id', '=', ids[0]!)
      .orderBy('id')
      .execute();
    expect(opens.map((s) => s.opens_at)).toEqual(['10:00:00', '10:00:00']);
  });

  it('leaves a service listed twice in one file, in different batches, with only its later children', async () => {
    const o = generated(6);
    const rs = records(o);
    const first = rs[0]!;
    // The same service again first in the next batch (checked while the first is still being written), now
    // with one schedule of its own instead of its two.
    const later: OrukRecord = {
      ...first,
      origin: 'generated/again',
      data: {
        ...first.data,
        schedules: [{ id: randomUUID(), service_id: first.data.id, description: 'Fridays only', freq: 'WEEKLY' }],
      },
    };
    const report = await run([...rs.slice(0, 3), later, ...rs.slice(3)], 3);
    expect(report.problems).toEqual([]);
    const schedules = await env()
      .ctx.db.selectFrom('directory_schedules')
      .select('description')
      .where('service_id', '=', String(first.data.id))
      .execute();
    expect(schedules.map((s) => s.description)).toEqual(['Fridays only']);
  });

  it('writes a service again once something else has changed it since its import', async () => {
    const o = generated(2);
    const ids = serviceIds(o);
    await run(records(o), 3);
    const { db } = env().ctx;
    await db.updateTable('directory_services').set({ name: 'Renamed in Linkwork' }).where('id', '=', ids[1]!).execute();
    const again = await run(records(o), 3);
    expect(again.counts.service).toEqual({ created: 0, updated: 1, unchanged: 1, skipped: 0 });
    const row = await db
      .selectFrom('directory_services')
      .select(['name', 'content_hash'])
      .where('id', '=', ids[1]!)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(generatedService(1, o).name);
    expect(row.content_hash).not.toBeNull();
  });

  it('skips and reports a bad record of a batch, and writes the others of that batch whole', async () => {
    const o = generated(4);
    const rs = records(o);
    const invalid = rs[1]!;
    invalid.data = { ...invalid.data, minimum_age: 'twelve' };
    // Valid ORUK, refused by the database: its link names a location that is nowhere.
    const orphan = rs[2]!;
    const nowhere = randomUUID();
    orphan.data = {
      ...orphan.data,
      service_at_locations: [{ id: randomUUID(), service_id: orphan.data.id, location_id: nowhere }],
    };
    const report = await run(rs, 3);
    expect(report.counts.service).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 2 });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { kind: 'service', id: invalid.data.id, origin: 'generated/1', path: '/minimum_age', reason: 'must be number' },
        expect.objectContaining({
          kind: 'service',
          id: orphan.data.id,
          origin: 'generated/2',
          path: '/',
          reason: expect.stringContaining('refers to a record that is not in the directory'),
        }),
      ]),
    );
    const { db } = env().ctx;
    const ids = serviceIds(o);
    const services = await db
      .selectFrom('directory_services')
      .select('id')
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(services.map((s) => s.id)).toEqual([ids[0], ids[3]]);
    const schedules = await db
      .selectFrom('directory_schedules')
      .select('service_id')
      .where('service_id', 'in', ids)
      .execute();
    expect(new Set(schedules.map((s) => s.service_id))).toEqual(new Set([ids[0], ids[3]]));
  });

  it('passes on an error the reader meets, with its code', async () => {
    const folder = join(dir, randomUUID());
    mkdirSync(folder);
    const file = join(folder, 'services.json');
    writeFileSync(file, JSON.stringify({ contents: [] }));
    const input = readOrukSource(file);
    rmSync(folder, { recursive: true });
    await expect(importDirectory(env().ctx, system, input)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('streams a generated file of 2,000 services in full', async () => {
    const o = generated(2000);
    const file = join(dir, 'services.json');
    await writeOrukServiceFile(file, o);
    const progress: string[] = [];
    const report = await importDirectory(env().ctx, system, readOrukSource(file), {
      progress: (m) => progress.push(m),
    });
    expect(report.problems).toEqual([]);
    expect(report.counts.service).toEqual({ created: 2000, updated: 0, unchanged: 0, skipped: 0 });
    expect(report.read).toBe(2000);
    expect(progress).toContainEqual(
      expect.stringMatching(/^2,000 records read, [\d,]+ imported, [\d,]+ records a second…$/),
    );
    expect(formatImportReport(report)).toContainEqual(
      expect.stringMatching(/^ {2}2,000 records in [\d.]+ s: [\d,]+ records a second$/),
    );
    const ids = serviceIds(o);
    const { db } = env().ctx;
    const last = await db
      .selectFrom('directory_services')
      .select('name')
      .where('id', '=', ids[1999]!)
      .executeTakeFirstOrThrow();
    expect(last.name).toBe(generatedService(1999, o).name);
    const again = await importDirectory(env().ctx, system, readOrukSource(file));
    expect(again.counts.service).toEqual({ created: 0, updated: 0, unchanged: 2000, skipped: 0 });
  }, 300_000);
});
