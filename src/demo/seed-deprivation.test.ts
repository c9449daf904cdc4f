import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/context.ts';
import { testDatabaseTargets } from '../../test/support/databases.ts';
import { seedDeprivation } from './seed-deprivation.ts';
import { seedPostcodes } from './seed-postcodes.ts';

describe.each(testDatabaseTargets())('the Lakeside deprivation sample on $name', (target) => {
  const env = useTestApp(target);

  it('gives every Lakeside postcode an IoD2025 decile, the deciles spread from 1 to 10', async () => {
    const { ctx } = env();
    const progress: string[] = [];
    await seedPostcodes(ctx);
    await seedDeprivation(ctx, (m) => progress.push(m));
    expect(progress).toEqual([
      'Lakeside IoD2019: 27 LSOAs created, 0 skipped.',
      'Lakeside IoD2025: 27 LSOAs created, 0 skipped.',
    ]);
    const { rows } = await sql<{ postcodes: number; placed: number; releases: string[]; deciles: number }>`
      select (select count(*)::int from postcodes where lsoa is not null) as postcodes,
        count(d.postcode)::int as placed, array_agg(distinct d.release) as releases,
        count(distinct d.imd_decile)::int as deciles
      from postcode_deprivation d`.execute(ctx.db);
    expect(rows[0]).toEqual({ postcodes: 225, placed: 225, releases: ['2025'], deciles: 10 });
  });
});
