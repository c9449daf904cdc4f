import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import type { AppContext } from '../../src/context.ts';
import { pageSupportStaff } from '../../src/modules/scheme/scheme-settings/scheme-settings.repository.ts';
import { STAFF_PAGE } from '../../src/modules/scheme/scheme-settings/scheme-settings.schemas.ts';
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

interface StaffMember {
  userId: string;
  name: string;
  role: 'scheme_manager' | 'supervisor';
}
interface StaffPage {
  staff: StaffMember[];
  next: string | null;
}

async function getPage(client: RoleClient, url: string): Promise<StaffPage> {
  const response = await client.request({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<StaffPage>();
}

/** Follows "next" to the last page, gathering every page. */
async function walk(client: RoleClient, url: string): Promise<StaffPage[]> {
  const join = url.includes('?') ? '&' : '?';
  const pages = [await getPage(client, url)];
  while (pages.at(-1)!.next && pages.length < 50)
    pages.push(await getPage(client, `${url}${join}after=${encodeURIComponent(pages.at(-1)!.next!)}`));
  return pages;
}

/** The scheme's active managers and supervisors in the order the database sorts names (whose name holds `has`). */
async function staffByName(ctx: AppContext, schemeId: string, has = ''): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`SELECT u.id FROM users u WHERE u.active
    AND strpos(lower(u.name), ${has.toLowerCase()}) > 0 AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id
    AND m.scheme_id = ${schemeId} AND m.role IN ('scheme_manager', 'supervisor')) ORDER BY u.name, u.id`.execute(
    ctx.db,
  );
  return rows.map((r) => r.id);
}

/** Managers and supervisors with a handful of shared names, so the order must fall back on the id to be stable. */
async function addStaff(ctx: AppContext, s: PathwayScheme, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push(
      (
        await buildUser(ctx, {
          role: i % 4 === 0 ? 'scheme_manager' : 'supervisor',
          schemeId: s.scheme.id,
          name: `Staff ${['Ahmed', 'Brown', 'Chen', 'Davies', 'Evans'][i % 5]}`,
        })
      ).id,
    );
  return ids;
}

describe.each(testDatabaseTargets())('who may be safeguarding lead or a named supervisor on $name', (target) => {
  const env = useTestApp(target);

  it('pages every active manager and supervisor by name, each once, following the cursor', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildPathwayScheme(ctx, app);
    const added = await addStaff(ctx, s, STAFF_PAGE + 12);
    // Someone both manager and supervisor is listed once, as a manager; someone who left is not listed.
    await ctx.db
      .insertInto('memberships')
      .values({ user_id: added[1]!, role: 'scheme_manager', scheme_id: s.scheme.id })
      .execute();
    await ctx.db.updateTable('users').set({ active: false }).where('id', '=', added[2]!).execute();
    const everyone = await staffByName(ctx, s.scheme.id);
    expect(everyone).toHaveLength(added.length - 1 + 2);
    const url = `${schemeApi(s)}/settings/staff`;

    // The default page is 25; the walk sees everyone once, in name order, and no one from another scheme or a link worker.
    const pages = await walk(s.manager, url);
    expect(pages.map((p) => p.staff.length)).toEqual([STAFF_PAGE, everyone.length - STAFF_PAGE]);
    expect(pages.at(-1)!.next).toBeNull();
    const listed = pages.flatMap((p) => p.staff);
    expect(listed.map((m) => m.userId)).toEqual(everyone);
    expect(listed.map((m) => m.userId)).not.toContain(other.supervisor.userId);
    expect(listed.map((m) => m.userId)).not.toContain(s.worker.userId);
    expect(listed.find((m) => m.userId === added[1])).toMatchObject({ role: 'scheme_manager' });
    expect(listed.find((m) => m.userId === added[3])).toMatchObject({ role: 'supervisor', name: 'Staff Davies' });
    expect(listed.find((m) => m.userId === s.manager.userId)).toMatchObject({ role: 'scheme_manager' });

    // A smaller page walks the same people; the team reads it too.
    const small = await walk(s.worker, `${url}?limit=7`);
    expect(small.slice(0, -1).every((p) => p.staff.length === 7)).toBe(true);
    expect(small.flatMap((p) => p.staff)).toEqual(listed);
    expect((await getPage(s.supervisor, `${url}?limit=100`)).staff).toEqual(listed);
  });

  it('finds staff by a part of their name in any case, with % and _ matching only themselves', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    await addStaff(ctx, s, 12);
    const percent = await buildUser(ctx, { role: 'supervisor', schemeId: s.scheme.id, name: 'Lead 100% Evans' });
    const plain = await buildUser(ctx, { role: 'supervisor', schemeId: s.scheme.id, name: 'Lead 1000 Evans' });
    const url = `${schemeApi(s)}/settings/staff`;

    const evans = await staffByName(ctx, s.scheme.id, 'evans');
    expect(evans.length).toBeGreaterThan(3);
    const found = await walk(s.manager, `${url}?q=${encodeURIComponent('  EVANS ')}&limit=2`);
    expect(found.flatMap((p) => p.staff.map((m) => m.userId))).toEqual(evans);

    expect((await getPage(s.manager, `${url}?q=${encodeURIComponent('0%')}`)).staff.map((m) => m.userId)).toEqual([
      percent.id,
    ]);
    expect((await getPage(s.manager, `${url}?q=${encodeURIComponent('100')}`)).staff.map((m) => m.userId)).toEqual(
      [percent.id, plain.id].sort((a, b) => evans.indexOf(a) - evans.indexOf(b)),
    );
    expect(await getPage(s.manager, `${url}?q=${encodeURIComponent('%')}`)).toEqual({
      staff: [expect.objectContaining({ userId: percent.id })],
      next: null,
    });
    expect(await getPage(s.manager, `${url}?q=${encodeURIComponent('_')}`)).toEqual({ staff: [], next: null });
    expect(await getPage(s.manager, `${url}?q=nobody-has-this-name`)).toEqual({ staff: [], next: null });
    // An empty search is everyone.
    expect((await getPage(s.manager, `${url}?q=&limit=100`)).staff).toHaveLength(
      (await staffByName(ctx, s.scheme.id)).length,
    );
  });

  it('refuses a bad limit, cursor or search naming the field, and anyone outside the team', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/settings/staff`;
    for (const limit of ['0', '101', 'many', '2.5'])
      expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?limit=${limit}` }), 'limit');
    expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?after=not-a-cursor` }), 'after');
    expectFieldError(await s.manager.request({ method: 'GET', url: `${url}?q=${'x'.repeat(101)}` }), 'q');
    expectProblem(await s.manager.request({ method: 'GET', url: `${url}?page=2` }), 400, 'validation-failed');
    expectProblem(await s.referrer.request({ method: 'GET', url }), 403, 'forbidden');
    const other = await buildPathwayScheme(ctx, app);
    expect([403, 404]).toContain((await other.manager.request({ method: 'GET', url })).statusCode);
  });

  it('answers the settings without a staff list, naming the safeguarding lead and each named supervisor', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const settingsUrl = `${schemeApi(s)}/settings`;
    const settings = async () => (await s.manager.request({ method: 'GET', url: settingsUrl })).json();
    const before = await settings();
    expect(before).not.toHaveProperty('staff');
    expect(before.safeguardingLead).toBeNull();

    const saved = await s.manager.request({
      method: 'PUT',
      url: `${settingsUrl}/safety`,
      payload: { version: before.version, ...before.safety, safeguardingLeadId: s.supervisor.userId },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const supervisorName = (await ctx.db
      .selectFrom('users')
      .select('name')
      .where('id', '=', s.supervisor.userId)
      .executeTakeFirstOrThrow())!.name;
    const lead = { userId: s.supervisor.userId, name: supervisorName, role: 'supervisor' };
    expect(saved.json().safeguardingLead).toEqual(lead);
    expect(saved.json()).not.toHaveProperty('staff');
    expect((await settings()).safeguardingLead).toEqual(lead);
    // Someone who is not a manager or supervisor here still cannot be chosen.
    expectFieldError(
      await s.manager.request({
        method: 'PUT',
        url: `${settingsUrl}/safety`,
        payload: { version: before.version + 1, ...before.safety, safeguardingLeadId: s.worker.userId },
      }),
      'safeguardingLeadId',
    );

    // The worker's own answer names their supervisor.
    const workerUrl = `${schemeApi(s)}/workers/${s.worker.userId}`;
    const worker = await s.manager.request({
      method: 'PUT',
      url: workerUrl,
      payload: { hoursPerWeek: 30, languages: [], acceptingCases: true, supervisorId: s.supervisor.userId },
    });
    expect(worker.statusCode, worker.body).toBe(200);
    expect(worker.json()).toMatchObject({ supervisorId: s.supervisor.userId, supervisor: lead });
    expect((await s.manager.request({ method: 'GET', url: workerUrl })).json().supervisor).toEqual(lead);
    const otherWorker = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/workers` }))
      .json()
      .workers.find((w: { userId: string }) => w.userId === s.otherWorker.userId);
    expect(otherWorker).toMatchObject({ supervisorId: null, supervisor: null });

    // When the lead leaves, they are still named, without a role, so the manager knows to choose again.
    await ctx.db.updateTable('users').set({ active: false }).where('id', '=', s.supervisor.userId).execute();
    expect((await settings()).safeguardingLead).toEqual({ ...lead, role: null });
  });

  it('reads a page of staff from the name index, about a page of them, however large the team', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const prefix = `Staffer ${crypto.randomUUID().slice(0, 8)}`;
    // 600 supervisors (every third also a manager) and 600 link workers of the scheme.
    await owner.query(`INSERT INTO users (email, name, password_hash, active)
      SELECT '${prefix.replace(' ', '-')}-' || g || '@example.test', '${prefix} ' || lpad(g::text, 4, '0'), 'x', true FROM generate_series(1, 1200) g`);
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id)
      SELECT u.id, CASE WHEN right(u.name, 4)::int <= 600 THEN 'supervisor' ELSE 'link_worker' END, '${s.scheme.id}'
      FROM users u WHERE u.name LIKE '${prefix} %'`);
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id)
      SELECT u.id, 'scheme_manager', '${s.scheme.id}' FROM users u WHERE u.name LIKE '${prefix} %' AND right(u.name, 4)::int % 3 = 0 AND right(u.name, 4)::int <= 600`);
    await owner.query('ANALYZE users; ANALYZE memberships');

    const start = { name: prefix, id: '00000000-0000-0000-0000-000000000000' };
    const position = { after: start, before: null };
    const page = await pageSupportStaff(ctx.db, s.scheme.id, { position, limit: STAFF_PAGE });
    expect(page.map((p) => p.name)).toEqual(
      Array.from({ length: STAFF_PAGE + 1 }, (_, i) => `${prefix} ${String(i + 1).padStart(4, '0')}`),
    );
    expect(page.map((p) => p.role).slice(0, 3)).toEqual(['supervisor', 'supervisor', 'scheme_manager']);

    for (const nameHas of [undefined, '00']) {
      const plans = await explainAll(
        ctx.db,
        s.scheme.id,
        await captureSql(ctx.db, s.scheme.id, async (db) => {
          expect(await pageSupportStaff(db, s.scheme.id, { position, limit: STAFF_PAGE, nameHas })).toHaveLength(
            STAFF_PAGE + 1,
          );
        }),
      );
      const plan = plans.find((p) => p.sql.includes('from "users" as "u"'))!;
      expect(plan.plan, plan.sql).toContain('users_name_idx');
      // Each person read is one probe of a memberships index, not a read of the scheme's whole team.
      expect(plan.plan, plan.sql).toMatch(/Index Scan using memberships_(scheme_role|user)_idx on memberships m\b/);
      expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on (users|memberships)|HashAggregate|GroupAggregate|Sort/);
      if (nameHas === undefined)
        // The walk stops after the page: 26 people read from the index, not the scheme's 1,200.
        expect(plan.plan).toMatch(
          /Index Scan using users_name_idx on users u +\(cost=[^)]*\) \(actual time=[\d.]+\.\.[\d.]+ rows=26(\.00)? loops=1\)/,
        );
    }
  }, 120_000);
});
