import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries, explainAll } from '../../bench/capture-sql.ts';
import { buildApp } from '../../src/app.ts';
import type { AppContext } from '../../src/context.ts';
import { WORKER_PAGE } from '../../src/modules/workforce/support/use-cases/list-scheme-workers.ts';
import { encodeCursor, encodeNameCursor } from '../../src/platform/http/cursor.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildUser, clientFor } from '../support/factories.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

interface WorkerView {
  userId: string;
  name: string;
  hoursPerWeek: number;
  capacity: { openCases: number; cap: number };
}
interface WorkerPage {
  workers: WorkerView[];
  total: number;
  next: string | null;
  previous: string | null;
}

async function getPage(client: RoleClient, url: string): Promise<WorkerPage> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<WorkerPage>();
}

/** Follows "next" to the last page, then "previous" back to the first: both walks must see the same pages. */
async function walk(client: RoleClient, url: string): Promise<WorkerPage[]> {
  const join = url.includes('?') ? '&' : '?';
  const pages = [await getPage(client, url)];
  expect(pages[0]!.previous).toBeNull();
  while (pages.at(-1)!.next && pages.length < 50)
    pages.push(await getPage(client, `${url}${join}after=${encodeURIComponent(pages.at(-1)!.next!)}`));
  let back = pages.at(-1)!;
  for (let i = pages.length - 2; i >= 0; i--) {
    back = await getPage(client, `${url}${join}before=${encodeURIComponent(back.previous!)}`);
    expect(back.workers).toEqual(pages[i]!.workers);
  }
  expect(back.previous).toBeNull();
  return pages;
}

/** The scheme's active link workers in the order the database sorts names (whose name holds `has`, if given). */
async function workersByName(ctx: AppContext, schemeId: string, has = ''): Promise<string[]> {
  const { rows } = await sql<{
    id: string;
  }>`SELECT u.id FROM users u WHERE u.active AND strpos(lower(u.name), ${has.toLowerCase()}) > 0 AND EXISTS (
    SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.scheme_id = ${schemeId} AND m.role = 'link_worker') ORDER BY u.name, u.id`.execute(
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
          name: `Worker ${['Ahmed', 'Brown', 'Chen', 'Davies', 'Evans', 'Fox', 'Green'][i % 7]}`,
        })
      ).id,
    );
  return ids;
}

describe.each(testDatabaseTargets())("the scheme's link workers a page at a time on $name", (target) => {
  const env = useTestApp(target);

  it('pages every active worker by name with the total, each once, and finds them by a part of their name', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const added = await addWorkers(ctx, s, 2 * WORKER_PAGE + 7);
    // A deactivated worker is not listed or counted.
    await ctx.db.updateTable('users').set({ active: false }).where('id', '=', added[0]!).execute();
    const url = `${schemeApi(s)}/workers`;
    const everyone = await workersByName(ctx, s.scheme.id);
    expect(everyone).toHaveLength(added.length + 1);

    const pages = await walk(s.manager, url);
    expect(pages.map((p) => p.workers.length)).toEqual([WORKER_PAGE, WORKER_PAGE, everyone.length - 2 * WORKER_PAGE]);
    expect(pages.flatMap((p) => p.workers.map((w) => w.userId))).toEqual(everyone);
    for (const p of pages) expect(p.total).toBe(everyone.length);
    expect(pages.at(-1)!.next).toBeNull();

    // Found by a part of the name, in any case; the total counts the matches, and paging keeps the search.
    const evans = await workersByName(ctx, s.scheme.id, 'evans');
    expect(evans.length).toBeGreaterThan(5);
    const found = await walk(s.worker, `${url}?q=${encodeURIComponent('  EVANS ')}`);
    expect(found.flatMap((p) => p.workers.map((w) => w.userId))).toEqual(evans);
    expect(found[0]!.total).toBe(evans.length);
    expect(await getPage(s.manager, `${url}?q=nobody-has-this-name`)).toEqual({
      workers: [],
      total: 0,
      next: null,
      previous: null,
    });
    // An empty search is every worker.
    expect((await getPage(s.manager, `${url}?q=`)).total).toBe(everyone.length);
  });

  it('shows each worker on the page with their own safe-caseload position', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await allocatedCase(s);
    await allocatedCase(s);
    const page = await getPage(s.manager, `${schemeApi(s)}/workers`);
    expect(page.workers.find((w) => w.userId === s.worker.userId)?.capacity).toMatchObject({ openCases: 2, cap: 51 });
    expect(page.workers.find((w) => w.userId === s.otherWorker.userId)?.capacity).toMatchObject({ openCases: 0 });
  });

  it('refuses a cursor it did not give out, or a search too long, naming the field', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/workers`;
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
    expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?q=${'x'.repeat(101)}` }), 'q');
    expectProblem(await s.manager.request({ method: 'GET', url: `${url}?page=2` }), 400, 'validation-failed');
  });

  it("reads a page of workers and their loads through indexes as the application role, never every worker's counts", async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const workers = await addWorkers(ctx, s, 60);
    // A year of allocation counts for 2,000 workers as a large scheme has (months and the days of the first month):
    // the page must read only its own workers' rows, not every worker's year.
    const today = clock.today();
    await ctx.database.owner.query(`INSERT INTO worker_allocation_months (scheme_id, worker_id, month, allocated)
      SELECT '${s.scheme.id}', w, (date_trunc('month', '${today}'::date) - g * interval '1 month')::date, 1
      FROM (SELECT unnest('{${workers.join(',')}}'::uuid[]) AS w UNION ALL SELECT gen_random_uuid() FROM generate_series(1, 2000)) ws, generate_series(0, 10) g`);
    await ctx.database.owner.query(`INSERT INTO worker_allocation_days (scheme_id, worker_id, day, allocated)
      SELECT '${s.scheme.id}', w, '${today}'::date - 365 + g, 1
      FROM (SELECT unnest('{${workers.join(',')}}'::uuid[]) AS w UNION ALL SELECT gen_random_uuid() FROM generate_series(1, 2000)) ws, generate_series(0, 20) g`);
    for (const table of [
      'worker_allocation_months',
      'worker_allocation_days',
      'worker_case_counts',
      'memberships',
      'users',
      'worker_profiles',
    ])
      await ctx.database.owner.query(`VACUUM ANALYZE ${table}`);

    const capture = new CaptureQueries();
    const captured = await buildApp({ ...ctx, db: ctx.db.withPlugin(capture) }, { logger: false });
    try {
      const manager = clientFor(captured, s.manager.cookie, s.manager.csrf);
      for (const url of [
        `${schemeApi(s)}/workers`,
        `${schemeApi(s)}/workers?q=evans`,
        `${schemeApi(s)}/workers/${workers[3]}`,
      ]) {
        capture.queries.length = 0;
        const response = await manager.request({ method: 'GET', url });
        expect(response.statusCode, response.body).toBe(200);
        const plans = await explainAll(ctx.db, s.scheme.id, capture.queries);
        const all = plans.map((p) => `${p.sql}\n${p.plan}`).join('\n\n');
        expect(all, url).toMatch(/worker_allocation_months_worker_idx/);
        expect(all, url).toMatch(/worker_allocation_days_worker_idx/);
        expect(all, url).not.toMatch(/Seq Scan on (worker_allocation_months|worker_allocation_days|cases)\b/);
        expect(all, url).not.toMatch(/training_records/);
      }
    } finally {
      await captured.close();
    }
  }, 120_000);
});
