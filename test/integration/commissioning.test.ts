import { describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  makeReferral,
  referralBody,
  type PathwayScheme,
} from '../support/pathway.ts';

type Table = { key: string; rows: Record<string, string | number | null>[] };

describe.each(testDatabaseTargets())('commissioning on $name', (target) => {
  const env = useTestApp(target);

  /** A commissioner granted the given schemes (one membership each), signed in. */
  async function commissioner(...schemes: PathwayScheme[]) {
    const { ctx, app } = env();
    const user = await buildUser(ctx, { role: 'commissioner', schemeId: schemes[0]!.scheme.id });
    for (const s of schemes.slice(1))
      await ctx.db
        .insertInto('memberships')
        .values({ user_id: user.id, role: 'commissioner', scheme_id: s.scheme.id })
        .execute();
    return Object.assign(await signIn(app, user), { userId: user.id });
  }

  it('sums two schemes, suppresses small numbers and the counts that would give them away, and shows no person', async () => {
    const { app, ctx, clock } = env();
    const north = await buildPathwayScheme(ctx, app);
    const south = await buildPathwayScheme(ctx, app);
    const elsewhere = await buildPathwayScheme(ctx, app);
    const names: string[] = [];
    for (let i = 0; i < 9; i++) {
      const body = referralBody({ needs: [i < 7 ? 'loneliness' : 'debt'] });
      names.push((body.patient as { familyName: string }).familyName);
      await makeReferral(i % 2 ? south : north, (i % 2 ? south : north).referrer, body);
    }
    const housing = referralBody({ needs: ['housing'] });
    names.push((housing.patient as { familyName: string }).familyName);
    await allocatedCase(north, { body: housing });
    await makeReferral(elsewhere);
    const lead = await commissioner(north, south);

    const schemes = await lead.request({ method: 'GET', url: '/api/commissioning/schemes' });
    expect(schemes.statusCode, schemes.body).toBe(200);
    expect(
      schemes
        .json()
        .schemes.map((s: { slug: string }) => s.slug)
        .sort(),
    ).toEqual([north.scheme.slug, south.scheme.slug].sort());
    // The practices to filter by, by name and ODS code, as a manager chooses them.
    expect(schemes.json().practices).toEqual(
      expect.arrayContaining([{ odsCode: north.practice.ods_code, name: expect.any(String) }]),
    );
    const byPractice = await lead.request({
      method: 'GET',
      url: `/api/commissioning/reports/activity?practice=${north.practice.ods_code}`,
    });
    expect(byPractice.statusCode, byPractice.body).toBe(200);

    const response = await lead.request({ method: 'GET', url: '/api/commissioning/reports/activity' });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ tables: Table[]; schemes: unknown[] }>();
    expect(view.schemes).toHaveLength(2);
    const month = clock.today().slice(0, 7);
    const byMonth = view.tables.find((t) => t.key === 'referrals-by-month')!;
    // 10 referrals across the two schemes (the third scheme's is not counted), rounded to the nearest 5.
    expect(byMonth.rows.at(-1)).toEqual({ month, referrals: '10' });
    const byNeed = view.tables.find((t) => t.key === 'referrals-by-need')!;
    // Loneliness 7 is small; debt 2 and housing 1 are small too: each shown as a range, no share given.
    expect(byNeed.rows).toEqual([
      { group: 'Loneliness and social isolation', referrals: '1–7', share: null },
      { group: 'Debt', referrals: '1–7', share: null },
      { group: 'Housing problems', referrals: '1–7', share: null },
    ]);
    const outcomes = view.tables.find((t) => t.key === 'referral-outcomes')!;
    // 9 awaiting (rounded to 10) beside 1 accepted (small): the 9 would give the 1 away from the total of 10.
    expect(outcomes.rows).toEqual([
      { group: 'Awaiting a decision', referrals: '[c]', share: null },
      { group: 'Accepted', referrals: '1–7', share: null },
    ]);
    // Nothing that names or identifies a person, anywhere in the answer.
    for (const name of names) expect(response.body).not.toContain(name);
    expect(response.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const csv = await lead.request({
      method: 'GET',
      url: `/api/commissioning/reports/activity/tables/referral-outcomes.csv?schemes=${north.scheme.slug},${south.scheme.slug}`,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, 3),
    ).toEqual(['Outcome,Referrals,Share (%)', 'Awaiting a decision,[c],', 'Accepted,1–7,']);
    expectFieldError(
      await lead.request({ method: 'GET', url: '/api/commissioning/reports/activity/tables/nothing-here.csv' }),
      'table',
    );
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('actor_user_id', '=', lead.userId)
      .where('action', 'like', 'report.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['report.view', 'report.view', 'report.download']);
    expect(audit[0]!.detail).toMatchObject({ filters: { practice: north.practice.ods_code } });
    expect(audit[2]!.detail).toMatchObject({ table: 'referral-outcomes' });
    expect((audit[2]!.detail as { schemes: string[] }).schemes.sort()).toEqual(
      [north.scheme.slug, south.scheme.slug].sort(),
    );
  });

  it('refuses a scheme not granted, a worker filter, and everyone who is not a commissioner', async () => {
    const { app, ctx } = env();
    const north = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const lead = await commissioner(north);
    const get = (query: string) => lead.request({ method: 'GET', url: `/api/commissioning/reports/activity${query}` });
    expectFieldError(await get(`?schemes=${other.scheme.slug}`), 'schemes');
    expectFieldError(await get(`?schemes=${north.scheme.slug},no-such-scheme`), 'schemes');
    expectFieldError(await get(`?worker=${north.worker.userId}`), 'worker');
    expectFieldError(await get('?from=2026-09&to=2026-01'), 'from');
    for (const who of [north.manager, north.worker, north.referrer])
      expectProblem(await who.request({ method: 'GET', url: '/api/commissioning/reports/activity' }), 403, 'forbidden');
    expectProblem(
      await app.inject({ method: 'GET', url: '/api/commissioning/reports/activity' }),
      401,
      'unauthenticated',
    );
    // A commissioner has no way into a scheme's own pages either.
    expectProblem(
      await lead.request({ method: 'GET', url: `/api/schemes/${north.scheme.slug}/reports/activity` }),
      403,
      'forbidden',
    );
  });

  it('reads as a database role that can reach the rollups of the granted schemes and nothing else', async () => {
    const { app, ctx } = env();
    const north = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    await makeReferral(north);
    await makeReferral(other);
    const lead = await commissioner(north);
    expect((await lead.request({ method: 'GET', url: '/api/commissioning/reports/activity' })).statusCode).toBe(200);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await trx.executeQuery({
          sql: `SELECT set_config('linkwork.scheme_ids', $1, true)`,
          parameters: [`{${north.scheme.id}}`],
          query: { kind: 'RawNode' },
        } as never);
        await trx.executeQuery({
          sql: 'SET LOCAL ROLE linkwork_commissioner',
          parameters: [],
          query: { kind: 'RawNode' },
        } as never);
        return trx.executeQuery({
          sql: 'SELECT count(*) FROM patients',
          parameters: [],
          query: { kind: 'RawNode' },
        } as never);
      }),
    ).rejects.toThrow(/permission denied/);
    const seen = await ctx.db.transaction().execute(async (trx) => {
      const run = (sqlText: string, parameters: unknown[] = []) =>
        trx.executeQuery<{ scheme_id: string }>({ sql: sqlText, parameters, query: { kind: 'RawNode' } } as never);
      await run(`SELECT set_config('linkwork.scheme_ids', $1, true)`, [`{${north.scheme.id}}`]);
      await run('SET LOCAL ROLE linkwork_commissioner');
      return (await run('SELECT DISTINCT scheme_id FROM report_referrals')).rows.map((r) => r.scheme_id);
    });
    expect(seen).toEqual([north.scheme.id]);
  });

  it('gives every table a commissioner may read one policy naming the granted schemes, read once per statement', async () => {
    const { ctx } = env();
    const rows = async (sqlText: string) =>
      (
        await ctx.db.executeQuery<Record<string, string>>({
          sql: sqlText,
          parameters: [],
          query: { kind: 'RawNode' },
        } as never)
      ).rows;
    const readable = (
      await rows(
        `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege('linkwork_commissioner', c.oid, 'SELECT')`,
      )
    ).map((r) => r.table_name!);
    const policies = await rows(
      `SELECT tablename, qual FROM pg_policies WHERE schemaname = 'public' AND 'linkwork_commissioner' = ANY (roles)`,
    );
    expect(readable.length).toBeGreaterThan(10);
    for (const table of readable.filter((t) => t !== 'report_summaries')) {
      const own = policies.filter((p) => p.tablename === table);
      expect(own, `${table} has one policy for commissioners`).toHaveLength(1);
      // As an init plan the granted schemes' array is made once, not parsed again for every row read.
      expect(own[0]!.qual, table).toMatch(
        /ANY \(\(\s*SELECT current_scheme_ids\(\) AS current_scheme_ids\)(::uuid\[\])?\)/,
      );
    }
  });
});
