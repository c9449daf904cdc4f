import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../test/support/context.ts';
import { testDatabaseTargets } from '../../../../../test/support/databases.ts';
import { cliActor } from '../../../../cli/runtime.ts';
import { deprivationDecileOf } from '../deprivation-decile-of.ts';
import { formatDeprivationImportReport } from '../deprivation-import-report.ts';
import { readImdFile } from '../read-imd-file.ts';
import { importDeprivation } from './import-deprivation.ts';

const HEADER_2019 =
  'LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),' +
  'Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile';
const HEADER_2025 =
  'LSOA code (2021),LSOA name (2021),Local Authority District code (2024),Local Authority District name (2024),' +
  'Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived),' +
  'Index of Multiple Deprivation (IMD) Decile (where 1 is most deprived 10% of LSOAs)';

const dir = mkdtempSync(join(tmpdir(), 'linkwork-imd-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, header: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].join('\n') + '\n');
  return path;
}

describe.each(testDatabaseTargets())('importing the Indices of Deprivation on $name', (target) => {
  const env = useTestApp(target);
  // Codes of a made-up district: unique to this file, so no other test's rows are counted.
  const code = (n: number) => `E0177${String(n).padStart(4, '0')}`;
  const run = (path: string) => importDeprivation(env().ctx, cliActor('test'), 'imd.csv', readImdFile(path));

  it('creates, then leaves unchanged, then updates; skips bad rows with their lines; audits each import', async () => {
    const first = csv('a.csv', HEADER_2019, [
      `${code(1)},Mere 001A,E06000999,Mere,100,1`,
      `${code(2)},Mere 001B,E06000999,Mere,20000,7`,
      `${code(3)},Mere 001C,E06000999,Mere,32000,11`,
    ]);
    const created = await run(first);
    expect(created).toEqual({
      source: 'imd.csv',
      release: '2019',
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      problems: [
        {
          line: 4,
          column: 'Index of Multiple Deprivation (IMD) Decile',
          reason: '"11" is not a decile: expected a whole number from 1 to 10',
        },
      ],
      total: created.total,
    });
    expect(created.total).toBeGreaterThanOrEqual(2);

    const again = await run(first);
    expect([again.created, again.updated, again.unchanged, again.skipped]).toEqual([0, 0, 2, 1]);

    const changed = csv('b.csv', HEADER_2019, [
      `${code(1)},Mere 001A,E06000999,Mere,100,1`,
      `${code(2)},Mere 001B,E06000999,Mere,19000,6`,
      `${code(4)},Mere 002A,E06000999,Mere,5000,2`,
    ]);
    const updated = await run(changed);
    expect([updated.created, updated.updated, updated.unchanged, updated.skipped]).toEqual([1, 1, 1, 0]);
    expect(formatDeprivationImportReport(updated)[0]).toBe(
      `Imported IoD2019 deprivation indices from imd.csv: created 1, updated 1, unchanged 1, skipped 0. ${updated.total} LSOAs stored for 2019.`,
    );

    const stored = await env()
      .ctx.db.selectFrom('deprivation_indices')
      .select(['lsoa_code', 'imd_rank', 'imd_decile', 'district_code'])
      .where('release', '=', '2019')
      .where('lsoa_code', 'in', [code(1), code(2), code(3), code(4)])
      .orderBy('lsoa_code')
      .execute();
    expect(stored).toEqual([
      { lsoa_code: code(1), imd_rank: 100, imd_decile: 1, district_code: 'E06000999' },
      { lsoa_code: code(2), imd_rank: 19000, imd_decile: 6, district_code: 'E06000999' },
      { lsoa_code: code(4), imd_rank: 5000, imd_decile: 2, district_code: 'E06000999' },
    ]);

    const record = await env()
      .ctx.db.selectFrom('deprivation_imports')
      .select(['source', 'row_count'])
      .where('release', '=', '2019')
      .executeTakeFirstOrThrow();
    expect(record).toEqual({ source: 'imd.csv', row_count: updated.total });

    const audits = await env()
      .ctx.db.selectFrom('audit_log')
      .select(['actor_role', 'detail'])
      .where('action', '=', 'deprivation.import')
      .orderBy('id')
      .execute();
    expect(audits.slice(-1)).toEqual([
      {
        actor_role: 'system',
        detail: { source: 'imd.csv', release: '2019', created: 1, updated: 1, unchanged: 1, skipped: 0 },
      },
    ]);
  });

  it('writes nothing when the header is wrong', async () => {
    const before = await env()
      .ctx.db.selectFrom('audit_log')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    const wrong = csv('wrong.csv', 'LSOA code (2011),IMD decile', [`${code(9)},3`]);
    await expect(run(wrong)).rejects.toThrow(/has no "LSOA name \(2011\)" column/);
    const after = await env()
      .ctx.db.selectFrom('audit_log')
      .select(sql<string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const rows = await env()
      .ctx.db.selectFrom('deprivation_indices')
      .select('lsoa_code')
      .where('lsoa_code', '=', code(9))
      .execute();
    expect(rows).toEqual([]);
  });

  it("looks up a postcode's decile: IoD2025 for a 2021 code in it, else IoD2019, else nothing", async () => {
    const { ctx } = env();
    // A 2011 code kept in 2021 but absent from the 2025 file (2019 answers), a 2021 code in both releases (2025
    // answers), and a postcode whose LSOA is in neither.
    await ctx.db
      .insertInto('postcodes')
      .values([
        { postcode: 'LK8 1AA', latitude: 54.37, longitude: -2.91, lsoa: code(11) },
        { postcode: 'LK8 1AB', latitude: 54.37, longitude: -2.91, lsoa: code(12) },
        { postcode: 'LK8 1AD', latitude: 54.37, longitude: -2.91, lsoa: code(13) },
        { postcode: 'LK8 1AE', latitude: 54.37, longitude: -2.91, lsoa: null },
      ])
      .execute();
    await run(
      csv('c2019.csv', HEADER_2019, [
        `${code(11)},Mere 011A,E06000999,Mere,700,1`,
        `${code(12)},Mere 012A,E06000999,Mere,31000,10`,
      ]),
    );
    const report2025 = await run(csv('c2025.csv', HEADER_2025, [`${code(12)},Mere 012A,E06000998,Mere,17000,5`]));
    expect(report2025.release).toBe('2025');

    expect(await deprivationDecileOf(ctx.db, 'lk81aa')).toEqual({
      postcode: 'LK8 1AA',
      lsoaCode: code(11),
      release: '2019',
      rank: 700,
      decile: 1,
    });
    expect(await deprivationDecileOf(ctx.db, 'LK8 1AB')).toEqual({
      postcode: 'LK8 1AB',
      lsoaCode: code(12),
      release: '2025',
      rank: 17000,
      decile: 5,
    });
    expect(await deprivationDecileOf(ctx.db, 'LK8 1AD')).toBeNull();
    expect(await deprivationDecileOf(ctx.db, 'LK8 1AE')).toBeNull();
    expect(await deprivationDecileOf(ctx.db, 'LK8 9ZZ')).toBeNull();
    expect(await deprivationDecileOf(ctx.db, 'not a postcode')).toBeNull();

    // The view reports join, as the application role reads it.
    const joined = await sql<{ postcode: string; release: string; imd_decile: number }>`
      select postcode, release, imd_decile from postcode_deprivation where postcode like 'LK8 1A_' order by postcode`.execute(
      ctx.db,
    );
    expect(joined.rows).toEqual([
      { postcode: 'LK8 1AA', release: '2019', imd_decile: 1 },
      { postcode: 'LK8 1AB', release: '2025', imd_decile: 5 },
    ]);
  });
});
