import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import { searchAudit } from '../../src/modules/identity/audit/audit.repository.ts';
import { listNotified } from '../../src/modules/safety/risk/risk-notified.repository.ts';
import { reminderSent } from '../../src/modules/workforce/training/training-records.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildPathwayScheme } from '../support/pathway.ts';

/** The plans' text, as the application role in the scheme. */
async function plansOf(
  env: ReturnType<ReturnType<typeof useTestApp>>,
  schemeId: string,
  work: Parameters<typeof captureSql>[2],
) {
  // The capture also sees each subquery as it is built: each is a statement of its own, and none may scan either.
  const plans = await explainAll(env.ctx.db, schemeId, await captureSql(env.ctx.db, schemeId, work));
  const { rows } = await inSchemeTransaction(env.ctx.db, schemeId, (trx) =>
    sql<{ role: string }>`SELECT current_user AS role`.execute(trx),
  );
  expect(rows[0]!.role).toBe('linkwork_app');
  return plans;
}

describe.each(testDatabaseTargets())('reads the scale benchmark found scanning whole tables, on $name', (target) => {
  const env = useTestApp(target);

  it('finds who was told of a risk, and whether a training reminder went out, from the source index', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const riskId = crypto.randomUUID();
    // 5,000 notifications about other risks and other things, three about this risk (two at the same moment).
    await owner.query(`INSERT INTO notifications (scheme_id, recipient_id, kind, subject, body, source_type, source_id, created_at, event_key)
      SELECT '${s.scheme.id}', '${s.worker.userId}', 'risk.high', 'A risk', '', (ARRAY['risk', 'training_record', 'debrief'])[1 + g % 3], gen_random_uuid()::text,
        now() - g * interval '1 minute', 'generated:' || g FROM generate_series(1, 5000) g`);
    await owner.query(`INSERT INTO notifications (scheme_id, recipient_id, kind, subject, body, source_type, source_id, created_at, event_key) VALUES
      ('${s.scheme.id}', '${s.manager.userId}', 'risk.high', 'A risk', '', 'risk', '${riskId}', now() - interval '1 hour', 'risk:${riskId}'),
      ('${s.scheme.id}', '${s.supervisor.userId}', 'risk.high', 'A risk', '', 'risk', '${riskId}', now() - interval '2 hours', 'risk:${riskId}'),
      ('${s.scheme.id}', '${s.otherWorker.userId}', 'risk.high', 'A risk', '', 'risk', '${riskId}', now() - interval '2 hours', 'risk:${riskId}'),
      ('${s.scheme.id}', '${s.manager.userId}', 'training.expiring', 'Training', '', 'training_record', '${riskId}', now(), 'training:${riskId}')`);
    await owner.query('ANALYZE notifications');

    const names = await owner.query<{ id: string; name: string }>(
      `SELECT id, name FROM users WHERE id IN ('${s.manager.userId}', '${s.supervisor.userId}', '${s.otherWorker.userId}')`,
    );
    const name = (id: string) => names.rows.find((r) => r.id === id)!.name;
    const told = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => listNotified(trx, riskId));
    expect(told.map((t) => t.name)).toEqual([
      ...[name(s.supervisor.userId), name(s.otherWorker.userId)].sort(),
      name(s.manager.userId),
    ]);

    const plans = await plansOf(env(), s.scheme.id, async (db) => {
      expect(await listNotified(db, riskId)).toHaveLength(3);
      expect(await reminderSent(db, riskId, 'training.expiring')).toBe(true);
      expect(await reminderSent(db, riskId, 'training.expired')).toBe(false);
    });
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on notifications/);
      expect(plan.plan, plan.sql).toContain('notifications_source_idx');
    }
  });

  it("searches the audit log by an action's start one indexed branch per action, the same rows and pages as a LIKE", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const family = `t${crypto.randomUUID().slice(0, 8)}`;
    // 20,000 rows of other actions, and rows of the family's actions (some sharing a moment), one that only looks like the family.
    await owner.query(`INSERT INTO audit_log (at, action, record_type, record_id, detail)
      SELECT now() - g * interval '1 second', (ARRAY['referral.read', 'case.read', 'auth.sign-in', 'lone-working.board'])[1 + g % 4], 'referral', gen_random_uuid()::text, '{}'
      FROM generate_series(1, 20000) g`);
    await owner.query(`INSERT INTO audit_log (at, action, record_type, record_id, detail)
      SELECT now() - (g / 3) * interval '7 seconds', (ARRAY['${family}.sign-in', '${family}.sign-out', '${family}.', '${family}.two-factor.failed', '${family}_x.sign-in', '${family}x.sign-in'])[1 + g % 6],
        'user', 'record-' || (g % 5), '{}'
      FROM generate_series(1, 120) g`);
    await owner.query('ANALYZE audit_log');

    const { rows: like } = await owner.query<{ id: string }>(
      `SELECT id FROM audit_log WHERE action LIKE '${family}.%' ORDER BY at DESC, id DESC`,
    );
    expect(like).toHaveLength(80);
    const walked: string[] = [];
    let after: { at: string; id: string } | null = null;
    for (let page = 0; page < 20; page++) {
      const rows = await searchAudit(ctx.db, { action: `${family}.` }, 7, after);
      walked.push(...rows.slice(0, 7).map((r) => String(r.id)));
      if (rows.length <= 7) break;
      after = { at: rows[6]!.at_key, id: String(rows[6]!.id) };
    }
    expect(walked).toEqual(like.map((r) => String(r.id)));
    // With other filters too: the same as the LIKE with them.
    const { rows: filtered } = await owner.query<{ id: string }>(
      `SELECT id FROM audit_log WHERE action LIKE '${family}.%' AND record_id = 'record-2' ORDER BY at DESC, id DESC LIMIT 6`,
    );
    expect(
      (await searchAudit(ctx.db, { action: `${family}.`, recordId: 'record-2' }, 5, null)).map((r) => String(r.id)),
    ).toEqual(filtered.map((r) => String(r.id)));
    expect(await searchAudit(ctx.db, { action: `${family}.nothing.` }, 5, null)).toEqual([]);
    // The start is taken as written: "_" is not a wildcard, and "tXXX." does not find "tXXXx.".
    expect((await searchAudit(ctx.db, { action: `${family}_x.` }, 50, null)).map((r) => r.action)).toEqual(
      Array(20).fill(`${family}_x.sign-in`),
    );
    expect((await searchAudit(ctx.db, { action: `${family}.` }, 100, null)).map((r) => r.action)).not.toContain(
      `${family}x.sign-in`,
    );
    expect(await searchAudit(ctx.db, { action: `${family}.sign-out` }, 50, null)).toHaveLength(20);

    const plans = await plansOf(env(), s.scheme.id, async (db) => {
      expect(await searchAudit(db, { action: 'auth.' }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { action: `${family}.` }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { action: 'referral.read' }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { recordId: 'record-3' }, 50, null)).toHaveLength(24);
    });
    // The search for the family: its actions from the short list of actions (not the log), then one branch per action, merged.
    expect(plans.filter((p) => /FROM audit_actions/.test(p.sql))).toHaveLength(2);
    expect(plans.map((p) => p.sql).join('\n')).not.toMatch(/WITH RECURSIVE/);
    expect(plans.filter((p) => p.sql.startsWith('select * from (select * from'))).toHaveLength(1);
    for (const plan of plans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on audit_log/);
    expect(plans.map((p) => p.plan).join('\n')).toContain('audit_log_action_at_id_idx');
    expect(plans.map((p) => p.plan).join('\n')).toContain('audit_log_record_at_idx');
  }, 120_000);
});
