import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import { pageTrainedPeople } from '../../src/modules/workforce/training/trained-people.repository.ts';
import { MATRIX_PAGE } from '../../src/modules/workforce/training/use-cases/training-matrix.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildPathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())("the training matrix's page of people on $name", (target) => {
  const env = useTestApp(target);

  it('reads a page of people from the name index, about a page of them, however many staff the scheme has', async () => {
    const { app, ctx } = env();
    const s = await buildPathwayScheme(ctx, app);
    const owner = ctx.database.owner;
    const prefix = `Matrix ${crypto.randomUUID().slice(0, 8)}`;
    // 1,500 link workers (every third also a supervisor), 30 people of this scheme who hold no training role, 20 who left.
    await owner.query(`INSERT INTO users (email, name, password_hash, active)
      SELECT '${prefix.replace(' ', '-')}-' || g || '@example.test', '${prefix} ' || lpad(g::text, 4, '0'), 'x', g <= 1520 FROM generate_series(1, 1550) g`);
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id)
      SELECT u.id, CASE WHEN right(u.name, 4)::int BETWEEN 1501 AND 1520 THEN 'referrer' ELSE 'link_worker' END, '${s.scheme.id}'
      FROM users u WHERE u.name LIKE '${prefix} %'`);
    await owner.query(`INSERT INTO memberships (user_id, role, scheme_id)
      SELECT u.id, 'supervisor', '${s.scheme.id}' FROM users u WHERE u.name LIKE '${prefix} %' AND right(u.name, 4)::int % 3 = 0 AND right(u.name, 4)::int <= 1500`);
    await owner.query('ANALYZE users; ANALYZE memberships; ANALYZE worker_profiles');

    const start = { name: prefix, id: '00000000-0000-0000-0000-000000000000' };
    const page = await pageTrainedPeople(ctx.db, s.scheme.id, { after: start, before: null }, MATRIX_PAGE);
    expect(page.map((p) => p.name)).toEqual(
      Array.from({ length: MATRIX_PAGE + 1 }, (_, i) => `${prefix} ${String(i + 1).padStart(4, '0')}`),
    );
    expect(page[2]!.roles).toEqual(['link_worker', 'supervisor']);
    expect(page[0]).toMatchObject({ roles: ['link_worker'], startedOn: null });
    // Those with no trained role, and those who left, are not in the matrix (the scheme's other staff follow); backwards reads the same people.
    const tail = await pageTrainedPeople(
      ctx.db,
      s.scheme.id,
      { after: { name: `${prefix} 1495`, id: start.id }, before: null },
      MATRIX_PAGE,
    );
    expect(tail.map((p) => p.name).filter((name) => name.startsWith(prefix))).toEqual(
      ['1495', '1496', '1497', '1498', '1499', '1500'].map((n) => `${prefix} ${n}`),
    );
    const back = await pageTrainedPeople(
      ctx.db,
      s.scheme.id,
      { after: null, before: { name: `${prefix} 0026`, id: start.id } },
      MATRIX_PAGE,
    );
    expect(back.slice(0, MATRIX_PAGE).reverse()).toEqual(page.slice(0, MATRIX_PAGE));

    const plans = await explainAll(
      ctx.db,
      s.scheme.id,
      await captureSql(ctx.db, s.scheme.id, async (db) => {
        expect(await pageTrainedPeople(db, s.scheme.id, { after: start, before: null }, MATRIX_PAGE)).toHaveLength(
          MATRIX_PAGE + 1,
        );
      }),
    );
    const plan = plans.find((p) => p.sql.includes('from "users" as "u"'))!;
    expect(plan.plan, plan.sql).toContain('users_name_idx');
    expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on (users|memberships)|HashAggregate|GroupAggregate/);
    // The walk stops after the page: 26 people read from the index, not the scheme's 1,500.
    expect(plan.plan).toMatch(
      /Index Scan using users_name_idx on users u +\(cost=[^)]*\) \(actual time=[\d.]+\.\.[\d.]+ rows=26(\.00)? loops=1\)/,
    );
  }, 120_000);
});
