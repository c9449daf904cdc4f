import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries } from '../../bench/capture-sql.ts';
import { listSchemeConcerns } from '../../src/modules/safety/safeguarding/safeguarding.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { walkKeysetPages } from '../support/keyset-pages.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { allocatedCase, buildPathwayScheme, expectFieldError, schemeApi } from '../support/pathway.ts';

// The scheme's safeguarding concerns (for the lead and the manager), paged newest first by keyset:
// every concern of the status once, in order, however many the scheme holds.
describe.each(testDatabaseTargets())('safeguarding concern list pages on $name', (target) => {
  const env = useTestApp(target);

  it('pages open and closed concerns with no gap and no repeat, ties on the raising time included', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const raised = await s.worker.request({
      method: 'POST',
      url: `${schemeApi(s)}/cases/${caseId}/safeguarding`,
      payload: {
        subject: 'adult',
        categories: ['financial'],
        description: 'Her son takes her pension each week.',
        immediateAction: 'Talked about options.',
      },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const first = raised.json<{ id: string }>().id;
    // 139 more, copied from the real one: a third closed, and only 15 distinct raising times (ties broken by id).
    const all = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const columns = (
        await sql<{
          column_name: string;
        }>`select column_name from information_schema.columns where table_name = 'safeguarding_concerns' and column_name not in ('id', 'status', 'raised_at', 'closed_at', 'outcome') order by ordinal_position`.execute(
          trx,
        )
      ).rows.map((r) => r.column_name);
      await trx.executeQuery(
        CompiledQuery.raw(
          `insert into safeguarding_concerns (id, status, raised_at, closed_at, outcome, ${columns.map((c) => `"${c}"`).join(', ')})
        select gen_random_uuid(), case when g % 3 = 0 then 'closed' else 'open' end, c.raised_at - (g % 15) * interval '1 hour',
          case when g % 3 = 0 then c.raised_at end, case when g % 3 = 0 then 'Referred; the local authority is leading.' else c.outcome end, ${columns.map((c) => `c."${c}"`).join(', ')}
        from safeguarding_concerns c, generate_series(1, 139) g where c.id = $1`,
          [first],
        ),
      );
      return (
        await sql<{
          id: string;
          status: string;
        }>`select id, status from safeguarding_concerns where scheme_id = ${s.scheme.id} order by raised_at desc, id desc`.execute(
          trx,
        )
      ).rows;
    });
    expect(all.length).toBe(140);

    const walk = (status: 'open' | 'closed') => walkKeysetPages(s.manager, `${schemeApi(s)}/safeguarding`, { status });
    for (const status of ['open', 'closed'] as const)
      expect(await walk(status), status).toEqual(all.filter((c) => c.status === status).map((c) => c.id));
    expectFieldError(
      await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/safeguarding?after=broken` }),
      'after',
    );
  });

  it('reads a page through the scheme index, never scanning or sorting the concerns', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const capture = new CaptureQueries();
    await inSchemeTransaction(ctx.db.withPlugin(capture), s.scheme.id, async (trx) => {
      await listSchemeConcerns(
        trx,
        s.scheme.id,
        'open',
        { at: new Date(), id: '00000000-0000-4000-8000-000000000001' },
        51,
      );
    });
    const pages = capture.queries.filter((q) => q.sql.includes('safeguarding_concerns'));
    expect(pages.length).toBe(1);
    // A test table is small: the planner is told what a big one would make it prefer (no scan, no sort when an index gives the order).
    const plan = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_sort = off`.execute(trx);
      return (
        await trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`EXPLAIN ${pages[0]!.sql}`, [...pages[0]!.parameters]),
        )
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    });
    expect(plan).toContain('safeguarding_concerns_scheme_page_idx');
    expect(plan).not.toMatch(/Seq Scan on safeguarding_concerns|(^|-> +)Sort +\(/m);
  });
});
