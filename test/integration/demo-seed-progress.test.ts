import { describe, expect, it } from 'vitest';
import { IncompleteDemoError, assertDemoNotHalfMade, readDemoSeedProgress } from '../../src/demo/demo-seed-progress.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

describe.each(testDatabaseTargets())('how far the demo seed got, on $name', (target) => {
  describe('a seed stopped midway', () => {
    const env = useTestApp(target);

    it('is recorded with the step it stopped in, refused afterwards, and the refusal changes nothing', async () => {
      const { ctx } = env();
      // The process dies as the pathway begins: everything before it is committed, nothing after it runs.
      const stopped = seedDemo(ctx, (message) => {
        if (message.includes('through the pathway')) throw new Error('the process was killed');
      });
      await expect(stopped).rejects.toThrow('the process was killed');
      expect(await readDemoSeedProgress(ctx.db)).toMatchObject({
        state: 'started',
        step: expect.stringMatching(/^the pathway/),
      });

      const counts = async () =>
        (await ctx.database.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations')).rows[0]!.n +
        (await ctx.database.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
      const before = await counts();
      const again = seedDemo(ctx);
      await expect(again).rejects.toBeInstanceOf(IncompleteDemoError);
      await expect(seedDemo(ctx)).rejects.toThrow(/is incomplete: creating it \(begun .+\) stopped during the pathway/);
      await expect(assertDemoNotHalfMade(ctx)).rejects.toBeInstanceOf(IncompleteDemoError);
      expect(await counts()).toBe(before);
    });
  });

  describe('a seed that finishes', () => {
    const env = useTestApp(target);

    it('is recorded as complete, and a second seed changes nothing', async () => {
      const { ctx } = env();
      expect(await readDemoSeedProgress(ctx.db)).toBeNull();
      await assertDemoNotHalfMade(ctx);
      expect(await seedDemo(ctx)).toBe(true);
      expect(await readDemoSeedProgress(ctx.db)).toMatchObject({ state: 'complete' });
      await assertDemoNotHalfMade(ctx);
      expect(await seedDemo(ctx)).toBe(false);
    }, 120_000);
  });
});

describe('the message for a half-made demo', () => {
  const progress = { state: 'started', step: 'the Lakeside directory', startedAt: '2026-12-07T01:09:00Z' } as const;

  it('names the embedded database folder to delete, and keeps the secret key and backups', () => {
    const message = new IncompleteDemoError(progress, { databaseUrl: null, dataDir: '/srv/linkwork/data' }).message;
    expect(message).toBe(
      'The demo data in /srv/linkwork/data is incomplete: creating it (begun 7 December 2026 at 1:09am) stopped ' +
        'during the Lakeside directory, and a half-made demo cannot be finished where it stands. Stop Linkwork, ' +
        'delete the database folder /srv/linkwork/data/pgdata (the secret key and backups beside it can stay) and ' +
        'run "linkwork start": a new embedded database gets the complete demo.',
    );
  });

  it('on PostgreSQL, says to recreate the database without printing its address', () => {
    const message = new IncompleteDemoError(progress, {
      databaseUrl: 'postgres://linkwork:secret@db.example.org/linkwork',
      dataDir: '/srv/linkwork/data',
    }).message;
    expect(message).toMatch(/^The demo data in this PostgreSQL database \(DATABASE_URL\) is incomplete/);
    expect(message).toContain('drop the database, create it again empty and run "linkwork start --demo"');
    expect(message).not.toContain('secret');
  });
});
