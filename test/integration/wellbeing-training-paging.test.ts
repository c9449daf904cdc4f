import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { recordSessionFeeling } from '../../src/modules/workforce/support/record-session-feeling.ts';
import { TEAM_PAGE } from '../../src/modules/workforce/support/use-cases/get-team-wellbeing.ts';
import { difficultRunsQuery, workerFiguresQuery } from '../../src/modules/workforce/support/wellbeing.repository.ts';
import { MATRIX_PAGE } from '../../src/modules/workforce/training/use-cases/training-matrix.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { encodeCursor, encodeNameCursor } from '../../src/platform/http/cursor.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildUser } from '../support/factories.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { caseSession } from '../support/support.ts';

interface Page<T> {
  next: string | null;
  previous: string | null;
  items: T[];
}

async function getPage<T>(
  client: RoleClient,
  url: string,
  items: (body: Record<string, unknown>) => T[],
): Promise<Page<T>> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<Record<string, unknown> & { next: string | null; previous: string | null }>();
  return { next: body.next, previous: body.previous, items: items(body) };
}

/** Follows "next" from the first page to the last, then "previous" back to the first; both walks must see the same pages. */
async function walk<T>(
  client: RoleClient,
  url: string,
  items: (body: Record<string, unknown>) => T[],
): Promise<Page<T>[]> {
  const pages: Page<T>[] = [await getPage(client, url, items)];
  expect(pages[0]!.previous).toBeNull();
  while (pages[pages.length - 1]!.next && pages.length < 50)
    pages.push(await getPage(client, `${url}?after=${encodeURIComponent(pages[pages.length - 1]!.next!)}`, items));
  let back = pages[pages.length - 1]!;
  for (let i = pages.length - 2; i >= 0; i--) {
    expect(back.previous, `page ${i + 2} has no way back`).not.toBeNull();
    back = await getPage(client, `${url}?before=${encodeURIComponent(back.previous!)}`, items);
    expect(back.items).toEqual(pages[i]!.items);
    expect(back.next).not.toBeNull();
  }
  expect(back.previous).toBeNull();
  return pages;
}

/** The scheme's link workers (or some role's staff) in the order the database sorts names: what the pages must add up to. */
async function staffByName(ctx: AppContext, schemeId: string, roles: string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT u.id FROM users u WHERE u.active AND EXISTS (
    SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.scheme_id = ${schemeId} AND m.role = ANY(${roles}::text[])) ORDER BY u.name, u.id`.execute(
    ctx.db,
  );
  return rows.map((r) => r.id);
}

/** Link workers with a handful of shared names, so the order must fall back on the id to be stable. */
async function addWorkers(ctx: AppContext, s: PathwayScheme, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      (
        await buildUser(ctx, {
          role: 'link_worker',
          schemeId: s.scheme.id,
          name: `Worker ${String.fromCharCode(65 + (i % 7))}`,
        })
      ).id,
    );
  return ids;
}

function expectWholeList(pages: Page<string>[], pageSize: number, expected: string[]) {
  const all = pages.flatMap((p) => p.items);
  expect(new Set(all).size, 'a worker appeared on two pages').toBe(all.length);
  expect(all).toEqual(expected);
  pages.forEach((p, i) =>
    expect(p.items.length).toBe(i < pages.length - 1 ? pageSize : Math.min(pageSize, expected.length - i * pageSize)),
  );
  expect(pages[pages.length - 1]!.next).toBeNull();
}

describe.each(testDatabaseTargets())('team wellbeing and the training matrix in pages on $name', (target) => {
  const env = useTestApp(target);

  it("pages the team's wellbeing by name for the manager, and the supervisor's supervisees only, with nothing missed or repeated", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const added = await addWorkers(ctx, s, 2 * TEAM_PAGE + 7);
    const supervised = added.filter((_, i) => i % 2 === 0);
    await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .insertInto('worker_profiles')
        .values(supervised.map((id) => ({ scheme_id: s.scheme.id, user_id: id, supervisor_id: s.supervisor.userId })))
        .execute(),
    );
    const url = `${schemeApi(s)}/wellbeing/team`;
    const everyone = await staffByName(ctx, s.scheme.id, ['link_worker']);
    expect(everyone).toHaveLength(added.length + 2);

    const managerPages = await walk(s.manager, url, (b) =>
      (b.workers as { workerId: string }[]).map((w) => w.workerId),
    );
    expect(managerPages).toHaveLength(3);
    expectWholeList(managerPages, TEAM_PAGE, everyone);

    const supervisorPages = await walk(s.supervisor, url, (b) =>
      (b.workers as { workerId: string }[]).map((w) => w.workerId),
    );
    expectWholeList(
      supervisorPages,
      TEAM_PAGE,
      everyone.filter((id) => supervised.includes(id)),
    );

    // Access is unchanged: a worker may not page the team, nor may another scheme's manager.
    expectProblem(await s.worker.request({ method: 'GET', url }), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${url}?after=${encodeURIComponent(managerPages[0]!.next!)}` }),
      403,
      'forbidden',
    );
  });

  it('refuses a cursor it did not give out, naming the field and how to start again', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    for (const path of ['wellbeing/team', 'training/matrix']) {
      const url = `${schemeApi(s)}/${path}`;
      const broken = expectFieldError(
        await s.manager.request({ method: 'GET', url: `${url}?after=not-a-cursor` }),
        'after',
      );
      expect(broken.fix).toMatch(/first page/);
      // A cursor from a list ordered by date (the caseload's) is not a position in a list of people.
      expectFieldError(
        await s.manager.request({ method: 'GET', url: `${url}?after=${encodeCursor(new Date(), s.worker.userId)}` }),
        'after',
      );
      expectFieldError(
        await s.manager.request({
          method: 'GET',
          url: `${url}?after=${encodeNameCursor({ name: 'Worker', id: 'not-an-id' })}`,
        }),
        'after',
      );
      expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?after=${'x'.repeat(401)}` }), 'after');
      expectProblem(await s.manager.request({ method: 'GET', url: `${url}?page=2` }), 400, 'validation-failed');
      const somewhere = encodeNameCursor({ name: 'Worker', id: s.worker.userId });
      expect(
        expectFieldError(
          await s.manager.request({ method: 'GET', url: `${url}?after=${somewhere}&before=${somewhere}` }),
          'before',
        ).message,
      ).toMatch(/not both/);
      expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?before=broken` }), 'before');
    }
  });

  it('pages the training matrix by person, each person once, with their roles and cells', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addWorkers(ctx, s, MATRIX_PAGE + 3);
    // Someone with two roles is one row of the matrix, not two.
    await ctx.db
      .insertInto('memberships')
      .values({ user_id: s.supervisor.userId, role: 'link_worker', scheme_id: s.scheme.id })
      .execute();
    const url = `${schemeApi(s)}/training/matrix`;
    const expected = await staffByName(ctx, s.scheme.id, ['link_worker', 'supervisor', 'scheme_manager']);
    const pages = await walk(
      s.manager,
      url,
      (b) => b.people as { id: string; roles: string[]; cells: { courseId: string }[] }[],
    );
    expectWholeList(
      pages.map((p) => ({ ...p, items: p.items.map((i) => i.id) })),
      MATRIX_PAGE,
      expected,
    );
    const people = pages.flatMap((p) => p.items);
    expect(people.find((p) => p.id === s.supervisor.userId)?.roles).toEqual(['link_worker', 'supervisor']);
    expect(new Set(people.map((p) => p.cells.length)).size).toBe(1);
    expectProblem(await s.worker.request({ method: 'GET', url }), 403, 'forbidden');
  });

  it("counts one worker's run of difficult sessions from the last easier one, newest first", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    for (const feeling of ['difficult', 'difficult', 'fine', 'distressing', 'difficult'] as const) {
      const sessionId = await caseSession(ctx, s, caseId, s.worker.userId);
      await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        recordSessionFeeling(ctx, trx, { schemeId: s.scheme.id, workerId: s.worker.userId, sessionId, feeling }),
      );
    }
    const mine = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` })).json();
    expect(mine).toMatchObject({ workerId: s.worker.userId, difficultSessionsInRow: 2, sessionsThisWeek: 5 });
    // The other worker recorded nothing: their figures are their own, not the team's.
    const other = (await s.otherWorker.request({ method: 'GET', url: `${schemeApi(s)}/wellbeing/me` })).json();
    expect(other).toMatchObject({
      workerId: s.otherWorker.userId,
      difficultSessionsInRow: 0,
      sessionsThisWeek: 0,
      caseload: { openCases: 0 },
    });
  });

  it("reads one worker's figures through indexes as the application role, not by scanning sessions or referrals", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const workers = await addWorkers(ctx, s, 19);
    const { caseId, referralId } = await allocatedCase(s);
    const one = s.worker.userId;
    const owner = ctx.database.owner;
    // 20,000 more referrals (copies of the one above), 3,000 of them cases shared by 20 workers, the chosen worker holding
    // few of them, and 4,000 sessions over a year with a feeling recorded for each.
    await owner.query(`INSERT INTO referrals (scheme_id, patient_id, source, status, consent_contact, evaluation, received_at)
      SELECT r.scheme_id, r.patient_id, r.source, 'allocated', true, r.evaluation, r.received_at - g * interval '1 hour' FROM referrals r, generate_series(1, 20000) g WHERE r.id = '${referralId}'`);
    await owner.query(`INSERT INTO cases SELECT (jsonb_populate_record(c, jsonb_build_object('id', gen_random_uuid(), 'referral_id', n.id,
        'worker_id', CASE WHEN n.k % 200 = 0 THEN '${one}'::uuid ELSE ('{${workers.join(',')}}'::uuid[])[1 + n.k % ${workers.length}] END))).*
      FROM cases c, (SELECT id, row_number() OVER () AS k FROM referrals WHERE scheme_id = '${s.scheme.id}' AND id <> '${referralId}' LIMIT 3000) n WHERE c.id = '${caseId}'`);
    await owner.query(`INSERT INTO case_sessions (scheme_id, case_id, starts_at, duration_minutes, mode, attendance, by_user_id)
      SELECT c.scheme_id, c.id, now() - (g * interval '131 minutes'), 45, 'phone', CASE WHEN g % 5 = 0 THEN 'did_not_attend' ELSE 'attended' END, c.worker_id
      FROM generate_series(1, 4000) g JOIN (SELECT id, scheme_id, worker_id, row_number() OVER (ORDER BY id) AS k FROM cases WHERE scheme_id = '${s.scheme.id}') c ON c.k = 1 + g % 3001`);
    await owner.query(`INSERT INTO session_wellbeing (session_id, scheme_id, worker_id, feeling, recorded_at)
      SELECT s.id, s.scheme_id, s.by_user_id, (ARRAY['fine', 'affected', 'difficult', 'distressing'])[1 + (extract(epoch FROM s.starts_at)::bigint / 60) % 4], s.starts_at
      FROM case_sessions s WHERE s.scheme_id = '${s.scheme.id}'`);
    for (const table of [
      'referrals',
      'cases',
      'case_sessions',
      'session_wellbeing',
      'case_tasks',
      'debrief_requests',
      'users',
    ])
      await owner.query(`ANALYZE ${table}`);

    const now = ctx.now();
    const window = {
      weekStart: new Date(now.getTime() - 7 * 86_400_000),
      today: env().clock.today(),
      yearAgo: new Date(now.getTime() - 365 * 86_400_000),
      runSince: new Date(now.getTime() - 180 * 86_400_000),
    };
    const plans = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const { rows } = await sql<{ role: string }>`SELECT current_user AS role`.execute(trx);
      expect(rows[0]!.role).toBe('linkwork_app');
      const figures = await workerFiguresQuery(trx, s.scheme.id, [one], window).explain();
      const runs = await difficultRunsQuery(trx, s.scheme.id, [one], window.runSince).explain();
      return [...figures, ...runs].map((r) => String(Object.values(r)[0])).join('\n');
    });
    expect(plans).toMatch(/Index|Bitmap/);
    for (const table of ['case_sessions', 'referrals', 'cases', 'session_wellbeing'])
      expect(plans, plans).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));

    // And the figures are that worker's own, as counted directly.
    const {
      rows: [expected],
    } = await owner.query<{ open: string; sessions: string }>(`SELECT
      (SELECT count(*) FROM cases WHERE worker_id = '${one}' AND status IN ('contacting', 'active')) AS open,
      (SELECT count(*) FROM case_sessions WHERE by_user_id = '${one}' AND attendance = 'attended' AND starts_at >= '${window.weekStart.toISOString()}') AS sessions`);
    const counted = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      workerFiguresQuery(trx, s.scheme.id, [one], window).executeTakeFirstOrThrow(),
    );
    expect(Number(counted.open_cases)).toBe(Number(expected!.open));
    expect(Number(counted.sessions_this_week)).toBe(Number(expected!.sessions));
    expect(Number(expected!.open)).toBeGreaterThan(5);
  }, 120_000);
});
