import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliActor } from '../../src/cli/runtime.ts';
import { LAKESIDE_POSTCODES_FILE } from '../../src/demo/seed-postcodes.ts';
import { readPostcodeCsv } from '../../src/modules/community/directory/postcodes/postcode-csv-reader.ts';
import { locatePostcode } from '../../src/modules/community/directory/postcodes/locate-postcode.ts';
import {
  importPostcodes,
  POSTCODE_BATCH_SIZE,
} from '../../src/modules/community/directory/use-cases/import-postcodes.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const folder = mkdtempSync(join(tmpdir(), 'linkwork-postcodes-'));
function csvFile(name: string, lines: string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe.each(testDatabaseTargets())('postcode import on $name', (target) => {
  const env = useTestApp(target);
  const actor = cliActor('postcodes import test');

  it('imports the Lakeside ONSPD sample, and a second import changes nothing', async () => {
    const { ctx } = env();
    const first = await importPostcodes(ctx, actor, 'sample', readPostcodeCsv(LAKESIDE_POSTCODES_FILE));
    expect(first).toMatchObject({ created: 225, updated: 0, unchanged: 0, skipped: 0, problems: [] });
    const before = await ctx.db
      .selectFrom('postcodes')
      .select(['postcode', 'imported_at'])
      .orderBy('postcode')
      .execute();
    const again = await importPostcodes(ctx, actor, 'sample', readPostcodeCsv(LAKESIDE_POSTCODES_FILE));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 225, skipped: 0 });
    expect(
      await ctx.db.selectFrom('postcodes').select(['postcode', 'imported_at']).orderBy('postcode').execute(),
    ).toEqual(before);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'postcodes.import')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('skips and reports bad rows by line and column, stores the good ones, and updates a moved postcode', async () => {
    const { ctx } = env();
    const path = csvFile('mixed.csv', [
      'postcode,latitude,longitude,lsoa',
      'ZQ1 1AB,54.1,-2.8,E01000001',
      'not a postcode,54.1,-2.8,',
      'ZQ1 1AD,99.999999,0.000000,',
      'ZQ1 1AE,54.1,200,',
      'zq11af,54.2,-2.7,',
    ]);
    const report = await importPostcodes(ctx, actor, 'mixed.csv', readPostcodeCsv(path));
    expect(report).toMatchObject({ created: 2, skipped: 3, noGridReference: 1 });
    expect(report.problems).toEqual([
      { line: 3, column: 'postcode', reason: expect.stringContaining('"not a postcode" is not a UK postcode') },
      { line: 4, column: 'latitude', reason: expect.stringContaining('no grid reference') },
      { line: 5, column: 'longitude', reason: expect.stringContaining('from -180 to 180') },
    ]);
    const moved = await importPostcodes(
      ctx,
      actor,
      'moved.csv',
      readPostcodeCsv(
        csvFile('moved.csv', [
          'postcode,latitude,longitude,lsoa',
          'ZQ1 1AB,54.15,-2.8,E01000001',
          'ZQ1 1AF,54.2,-2.7,',
        ]),
      ),
    );
    expect(moved).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await locatePostcode(ctx.db, 'zq1 1ab')).toEqual({
      postcode: 'ZQ1 1AB',
      latitude: 54.15,
      longitude: -2.8,
      precision: 'postcode',
    });
  });

  it('writes batches larger than one INSERT and keeps the last row of a postcode listed twice', async () => {
    const { ctx } = env();
    const rows = Array.from(
      { length: POSTCODE_BATCH_SIZE + 250 },
      (_, i) =>
        `ZY${1 + (i % 9)} ${i % 10}${'ABDEFGHJLNPQRSTUWXYZ'[Math.floor(i / 10) % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[Math.floor(i / 200) % 20]},53.${String(i).padStart(4, '0')},-1.5,`,
    );
    // ZY1 0AA again in the second batch, and ZY9 9ZZ twice within it.
    const file = csvFile('large.csv', [
      'pcds,lat,long,lsoa21',
      ...rows,
      'ZY1 0AA,50.5,-1.5,',
      'ZY9 9ZZ,50.1,-1.5,',
      'ZY9 9ZZ,50.2,-1.5,',
    ]);
    const report = await importPostcodes(ctx, actor, 'large.csv', readPostcodeCsv(file));
    expect(report).toMatchObject({ created: POSTCODE_BATCH_SIZE + 251, updated: 1, skipped: 0 });
    expect((await locatePostcode(ctx.db, 'ZY1 0AA'))?.latitude).toBe(50.5);
    expect((await locatePostcode(ctx.db, 'ZY9 9ZZ'))?.latitude).toBe(50.2);
  });

  it('refuses a file without a postcode header before writing anything', async () => {
    const { ctx } = env();
    const path = csvFile('no-header.csv', ['ZX1 1AB,54.1,-2.8,E01000001']);
    await expect(importPostcodes(ctx, actor, 'no-header.csv', readPostcodeCsv(path))).rejects.toThrow(
      /not a postcode header: it lacks a postcode column/,
    );
    expect(await locatePostcode(ctx.db, 'ZX1 1AB')).toBeNull();
    await expect(
      importPostcodes(ctx, actor, 'missing.csv', readPostcodeCsv(join(folder, 'missing.csv'))),
    ).rejects.toThrow(/There is no file at/);
  });

  it('locates an unknown postcode at the centre of its district, and nothing for an unknown district', async () => {
    const { ctx } = env();
    const district = await ctx.db
      .selectFrom('postcodes')
      .select((eb) => [eb.fn.avg<number>(eb.cast('latitude', 'double precision')).as('lat')])
      .where('postcode', 'like', 'LK3 %')
      .executeTakeFirstOrThrow();
    const located = await locatePostcode(ctx.db, 'LK3 9ZZ');
    expect(located).toMatchObject({ postcode: 'LK3 9ZZ', precision: 'district' });
    expect(located?.latitude).toBeCloseTo(Number(district.lat), 6);
    expect(await locatePostcode(ctx.db, 'LK 1AB')).toBeNull();
    expect(await locatePostcode(ctx.db, 'QQ9 9ZZ')).toBeNull();
    // "LK1 …" must not borrow from "LK10"-like districts or the other way round: the prefix includes the space.
    expect((await locatePostcode(ctx.db, 'LK1 9ZZ'))?.precision).toBe('district');
  });
});
