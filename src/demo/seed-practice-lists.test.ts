import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/context.ts';
import { testDatabaseTargets } from '../../test/support/databases.ts';
import { lakesidePostcode } from './lakeside-postcodes.ts';
import { seedPostcodes } from './seed-postcodes.ts';
import { seedPracticeLists } from './seed-practice-lists.ts';

describe.each(testDatabaseTargets())('the Lakeside practice lists sample on $name', (target) => {
  const env = useTestApp(target);

  it('gives each demo practice a list by sex and every five-year band, and its people postcodes in the directory', async () => {
    const { ctx } = env();
    const progress: string[] = [];
    await seedPracticeLists(ctx, (m) => progress.push(m));
    expect(progress).toEqual(['Lakeside practice lists: 5 practices, 0 lines skipped.']);
    const lists = await ctx.db
      .selectFrom('practice_populations')
      .select(['practice_ods_code', (eb) => eb.fn.countAll<string>().as('bands')])
      .groupBy('practice_ods_code')
      .orderBy('practice_ods_code')
      .execute();
    expect(lists.map((l) => [l.practice_ods_code, Number(l.bands)])).toEqual(
      ['Y90001', 'Y90002', 'Y90003', 'Y90004', 'Y90005'].map((code) => [code, 40]),
    );
    await seedPostcodes(ctx);
    const known = new Set((await ctx.db.selectFrom('postcodes').select('postcode').execute()).map((p) => p.postcode));
    for (const [a, b, c, d] of [
      [1, 1, 'A', 'B'],
      [9, 9, 'Z', 'Z'],
      [4, 7, 'Q', 'N'],
    ] as const)
      expect(known.has(lakesidePostcode(a, b, c, d))).toBe(true);
  });
});
