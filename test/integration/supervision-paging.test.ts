import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import type { AppContext } from '../../src/context.ts';
import {
  listSupervisionStates,
  pageSupervisionStates,
} from '../../src/modules/workforce/support/supervision.repository.ts';
import { SUPERVISEES_PAGE } from '../../src/modules/workforce/support/use-cases/get-supervision-overview.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { encodeCursor, encodeNameCursor } from '../../src/platform/http/cursor.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildUser } from '../support/factories.ts';
import {
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { nameSupervisor } from '../support/support.ts';

interface Page {
  ids: string[];
  overdue: boolean[];
  next: string | null;
  previous: string | null;
  me: unknown;
}

async function getPage(client: RoleClient, url: string): Promise<Page> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<{
    me: unknown;
    supervisees: { workerId: string; overdue: boolean }[];
    next: string | null;
    previous: string | null;
  }>();
  return {
    ids: body.supervisees.map((w) => w.workerId),
    overdue: body.supervisees.map((w) => w.overdue),
    next: body.next,
    previous: body.previous,
    me: body.me,
  };
}

/** Follows "next" to the last page, then "previous" back to the first: both walks must see the same pages. */
async function walk(client: RoleClient, url: string): Promise<Page[]> {
  const pages = [await getPage(client, url)];
  expect(pages[0]!.previous).toBeNull();
  while (pages[pages.length - 1]!.next && pages.length < 20)
    pages.push(await getPage(client, `${url}?after=${encodeURIComponent(pages[pages.length - 1]!.next!)}`));
  expect(pages[pages.length - 1]!.next).toBeNull();
  let back = pages[pages.length - 1]!;
  for (let i = pages.length - 2; i >= 0; i--) {
    back = await getPage(client, `${url}?before=${encodeURIComponent(back.previous!)}`);
    expect(back.ids).toEqual(pages[i]!.ids);
  }
  expect(back.previous).toBeNull();
  return pages;
}

/** The scheme's active link workers in the order the database sorts names: what the pages must add up to. */
async function workersByName(ctx: AppContext, schemeId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id
    WHERE u.active AND m.scheme_id = ${schemeId} AND m.role = 'link_worker' ORDER BY u.name, u.id`.execute(ctx.db);
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
          name: `Worker ${String.fromCharCode(65 + (i % 5))}`,
        })
      ).id,
    );
  return ids;
}

describe.each(testDatabaseTargets())('the supervision overview a page at a time on $name', (target) => {
  const env = useTestApp(target);

  it("pages every link worker by name for the manager and only the supervisor's supervisees for them, nothing missed or repeated", async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const added = await addWorkers(ctx, s, 2 * SUPERVISEES_PAGE + 4);
    const supervised = added.filter((_, i) => i % 2 === 0);
    // Half the supervisor's supervisees started long ago and have never been supervised: overdue.
    await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .insertInto('worker_profiles')
        .values(
          supervised.map((id, i) => ({
            scheme_id: s.scheme.id,
            user_id: id,
            supervisor_id: s.supervisor.userId,
            started_on: i % 2 === 0 ? clock.today(-100) : clock.today(-1),
          })),
        )
        .execute(),
    );
    await nameSupervisor(s, s.worker);
    const url = `${schemeApi(s)}/supervision`;
    const everyone = await workersByName(ctx, s.scheme.id);
    expect(everyone).toHaveLength(added.length + 2);

    const managerPages = await walk(s.manager, url);
    expect(managerPages).toHaveLength(3);
    const listed = managerPages.flatMap((p) => p.ids);
    expect(listed).toEqual(everyone);
    managerPages.forEach((p, i) =>
      expect(p.ids.length).toBe(i < 2 ? SUPERVISEES_PAGE : everyone.length - 2 * SUPERVISEES_PAGE),
    );
    expect(managerPages[0]!.me).toBeNull();

    const mine = [...supervised, s.worker.userId];
    const supervisorPages = await walk(s.supervisor, url);
    expect(supervisorPages.flatMap((p) => p.ids)).toEqual(everyone.filter((id) => mine.includes(id)));
    // Overdue is worked out for each worker on the page, by the one due rule.
    const overdue = supervisorPages.flatMap((p) => p.ids.map((id, i) => [id, p.overdue[i]] as const));
    expect(
      overdue
        .filter(([, late]) => late)
        .map(([id]) => id)
        .sort(),
    ).toEqual(supervised.filter((_, i) => i % 2 === 0).sort());

    // A worker sees their own position and nobody else's; another scheme's manager sees nothing here.
    const worker = await getPage(s.worker, url);
    expect(worker).toMatchObject({ ids: [], me: { workerId: s.worker.userId, supervisorId: s.supervisor.userId } });
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(
      await other.manager.request({ method: 'GET', url: `${url}?after=${encodeURIComponent(managerPages[0]!.next!)}` }),
      403,
      'forbidden',
    );
  });

  it('leaves a manager who is also a link worker out of their own list, and shows them their own position instead', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await ctx.db
      .insertInto('memberships')
      .values({ user_id: s.manager.userId, role: 'link_worker', scheme_id: s.scheme.id })
      .execute();
    const page = await getPage(s.manager, `${schemeApi(s)}/supervision`);
    expect(page.me).toMatchObject({ workerId: s.manager.userId });
    expect(page.ids.sort()).toEqual([s.worker.userId, s.otherWorker.userId].sort());
  });

  it('refuses a cursor it did not give out, naming the field and how to start again', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/supervision`;
    expect(
      expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?after=not-a-cursor` }), 'after').fix,
    ).toMatch(/first page/);
    expectFieldError(
      await s.manager.request({ method: 'GET', url: `${url}?after=${encodeCursor(new Date(), s.worker.userId)}` }),
      'after',
    );
    expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?before=broken` }), 'before');
    const somewhere = encodeNameCursor({ name: 'Worker', id: s.worker.userId });
    expect(
      expectFieldError(
        await s.manager.request({ method: 'GET', url: `${url}?after=${somewhere}&before=${somewhere}` }),
        'before',
      ).message,
    ).toMatch(/not both/);
    expectProblem(await s.manager.request({ method: 'GET', url: `${url}?page=2` }), 400, 'validation-failed');
  });

  it("reads a supervisor's page through their profiles and a manager's by name, as the application role, not by scanning every worker", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    // 3,000 more link workers and 149 more supervisors: each supervisor has 20 supervisees (the scheme's own
    // supervisor too), and every worker has had six sessions.
    const tag = s.scheme.id;
    await owner.query(
      `INSERT INTO users (email, name, password_hash) SELECT 'bulk-worker-' || g || '-${tag}@example.org', 'Bulk Worker ' || lpad(g::text, 4, '0'), 'x' FROM generate_series(1, 3000) g`,
    );
    await owner.query(
      `INSERT INTO users (email, name, password_hash) SELECT 'bulk-supervisor-' || g || '-${tag}@example.org', 'Bulk Supervisor ' || g, 'x' FROM generate_series(1, 149) g`,
    );
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id) SELECT id, CASE WHEN email LIKE 'bulk-worker-%' THEN 'link_worker' ELSE 'supervisor' END, '${tag}'
      FROM users WHERE email LIKE 'bulk-%-${tag}@example.org'`);
    await owner.query(`WITH w AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM users WHERE email LIKE 'bulk-worker-%-${tag}@example.org'),
        sv AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM users WHERE email LIKE 'bulk-supervisor-%-${tag}@example.org')
      INSERT INTO worker_profiles (scheme_id, user_id, supervisor_id)
      SELECT '${tag}', w.id, coalesce(sv.id, '${s.supervisor.userId}'::uuid) FROM w LEFT JOIN sv ON sv.k = w.k % 150`);
    await owner.query(`INSERT INTO supervision_sessions (scheme_id, worker_id, supervisor_id, held_on, kind)
      SELECT p.scheme_id, p.user_id, p.supervisor_id, current_date - g * 28, 'clinical' FROM worker_profiles p, generate_series(1, 6) g WHERE p.scheme_id = '${tag}'`);
    for (const table of ['users', 'memberships', 'worker_profiles', 'supervision_sessions'])
      await owner.query(`ANALYZE ${table}`);

    const position = { after: null, before: null };
    const supervisorPlans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        await listSupervisionStates(db, s.scheme.id, s.supervisor.userId);
        const rows = await pageSupervisionStates(db, s.scheme.id, {
          supervisorId: s.supervisor.userId,
          exceptId: s.supervisor.userId,
          position,
          limit: SUPERVISEES_PAGE,
        });
        expect(rows).toHaveLength(20);
      }),
    );
    const managerPlans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        const rows = await pageSupervisionStates(db, s.scheme.id, {
          supervisorId: null,
          exceptId: s.manager.userId,
          position,
          limit: SUPERVISEES_PAGE,
        });
        expect(rows).toHaveLength(SUPERVISEES_PAGE + 1);
        const after = { name: rows[SUPERVISEES_PAGE - 1]!.worker_name, id: rows[SUPERVISEES_PAGE - 1]!.worker_id };
        await pageSupervisionStates(db, s.scheme.id, {
          supervisorId: null,
          exceptId: s.manager.userId,
          position: { after, before: null },
          limit: SUPERVISEES_PAGE,
        });
        await pageSupervisionStates(db, s.scheme.id, {
          supervisorId: null,
          exceptId: s.manager.userId,
          position: { after: null, before: after },
          limit: SUPERVISEES_PAGE,
        });
      }),
    );
    const { rows } = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      sql<{ role: string }>`SELECT current_user AS role`.execute(trx),
    );
    expect(rows[0]!.role).toBe('linkwork_app');

    expect(supervisorPlans).toHaveLength(2);
    expect(managerPlans).toHaveLength(3);
    const scans = (plan: string, tables: string[]) =>
      tables.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(plan));
    // Their own position and each page of the manager's: no table read whole.
    for (const plan of [supervisorPlans[0]!, ...managerPlans])
      expect(scans(plan.plan, ['users', 'memberships', 'worker_profiles', 'supervision_sessions']), plan.plan).toEqual(
        [],
      );
    // A supervisor's page starts from their 20 profiles (the planner may still hash the scheme's memberships against them).
    expect(supervisorPlans[1]!.plan).toContain('worker_profiles_supervisor_idx');
    expect(
      scans(supervisorPlans[1]!.plan, ['users', 'worker_profiles', 'supervision_sessions']),
      supervisorPlans[1]!.plan,
    ).toEqual([]);
    for (const plan of managerPlans) expect(plan.plan).toContain('users_name_idx');
  }, 120_000);
});
