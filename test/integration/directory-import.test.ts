import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { countDirectoryRows } from '../../src/modules/community/directory/directory-tables.repository.ts';
import { readOrukSource } from '../../src/modules/community/directory/oruk-source.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import { cliActor } from '../../src/cli/runtime.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const examples = fileURLToPath(new URL('../fixtures/oruk/examples/', import.meta.url));
const csvPackage = join(examples, 'csv');
const broken = fileURLToPath(new URL('../fixtures/oruk/service_list_broken.json', import.meta.url));
const SERVICE = 'ac148810-d857-441c-9679-408f346de14b';

describe.each(testDatabaseTargets())('directory import on $name', (target) => {
  const env = useTestApp(target);
  const importPath = async (path: string) =>
    importDirectory(env().ctx, cliActor('directory import'), readOrukSource(path));

  it('imports every ORUK example JSON with the service and its child rows', async () => {
    const { ctx } = env();
    const report = await importPath(examples);
    expect(report.problems).toEqual([]);
    expect(report.counts.service?.created).toBe(1);
    expect(Object.keys(report.counts).sort()).toEqual([
      'organization',
      'service',
      'service_at_location',
      'taxonomy',
      'taxonomy_term',
    ]);
    const service = await ctx.db
      .selectFrom('directory_services')
      .select(['name', 'minimum_age', 'organization_id', 'source'])
      .where('id', '=', SERVICE)
      .executeTakeFirstOrThrow();
    expect(service).toMatchObject({
      name: 'Community Counselling',
      minimum_age: 12,
      organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
    });
    for (const table of [
      'directory_schedules',
      'directory_languages',
      'directory_contacts',
      'directory_cost_options',
      'directory_fundings',
      'directory_service_areas',
      'directory_service_at_locations',
    ] as const) {
      const rows = await ctx.db.selectFrom(table).select('id').where('service_id', '=', SERVICE).execute();
      expect(rows.length, table).toBeGreaterThan(0);
    }
    const location = await ctx.db
      .selectFrom('directory_locations')
      .select(['name', 'latitude'])
      .where('id', '=', '3a19ff88-4620-4d17-9830-ac1d859eb5d5')
      .executeTakeFirstOrThrow();
    expect(location.name).toBe('MyCity Civic Center');
    expect(Number(location.latitude)).toBe(100);
    expect(await ctx.db.selectFrom('directory_addresses').select('id').execute()).toHaveLength(1);
    expect(await ctx.db.selectFrom('directory_organization_identifiers').select('id').execute()).toHaveLength(1);
    const found = await ctx.db
      .selectFrom('directory_services')
      .select('id')
      .where(sql<boolean>`search @@ plainto_tsquery('english', 'counselling')`)
      .execute();
    expect(found.map((r) => r.id)).toContain(SERVICE);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'actor_role'])
      .where('action', '=', 'directory.import')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0]?.actor_role).toBe('system');
  });

  it('changes nothing when the same JSON is imported again', async () => {
    const before = await countDirectoryRows(env().ctx.db);
    const report = await importPath(examples);
    for (const counts of Object.values(report.counts))
      expect(counts).toMatchObject({ created: 0, updated: 0, skipped: 0 });
    expect(await countDirectoryRows(env().ctx.db)).toEqual(before);
  });

  it('imports the CSV package, and a second run finds it unchanged', async () => {
    const { ctx } = env();
    const first = await importPath(csvPackage);
    expect(first.format).toBe('csv');
    expect(first.problems).toEqual([]);
    expect(first.counts.service?.skipped).toBe(0);
    const phone = await ctx.db
      .selectFrom('directory_phones')
      .select(['number', 'contact_id'])
      .where('id', '=', '1554f2e2-a373-45db-a3fa-9fc48a61c15e')
      .executeTakeFirstOrThrow();
    expect(phone).toEqual({ number: '"+44 1234 234567"', contact_id: '1e7efce3-639b-4880-940c-b95cd30cdb50' });
    const schedule = await ctx.db
      .selectFrom('directory_schedules')
      .select(['byday', 'interval'])
      .where('id', '=', '48102e86-bb50-41c4-8f1e-e269368c41d1')
      .executeTakeFirstOrThrow();
    expect(schedule).toEqual({ byday: 'TH,FR', interval: 1 });
    const description = await ctx.db
      .selectFrom('directory_services')
      .select('description')
      .where('id', '=', SERVICE)
      .executeTakeFirstOrThrow();
    expect(description.description).toContain('anxiety, depression');

    const before = await countDirectoryRows(ctx.db);
    const second = await importPath(csvPackage);
    for (const counts of Object.values(second.counts))
      expect(counts).toMatchObject({ created: 0, updated: 0, skipped: 0 });
    expect(await countDirectoryRows(ctx.db)).toEqual(before);
  });

  it('reports each bad record with id, path and reason, imports the good one and writes nothing of the bad', async () => {
    const { ctx } = env();
    const report = await importPath(broken);
    expect(report.counts.service).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 2 });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'service',
          id: '0f9a7d6e-1111-4c1a-9b1a-000000000001',
          path: '/minimum_age',
          reason: 'must be number',
        }),
        expect.objectContaining({
          kind: 'service',
          id: '0f9a7d6e-1111-4c1a-9b1a-000000000002',
          path: '/name',
          reason: 'name is required',
        }),
      ]),
    );
    const services = await ctx.db
      .selectFrom('directory_services')
      .select('id')
      .where('id', 'like', '0f9a7d6e-1111-%')
      .execute();
    expect(services.map((s) => s.id)).toEqual(['0f9a7d6e-1111-4c1a-9b1a-000000000003']);
    const schedules = await ctx.db
      .selectFrom('directory_schedules')
      .select('id')
      .where('id', 'like', '0f9a7d6e-1111-%')
      .execute();
    expect(schedules.map((s) => s.id)).toEqual(['0f9a7d6e-1111-4c1a-9b1a-0000000000a3']);
  });

  it('names the path and what it expected when there is nothing to import', async () => {
    await expect(importPath('/nonexistent/oruk')).rejects.toThrow(
      /Nothing to import at \/nonexistent\/oruk: expected an ORUK JSON file/,
    );
  });
});

describe('linkwork directory import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'linkwork-directory-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  // Vitest puts Vite's BASE_URL ("/") into the environment; the CLI must not inherit it.
  const { BASE_URL: _viteBaseUrl, ...inherited } = process.env;
  const run = promisify(execFile);
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', ['bin/linkwork.js', 'directory', 'import', ...args], {
        env: { ...inherited, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
        timeout: 60_000,
      });
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return e;
    }
  };

  it('imports a folder, prints the summary and problems, and fails on a bad path', async () => {
    const ok = await cli(join(examples, 'service_full.json'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/service\s+created 1, updated 0, unchanged 0, skipped 0/);
    const bad = await cli(join(dataDir, 'missing'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`Nothing to import at ${join(dataDir, 'missing')}`);
  }, 120_000);
});
