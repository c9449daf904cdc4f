import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import { countTriageQueue } from '../../src/modules/pathway/referrals/referral-queues.repository.ts';
import { COUNT_CAP } from '../../src/modules/pathway/referrals/list-limits.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildPathwayScheme, makeReferral, schemeApi } from '../support/pathway.ts';

describe.each(testDatabaseTargets())("the triage queue's count on $name", (target) => {
  const env = useTestApp(target);

  it('counts the queue exactly up to 1,000, then says "more than 1,000", reading no more than 1,001 index entries', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const first = await makeReferral(s);
    const copies = async (n: number, status: string) =>
      ctx.database.owner
        .query(`INSERT INTO referrals (scheme_id, patient_id, source, status, consent_contact, evaluation, received_at, updated_at)
      SELECT scheme_id, patient_id, source, '${status}', consent_contact, evaluation, received_at + g * interval '1 second', updated_at
      FROM referrals, generate_series(1, ${n}) g WHERE id = '${first.id}'`);
    // 999 more waiting (1,000 in all), and some already decided, which are not counted.
    await copies(998, 'received');
    await copies(1, 'information_requested');
    await copies(300, 'declined');
    const queue = async () =>
      (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/triage` })).json<{
        total: number;
        totalCapped: boolean;
        items: unknown[];
      }>();
    expect(await queue()).toMatchObject({ total: 1000, totalCapped: false });

    await copies(1, 'received');
    const capped = await queue();
    expect(capped).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(capped.items).toHaveLength(50);

    // A scheme's history: far more decided referrals than waiting ones.
    await copies(500, 'received');
    await copies(20_000, 'completed');
    await ctx.database.owner.query('ANALYZE referrals');
    const plans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        expect(await countTriageQueue(db, s.scheme.id, COUNT_CAP)).toEqual({ total: COUNT_CAP, capped: true });
      }),
    );
    const count = plans.find((p) => /count\(\*\)/.test(p.sql))!;
    expect(count.plan, count.sql).toContain('referrals_triage_urgency_idx');
    expect(count.plan, count.sql).not.toMatch(/Seq Scan on referrals/);
    // The scan stops at cap + 1 entries, though 1,501 wait.
    expect(count.plan).toMatch(
      /Index (Only )?Scan using referrals_triage_urgency_idx on referrals r +\(cost=[^)]*\) \(actual time=[\d.]+\.\.[\d.]+ rows=1001(\.00)? loops=1\)/,
    );
  }, 120_000);
});
