import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import { pageSchemePeople, TEAM_ROLES } from '../../src/modules/scheme/schemes/schemes.repository.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme } from '../support/factories.ts';
import { buildPathwayScheme, expectFieldError } from '../support/pathway.ts';

interface People {
  people: { userId: string; name: string; roles: string[] }[];
  next: string | null;
  previous: string | null;
}

describe.each(testDatabaseTargets())("a scheme's people, found by name a page at a time, on $name", (target) => {
  const env = useTestApp(target);

  it('returns the scheme without its team, and finds people by the start of any word of their name, 20 at most, by name', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const other = await buildScheme(ctx);
    const owner = ctx.database.owner;
    const add = async (name: string, role: string, schemeId = s.scheme.id, active = true) => {
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO users (email, name, password_hash, active) VALUES ($1, $2, 'x', $3) RETURNING id`,
        [`${crypto.randomUUID()}@example.test`, name, active],
      );
      await owner.query('INSERT INTO memberships (user_id, role, scheme_id) VALUES ($1, $2, $3)', [
        rows[0]!.id,
        role,
        schemeId,
      ]);
      return rows[0]!.id;
    };
    // 45 link workers and supervisors called "Quenby", and people the search must or must not find.
    for (let i = 0; i < 45; i += 1)
      await add(`Quenby Worker ${String(i).padStart(2, '0')}`, i % 3 === 0 ? 'supervisor' : 'link_worker');
    const siobhan = await add("Siobhán O'Brien-Quayle", 'link_worker');
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id) VALUES ($1, 'scheme_manager', $2)`, [
      siobhan,
      s.scheme.id,
    ]);
    await add('Quenby Elsewhere', 'link_worker', other.id);
    await add('Quenby Gone', 'link_worker', s.scheme.id, false);
    await add('Quenby Referrer', 'referrer');

    const overview = await s.worker.request({ method: 'GET', url: `/api/schemes/${s.scheme.slug}` });
    expect(overview.statusCode, overview.body).toBe(200);
    expect(Object.keys(overview.json<Record<string, unknown>>())).toEqual(['scheme']);

    const url = `/api/schemes/${s.scheme.slug}/people`;
    const search = async (query: string) => {
      const res = await s.worker.request({ method: 'GET', url: `${url}?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<People>();
    };
    const first = await search('q=quen');
    expect(first.people).toHaveLength(20);
    expect(first.people[0]).toEqual({
      userId: expect.any(String) as string,
      name: 'Quenby Worker 00',
      roles: ['supervisor'],
    });
    expect(first.previous).toBeNull();
    const all = [...first.people];
    let page = first;
    while (page.next) {
      page = await search(`q=quen&after=${page.next}`);
      expect(page.people.length).toBeLessThanOrEqual(20);
      all.push(...page.people);
    }
    // And back: the previous page of the last is the one before it.
    expect(page.previous).not.toBeNull();
    expect((await search(`q=quen&before=${page.previous!}`)).people.map((p) => p.name)).toEqual(
      all.slice(20, 40).map((p) => p.name),
    );
    expect(all.map((p) => p.name)).toEqual([
      ...Array.from({ length: 45 }, (_, i) => `Quenby Worker ${String(i).padStart(2, '0')}`),
    ]);
    // Any word, any case, punctuation ignored; every word must match; a person in two roles is listed once.
    for (const q of ['obrien', 'BRIEN', 'quayle', 'siob o', "o'brien-q", 'obrienquayle']) {
      expect(
        (await search(`q=${encodeURIComponent(q)}`)).people.map((p) => p.name),
        q,
      ).toEqual(["Siobhán O'Brien-Quayle"]);
    }
    expect((await search('q=obrien')).people[0]!.roles).toEqual(['link_worker', 'scheme_manager']);
    expect((await search('q=quenby+worker+44')).people.map((p) => p.name)).toEqual(['Quenby Worker 44']);
    expect((await search('q=brien+worker')).people).toEqual([]);
    expect((await search('q=quenby&role=supervisor')).people).toHaveLength(15);
    // Without a search: the whole team a page at a time (the pathway scheme's people too).
    expect((await search('')).people).toHaveLength(20);

    expectFieldError(await s.worker.request({ method: 'GET', url: `${url}?q=${encodeURIComponent('!!')}` }), 'q');
    expectFieldError(await s.worker.request({ method: 'GET', url: `${url}?role=referrer` }), 'role');
    expectFieldError(await s.worker.request({ method: 'GET', url: `${url}?after=nonsense` }), 'after');
    expect(
      (await s.referrer.request({ method: 'GET', url: `/api/schemes/${other.slug}/people?q=quen` })).statusCode,
    ).toBe(403);

    // As the application role: the search reads the words' index (or walks names in order), never a scan of users.
    const plans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        await pageSchemePeople(db, s.scheme.id, {
          words: ['obrien'],
          roles: TEAM_ROLES,
          position: { after: null, before: null },
          limit: 20,
        });
      }),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]!.plan).toContain('user_name_words_pkey');
  }, 120_000);
});
