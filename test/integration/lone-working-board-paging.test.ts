import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import {
  listBoardUrgent,
  pageBoardVisits,
  type BoardCursor,
} from '../../src/modules/safety/lone-working/lone-working.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildPathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('the lone-working team board, a page at a time, on $name', (target) => {
  const env = useTestApp(target);

  it("lists every visit needing action on every page, then pages the rest in the board's order through indexed branches", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const now = new Date('2026-11-20T12:00:00Z');
    const since = new Date(now.getTime() - 86_400_000);
    const overdueBefore = new Date(now.getTime() - 15 * 60_000);
    const t = (expr: string) => `'${now.toISOString()}'::timestamptz + ${expr}`;
    const insert = (
      count: number,
      values: { start: string; end: string; status: string; alert?: string; acknowledged?: boolean; help?: boolean },
    ) =>
      owner.query(`
      INSERT INTO lone_working_visits (scheme_id, worker_id, place, planned_start, expected_end, buddy_id, worker_phone, status, checked_out_at, alert_level, acknowledged_at, acknowledged_by, help_requested_at)
      SELECT '${s.scheme.id}', '${s.worker.userId}', 'Somewhere ' || g, ${values.start}, ${values.end}, CASE WHEN g % 4 = 0 THEN '${s.supervisor.userId}'::uuid ELSE '${s.otherWorker.userId}'::uuid END,
        '07700 900456', '${values.status}', ${values.status === 'checked_out' ? values.end : 'NULL'}, ${values.alert ?? '0'},
        ${values.acknowledged ? values.end : 'NULL'}, ${values.acknowledged ? `'${s.manager.userId}'::uuid` : 'NULL'}, ${values.help ? values.start : 'NULL'}
      FROM generate_series(1, ${count}) g`);
    // A year of finished and cancelled visits (not on the board), some with alerts acknowledged long ago.
    await insert(20000, {
      start: t("- g * interval '25 minutes' - interval '2 days'"),
      end: t("- g * interval '25 minutes' - interval '2 days' + interval '1 hour'"),
      status: 'checked_out',
    });
    await insert(400, {
      start: t("- g * interval '5 hours' - interval '2 days'"),
      end: t("- g * interval '5 hours' - interval '2 days' + interval '30 minutes'"),
      status: 'cancelled',
      alert: '2',
      acknowledged: true,
    });
    // Open visits: planned ahead (ends at the same moments: ties fall to the id), under way, and one left open from last month.
    await insert(120, {
      start: t("+ (g / 2) * interval '1 hour'"),
      end: t("+ (g / 2) * interval '1 hour' + interval '1 hour'"),
      status: 'planned',
    });
    await insert(30, {
      start: t("- interval '30 minutes'"),
      end: t("+ (g - 10) * interval '1 minute'"),
      status: 'checked_in',
    });
    await insert(1, {
      start: t("- interval '30 days'"),
      end: t("- interval '30 days' + interval '1 hour'"),
      status: 'checked_in',
    });
    // Under way with an alert someone acknowledged, and with one nobody has.
    await insert(3, {
      start: t("- interval '2 hours'"),
      end: t("+ g * interval '20 minutes'"),
      status: 'checked_in',
      alert: '1',
      acknowledged: true,
    });
    await insert(2, {
      start: t("- interval '2 hours'"),
      end: t("+ g * interval '20 minutes'"),
      status: 'checked_in',
      alert: '1',
    });
    // Since yesterday, closed; one checked out while its call for help is still unanswered.
    await insert(60, {
      start: t("- interval '1 day' + (g - 1) * interval '5 minutes'"),
      end: t("- interval '1 day' + (g - 1) * interval '5 minutes' + interval '1 hour'"),
      status: 'checked_out',
    });
    await insert(1, {
      start: t("- interval '3 hours'"),
      end: t("- interval '2 hours'"),
      status: 'checked_out',
      alert: '2',
      help: true,
    });
    // Started just before yesterday and still running past it: finished, so not on the board.
    await insert(10, {
      start: t("- interval '1 day' - interval '1 minute'"),
      end: t("- interval '1 day' + interval '1 hour'"),
      status: 'checked_out',
    });
    // Alerts nobody acknowledged before the worker checked out, from weeks ago: kept on the board.
    await insert(40, {
      start: t("- g * interval '1 day' - interval '3 days'"),
      end: t("- g * interval '1 day' - interval '3 days' + interval '1 hour'"),
      status: 'checked_out',
      alert: '1 + g % 4',
    });
    await owner.query('ANALYZE lone_working_visits');

    /** The whole board in one query with ORs: the visits needing action, and the others in the board's order. */
    async function expected(buddyId: string | null): Promise<{ urgent: string[]; rest: string[] }> {
      const { rows } = await owner.query<{ id: string; urgent: boolean }>(
        `SELECT id, urgent FROM (
        SELECT id, expected_end, (status IN ('planned', 'checked_in') AND expected_end <= $3)
          OR (alert_level > 0 AND acknowledged_at IS NULL AND (status IN ('planned', 'checked_in') OR help_requested_at IS NOT NULL)) AS urgent,
          CASE status WHEN 'checked_in' THEN 2 WHEN 'planned' THEN 3 ELSE 4 END AS rank
        FROM lone_working_visits WHERE scheme_id = $1 AND ($4::uuid IS NULL OR buddy_id = $4::uuid)
          AND (status IN ('planned', 'checked_in') OR (planned_start >= $2 AND expected_end > $2) OR (alert_level > 0 AND acknowledged_at IS NULL))
      ) b ORDER BY rank, expected_end, id`,
        [s.scheme.id, since.toISOString(), overdueBefore.toISOString(), buddyId],
      );
      return {
        urgent: rows
          .filter((r) => r.urgent)
          .map((r) => r.id)
          .sort(),
        rest: rows.filter((r) => !r.urgent).map((r) => r.id),
      };
    }

    /** Every page of the board's other visits, following each page's last visit. */
    async function walk(db: Parameters<typeof pageBoardVisits>[0], buddyId: string | null) {
      const pages: string[][] = [];
      let after: BoardCursor | null = null;
      for (let i = 0; i < 20; i += 1) {
        const rows = await pageBoardVisits(db, s.scheme.id, { overdueBefore, since, buddyId, after, limit: 50 });
        const items = rows.slice(0, 50);
        pages.push(items.map((r) => r.id));
        const last = items.at(-1);
        if (rows.length <= 50 || !last) break;
        after = { rank: last.board_rank, at: last.expected_end, id: last.id };
      }
      return pages;
    }

    for (const buddyId of [null, s.supervisor.userId]) {
      const want = await expected(buddyId);
      if (!buddyId) expect(want.urgent.length).toBeGreaterThanOrEqual(4);
      await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        const urgent = await listBoardUrgent(trx, s.scheme.id, { overdueBefore, buddyId, limit: 200 });
        expect(urgent.map((r) => r.id).sort()).toEqual(want.urgent);
        const pages = await walk(trx, buddyId);
        expect(pages.flat()).toEqual(want.rest);
        if (!buddyId) expect(pages.length).toBeGreaterThan(3);
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(50);
      });
    }

    // As the application role: each part reads its indexes, never the scheme's whole history.
    const plans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        await listBoardUrgent(db, s.scheme.id, { overdueBefore, buddyId: null, limit: 200 });
        await pageBoardVisits(db, s.scheme.id, { overdueBefore, since, buddyId: null, after: null, limit: 50 });
        await pageBoardVisits(db, s.scheme.id, {
          overdueBefore,
          since,
          buddyId: s.supervisor.userId,
          after: { rank: 3, at: now, id: '00000000-0000-0000-0000-000000000000' },
          limit: 50,
        });
      }),
    );
    const { rows } = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      sql<{ role: string }>`SELECT current_user AS role`.execute(trx),
    );
    expect(rows[0]!.role).toBe('linkwork_app');
    const boards = plans.filter((p) => p.sql.includes('inner join "users" as "w"'));
    expect(boards).toHaveLength(3);
    for (const plan of plans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on lone_working_visits/);
    expect(boards[0]!.plan).toContain('lone_working_visits_unacknowledged_idx');
    expect(boards[1]!.plan).toContain('lone_working_visits_checked_in_idx');
    expect(boards[1]!.plan).toContain('lone_working_visits_planned_idx');
    expect(boards[1]!.plan).toContain('lone_working_visits_end_idx');
  }, 180_000);

  it('says when more visits need action than a page holds, listing the most urgent, on every page', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    // 60 visits left open long ago (overdue whatever the clock says), one calling for help, and 60 planned far ahead.
    const insert = (count: number, status: string, end: string, extra = '') =>
      owner.query(`
      INSERT INTO lone_working_visits (scheme_id, worker_id, place, planned_start, expected_end, buddy_id, worker_phone, status${extra ? ', alert_level, help_requested_at' : ''})
      SELECT '${s.scheme.id}', '${s.worker.userId}', 'Somewhere ' || g, ${end} - interval '1 hour', ${end}, '${s.otherWorker.userId}', '07700 900456', '${status}'${extra}
      FROM generate_series(1, ${count}) g`);
    await insert(60, 'checked_in', `'2001-01-01T12:00:00Z'::timestamptz + g * interval '1 minute'`);
    await insert(1, 'checked_in', `'2001-01-02T12:00:00Z'::timestamptz`, ", 1, '2001-01-02T11:30:00Z'::timestamptz");
    await insert(60, 'planned', `'2099-01-01T12:00:00Z'::timestamptz + g * interval '1 minute'`);
    const url = `/api/schemes/${s.scheme.slug}/lone-working/visits/team`;
    type Board = {
      urgent: { place: string; alert: string; overdue: boolean }[];
      moreUrgent: boolean;
      visits: { status: string }[];
      next: string | null;
    };
    const first = await s.manager.request({ method: 'GET', url });
    expect(first.statusCode, first.body).toBe(200);
    const board = first.json<Board>();
    expect(board).toMatchObject({ moreUrgent: true });
    expect(board.urgent).toHaveLength(50);
    // The call for help first (an unacknowledged alert), then the overdue visits by expected end.
    expect(board.urgent[0]).toMatchObject({ alert: 'active', overdue: true });
    expect(board.urgent.slice(1).map((v) => v.place)).toEqual(
      Array.from({ length: 49 }, (_, i) => `Somewhere ${i + 1}`),
    );
    expect(board.visits).toHaveLength(50);
    expect(board.visits.every((v) => v.status === 'planned')).toBe(true);
    const second = (await s.manager.request({ method: 'GET', url: `${url}?after=${board.next!}` })).json<Board>();
    expect(second).toMatchObject({ moreUrgent: true, next: null });
    expect(second.urgent).toEqual(board.urgent);
    expect(second.visits).toHaveLength(10);
  }, 120_000);
});
