import { afterEach, describe, expect, it } from 'vitest';
import {
  dischargeCase,
  recordOns4 as recordOns4Step,
  recordSession,
  summaryMismatches,
} from '../support/report-steps.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  acceptedReferral,
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  referralBody,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import type { AppContext } from '../../src/context.ts';
import { nameSupervisor } from '../support/support.ts';
import { SUMMARIES } from '../../src/modules/reporting/reports/summaries.ts';
import { refreshAllRollups } from '../../src/modules/reporting/reports/index.ts';

/** A seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Table = { key: string; rows: Record<string, string | number | null>[] };

describe.each(testDatabaseTargets())('reports on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const report = (s: PathwayScheme, who: RoleClient, name: string, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/${name}${query}` });
  const table = (view: { tables: Table[] }, key: string) => view.tables.find((t) => t.key === key)!;

  /** Records a session on a case; the person attended unless told otherwise. */
  const session = (s: PathwayScheme, caseId: string, attendance = 'attended') =>
    recordSession(s, env().clock, caseId, { attendance });

  const discharge = (s: PathwayScheme, caseId: string) => dischargeCase(s, caseId);

  const recordOns4 = (s: PathwayScheme, caseId: string, timepoint: string, life: number, anxiety: number) =>
    recordOns4Step(s, env().clock, caseId, { timepoint, life, anxiety });

  it('shows a manager the activity and outcomes of the scheme, exact to the last change', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const first = await allocatedCase(s, { body: referralBody({ needs: ['loneliness', 'debt'] }) });
    const second = await allocatedCase(s);
    await makeReferral(s, s.referrer, referralBody({ needs: ['housing'] }));
    await session(s, first.caseId);
    await session(s, first.caseId, 'did_not_attend');
    await session(s, second.caseId);
    await recordOns4(s, first.caseId, 'baseline', 3, 8);
    const kase = await recordOns4(s, first.caseId, 'discharge', 7, 4);
    expect(kase.version).toBeGreaterThan(0);
    await discharge(s, first.caseId);

    const response = await report(s, s.manager, 'activity');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    const month = env().clock.today().slice(0, 7);
    expect(view.filters).toMatchObject({ to: month, practice: null, need: null, worker: null });
    expect(table(view, 'referrals-by-month').rows.at(-1)).toEqual({ month, referrals: 3 });
    expect(table(view, 'referrals-by-month').rows).toHaveLength(12);
    expect(table(view, 'referrals-by-need').rows).toEqual([
      { group: 'Loneliness and social isolation', referrals: 2, share: 50 },
      expect.objectContaining({ referrals: 1 }),
      expect.objectContaining({ referrals: 1 }),
    ]);
    expect(table(view, 'referral-outcomes').rows).toEqual([
      { group: 'Accepted', referrals: 2, share: 66.7 },
      { group: 'Awaiting a decision', referrals: 1, share: 33.3 },
    ]);
    expect(table(view, 'sessions-by-month').rows.at(-1)).toEqual({
      month,
      attended: 2,
      dna: 1,
      cancelled: 0,
      dnaRate: 33.3,
    });
    expect(table(view, 'waiting-times').rows).toEqual([
      { measure: 'Referral to first contact', people: 2, median: 0, p90: 0 },
      { measure: 'Referral to first session', people: 2, median: 0, p90: 0 },
    ]);
    expect(table(view, 'closures-by-reason').rows).toEqual([{ reason: expect.any(String), cases: 1, share: 100 }]);
    expect(table(view, 'intervention').rows).toEqual([{ closed: 1, meanSessions: 1, medianLength: 0, p90Length: 0 }]);

    // A filter narrows every table: only the debt referral's case.
    const debt = (await report(s, s.manager, 'activity', '?need=debt')).json();
    expect(table(debt, 'referrals-by-month').rows.at(-1)).toEqual({ month, referrals: 1 });
    expect(table(debt, 'sessions-by-month').rows.at(-1)).toMatchObject({ attended: 1, dna: 1 });
    const theirs = (await report(s, s.manager, 'activity', `?worker=${s.otherWorker.userId}`)).json();
    expect(table(theirs, 'referrals-by-month').rows.at(-1)).toEqual({ month, referrals: 0 });

    const outcomes = (await report(s, s.manager, 'outcomes')).json();
    const change = table(outcomes, 'outcome-change').rows;
    // In the measure's own order, not alphabetical.
    expect(change.map((r) => r.score)).toEqual([
      'ONS4: Life satisfaction',
      'ONS4: Worthwhile',
      'ONS4: Happiness',
      'ONS4: Anxiety',
    ]);
    expect(change.find((r) => r.score === 'ONS4: Life satisfaction')).toEqual({
      score: 'ONS4: Life satisfaction',
      pairs: 1,
      baselineMean: 3,
      latestMean: 7,
      meanChange: 4,
      lower: null,
      upper: null,
      improved: 100,
      worse: 0,
    });
    expect(change.find((r) => r.score === 'ONS4: Anxiety')).toMatchObject({ meanChange: -4, improved: 100 });
    expect(table(outcomes, 'measure-completion').rows).toEqual(
      expect.arrayContaining([
        { measure: 'ONS4', timepoint: 'Baseline', completed: 1, declined: 0, completionRate: 100 },
        { measure: 'ONS4', timepoint: 'Discharge', completed: 1, declined: 0, completionRate: 100 },
      ]),
    );

    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'detail'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', 'like', 'report.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['report.view', 'report.view', 'report.view', 'report.view']);
    expect(audit[1]!.detail).toMatchObject({ report: 'activity', filters: { need: 'debt' } });
  });

  it('downloads each table as CSV that a spreadsheet opens safely, and audits it', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await makeReferral(s);
    const response = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/reports/activity/tables/referrals-by-source.csv?from=2026-01&to=2026-12`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="linkwork-${s.scheme.slug}-activity-referrals-by-source-2026-01-to-2026-12.csv"`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Source,Referrals,Share (%)');
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', '=', 'report.download')
      .execute();
    expect(audit).toEqual([
      {
        detail: {
          report: 'activity',
          table: 'referrals-by-source',
          filters: { from: '2026-01', to: '2026-12', practice: null, need: null, worker: null },
        },
      },
    ]);
    expectFieldError(
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/reports/activity/tables/nothing-here.csv` }),
      'table',
    );
    // A table that does not exist is refused before anything is recorded.
    const after = await ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('scheme_id', '=', s.scheme.id)
      .where('action', '=', 'report.download')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(1);
  });

  it('counts the waiting list month by month, carried from before the range', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    // An earlier month: two referrals accepted onto the waiting list (their acceptance moved back 40 days, as history
    // would have it, which also shows a moved date dirtying both months); one is allocated now.
    const housing = await acceptedReferral(s, referralBody({ needs: ['housing'] }));
    const waitingReferral = await acceptedReferral(s, referralBody({ needs: ['debt'] }));
    expect((await report(s, s.manager, 'activity')).statusCode).toBe(200);
    const { rows } = await ctx.database.owner.query<{ month: string }>(
      `UPDATE referrals SET accepted_at = accepted_at - interval '40 days', received_at = received_at - interval '40 days'
       WHERE id = ANY ($1) RETURNING to_char(london_month(accepted_at), 'YYYY-MM') AS month`,
      [[housing.id, waitingReferral.id]],
    );
    const lastMonth = rows[0]!.month;
    const allocation = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${waitingReferral.id}/allocate`,
      payload: { workerId: s.worker.userId, version: waitingReferral.version },
    });
    expect(allocation.statusCode, allocation.body).toBe(200);
    await allocatedCase(s, { body: referralBody({ needs: ['loneliness', 'debt'] }) });
    await allocatedCase(s);
    await makeReferral(s, s.referrer, referralBody({ needs: ['housing'] }));
    const view = (await report(s, s.manager, 'activity')).json();
    const month = env().clock.today().slice(0, 7);
    // The waiting list: two joined then; this month one of them and the two allocated at once left it.
    const waiting = table(view, 'waiting-list').rows;
    expect(waiting.find((r) => r.month === lastMonth)).toEqual({ month: lastMonth, joined: 2, left: 0, waiting: 2 });
    expect(waiting.at(-1)).toEqual({ month, joined: 2, left: 3, waiting: 1 });
    // Carried from before the range: a range starting this month still starts with the two on the list.
    const now = (await report(s, s.manager, 'activity', `?from=${month}`)).json();
    expect(table(now, 'waiting-list').rows).toEqual([{ month, joined: 2, left: 3, waiting: 1 }]);
    expect(table((await report(s, s.manager, 'activity', '?need=housing')).json(), 'waiting-list').rows.at(-1)).toEqual(
      { month, joined: 0, left: 0, waiting: 1 },
    );
    // Referrals on the list are nobody's yet: narrowed to a worker, the table is left out rather than shown empty.
    const theirs = (await report(s, s.manager, 'activity', `?worker=${s.worker.userId}`)).json();
    expect(theirs.tables.map((t: Table) => t.key)).not.toContain('waiting-list');
  });

  it('refuses bad filters naming the field, and anyone but the manager', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    expectFieldError(await report(s, s.manager, 'activity', '?from=2026-13'), 'from');
    expectFieldError(await report(s, s.manager, 'activity', '?to=last-year'), 'to');
    expectFieldError(await report(s, s.manager, 'activity', '?from=2026-06&to=2026-01'), 'from');
    expectFieldError(await report(s, s.manager, 'activity', '?from=2001-01&to=2026-01'), 'from');
    expectFieldError(await report(s, s.manager, 'activity', '?need=boredom'), 'need');
    expectFieldError(await report(s, s.manager, 'activity', '?practice=%3D1%2B1'), 'practice');
    expectFieldError(await report(s, s.manager, 'outcomes', '?worker=nobody'), 'worker');
    expectProblem(await report(s, s.manager, 'finances'), 400, 'validation-failed');
    for (const who of [s.worker, s.referrer, s.community])
      expectProblem(await report(s, who, 'activity'), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await report(s, other.manager, 'activity'), 403, 'forbidden');
  });

  it("gives a supervisor their supervisees' work only, and refuses a worker filter naming anyone else", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await nameSupervisor(s, s.worker);
    const mine = await allocatedCase(s, { workerId: s.worker.userId });
    await allocatedCase(s, { workerId: s.otherWorker.userId });
    await makeReferral(s); // not yet anyone's
    await session(s, mine.caseId);
    const received = (view: { tables: Table[] }) =>
      table(view, 'referrals-by-month').rows.reduce((sum, r) => sum + Number(r.referrals), 0);
    const manager = await report(s, s.manager, 'activity');
    expect(received(manager.json())).toBe(3);
    const supervisor = await report(s, s.supervisor, 'activity');
    expect(supervisor.statusCode, supervisor.body).toBe(200);
    expect(received(supervisor.json())).toBe(1);
    const sessions = table(supervisor.json(), 'sessions-by-month').rows;
    expect(sessions.reduce((sum, r) => sum + Number(r.attended), 0)).toBe(1);
    expectFieldError(await report(s, s.supervisor, 'activity', `?worker=${s.otherWorker.userId}`), 'worker');
    const one = await report(s, s.supervisor, 'activity', `?worker=${s.worker.userId}`);
    expect(received(one.json())).toBe(1);
    // A supervisor with nobody to supervise sees nothing rather than everything.
    await nameSupervisor(s, s.worker, null);
    expect(received((await report(s, s.supervisor, 'activity')).json())).toBe(0);
    // The whole scheme's intake table stays the manager's.
    expectProblem(
      await s.supervisor.request({ method: 'GET', url: `${schemeApi(s)}/reports/out-of-scope` }),
      403,
      'forbidden',
    );
  });

  it('has the job recompute the changed months of every scheme, so a later read has none to do', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const t = await buildPathwayScheme(ctx, app);
    await allocatedCase(s);
    await makeReferral(t);
    const dirty = async (schemeId: string) =>
      Number(
        (
          await ctx.database.owner.query<{ n: string }>(
            'SELECT count(*) AS n FROM report_dirty_months WHERE scheme_id = $1',
            [schemeId],
          )
        ).rows[0]!.n,
      );
    expect(await dirty(s.scheme.id)).toBeGreaterThan(0);
    expect(await dirty(t.scheme.id)).toBeGreaterThan(0);
    expect(await refreshAllRollups(ctx)).toBeGreaterThanOrEqual(2);
    expect([await dirty(s.scheme.id), await dirty(t.scheme.id)]).toEqual([0, 0]);
    const month = env().clock.today().slice(0, 7);
    const view = (await report(s, s.manager, 'activity')).json();
    expect(table(view, 'referrals-by-month').rows.at(-1)).toEqual({ month, referrals: 1 });
  });

  it('keeps every rollup equal to a count from scratch after a random sequence of changes', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const random = seeded(20261207);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const needs = ['loneliness', 'debt', 'housing', 'low-mood'];
    const open: { caseId: string; version: number; baseline: boolean }[] = [];
    for (let step = 0; step < 40; step++) {
      const action =
        open.length === 0
          ? 'allocate'
          : pick(['allocate', 'refer', 'accept', 'session', 'dna', 'measure', 'discharge']);
      if (action === 'refer') await makeReferral(s, s.referrer, referralBody({ needs: [pick(needs)] }));
      if (action === 'accept') await acceptedReferral(s, referralBody({ needs: [pick(needs)] }));
      if (action === 'allocate') {
        const { caseId } = await allocatedCase(s, {
          body: referralBody({ needs: [pick(needs), pick(needs)].filter((n, i, a) => a.indexOf(n) === i) }),
        });
        open.push({ caseId, version: 1, baseline: false });
      }
      const c = open.length ? pick(open) : null;
      if (!c) continue;
      if (action === 'session' || action === 'dna')
        c.version = (await session(s, c.caseId, action === 'session' ? 'attended' : 'did_not_attend')).version;
      if (action === 'measure') {
        c.version = (
          await recordOns4(
            s,
            c.caseId,
            c.baseline ? 'review' : 'baseline',
            Math.floor(random() * 11),
            Math.floor(random() * 11),
          )
        ).version;
        c.baseline = true;
      }
      if (action === 'discharge') {
        await discharge(s, c.caseId);
        open.splice(open.indexOf(c), 1);
      }
      // Read a report now and then, so the rollups are refreshed part way through the sequence.
      if (step % 7 === 3) expect((await report(s, s.manager, 'activity')).statusCode).toBe(200);
    }
    expect((await report(s, s.manager, 'outcomes')).statusCode).toBe(200);
    const incremental = await rollupSnapshot(ctx, s.scheme.id);
    await recomputeEveryMonth(ctx, s.scheme.id);
    expect(await rollupSnapshot(ctx, s.scheme.id)).toEqual(incremental);
    expect(await directCounts(ctx, s.scheme.id)).toEqual(await rolledUpCounts(ctx, s.scheme.id));
    expect(await summaryMismatches(ctx, s.scheme.id)).toEqual([]);
    // Read through the summaries (no filter) and through the rollup (a worker's filter covering everyone's work
    // is not possible, so compare one worker's reach both ways instead): the same figures.
    const whole = (await report(s, s.manager, 'activity', '?from=2020-01')).json();
    const byMonth = table(whole, 'referrals-by-month').rows.reduce((n, r) => n + Number(r.referrals), 0);
    const bySource = table(whole, 'referrals-by-source').rows.reduce((n, r) => n + Number(r.referrals), 0);
    expect(bySource).toBe(byMonth);
  });

  it('reads the summaries the migration registers, by the names the reader knows', async () => {
    const { ctx } = env();
    const { rows } = await ctx.database.owner.query<Record<string, unknown>>(
      'SELECT name, rollup, dims, dim_types AS "dimTypes", measures FROM report_summaries ORDER BY name',
    );
    expect(rows).toEqual([...SUMMARIES].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => ({ ...s })));
  });
});

const ROLLUPS = [
  'report_referrals',
  'report_waits',
  'report_closures',
  'report_sessions',
  'report_outcomes',
  'report_measure_askings',
  'report_waiting_list',
  'report_summary_rows',
] as const;

/** Every rollup row of the scheme, in a fixed order. */
async function rollupSnapshot(ctx: AppContext, schemeId: string) {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of ROLLUPS) {
    const { rows } = await ctx.database.owner.query<Record<string, unknown>>(
      `SELECT * FROM ${table} WHERE scheme_id = $1`,
      [schemeId],
    );
    snapshot[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return snapshot;
}

/** Recomputes every month the scheme has anything in, from scratch. */
async function recomputeEveryMonth(ctx: AppContext, schemeId: string) {
  await ctx.database.owner.query(
    `SELECT report_recompute_month($1, m::date) FROM generate_series(
       (SELECT london_month(min(received_at)) FROM referrals WHERE scheme_id = $1),
       london_month(now() + interval '1 month'), interval '1 month') AS m`,
    [schemeId],
  );
}

/** Headline figures counted straight from the raw rows. */
async function directCounts(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: string }>(text, [schemeId])).rows;
  return {
    referrals: await q(
      `SELECT london_month(received_at)::text || ' ' || source AS k, count(*)::text AS n FROM referrals WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    needs: await q(
      `SELECT need AS k, count(*)::text AS n FROM referrals, unnest(needs) need WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    sessions: await q(
      `SELECT attendance AS k, count(*)::text AS n FROM case_sessions WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    closures: await q(
      `SELECT discharge_reason AS k, count(*)::text AS n FROM cases WHERE scheme_id = $1 AND closed_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    pairs: await q(
      `SELECT score_key AS k, count(*)::text || ' ' || sum(latest - baseline)::text AS n FROM outcome_pairs WHERE scheme_id = $1 AND baseline IS NOT NULL AND latest IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    askings: await q(
      `SELECT timepoint || ' ' || status AS k, count(*)::text AS n FROM outcome_records WHERE scheme_id = $1 GROUP BY 1 ORDER BY 1`,
    ),
    waiting: await q(
      `SELECT 'waiting' AS k, count(*)::text AS n FROM referrals WHERE scheme_id = $1 AND status = 'waiting'`,
    ),
  };
}

/** The same figures summed from the rollups. */
async function rolledUpCounts(ctx: AppContext, schemeId: string) {
  const q = async (text: string) => (await ctx.database.owner.query<{ k: string; n: string }>(text, [schemeId])).rows;
  return {
    referrals: await q(
      `SELECT month::text || ' ' || source AS k, sum(referrals)::text AS n FROM report_referrals WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    needs: await q(
      `SELECT need AS k, sum(referrals)::text AS n FROM report_referrals WHERE scheme_id = $1 AND need <> '*' GROUP BY 1 ORDER BY 1`,
    ),
    sessions: await q(
      `SELECT attendance AS k, sum(sessions)::text AS n FROM report_sessions WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    closures: await q(
      `SELECT reason AS k, sum(cases)::text AS n FROM report_closures WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    pairs: await q(
      `SELECT score_key AS k, sum(pairs)::text || ' ' || sum(sum_change)::text AS n FROM report_outcomes WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    askings: await q(
      `SELECT timepoint || ' ' || status AS k, sum(askings)::text AS n FROM report_measure_askings WHERE scheme_id = $1 AND need = '*' GROUP BY 1 ORDER BY 1`,
    ),
    waiting: await q(
      `SELECT 'waiting' AS k, sum(joined - removed)::text AS n FROM report_waiting_list WHERE scheme_id = $1 AND need = '*'`,
    ),
  };
}
