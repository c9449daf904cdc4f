import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import { searchAudit } from '../../src/modules/audit/audit.repository.ts';
import { listBoardVisits } from '../../src/modules/lone-working/lone-working.repository.ts';
import { listNotified } from '../../src/modules/risk/risk.repository.ts';
import { reminderSent } from '../../src/modules/training/training.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildPathwayScheme } from '../support/pathway.ts';

/** The plans' text, as the application role in the scheme. */
async function plansOf(env: ReturnType<ReturnType<typeof useTestApp>>, schemeId: string, work: Parameters<typeof captureSql>[2]) {
  // The capture also sees each subquery as it is built: each is a statement of its own, and none may scan either.
  const plans = await explainAll(env.ctx.db, schemeId, await captureSql(env.ctx.db, schemeId, work));
  const { rows } = await inSchemeTransaction(env.ctx.db, schemeId, (trx) => sql<{ role: string }>`SELECT current_user AS role`.execute(trx));
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

    const names = await owner.query<{ id: string; name: string }>(`SELECT id, name FROM users WHERE id IN ('${s.manager.userId}', '${s.supervisor.userId}', '${s.otherWorker.userId}')`);
    const name = (id: string) => names.rows.find((r) => r.id === id)!.name;
    const told = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => listNotified(trx, riskId));
    expect(told.map((t) => t.name)).toEqual([...[name(s.supervisor.userId), name(s.otherWorker.userId)].sort(), name(s.manager.userId)]);

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

  it('reads the lone-working team board as indexed branches: the same visits as the one query with an OR, for monitors and buddies', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const now = new Date('2026-11-20T12:00:00Z');
    const since = new Date(now.getTime() - 86_400_000);
    const t = (expr: string) => `'${now.toISOString()}'::timestamptz + ${expr}`;
    const insert = (count: number, values: { start: string; end: string; status: string; alert?: string; acknowledged?: boolean; buddy?: string }) => owner.query(`
      INSERT INTO lone_working_visits (scheme_id, worker_id, place, planned_start, expected_end, buddy_id, worker_phone, status, checked_out_at, alert_level, acknowledged_at, acknowledged_by)
      SELECT '${s.scheme.id}', '${s.worker.userId}', 'Somewhere ' || g, ${values.start}, ${values.end}, ${values.buddy ?? `CASE WHEN g % 4 = 0 THEN '${s.supervisor.userId}'::uuid ELSE '${s.otherWorker.userId}'::uuid END`},
        '07700 900456', '${values.status}', ${values.status === 'checked_out' ? values.end : 'NULL'}, ${values.alert ?? '0'},
        ${values.acknowledged ? values.end : 'NULL'}, ${values.acknowledged ? `'${s.manager.userId}'::uuid` : 'NULL'}
      FROM generate_series(1, ${count}) g`);
    // A year of finished and cancelled visits (not on the board), some with alerts acknowledged long ago.
    await insert(20000, { start: t("- g * interval '25 minutes' - interval '2 days'"), end: t("- g * interval '25 minutes' - interval '2 days' + interval '1 hour'"), status: 'checked_out' });
    await insert(400, { start: t("- g * interval '5 hours' - interval '2 days'"), end: t("- g * interval '5 hours' - interval '2 days' + interval '30 minutes'"), status: 'cancelled', alert: '2', acknowledged: true });
    // Open visits: planned ahead, under way, and one left open from last month (ends at the same moments: ties fall to the id).
    await insert(300, { start: t("+ (g / 2) * interval '1 hour'"), end: t("+ (g / 2) * interval '1 hour' + interval '1 hour'"), status: 'planned' });
    await insert(20, { start: t("- interval '30 minutes'"), end: t("+ g * interval '1 minute'"), status: 'checked_in' });
    await insert(1, { start: t("- interval '30 days'"), end: t("- interval '30 days' + interval '1 hour'"), status: 'checked_in' });
    // Since yesterday (from exactly its start), closed; and cancelled ones planned ahead.
    await insert(150, { start: t("- interval '1 day' + (g - 1) * interval '5 minutes'"), end: t("- interval '1 day' + (g - 1) * interval '5 minutes' + interval '1 hour'"), status: 'checked_out' });
    await insert(50, { start: t("+ g * interval '3 hours'"), end: t("+ g * interval '3 hours' + interval '1 hour'"), status: 'cancelled' });
    // Started just before yesterday and still running past it: not on the board unless open.
    await insert(10, { start: t("- interval '1 day' - interval '1 minute'"), end: t("- interval '1 day' + interval '1 hour'"), status: 'checked_out' });
    // Alerts nobody has acknowledged, from weeks ago.
    await insert(40, { start: t("- g * interval '1 day' - interval '3 days'"), end: t("- g * interval '1 day' - interval '3 days' + interval '1 hour'"), status: 'checked_out', alert: '1 + g % 4' });
    await owner.query('ANALYZE lone_working_visits');

    /** The board as the one query with an OR (before it was split into branches). */
    async function expected(buddyId: string | null): Promise<string[]> {
      const { rows } = await owner.query<{ id: string }>(`SELECT id FROM lone_working_visits v WHERE scheme_id = $1
        AND (status IN ('planned', 'checked_in') OR planned_start >= $2 OR (alert_level > 0 AND acknowledged_at IS NULL))
        AND ($3::uuid IS NULL OR buddy_id = $3::uuid) ORDER BY expected_end, id LIMIT 500`, [s.scheme.id, since.toISOString(), buddyId]);
      return rows.map((r) => r.id);
    }
    const monitorBoard = await expected(null);
    const buddyBoard = await expected(s.supervisor.userId);
    expect(monitorBoard).toHaveLength(500);
    expect(buddyBoard.length).toBeGreaterThan(100);
    expect(buddyBoard.length).toBeLessThan(500);
    for (const [buddyId, board] of [[null, monitorBoard], [s.supervisor.userId, buddyBoard]] as const) {
      const rows = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => listBoardVisits(trx, s.scheme.id, since, buddyId));
      expect(rows.map((r) => r.id)).toEqual(board);
    }
    // With fewer than a page, every visit of every branch, once.
    const { rows: [all] } = await owner.query<{ n: string }>(`SELECT count(*) AS n FROM lone_working_visits WHERE scheme_id = '${s.scheme.id}'
      AND buddy_id = '${s.supervisor.userId}' AND (status IN ('planned', 'checked_in') OR planned_start >= '${since.toISOString()}' OR (alert_level > 0 AND acknowledged_at IS NULL))`);
    expect(buddyBoard).toHaveLength(Number(all!.n));

    const plans = await plansOf(env(), s.scheme.id, async (db) => {
      expect(await listBoardVisits(db, s.scheme.id, since, null)).toHaveLength(500);
      expect(await listBoardVisits(db, s.scheme.id, since, s.supervisor.userId)).toHaveLength(buddyBoard.length);
    });
    for (const plan of plans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on lone_working_visits/);
    // Each board reads the branches' indexes, whole rows, and names the people by primary key.
    const boards = plans.filter((p) => p.sql.includes('inner join "users" as "w"'));
    expect(boards).toHaveLength(2);
    for (const plan of boards) expect(plan.plan).toContain('lone_working_visits_unacknowledged_idx');
    expect(boards[0]!.plan).toContain('lone_working_visits_open_idx');
    expect(boards[0]!.plan).toContain('lone_working_visits_end_idx');
    expect(boards[1]!.plan).toContain('lone_working_visits_buddy_open_idx');
  }, 120_000);

  it('searches the audit log by an action\'s start one indexed branch per action, the same rows and pages as a LIKE', async () => {
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

    const { rows: like } = await owner.query<{ id: string }>(`SELECT id FROM audit_log WHERE action LIKE '${family}.%' ORDER BY at DESC, id DESC`);
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
    const { rows: filtered } = await owner.query<{ id: string }>(`SELECT id FROM audit_log WHERE action LIKE '${family}.%' AND record_id = 'record-2' ORDER BY at DESC, id DESC LIMIT 6`);
    expect((await searchAudit(ctx.db, { action: `${family}.`, recordId: 'record-2' }, 5, null)).map((r) => String(r.id))).toEqual(filtered.map((r) => String(r.id)));
    expect(await searchAudit(ctx.db, { action: `${family}.nothing.` }, 5, null)).toEqual([]);
    // The start is taken as written: "_" is not a wildcard, and "tXXX." does not find "tXXXx.".
    expect((await searchAudit(ctx.db, { action: `${family}_x.` }, 50, null)).map((r) => r.action)).toEqual(Array(20).fill(`${family}_x.sign-in`));
    expect((await searchAudit(ctx.db, { action: `${family}.` }, 100, null)).map((r) => r.action)).not.toContain(`${family}x.sign-in`);
    expect((await searchAudit(ctx.db, { action: `${family}.sign-out` }, 50, null))).toHaveLength(20);

    const plans = await plansOf(env(), s.scheme.id, async (db) => {
      expect(await searchAudit(db, { action: 'auth.' }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { action: `${family}.` }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { action: 'referral.read' }, 50, null)).toHaveLength(51);
      expect(await searchAudit(db, { recordId: 'record-3' }, 50, null)).toHaveLength(24);
    });
    // The search for the family: its actions by a skip through the index, then one branch per action, merged.
    expect(plans.filter((p) => /^\s*WITH RECURSIVE/.test(p.sql))).toHaveLength(2);
    expect(plans.filter((p) => p.sql.startsWith('select * from (select * from'))).toHaveLength(1);
    for (const plan of plans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on audit_log/);
    expect(plans.map((p) => p.plan).join('\n')).toContain('audit_log_action_at_id_idx');
    expect(plans.map((p) => p.plan).join('\n')).toContain('audit_log_record_at_idx');
  }, 120_000);
});
