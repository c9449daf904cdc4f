import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries, explainEach } from '../../bench/capture-sql.ts';
import type { AppContext } from '../../src/context.ts';
import { capacityOf, capacitySql } from '../../src/modules/workforce/allocation/capacity.ts';
import type { CapacityPolicy } from '../../src/modules/scheme/scheme-settings/scheme-policies.ts';
import {
  getAllocationOptions,
  SEARCH_LIMIT,
  SHORTLIST_SIZE,
} from '../../src/modules/pathway/cases/use-cases/get-allocation-options.ts';
import { recountAllocations } from '../../src/modules/workforce/allocation/allocation.repository.ts';
import { loadCandidates } from '../../src/modules/workforce/allocation/load-candidates.ts';
import { recountYearAllocations } from '../../src/modules/workforce/allocation/recount-year-allocations.ts';
import { rankCandidates } from '../../src/modules/workforce/allocation/rank-candidates.ts';
import { loadSchemeRules } from '../../src/modules/scheme/scheme-settings/scheme-criteria.ts';
import { inScheme } from '../../src/modules/scheme/schemes/index.ts';
import { loadCompetenceNeed } from '../../src/modules/workforce/training/competence.ts';
import type { UserActor } from '../../src/platform/actor.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { londonDate } from '../../src/platform/london-time.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import {
  buildPathwayScheme,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  type PathwayScheme,
} from '../support/pathway.ts';
import { courseIds, daysFrom } from '../support/training.ts';

interface Worker {
  userId: string;
  name: string;
  suggested: boolean;
  blocked: boolean;
  reasons: string[];
  capacity: { spare: number; overCap: boolean };
  trainingGaps: unknown[];
}
interface Options {
  totalWorkers: number;
  search: string | null;
  limit: number;
  more: boolean;
  workers: Worker[];
}

/**
 * `count` link workers with every shape the ranking weighs: hours (none to 60), open cases and a year's
 * allocations (some over the annual figure though under the open-case cap), languages in any case and
 * spacing, not taking cases, shared names and names that sort differently by byte and by locale; a third
 * untrained for significant mental health needs and some lapsed. Written as the owner, as the triggers would.
 */
async function addTeam(ctx: AppContext, s: PathwayScheme, count: number, tag: string): Promise<void> {
  const ids = await courseIds(s);
  const month = `${londonDate(new Date(ctx.now().getTime() - 60 * 86_400_000)).slice(0, 7)}-01`;
  const today = daysFrom(ctx, 0);
  const run = (text: string, params: unknown[]) => ctx.database.owner.query(text, params);
  await run(
    `WITH u AS (
      INSERT INTO users (email, name, password_hash, must_change_password)
      SELECT 'team-' || $2 || '-' || g || '@example.org', (ARRAY['Worker', 'worker', 'Ávila', 'Zoë', 'de Souza'])[1 + g % 5] || ' ' || chr(65 + g % 7), 'x', false
      FROM generate_series(1, $3::int) g RETURNING id, email)
    INSERT INTO memberships (user_id, role, scheme_id) SELECT id, 'link_worker', $1 FROM u`,
    [s.scheme.id, tag, count],
  );
  const team = `SELECT u.id, split_part(split_part(u.email, '-', 3), '@', 1)::int AS g FROM users u WHERE u.email LIKE 'team-' || $2 || '-%'`;
  await run(
    `INSERT INTO worker_profiles (scheme_id, user_id, hours_per_week, languages, accepting_cases)
    SELECT $1, t.id, (ARRAY[37.5, 22.5, 0, 40, 15, 60, 37])[1 + t.g % 7],
      CASE WHEN t.g % 5 = 0 THEN ARRAY['Urdu'] WHEN t.g % 13 = 0 THEN ARRAY[' uRDU ', 'Polish'] WHEN t.g % 9 = 4 THEN ARRAY['PORTUGUÊS'] ELSE ARRAY[]::text[] END, t.g % 11 <> 0
    FROM (${team}) t WHERE t.g % 17 <> 0`,
    [s.scheme.id, tag],
  );
  await run(
    `INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases) SELECT $1, t.id, (t.g * 7) % 56 FROM (${team}) t WHERE t.g % 19 <> 0
    ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = EXCLUDED.open_cases`,
    [s.scheme.id, tag],
  );
  await run(
    `INSERT INTO worker_allocation_months (scheme_id, month, worker_id, allocated) SELECT $1, $3::date, t.id, (t.g * 37) % 260 FROM (${team}) t`,
    [s.scheme.id, tag, month],
  );
  await run(
    `INSERT INTO worker_allocation_days (scheme_id, day, worker_id, allocated) SELECT $1, $3::date, t.id, t.g % 3 FROM (${team}) t`,
    [s.scheme.id, tag, today],
  );
  await run(
    `INSERT INTO training_records (scheme_id, user_id, course_id, completed_on, expires_on)
    SELECT $1, t.id, c.course, $4::date - 100, CASE WHEN t.g % 4 = 0 THEN $4::date - 1 ELSE $4::date + 200 END
    FROM (${team}) t CROSS JOIN unnest($3::uuid[]) AS c(course) WHERE t.g % 3 <> 0`,
    [s.scheme.id, tag, [ids.suicide_prevention, ids.mental_health_first_aid], today],
  );
  for (const table of [
    'users',
    'memberships',
    'worker_profiles',
    'worker_case_counts',
    'worker_allocation_months',
    'worker_allocation_days',
    'training_records',
  ])
    await run(`ANALYZE ${table}`, []);
}

/** A waiting referral for someone who speaks `language`, flagged or not. */
async function referralFor(s: PathwayScheme, language: string, flags: string[]) {
  const referral = await makeReferral(
    s,
    s.referrer,
    referralBody({ patient: patientInput({ preferredLanguage: language, interpreterNeeded: true }) }),
  );
  if (flags.length === 0) return referral.id;
  const flagged = await s.manager.request({
    method: 'PUT',
    url: `${schemeApi(s)}/referrals/${referral.id}/complexity`,
    payload: { version: referral.version, flags },
  });
  expect(flagged.statusCode, flagged.body).toBe(200);
  return referral.id;
}

/** The full ranking of every worker, as the allocation page used to build it: what the shortlist must begin. */
/** The scheme manager as the use case sees them, to call it directly with a capturing database. */
async function managerActor(ctx: AppContext, s: PathwayScheme): Promise<UserActor> {
  const membership = await ctx.db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', s.manager.userId)
    .where('scheme_id', '=', s.scheme.id)
    .executeTakeFirstOrThrow();
  return {
    kind: 'user',
    userId: s.manager.userId,
    name: 'Manager',
    email: s.manager.login.email,
    sessionId: 'test',
    role: 'scheme_manager',
    membershipId: membership.id,
    schemeId: s.scheme.id,
    schemeSlug: s.scheme.slug,
    organisationId: null,
    requestId: 'test',
  };
}

async function fullRanking(ctx: AppContext, s: PathwayScheme, language: string, flags: string[]) {
  return inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
    const rules = await loadSchemeRules(trx, s.scheme.id);
    const need = {
      language,
      interpreterNeeded: true,
      competence: await loadCompetenceNeed(trx, s.scheme.id, flags, ctx.now()),
    };
    return rankCandidates(await loadCandidates(trx, s.scheme.id, rules, ctx.now()), need);
  });
}

describe('capacity in SQL', () => {
  const policies: CapacityPolicy[] = [
    { annualPeoplePerFte: 225, fullTimeHours: 37.5, interventionWeeks: 12 },
    { annualPeoplePerFte: 200, fullTimeHours: 35, interventionWeeks: 52 },
    { annualPeoplePerFte: 250, fullTimeHours: 37.5, interventionWeeks: 60 },
    { annualPeoplePerFte: 210, fullTimeHours: 37, interventionWeeks: 13 },
    { annualPeoplePerFte: 225, fullTimeHours: 0, interventionWeeks: 12 },
  ];
  const hours = [0, 7.5, 12.25, 15, 16, 22.5, 30, 33.3, 37, 37.5, 40, 60];
  const loads = [0, 1, 9, 10, 25, 45, 50, 51, 52, 60, 112, 199, 224, 225, 300];

  describe.each(testDatabaseTargets())('on $name', (target) => {
    const env = useTestApp(target);

    it('agrees with capacityOf over a grid of hours, loads and policies', async () => {
      const { ctx } = env();
      const grid = hours.flatMap((h) => loads.flatMap((open) => loads.map((allocated) => ({ h, open, allocated }))));
      for (const policy of policies) {
        const c = capacitySql(policy, { hoursPerWeek: sql`t.h`, openCases: sql`t.o`, allocatedThisYear: sql`t.a` });
        const { rows } = await sql<{
          cap: number;
          annual_cap: number;
          spare: number;
          over_cap: boolean;
        }>`SELECT ${c.cap} AS cap, ${c.annualCap} AS annual_cap, ${c.spare} AS spare, ${c.overCap} AS over_cap
          FROM unnest(${grid.map((g) => g.h)}::float8[], ${grid.map((g) => g.open)}::float8[], ${grid.map((g) => g.allocated)}::float8[]) WITH ORDINALITY AS t(h, o, a, n) ORDER BY t.n`.execute(
          ctx.db,
        );
        const fromSql = rows.map((r) => ({
          cap: Number(r.cap),
          annualCap: Number(r.annual_cap),
          spare: Number(r.spare),
          overCap: r.over_cap,
        }));
        const fromTs = grid.map((g) => {
          const { cap, annualCap, spare, overCap } = capacityOf(policy, {
            hoursPerWeek: g.h,
            openCases: g.open,
            allocatedThisYear: g.allocated,
          });
          return { cap, annualCap, spare, overCap };
        });
        expect(fromSql, JSON.stringify(policy)).toEqual(fromTs);
      }
    });
  });
});

describe.each(testDatabaseTargets())('the allocation shortlist on $name', (target) => {
  const env = useTestApp(target);

  it('is exactly the first of the full ranking, with and without training to check, and says how many workers there are', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addTeam(ctx, s, 90, 'exact');
    const actor = await managerActor(ctx, s);
    const daysAgo = (days: number) => londonDate(new Date(ctx.now().getTime() - days * 86_400_000));
    // The year's allocations ordered by: the year itself (never counted), the figure the hourly job keeps, a figure
    // counted from a month ago (inside the year but missing most of it: a loose bound), and a window the job left
    // older than the year (the year itself again).
    for (const [window, counted] of [
      [null, false],
      ['job', true],
      [daysAgo(30), true],
      [daysAgo(400), false],
    ] as const) {
      if (window === 'job') expect((await recountYearAllocations(ctx)).busy).toBe(0);
      else if (window !== null)
        await inSchemeTransaction(ctx.db, s.scheme.id, (trx) => recountAllocations(trx, window));
      for (const [language, flags] of [
        ['Urdu', []],
        ['Urdu', ['mental_health']],
        ['Português', ['mental_health']],
      ] as const) {
        const referralId = await referralFor(s, language, [...flags]);
        const response = await s.manager.request({
          method: 'GET',
          url: `${schemeApi(s)}/referrals/${referralId}/allocation`,
        });
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json<Options>();
        const full = await fullRanking(ctx, s, language, [...flags]);
        expect(
          full.slice(0, SHORTLIST_SIZE).some((w) => w.languageMatch),
          `${language}: ${JSON.stringify(full.slice(0, 12).map((w) => [w.name, w.languages, w.score]))}`,
        ).toBe(true);
        expect(body).toMatchObject({ totalWorkers: 92, search: null, limit: SHORTLIST_SIZE, more: true });
        expect(
          body.workers.map((w) => [w.name, w.suggested, w.blocked, w.reasons, w.capacity]),
          `${window} ${language} ${flags.join()}`,
        ).toEqual(full.slice(0, SHORTLIST_SIZE).map((w) => [w.name, w.suggested, w.blocked, w.reasons, w.capacity]));
        expect(body.workers.map((w) => w.userId)).toEqual(full.slice(0, SHORTLIST_SIZE).map((w) => w.userId));
      }
      const capture = new CaptureQueries();
      await getAllocationOptions(
        { ...ctx, db: ctx.db.withPlugin(capture) },
        {
          ...(await inScheme(ctx, actor, s.scheme.slug, 'referral.allocate')),
          referralId: await referralFor(s, 'Urdu', []),
        },
      );
      const ranking = capture.queries.filter((q) => /^select "k"\."user_id"/.test(q.sql));
      expect(ranking.length).toBeGreaterThan(0);
      for (const q of ranking) expect(/worker_allocation_(months|days)/.test(q.sql), `${window}`).toBe(!counted);
    }
  });

  it('finds any worker by name, weighed in full, and allocates to one off the shortlist with the same checks', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addTeam(ctx, s, 60, 'search');
    const referralId = await referralFor(s, 'Urdu', ['mental_health']);
    const url = `${schemeApi(s)}/referrals/${referralId}/allocation`;
    const full = await fullRanking(ctx, s, 'Urdu', ['mental_health']);
    const shortlist = (await s.manager.request({ method: 'GET', url })).json<Options>().workers.map((w) => w.userId);

    const found = await s.manager.request({ method: 'GET', url: `${url}?q=${encodeURIComponent(' zoë ')}` });
    expect(found.statusCode, found.body).toBe(200);
    const body = found.json<Options>();
    const zoes = full.filter((w) => w.name.startsWith('Zoë'));
    expect(body).toMatchObject({ search: 'zoë', limit: SEARCH_LIMIT, more: zoes.length > SEARCH_LIMIT });
    expect(body.workers.length).toBe(Math.min(zoes.length, SEARCH_LIMIT));
    for (const w of body.workers) {
      const expected = full.find((f) => f.userId === w.userId)!;
      expect(w).toMatchObject({
        name: expected.name,
        suggested: expected.suggested,
        blocked: expected.blocked,
        reasons: expected.reasons,
      });
    }
    expect(
      (await s.manager.request({ method: 'GET', url: `${url}?q=${encodeURIComponent('100%_')}` })).json<Options>()
        .workers,
    ).toEqual([]);
    expect((await s.manager.request({ method: 'GET', url: `${url}?q=${'x'.repeat(101)}` })).statusCode).toBe(400);

    const offList = body.workers.find((w) => w.blocked && !shortlist.includes(w.userId));
    expect(offList, 'a blocked worker off the shortlist').toBeDefined();
    const version = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referralId}` })).json<{
      version: number;
    }>().version;
    const allocate = `${schemeApi(s)}/referrals/${referralId}/allocate`;
    const refused = await s.manager.request({
      method: 'POST',
      url: allocate,
      payload: { version, workerId: offList!.userId },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors?.[0]?.field ?? refused.json().field).toBe('workerId');
    const allocated = await s.manager.request({
      method: 'POST',
      url: allocate,
      payload: {
        version,
        workerId: offList!.userId,
        override: { reason: 'Only worker who speaks Urdu; refresher booked.' },
      },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    expect(allocated.json().events.at(-1)).toMatchObject({
      kind: 'allocate',
      detail: { workerId: offList!.userId, overrideReason: 'Only worker who speaks Urdu; refresher booked.' },
    });
  });

  it('reads one batch when the workers with the most room by open cases are over their annual figure', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const month = `${londonDate(new Date(ctx.now().getTime() - 60 * 86_400_000)).slice(0, 7)}-01`;
    const run = (text: string, params: unknown[]) => ctx.database.owner.query(text, params);
    // 80 full-time workers with no open cases but 230 people this year (over 225), then 15 with few places left.
    await run(
      `WITH u AS (
        INSERT INTO users (email, name, password_hash, must_change_password)
        SELECT 'busy-' || g || '@example.org', 'Busy ' || lpad(g::text, 3, '0'), 'x', false FROM generate_series(1, 95) g RETURNING id, email)
      INSERT INTO memberships (user_id, role, scheme_id) SELECT id, 'link_worker', $1 FROM u`,
      [s.scheme.id],
    );
    const team = `SELECT u.id, split_part(split_part(u.email, '-', 2), '@', 1)::int AS g FROM users u WHERE u.email LIKE 'busy-%'`;
    await run(
      `INSERT INTO worker_profiles (scheme_id, user_id, hours_per_week, languages, accepting_cases) SELECT $1, t.id, 37.5, ARRAY[]::text[], true FROM (${team}) t`,
      [s.scheme.id],
    );
    await run(
      `INSERT INTO worker_case_counts AS w (scheme_id, worker_id, open_cases) SELECT $1, t.id, CASE WHEN t.g > 80 THEN 45 + t.g % 5 ELSE 0 END FROM (${team}) t
      ON CONFLICT (scheme_id, worker_id) DO UPDATE SET open_cases = EXCLUDED.open_cases`,
      [s.scheme.id],
    );
    await run(
      `INSERT INTO worker_allocation_months (scheme_id, month, worker_id, allocated) SELECT $1, $2::date, t.id, CASE WHEN t.g > 80 THEN 100 ELSE 230 END FROM (${team}) t`,
      [s.scheme.id, month],
    );
    const referralId = await referralFor(s, 'English', []);
    const actor = await managerActor(ctx, s);
    const capture = new CaptureQueries();
    const options = await getAllocationOptions(
      { ...ctx, db: ctx.db.withPlugin(capture) },
      { ...(await inScheme(ctx, actor, s.scheme.slug, 'referral.allocate')), referralId },
    );
    const full = await fullRanking(ctx, s, 'English', []);
    const overYear = full.filter((w) => w.name.startsWith('Busy') && Number(w.name.slice(5)) <= 80);
    expect(overYear.map((w) => [w.capacity.openCases, w.capacity.overCap, w.suggested])).toEqual(
      overYear.map(() => [0, true, false]),
    );
    expect(options.workers.map((w) => [w.userId, w.suggested, w.reasons])).toEqual(
      full.slice(0, SHORTLIST_SIZE).map((w) => [w.userId, w.suggested, w.reasons]),
    );
    expect(
      options.workers
        .filter((w) => w.name.startsWith('Busy'))
        .every((w) => Number(w.name.slice(5)) > 80 && w.suggested),
    ).toBe(true);
    // The 80 over their annual figure rank below: the year's allocations are in the SQL ranking, so one batch suffices.
    expect(capture.queries.filter((q) => /^select "k"\."user_id"/.test(q.sql))).toHaveLength(1);
  });

  it("reads training only for the batch weighed, and the counts tables along their indexes (the ordering itself reads every worker's year)", async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addTeam(ctx, s, 400, 'plans');
    const referralId = await referralFor(s, 'Urdu', ['mental_health']);
    const actor = await managerActor(ctx, s);
    const capture = new CaptureQueries();
    const options = await getAllocationOptions(
      { ...ctx, db: ctx.db.withPlugin(capture) },
      { ...(await inScheme(ctx, actor, s.scheme.slug, 'referral.allocate')), referralId },
    );
    expect(options.workers).toHaveLength(SHORTLIST_SIZE);
    const queries = capture.queries.filter((q) => !q.sql.includes('set_config'));
    const training = queries.filter((q) => /from "training_records"/.test(q.sql));
    expect(training.length).toBeGreaterThan(0);
    // The scheme has 402 workers; their training is read only for the batches the shortlist needed.
    expect(training.reduce((n, q) => n + q.parameters.length - 1, 0)).toBeLessThanOrEqual(6 * SHORTLIST_SIZE);
    const plans = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      return (
        await explainEach(
          trx,
          queries.filter((q) => /worker_|training_records/.test(q.sql)),
        )
      ).join('\n\n');
    });
    for (const table of [
      'worker_case_counts',
      'worker_allocation_months',
      'worker_allocation_days',
      'training_records',
    ])
      expect(plans, plans).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
  });
});

describe.each(testDatabaseTargets())("each worker's kept shortlist key on $name", (target) => {
  const env = useTestApp(target);

  /** Every counts row's kept key against the key worked out afresh from the worker's current inputs. */
  async function expectKeysCurrent(ctx: AppContext, schemeId: string, when: string) {
    const { rows: kept } = await ctx.database.owner.query<{
      worker_id: string;
      rankable: boolean;
      rank_name: string;
      rank_suggested: boolean;
      rank_score: number;
      rank_languages: string[];
    }>(
      `SELECT worker_id, rankable, rank_name, rank_suggested, rank_score, rank_languages FROM worker_case_counts WHERE scheme_id = $1`,
      [schemeId],
    );
    const { rows: inputs } = await ctx.database.owner.query<{
      worker_id: string;
      name: string;
      active: boolean;
      link_worker: boolean;
      hours: string | null;
      languages: string[] | null;
      accepting: boolean | null;
      open_cases: number;
      allocated_since: number;
    }>(
      `SELECT c.worker_id, u.name, u.active, EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = c.worker_id AND m.scheme_id = c.scheme_id AND m.role = 'link_worker') AS link_worker,
        p.hours_per_week AS hours, p.languages, p.accepting_cases AS accepting, c.open_cases, c.allocated_since
      FROM worker_case_counts c JOIN users u ON u.id = c.worker_id
      LEFT JOIN worker_profiles p ON p.scheme_id = c.scheme_id AND p.user_id = c.worker_id WHERE c.scheme_id = $1`,
      [schemeId],
    );
    const { rows: members } = await ctx.database.owner.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM memberships WHERE scheme_id = $1 AND role = 'link_worker'`,
      [schemeId],
    );
    const policy = await inSchemeTransaction(ctx.db, schemeId, (trx) => loadSchemeRules(trx, schemeId));
    const fold = (l: string) => (/[^\x20-\x7e]/.test(l) ? '*' : l.trim().toLowerCase());
    const expected = inputs
      .map((r) => {
        const accepting = r.accepting ?? true;
        const c = capacityOf(policy.capacity, {
          hoursPerWeek: r.hours === null ? policy.capacity.fullTimeHours : Number(r.hours),
          openCases: r.open_cases,
          allocatedThisYear: r.allocated_since,
        });
        return {
          worker_id: r.worker_id,
          rankable: r.active && r.link_worker,
          rank_name: r.name,
          rank_suggested: accepting && !c.overCap && c.spare > 0,
          rank_score: !accepting ? -1000 : c.overCap ? -500 : c.spare,
          rank_languages: [...new Set((r.languages ?? []).map(fold))].sort(),
        };
      })
      .sort((a, b) => a.worker_id.localeCompare(b.worker_id));
    const actual = kept
      .map((r) => ({ ...r, rank_score: Number(r.rank_score), rank_languages: [...r.rank_languages].sort() }))
      .sort((a, b) => a.worker_id.localeCompare(b.worker_id));
    expect(actual, when).toEqual(expected);
    expect(
      members.every((m) => kept.some((k) => k.worker_id === m.user_id)),
      `${when}: every link worker has a key`,
    ).toBe(true);
  }

  it('follows every input: cases, profiles, memberships, names, deactivation and the capacity policy', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addTeam(ctx, s, 30, 'keys');
    const run = (text: string, params: unknown[]) => ctx.database.owner.query(text, params);
    await expectKeysCurrent(ctx, s.scheme.id, 'after the team joined');

    const referralId = await referralFor(s, 'Urdu', []);
    const version = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/referrals/${referralId}` })).json<{
      version: number;
    }>().version;
    const allocated = await s.manager.request({
      method: 'POST',
      url: `${schemeApi(s)}/referrals/${referralId}/allocate`,
      payload: { version, workerId: s.worker.userId, override: { reason: 'Knows the family from an earlier case.' } },
    });
    expect(allocated.statusCode, allocated.body).toBe(200);
    await expectKeysCurrent(ctx, s.scheme.id, 'after a case was allocated');

    const profile = await s.manager.request({
      method: 'PUT',
      url: `${schemeApi(s)}/workers/${s.worker.userId}`,
      payload: { hoursPerWeek: 7.5, languages: [' Polish ', 'Türkçe'], acceptingCases: true },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    await expectKeysCurrent(ctx, s.scheme.id, 'after a profile changed');
    await run(`UPDATE worker_profiles SET accepting_cases = false WHERE scheme_id = $1 AND user_id = $2`, [
      s.scheme.id,
      s.otherWorker.userId,
    ]);
    await run(`DELETE FROM worker_profiles WHERE scheme_id = $1 AND languages <> '{}'`, [s.scheme.id]);
    await expectKeysCurrent(ctx, s.scheme.id, 'after profiles were removed');

    await run(`UPDATE users SET name = 'Aaron Renamed' WHERE id = $1`, [s.otherWorker.userId]);
    await run(`UPDATE users SET active = false WHERE email LIKE 'team-keys-1%'`, []);
    await expectKeysCurrent(ctx, s.scheme.id, 'after a rename and deactivations');
    await run(`UPDATE users SET active = true WHERE email LIKE 'team-keys-1%'`, []);
    await run(
      `DELETE FROM memberships WHERE scheme_id = $1 AND user_id IN (SELECT id FROM users WHERE email LIKE 'team-keys-2%')`,
      [s.scheme.id],
    );
    await run(`INSERT INTO memberships (user_id, role, scheme_id) VALUES ($1, 'link_worker', $2)`, [
      s.supervisor.userId,
      s.scheme.id,
    ]);
    await expectKeysCurrent(ctx, s.scheme.id, 'after memberships changed');

    for (const changes of [
      { annual_people_per_fte: 60, full_time_hours: 30, intervention_weeks: 52 },
      { annual_people_per_fte: 225, full_time_hours: 37.5, intervention_weeks: 12 },
    ]) {
      await run(
        `UPDATE scheme_policies SET annual_people_per_fte = $2, full_time_hours = $3, intervention_weeks = $4 WHERE scheme_id = $1`,
        [s.scheme.id, changes.annual_people_per_fte, changes.full_time_hours, changes.intervention_weeks],
      );
      await expectKeysCurrent(ctx, s.scheme.id, `after the policy became ${JSON.stringify(changes)}`);
    }
    expect((await recountYearAllocations(ctx)).busy).toBe(0);
    await expectKeysCurrent(ctx, s.scheme.id, 'after the window moved');
  });
});
