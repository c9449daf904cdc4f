import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildPathwayScheme, expectProblem, makeReferral, schemeApi, schemeRowCounts } from '../support/pathway.ts';

/**
 * Several people triaging the same referral at once (the one at the top of the queue): one change wins,
 * the others are edit conflicts, and none of them parks a pool connection on the referral's row lock
 * while the winner finishes (bench/triage.ts measures this under load).
 */
describe.each(testDatabaseTargets())('the same referral triaged by several people at once on $name', (target) => {
  const env = useTestApp(target);

  it('lets one change win and answers the others with an edit conflict, writing nothing for them', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const referral = await makeReferral(s);
    const url = `${schemeApi(s)}/referrals/${referral.id}`;
    const before = await schemeRowCounts(ctx, s.scheme.id);
    const answers = await Promise.all([
      s.worker.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } }),
      s.otherWorker.request({
        method: 'POST',
        url: `${url}/decline`,
        payload: { version: 1, reason: 'Out of area', alternative: '' },
      }),
      s.manager.request({
        method: 'POST',
        url: `${url}/request-information`,
        payload: { version: 1, question: 'Does she have a phone?' },
      }),
    ]);
    const won = answers.filter((a) => a.statusCode === 200);
    expect(won, answers.map((a) => a.body).join('\n')).toHaveLength(1);
    // A loser that reads the referral after the winner's commit sees it already moved on (its state or its version).
    for (const lost of answers.filter((a) => a.statusCode !== 200))
      expect([lost.statusCode, lost.json().code]).toEqual([
        409,
        expect.stringMatching(/^(edit-conflict|illegal-transition)$/),
      ]);
    const after = await schemeRowCounts(ctx, s.scheme.id);
    expect(after.referral_events).toBe(before.referral_events + 1);
    expect((await s.worker.request({ method: 'GET', url })).json()).toMatchObject({ version: 2 });
  });

  it.skipIf(target.name === 'pglite')(
    'does not wait for another change holding the referral: an edit conflict at once, then the same change goes through',
    async () => {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      const referral = await makeReferral(s);
      const url = `${schemeApi(s)}/referrals/${referral.id}`;
      const before = await schemeRowCounts(ctx, s.scheme.id);
      // Another change in progress: a transaction holding the referral's row lock until released.
      let release!: () => void;
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        await sql`SELECT id FROM referrals WHERE id = ${referral.id} FOR NO KEY UPDATE`.execute(trx);
        locked();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
      await isLocked;
      try {
        const waited = new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 3_000));
        const answer = await Promise.race([
          s.worker.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } }),
          waited,
        ]);
        expect(answer).not.toBe('still waiting');
        if (answer === 'still waiting') return;
        const problem = expectProblem(answer, 409, 'edit-conflict');
        expect(problem.detail).toMatch(/Someone else is changing this referral right now\. Reload/);
        expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);
      } finally {
        release();
        await holder;
      }
      const accepted = await s.worker.request({ method: 'POST', url: `${url}/accept`, payload: { version: 1 } });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toMatchObject({ status: 'waiting', version: 2 });
    },
  );
});
