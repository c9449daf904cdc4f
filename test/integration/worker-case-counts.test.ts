import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries, explainAll } from '../../bench/capture-sql.ts';
import { buildApp } from '../../src/app.ts';
import type { AppContext } from '../../src/context.ts';
import { recountAllocations } from '../../src/modules/workforce/allocation/allocation.repository.ts';
import {
  countedFromFor,
  recountYearAllocations,
} from '../../src/modules/workforce/allocation/recount-year-allocations.ts';
import { workerLoads, yearAllocations } from '../../src/modules/workforce/allocation/worker-loads.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { londonDate } from '../../src/platform/london-time.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { clientFor } from '../support/factories.ts';
import {
  acceptedReferral,
  addSchemeMember,
  allocatedCase,
  buildPathwayScheme,
  schemeApi,
  type PathwayScheme,
} from '../support/pathway.ts';

const YEAR_MS = 365 * 86_400_000;
interface Capacity {
  openCases: number;
  allocatedThisYear: number;
}
interface WorkerView {
  userId: string;
  capacity: Capacity;
}

describe.each(testDatabaseTargets())("workers' caseload counts, kept as cases are written, on $name", (target) => {
  const env = useTestApp(target);

  it('equal a count of the cases after allocating, discharging, reallocating, reopening, backdating, deleting and a bulk insert', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const a = await allocatedCase(s);
    const b = await allocatedCase(s);
    const c = await allocatedCase(s, { workerId: s.otherWorker.userId });
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    // The scheme's allocations since a window are counted from here on, as the hourly job would move it.
    expect(await recountYearAllocations(ctx)).toEqual({ schemes: 1 + (await otherSchemes(ctx)), workers: 2, busy: 0 });
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    expect(await loadsOf(s)).toEqual({
      [s.worker.userId]: { openCases: 2, allocatedThisYear: 2 },
      [s.otherWorker.userId]: { openCases: 1, allocatedThisYear: 1 },
    });

    // Discharged through the API: no longer open, still allocated this year.
    const kase = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/cases/${a.caseId}` })).json<{
      version: number;
    }>();
    const discharged = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/cases/${a.caseId}/discharge`,
      payload: {
        version: kase.version,
        reason: 'goals-met',
        summary: 'Goes to the walking group each week.',
        arranged: 'Walking group',
      },
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    expect((await loadsOf(s))[s.worker.userId]).toEqual({ openCases: 1, allocatedThisYear: 2 });

    // Changed as the owner (no endpoint does these yet): the counts follow whatever writes the cases.
    await asOwner(ctx, s, `UPDATE cases SET worker_id = '${s.otherWorker.userId}' WHERE id = '${b.caseId}'`);
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    expect(await loadsOf(s)).toEqual({
      [s.worker.userId]: { openCases: 0, allocatedThisYear: 1 },
      [s.otherWorker.userId]: { openCases: 2, allocatedThisYear: 2 },
    });
    await asOwner(ctx, s, `UPDATE cases SET status = 'active', closed_at = NULL WHERE id = '${a.caseId}'`);
    expect((await loadsOf(s))[s.worker.userId]).toEqual({ openCases: 1, allocatedThisYear: 1 });
    // Allocated 400 days ago: still open, no longer this year's.
    await asOwner(
      ctx,
      s,
      `UPDATE cases SET allocated_at = allocated_at - interval '400 days' WHERE id = '${c.caseId}'`,
    );
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    expect((await loadsOf(s))[s.otherWorker.userId]).toEqual({ openCases: 2, allocatedThisYear: 1 });

    // A bulk insert (one statement, many workers and days), then a bulk delete of part of it.
    await generateCases(ctx, s, [s.worker.userId, s.otherWorker.userId], 300);
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    // The window moved to any day (before, inside and after the first month of the cases), counted again, then
    // cases written against it: the figure is the cases since the window every time.
    const today = londonDate(clock.now());
    for (const from of [londonDate(new Date(clock.now().getTime() - 700 * 86_400_000)), '2000-01-31', today]) {
      await recountFrom(ctx, s.scheme.id, from);
      expect(await drift(ctx, s.scheme.id), from).toEqual([]);
    }
    await recountFrom(ctx, s.scheme.id, londonDate(new Date(clock.now().getTime() - 200 * 86_400_000)));
    await asOwner(
      ctx,
      s,
      `UPDATE cases SET worker_id = CASE WHEN worker_id = '${s.worker.userId}' THEN '${s.otherWorker.userId}'::uuid ELSE '${s.worker.userId}'::uuid END WHERE scheme_id = '${s.scheme.id}' AND allocated_by IS NULL AND allocated_at < now() - interval '150 days'`,
    );
    expect(await drift(ctx, s.scheme.id)).toEqual([]);
    await asOwner(
      ctx,
      s,
      `DELETE FROM cases WHERE scheme_id = '${s.scheme.id}' AND allocated_by IS NULL AND allocated_at > now() - interval '100 days'`,
    );
    expect(await drift(ctx, s.scheme.id)).toEqual([]);

    // The loads equal counting the cases: open ones, and those allocated since the London day a year ago began.
    const yearAgo = new Date(clock.now().getTime() - YEAR_MS);
    const counted = await countedLoads(ctx, s.scheme.id, londonDate(yearAgo));
    const loads = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => workerLoads(trx, s.scheme.id, yearAgo));
    expect(Object.fromEntries(loads)).toEqual(counted);
    expect(counted[s.worker.userId]!.allocatedThisYear).toBeGreaterThan(30);
    // Whichever day of the month the year starts on; the whole team's year (the allocation ranking) reads
    // the first month from its start or its end side, whichever holds fewer days.
    for (let shift = 0; shift < 31; shift += 3) {
      const from = new Date(yearAgo.getTime() + shift * 86_400_000);
      const expected = await countedLoads(ctx, s.scheme.id, londonDate(from));
      const shifted = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => workerLoads(trx, s.scheme.id, from));
      expect(Object.fromEntries(shifted), londonDate(from)).toEqual(expected);
      const year = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        yearAllocations(trx, s.scheme.id, from).execute(),
      );
      expect(
        Object.fromEntries(
          year.filter((r) => Number(r.allocated) !== 0).map((r) => [r.worker_id, Number(r.allocated)]),
        ),
        londonDate(from),
      ).toEqual(
        Object.fromEntries(
          Object.entries(expected)
            .filter(([, l]) => l.allocatedThisYear !== 0)
            .map(([id, l]) => [id, l.allocatedThisYear]),
        ),
      );
    }

    // The pages show the same figures: the allocation page, the settings page and the worker's caseload.
    const next = await acceptedReferral(s);
    const options = (
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${next.id}/allocation` })
    ).json<{ workers: WorkerView[] }>();
    const settings = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/workers` })).json<{
      workers: WorkerView[];
    }>();
    const caseload = (await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` })).json<{
      capacity: Capacity;
    }>();
    for (const workers of [options.workers, settings.workers]) {
      for (const id of [s.worker.userId, s.otherWorker.userId])
        expect(workers.find((w) => w.userId === id)!.capacity).toMatchObject(counted[id]!);
    }
    expect(caseload.capacity).toMatchObject(counted[s.worker.userId]!);
  });

  it.skipIf(target.name === 'pglite')(
    'are counted again only when no case being written holds the window, which then waits for no one',
    async () => {
      const { app, ctx, clock } = env();
      const s = await buildPathwayScheme(ctx, app);
      const a = await allocatedCase(s);
      await recountYearAllocations(ctx);
      const tomorrow = new Date(clock.now().getTime() + 86_400_000);
      const window = () =>
        inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
          trx.selectFrom('worker_allocation_windows').select('counted_from').executeTakeFirstOrThrow(),
        );
      const before = await window();
      // A reallocation in flight holds the window: the next day's count skips the scheme and changes nothing.
      const during = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
        await sql`UPDATE cases SET worker_id = ${s.otherWorker.userId} WHERE id = ${a.caseId}`.execute(trx);
        return recountYearAllocations({ ...ctx, now: () => tomorrow });
      });
      expect(during).toMatchObject({ busy: 1 });
      expect(await window()).toEqual(before);
      expect(await drift(ctx, s.scheme.id)).toEqual([]);
      // Once it has committed, the next run moves the window and counts the reallocated case where it now is.
      expect(await recountYearAllocations({ ...ctx, now: () => tomorrow })).toMatchObject({ busy: 0 });
      expect((await window()).counted_from).toBe(countedFromFor(tomorrow));
      expect(await drift(ctx, s.scheme.id)).toEqual([]);
      const since = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
        trx.selectFrom('worker_case_counts').select(['worker_id', 'allocated_since']).execute(),
      );
      expect(Object.fromEntries(since.map((r) => [r.worker_id, r.allocated_since]))).toEqual({
        [s.worker.userId]: 0,
        [s.otherWorker.userId]: 1,
      });
    },
  );

  it('are read-only to the application and kept per scheme', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    await allocatedCase(s);
    await allocatedCase(other);
    for (const statement of [
      sql`UPDATE worker_case_counts SET open_cases = 0 WHERE scheme_id = ${s.scheme.id}`,
      sql`INSERT INTO worker_case_counts (scheme_id, worker_id, open_cases) VALUES (${s.scheme.id}, ${s.worker.userId}, 5)`,
      sql`DELETE FROM worker_allocation_months WHERE scheme_id = ${s.scheme.id}`,
      sql`UPDATE worker_allocation_days SET allocated = 0 WHERE scheme_id = ${s.scheme.id}`,
    ])
      await expect(inSchemeTransaction(ctx.db, s.scheme.id, (trx) => statement.execute(trx))).rejects.toThrow(
        /permission denied/,
      );
    const seen = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => [
      ...(await trx.selectFrom('worker_case_counts').select('scheme_id').execute()),
      ...(await trx.selectFrom('worker_allocation_months').select('scheme_id').execute()),
      ...(await trx.selectFrom('worker_allocation_days').select('scheme_id').execute()),
    ]);
    // A counts row for each of the scheme's link workers (each has a shortlist key from joining), and the one
    // case's month and day.
    const workers = await ctx.db
      .selectFrom('memberships')
      .select('user_id')
      .where('scheme_id', '=', s.scheme.id)
      .where('role', '=', 'link_worker')
      .execute();
    expect(workers.length).toBeGreaterThan(0);
    expect(seen).toHaveLength(workers.length + 2);
    for (const row of seen) expect(row.scheme_id).toBe(s.scheme.id);
  });

  it('plans the allocation page and the settings page without a sequential scan of cases, as the application role', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const workers = [s.worker.userId, s.otherWorker.userId];
    for (let i = 0; i < 4; i++) workers.push((await addSchemeMember(ctx, app, s.scheme.id, 'link_worker')).userId);
    await generateCases(ctx, s, workers, 4_000);
    for (const table of ['cases', 'worker_case_counts', 'worker_allocation_months', 'worker_allocation_days'])
      await ctx.database.owner.query(`VACUUM ANALYZE ${table}`);
    const next = await acceptedReferral(s);

    const capture = new CaptureQueries();
    const captured = await buildApp({ ...ctx, db: ctx.db.withPlugin(capture) }, { logger: false });
    try {
      const manager = clientFor(captured, s.manager.cookie, s.manager.csrf);
      for (const url of [`${schemeApi(s)}/referrals/${next.id}/allocation`, `${schemeApi(s)}/workers`]) {
        capture.queries.length = 0;
        const response = await manager.request({ method: 'GET', url });
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<{ workers: WorkerView[] }>();
        expect(body.workers.reduce((n, w) => n + w.capacity.openCases, 0)).toBeGreaterThan(1_000);
        const plans = await explainAll(ctx.db, s.scheme.id, capture.queries);
        expect(
          plans.some(
            (p) =>
              p.plan.includes('worker_case_counts') &&
              p.plan.includes('worker_allocation_months') &&
              p.plan.includes('worker_allocation_days'),
          ),
          url,
        ).toBe(true);
        for (const plan of plans) expect(plan.plan, `${url}: ${plan.sql}`).not.toMatch(/Seq Scan on cases\b/);
      }
    } finally {
      await captured.close();
    }
  });
});

/** Runs one statement as the owner inside the scheme. */
async function asOwner(ctx: AppContext, s: PathwayScheme, statement: string): Promise<void> {
  await ctx.database.owner.query(
    `BEGIN; SELECT set_config('linkwork.scheme_id', '${s.scheme.id}', true); ${statement}; COMMIT;`,
  );
}

/** Each worker's open cases and allocations this year as the settings page's list of workers shows them. */
async function loadsOf(s: PathwayScheme) {
  const response = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/workers` });
  expect(response.statusCode, response.body).toBe(200);
  const workers = response.json<{ workers: WorkerView[] }>().workers;
  return Object.fromEntries(
    workers.map((w) => [
      w.userId,
      { openCases: w.capacity.openCases, allocatedThisYear: w.capacity.allocatedThisYear },
    ]),
  );
}

/** Each worker's open cases and cases allocated since the start of a London day, counted from the cases. */
async function countedLoads(ctx: AppContext, schemeId: string, fromDay: string) {
  const { rows } = await inSchemeTransaction(ctx.db, schemeId, (trx) =>
    sql<{ worker_id: string; open: number; allocated: number }>`
    SELECT worker_id, count(*) FILTER (WHERE status IN ('contacting', 'active'))::int AS open,
      count(*) FILTER (WHERE allocated_at >= (${fromDay}::date::timestamp AT TIME ZONE 'Europe/London'))::int AS allocated
    FROM cases WHERE scheme_id = ${schemeId} GROUP BY worker_id`.execute(trx),
  );
  return Object.fromEntries(rows.map((r) => [r.worker_id, { openCases: r.open, allocatedThisYear: r.allocated }]));
}

/** Keys where the trigger-kept counts differ from counting the cases themselves (none when consistent). */
async function drift(ctx: AppContext, schemeId: string) {
  return inSchemeTransaction(ctx.db, schemeId, async (trx) => {
    const open = await sql<Record<string, unknown>>`
      SELECT coalesce(k.worker_id, c.worker_id) AS worker, k.open_cases, c.n FROM worker_case_counts k
      FULL JOIN (SELECT worker_id, count(*)::int AS n FROM cases WHERE scheme_id = ${schemeId} AND status IN ('contacting', 'active') GROUP BY 1) c ON c.worker_id = k.worker_id
      WHERE k.open_cases IS DISTINCT FROM c.n AND coalesce(k.open_cases, 0) + coalesce(c.n, 0) > 0`.execute(trx);
    const months = await sql<Record<string, unknown>>`
      SELECT coalesce(k.worker_id, c.worker_id) AS worker, coalesce(k.month, c.month) AS month, k.allocated, c.n FROM worker_allocation_months k
      FULL JOIN (SELECT worker_id, date_trunc('month', allocated_at AT TIME ZONE 'Europe/London')::date AS month, count(*)::int AS n FROM cases WHERE scheme_id = ${schemeId} GROUP BY 1, 2) c
        ON c.worker_id = k.worker_id AND c.month = k.month
      WHERE k.allocated IS DISTINCT FROM c.n AND coalesce(k.allocated, 0) + coalesce(c.n, 0) > 0`.execute(trx);
    const days = await sql<Record<string, unknown>>`
      SELECT coalesce(k.worker_id, c.worker_id) AS worker, coalesce(k.day, c.day) AS day, k.allocated, c.n FROM worker_allocation_days k
      FULL JOIN (SELECT worker_id, (allocated_at AT TIME ZONE 'Europe/London')::date AS day, count(*)::int AS n FROM cases WHERE scheme_id = ${schemeId} GROUP BY 1, 2) c
        ON c.worker_id = k.worker_id AND c.day = k.day
      WHERE k.allocated IS DISTINCT FROM c.n AND coalesce(k.allocated, 0) + coalesce(c.n, 0) > 0`.execute(trx);
    // Each worker's allocations since the scheme's window (none counted before the first window).
    const since = await sql<Record<string, unknown>>`
      SELECT coalesce(k.worker_id, c.worker_id) AS worker, k.allocated_since, c.n FROM worker_case_counts k
      FULL JOIN (SELECT worker_id, count(*)::int AS n FROM cases, worker_allocation_windows w
        WHERE cases.scheme_id = ${schemeId} AND w.scheme_id = ${schemeId} AND (allocated_at AT TIME ZONE 'Europe/London')::date >= w.counted_from GROUP BY 1) c
        ON c.worker_id = k.worker_id
      WHERE coalesce(k.allocated_since, 0) <> coalesce(c.n, 0)`.execute(trx);
    return [...open.rows, ...months.rows, ...days.rows, ...since.rows.map((r) => ({ ...r, since: true }))];
  });
}

/** Schemes other than the one built (the demo's, on a shared database): the job counts every scheme. */
async function otherSchemes(ctx: AppContext): Promise<number> {
  const rows = await ctx.db.selectFrom('organisations').select('id').where('type', '=', 'scheme').execute();
  return rows.length - 1;
}

/** Moves the scheme's window to `from` (a London day) as the daily count does, and returns the workers counted. */
function recountFrom(ctx: AppContext, schemeId: string, from: string) {
  return inSchemeTransaction(ctx.db, schemeId, (trx) => recountAllocations(trx, from));
}

/**
 * `n` cases over the last two years for the named workers, in one statement each for people, referrals
 * and cases, as the owner (allocated_by left empty to tell them apart); a third still open.
 */
async function generateCases(ctx: AppContext, s: PathwayScheme, workers: string[], n: number): Promise<void> {
  const list = `ARRAY[${workers.map((w) => `'${w}'::uuid`).join(', ')}]`;
  const seed = `${s.scheme.id}:${Date.now()}`;
  await asOwner(
    ctx,
    s,
    `
    INSERT INTO patients (id, scheme_id, given_name, family_name)
      SELECT md5('${seed}:p:' || i)::uuid, '${s.scheme.id}', 'Bench', 'Person ' || i FROM generate_series(1, ${n}) i;
    INSERT INTO referrals (id, scheme_id, patient_id, source, status, consent_contact, evaluation, received_at, accepted_at, updated_at)
      SELECT md5('${seed}:r:' || i)::uuid, '${s.scheme.id}', md5('${seed}:p:' || i)::uuid, 'referrer', 'allocated', true, 'in_scope',
        now() - i * interval '4 hours' - interval '2 days', now() - i * interval '4 hours' - interval '1 day', now() - i * interval '4 hours'
      FROM generate_series(1, ${n}) i;
    INSERT INTO cases (scheme_id, referral_id, patient_id, worker_id, status, allocated_at, updated_at)
      SELECT '${s.scheme.id}', md5('${seed}:r:' || i)::uuid, md5('${seed}:p:' || i)::uuid, (${list})[1 + i % ${workers.length}],
        CASE WHEN i % 3 = 0 THEN 'active' ELSE 'closed' END, now() - (i * ${Math.round(((2 * 365 * 24) / n) * 1000) / 1000}) * interval '1 hour', now()
      FROM generate_series(1, ${n}) i`,
  );
}
