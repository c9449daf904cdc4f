import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { tellOfStoppedPractices } from '../../src/modules/reporting/reports/index.ts';
import { recordSession } from '../support/report-steps.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildOrganisation, buildUser, signIn } from '../support/factories.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { nameSupervisor } from '../support/support.ts';

type Table = { key: string; rows: Record<string, string | number | null>[] };
type View = { tables: Table[] };

/** A seeded generator, so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WEEK_MINUTES = 7 * 24 * 60;

describe.each(testDatabaseTargets())('the GP practices report on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  const practices = (s: PathwayScheme, who: RoleClient, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/practices${query}` });
  const summary = (s: PathwayScheme, who: RoleClient, ods: string, query = '') =>
    who.request({ method: 'GET', url: `${schemeApi(s)}/reports/practices/${ods}/summary${query}` });
  const table = (view: View, key: string) => view.tables.find((t) => t.key === key);
  const rowOf = (view: View, key: string, practice: string) =>
    table(view, key)!.rows.find((r) => r.practice === practice);

  /** A referral for a patient registered with `ods` (sent by the scheme's referrer). */
  const referralFrom = (ods: string, needs = ['loneliness']) =>
    referralBody({ patient: patientInput({ practiceOdsCode: ods }), needs });

  const session = (s: PathwayScheme, caseId: string, attendance = 'attended') =>
    recordSession(s, env().clock, caseId, { attendance });

  async function ons4(s: PathwayScheme, caseId: string, timepoint: string, life: number) {
    const response = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/cases/${caseId}/outcomes`,
      payload: {
        measure: 'ons4',
        timepoint,
        answeredOn: env().clock.today(),
        answers: { 'life-satisfaction': life, worthwhile: 5, happiness: 5, anxiety: 5 },
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Two practices: the scheme's own (its referrer's) with four referrals, one of them worked with, and one more. */
  async function twoPractices() {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildOrganisation(ctx, 'gp_practice');
    const a = s.practice.ods_code;
    const b = other.ods_code!;
    const worked = await allocatedCase(s, { body: referralFrom(a, ['loneliness', 'debt']) });
    await makeReferral(s, s.referrer, referralFrom(a, ['loneliness']));
    await makeReferral(s, s.referrer, referralFrom(a, ['housing', 'loneliness']));
    await makeReferral(s, s.referrer, referralFrom(a, ['debt']));
    await makeReferral(s, s.referrer, referralFrom(b, ['housing']));
    await session(s, worked.caseId);
    await session(s, worked.caseId, 'did_not_attend');
    await ons4(s, worked.caseId, 'baseline', 3);
    await ons4(s, worked.caseId, 'review', 7);
    return { s, a, b, other, worked };
  }

  it('shows a manager each practice: volume, trend, in-scope rate, needs and outcomes, narrowed by every filter', async () => {
    const { s, a, b, other } = await twoPractices();
    const response = await practices(s, s.manager);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View & { title: string }>();
    expect(view.title).toBe('GP practices');
    expect(view.tables.map((t) => t.key)).toEqual([
      'practice-referrals',
      'practice-referrals-by-month',
      'practice-needs',
      'practice-outcomes',
      'practices-stopped-referring',
    ]);
    expect(table(view, 'practice-referrals')!.rows).toEqual([
      {
        practice: a,
        name: expect.any(String),
        referrals: 4,
        inScope: 4,
        inScopeRate: 100,
        accepted: 1,
        acceptedRate: 25,
        recent: 4,
        previous: 0,
        change: null,
        trend: 'Started referring',
      },
      {
        practice: b,
        name: other.name,
        referrals: 1,
        inScope: 1,
        inScopeRate: 100,
        accepted: 0,
        acceptedRate: 0,
        recent: 1,
        previous: 0,
        change: null,
        trend: 'Started referring',
      },
    ]);
    const month = env().clock.today().slice(0, 7);
    const monthly = table(view, 'practice-referrals-by-month')!;
    expect(monthly.rows).toHaveLength(12);
    expect(monthly.rows.at(-1)).toEqual({ month, [`p-${a}`]: 4, [`p-${b}`]: 1 });
    expect(table(view, 'practice-needs')!.rows.filter((r) => r.practice === a)).toEqual([
      { practice: a, name: expect.any(String), need: 'Loneliness and social isolation', referrals: 3, share: 75 },
      { practice: a, name: expect.any(String), need: 'Debt', referrals: 2, share: 50 },
      { practice: a, name: expect.any(String), need: 'Housing problems', referrals: 1, share: 25 },
    ]);
    const outcome = table(view, 'practice-outcomes')!.rows.find((r) => r.score === 'ONS4: Life satisfaction');
    expect(outcome).toMatchObject({ practice: a, pairs: 1, meanChange: 4, improved: 100, worse: 0 });
    expect(table(view, 'practices-stopped-referring')!.rows).toEqual([]);

    // The practice filter keeps one practice; need, worker and months narrow the counts.
    const onlyB = (await practices(s, s.manager, `?practice=${b}`)).json<View>();
    expect(table(onlyB, 'practice-referrals')!.rows.map((r) => r.practice)).toEqual([b]);
    const debt = (await practices(s, s.manager, '?need=debt')).json<View>();
    expect(rowOf(debt, 'practice-referrals', a)).toMatchObject({ referrals: 2, accepted: 1 });
    expect(rowOf(debt, 'practice-referrals', b)).toBeUndefined();
    const theirs = (await practices(s, s.manager, `?worker=${s.worker.userId}`)).json<View>();
    expect(table(theirs, 'practice-referrals')!.rows.map((r) => [r.practice, r.referrals])).toEqual([[a, 1]]);
    const lastYear = (await practices(s, s.manager, '?from=2020-01&to=2020-12')).json<View>();
    expect(table(lastYear, 'practice-referrals')!.rows).toEqual([]);
    // Under six months there is no trend to give.
    const short = (await practices(s, s.manager, `?from=${month}&to=${month}`)).json<View>();
    expect(rowOf(short, 'practice-referrals', a)).toMatchObject({
      recent: null,
      change: null,
      trend: 'Range too short',
    });
    expectFieldError(await practices(s, s.manager, '?practice=%3D1%2B1'), 'practice');
  });

  it('prints a practice month beside the scheme, refuses an unknown practice or a bad month, and is audited', async () => {
    const { s, a, b } = await twoPractices();
    const month = env().clock.today().slice(0, 7);
    const response = await summary(s, s.manager, a, `?month=${month}`);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ practice: { odsCode: a }, month });
    const figure = (key: string) => view.figures.find((f: { key: string }) => f.key === key);
    expect(figure('referrals')).toMatchObject({ practice: 4, scheme: 5 });
    expect(figure('inScopeRate')).toMatchObject({ practice: 100, scheme: 100 });
    expect(figure('accepted')).toMatchObject({ practice: 1, scheme: 1 });
    expect(figure('acceptedRate')).toMatchObject({ practice: 25, scheme: 20 });
    expect(figure('waitFirstContact')).toMatchObject({ practice: 0, scheme: 0 });
    expect(figure('sessionsAttended')).toMatchObject({ practice: 1, scheme: 1 });
    expect(figure('dnaRate')).toMatchObject({ practice: 50, scheme: 50 });
    expect(view.referralsByMonth).toHaveLength(12);
    expect(view.referralsByMonth.at(-1)).toEqual({ month, practice: 4, scheme: 5 });
    expect(view.topNeeds[0]).toEqual({
      need: 'Loneliness and social isolation',
      referrals: 3,
      share: 75,
      schemeShare: 60,
    });
    expect(view.outcomes.find((o: { measure: string }) => o.measure === 'ONS4: Life satisfaction')).toEqual({
      measure: 'ONS4: Life satisfaction',
      pairs: 1,
      meanChange: 4,
      improved: 100,
      schemeImproved: 100,
    });
    const forB = (await summary(s, s.manager, b, `?month=${month}`)).json();
    expect(forB.figures.find((f: { key: string }) => f.key === 'referrals')).toMatchObject({ practice: 1, scheme: 5 });

    expectProblem(await summary(s, s.manager, 'ZZ9999', `?month=${month}`), 404, 'not-found');
    expectFieldError(await summary(s, s.manager, a, '?month=2026-13'), 'month');
    expectFieldError(await summary(s, s.manager, a, '?month=2999-01'), 'month');
    expectFieldError(await summary(s, s.manager, 'a81001'), 'ods');
    for (const who of [s.worker, s.referrer, s.community]) expectProblem(await summary(s, who, a), 403, 'forbidden');
    const audit = await env()
      .ctx.db.selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('scheme_id', '=', s.scheme.id)
      .where('action', 'like', 'report.%')
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.detail)).toEqual([
      { report: 'practices', summary: a, month },
      { report: 'practices', summary: b, month },
    ]);
  });

  it("gives a supervisor their supervisees' work only, without the scheme-wide stopped practices", async () => {
    const { s, a } = await twoPractices();
    await nameSupervisor(s, s.worker);
    const response = await practices(s, s.supervisor);
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    expect(table(view, 'practice-referrals')!.rows.map((r) => [r.practice, r.referrals])).toEqual([[a, 1]]);
    expect(table(view, 'practices-stopped-referring')).toBeUndefined();
    const month = env().clock.today().slice(0, 7);
    const own = (await summary(s, s.supervisor, a, `?month=${month}`)).json();
    expect(own.referralsByMonth.at(-1)).toMatchObject({ practice: 1, scheme: 1 });
    await nameSupervisor(s, s.worker, null);
    const none = (await practices(s, s.supervisor)).json<View>();
    expect(table(none, 'practice-referrals')!.rows).toEqual([]);
  });

  it('gives a commissioner suppressed figures, no person and no per-worker or day-level table', async () => {
    const { ctx, app } = env();
    const { s, a } = await twoPractices();
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      const body = referralFrom(a);
      names.push((body.patient as { familyName: string }).familyName);
      await makeReferral(s, s.referrer, body);
    }
    const user = await buildUser(ctx, { role: 'commissioner', schemeId: s.scheme.id });
    const lead = await signIn(app, user);
    const response = await lead.request({ method: 'GET', url: '/api/commissioning/reports/practices' });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<View>();
    expect(view.tables.map((t) => t.key)).toEqual([
      'practice-referrals',
      'practice-referrals-by-month',
      'practice-needs',
      'practice-outcomes',
    ]);
    const rows = table(view, 'practice-referrals')!.rows;
    // The other practice's 1 is shown as a range with no rate beside it, and the 12 hidden so that the 1 cannot be
    // worked out from the column's total.
    expect(rows[0]).toMatchObject({ practice: a, referrals: '[c]', inScopeRate: null });
    expect(rows[1]).toMatchObject({ referrals: '1–7', inScopeRate: null, acceptedRate: null });
    expect(rows[0]).not.toHaveProperty('trend');
    for (const name of names) expect(response.body).not.toContain(name);
    expect(response.body).not.toMatch(/nhsNumber|dateOfBirth|familyName|givenName|postcode/i);
    expect(response.body).not.toContain(s.worker.userId);
    expectFieldError(
      await lead.request({ method: 'GET', url: `/api/commissioning/reports/practices?worker=${s.worker.userId}` }),
      'worker',
    );
  });

  it('downloads a table as CSV, and refuses the report to roles without access', async () => {
    const { s, a } = await twoPractices();
    const response = await s.manager.request({
      method: 'GET',
      url: `${schemeApi(s)}/reports/practices/tables/practice-referrals.csv?from=2026-01&to=2026-12`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="linkwork-${s.scheme.slug}-practices-practice-referrals-2026-01-to-2026-12.csv"`,
    );
    expect(response.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Practice (ODS code),Practice,Referrals,In scope,In scope (%),Accepted,Accepted (%),Last 3 months,3 months before,Change (%),Trend',
    );
    expect(response.body).toContain(a);
    for (const who of [s.worker, s.referrer, s.community]) expectProblem(await practices(s, who), 403, 'forbidden');
    const { ctx, app } = env();
    const other = await buildPathwayScheme(ctx, app);
    expectProblem(await practices(s, other.manager), 403, 'forbidden');
    expectProblem(await summary(s, other.manager, a), 403, 'forbidden');
  });

  it('tells the managers once when a practice that referred regularly stops, and again after it refers and stops again', async () => {
    const { app, ctx, clock } = env();
    let s = await buildPathwayScheme(ctx, app);
    const a = s.practice.ods_code;
    const secondManager = await buildUser(ctx, { role: 'scheme_manager', schemeId: s.scheme.id });

    // The setting: whole weeks from 2 to 26, refused otherwise with the field named.
    const settings = async () =>
      (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
        version: number;
        policies: Record<string, number>;
      }>();
    const current = await settings();
    expect(current.policies.practiceQuietWeeks).toBe(6);
    for (const bad of [1, 27, 6.5])
      expectFieldError(
        await s.manager.request({
          method: 'PUT',
          url: `${schemeApi(s)}/settings/policies`,
          payload: { ...current.policies, version: current.version, practiceQuietWeeks: bad },
        }),
        'practiceQuietWeeks',
      );
    const saved = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/settings/policies`,
      payload: { ...current.policies, version: current.version, practiceQuietWeeks: 8 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().policies.practiceQuietWeeks).toBe(8);

    const again = async () => {
      s = {
        ...s,
        manager: await signInAgain(app, s.manager),
        referrer: await signInAgain(app, s.referrer),
      };
    };
    // Thirteen referrals in a week: at that rate, 3 or more expected in any 6 weeks.
    for (let i = 0; i < 13; i++) {
      await makeReferral(s, s.referrer, referralFrom(a));
      if (i === 6) {
        clock.advanceMinutes(WEEK_MINUTES);
        await again();
      }
    }
    const told = async () =>
      (
        await ctx.database.owner.query<{ recipient_id: string; body: string; event_key: string }>(
          `SELECT recipient_id, body, event_key FROM notifications WHERE scheme_id = $1 AND kind = 'practice.stopped-referring' ORDER BY id`,
          [s.scheme.id],
        )
      ).rows;
    clock.advanceMinutes(6 * WEEK_MINUTES);
    await tellOfStoppedPractices(ctx);
    expect(await told()).toEqual([]); // 6 weeks: the scheme waits 8
    clock.advanceMinutes(2 * WEEK_MINUTES - 24 * 60);
    await tellOfStoppedPractices(ctx);
    expect(await told()).toEqual([]); // a day short of 8 weeks
    clock.advanceMinutes(24 * 60);
    await tellOfStoppedPractices(ctx);
    const first = await told();
    expect(first.map((n) => n.recipient_id).sort()).toEqual([s.manager.userId, secondManager.id].sort());
    expect(first[0]!.body).toContain(`(${a}) has sent no referral since`);
    await tellOfStoppedPractices(ctx);
    clock.advanceMinutes(WEEK_MINUTES);
    await tellOfStoppedPractices(ctx);
    expect(await told()).toHaveLength(2); // once, not every morning

    await again();
    const view = (await practices(s, s.manager)).json<View>();
    expect(table(view, 'practices-stopped-referring')!.rows).toEqual([
      {
        practice: a,
        name: expect.any(String),
        lastReferral: clock.today(-9 * 7),
        weeksQuiet: 9,
        baseline: 13,
        expected: 4.5,
      },
    ]);

    // It refers again, so it is no longer listed; when it falls quiet again the managers are told again.
    await makeReferral(s, s.referrer, referralFrom(a));
    expect(table((await practices(s, s.manager)).json<View>(), 'practices-stopped-referring')!.rows).toEqual([]);
    await tellOfStoppedPractices(ctx);
    expect(await told()).toHaveLength(2);
    clock.advanceMinutes(8 * WEEK_MINUTES);
    await tellOfStoppedPractices(ctx);
    const all = await told();
    expect(all).toHaveLength(4);
    expect(new Set(all.map((n) => n.event_key)).size).toBe(2);
  });

  it('keeps the daily practice counts and the report equal to counts from scratch after a random sequence of changes', async () => {
    const { app, ctx, clock } = env();
    let s = await buildPathwayScheme(ctx, app);
    const others = [await buildOrganisation(ctx, 'gp_practice'), await buildOrganisation(ctx, 'gp_practice')];
    const codes = [s.practice.ods_code, ...others.map((o) => o.ods_code!)];
    const random = seeded(20261208);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    for (let step = 0; step < 24; step++) {
      const action = pick(['refer', 'refer', 'allocate', 'decline', 'later']);
      const body = referralFrom(pick(codes), [pick(['loneliness', 'debt', 'housing'])]);
      if (action === 'refer') await makeReferral(s, s.referrer, body);
      if (action === 'allocate') await allocatedCase(s, { body });
      if (action === 'decline') {
        const r = await makeReferral(s, s.referrer, body);
        const declined = await s.worker.request({
          method: 'POST',
          url: `${schemeApi(s)}/referrals/${r.id}/decline`,
          payload: { version: r.version, reason: 'Another service fits better.', alternative: '' },
        });
        expect(declined.statusCode, declined.body).toBe(200);
      }
      if (action === 'later') {
        clock.advanceMinutes(3 * 24 * 60);
        s = {
          ...s,
          manager: await signInAgain(app, s.manager),
          referrer: await signInAgain(app, s.referrer),
          worker: await signInAgain(app, s.worker),
        };
      }
    }
    expect(await dailyCounts(ctx, s.scheme.id, 'kept')).toEqual(await dailyCounts(ctx, s.scheme.id, 'direct'));
    const view = (await practices(s, s.manager)).json<View>();
    const shown = Object.fromEntries(
      table(view, 'practice-referrals')!.rows.map((r) => [r.practice, [r.referrals, r.inScope, r.accepted]]),
    );
    expect(shown).toEqual(await directByPractice(ctx, s.scheme.id));
  });
});

/** Each practice's referrals per London day: as the trigger keeps them, or counted straight from the referrals. */
async function dailyCounts(ctx: AppContext, schemeId: string, how: 'kept' | 'direct') {
  const text =
    how === 'kept'
      ? `SELECT practice_ods_code || ' ' || day::text AS k, referrals AS n FROM referral_practice_days
         WHERE scheme_id = $1 AND practice_ods_code IS NOT NULL AND referrals > 0 ORDER BY 1`
      : `SELECT practice_ods_code || ' ' || london_day(received_at)::text AS k, count(*)::int AS n FROM referrals
         WHERE scheme_id = $1 AND practice_ods_code IS NOT NULL GROUP BY 1 ORDER BY 1`;
  return (await ctx.database.owner.query<{ k: string; n: number }>(text, [schemeId])).rows;
}

/** Referrals, in scope and accepted per practice in the last twelve months, from the raw rows. */
async function directByPractice(ctx: AppContext, schemeId: string) {
  const { rows } = await ctx.database.owner.query<{ p: string; n: number; s: number; a: number }>(
    `SELECT r.practice_ods_code AS p, count(*)::int AS n, count(*) FILTER (WHERE r.evaluation = 'in_scope')::int AS s,
       count(*) FILTER (WHERE r.status NOT IN ('declined', 'cancelled') AND (c.discharge_reason IS DISTINCT FROM 'unable-to-contact')
         AND (r.accepted_at IS NOT NULL OR c.id IS NOT NULL))::int AS a
     FROM referrals r LEFT JOIN cases c ON c.referral_id = r.id WHERE r.scheme_id = $1 GROUP BY 1`,
    [schemeId],
  );
  return Object.fromEntries(rows.map((r) => [r.p, [r.n, r.s, r.a]]));
}
