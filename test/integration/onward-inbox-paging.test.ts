import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CaptureQueries } from '../../bench/capture-sql.ts';
import { listInboxPage } from '../../src/modules/community/onward-referrals/onward-referrals.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { buildDirectoryService, communityOrganisationId, referOn } from '../support/onward.ts';
import { walkKeysetPages } from '../support/keyset-pages.ts';
import { allocatedCase, buildPathwayScheme, expectFieldError, schemeApi } from '../support/pathway.ts';

const STATUSES = [
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'failed',
];

// The community organisation's inbox, paged newest first by keyset: every referral once, in order,
// whatever the status filter; a damaged cursor is a 400 naming the field.
describe.each(testDatabaseTargets())('onward referral inbox pages on $name', (target) => {
  const env = useTestApp(target);

  it('pages the whole inbox and each status filter with no gap and no repeat, ties on the sending time included', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const orgId = await communityOrganisationId(ctx, s);
    const service = await buildDirectoryService(ctx, { ownerId: orgId });
    const { caseId } = await allocatedCase(s);
    const sent = await referOn(s, caseId, service.serviceId);
    // 129 more, copied from the real one: statuses in turn, and only 20 distinct sending times (ties broken by id).
    const all = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      const columns = (
        await sql<{
          column_name: string;
        }>`select column_name from information_schema.columns where table_name = 'onward_referrals' and column_name not in ('id', 'status', 'sent_at') order by ordinal_position`.execute(
          trx,
        )
      ).rows.map((r) => r.column_name);
      const list = columns.map((c) => `"${c}"`).join(', ');
      await trx.executeQuery(
        CompiledQuery.raw(
          `insert into onward_referrals (id, status, sent_at, ${list})
        select gen_random_uuid(), ($2::text[])[1 + g % 9], o.sent_at - (g % 20) * interval '1 minute', ${columns.map((c) => `o."${c}"`).join(', ')}
        from onward_referrals o, generate_series(1, 129) g where o.id = $1`,
          [sent.id, STATUSES],
        ),
      );
      return sql<{
        id: string;
        status: string;
      }>`select id, status from onward_referrals where receiving_organisation_id = ${orgId} order by sent_at desc, id desc`.execute(
        trx,
      );
    });
    expect(all.rows.length).toBe(130);

    const url = `${schemeApi(s)}/inbox/onward-referrals`;
    const walk = (status?: string) => walkKeysetPages(s.community, url, status ? { status } : {});
    expect(await walk()).toEqual(all.rows.map((r) => r.id));
    for (const filter of [
      'requested,received',
      'accepted,rejected,in-progress,on-hold,completed,cancelled,failed',
      'on-hold',
    ]) {
      const wanted = filter.split(',');
      expect(await walk(filter), filter).toEqual(all.rows.filter((r) => wanted.includes(r.status)).map((r) => r.id));
    }
  });

  it('refuses a damaged cursor and an unknown status with 400 naming the field', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const url = `${schemeApi(s)}/inbox/onward-referrals`;
    expectFieldError(await s.community.request({ method: 'GET', url: `${url}?after=not-a-cursor` }), 'after');
    expectFieldError(
      await s.community.request({
        method: 'GET',
        url: `${url}?after=${Buffer.from('["2026-01-01T00:00:00.000Z","x"]').toString('base64url')}`,
      }),
      'after',
    );
    expectFieldError(await s.community.request({ method: 'GET', url: `${url}?status=lost` }), 'status');
  });

  it('reads each page through an inbox index, never scanning or sorting the referrals', async () => {
    const { ctx, app } = env();
    const s = await buildPathwayScheme(ctx, app);
    const org = await communityOrganisationId(ctx, s);
    const capture = new CaptureQueries();
    const after = { at: new Date(), id: '00000000-0000-4000-8000-000000000001' };
    await inSchemeTransaction(ctx.db.withPlugin(capture), s.scheme.id, async (trx) => {
      await listInboxPage(trx, org, [], after, 51);
      await listInboxPage(trx, org, ['accepted', 'on-hold'], null, 51);
    });
    // The whole inbox, and the merged branches (a branch built inside the merge is seen on its own too).
    const pages = capture.queries.filter(
      (q) => q.sql.includes('onward_referrals') && (q.sql.includes('union all') || !q.sql.includes('"status" =')),
    );
    expect(pages.length).toBe(2);
    // A test table is small, so the planner is told what a big one would make it prefer: no scan and no sort when an
    // index serves the filter and the order. Without such an index the plan still scans or sorts.
    const plans = await inSchemeTransaction(ctx.db, s.scheme.id, async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_sort = off`.execute(trx);
      const out: string[] = [];
      for (const q of pages)
        out.push(
          (
            await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${q.sql}`, [...q.parameters]))
          ).rows
            .map((r) => r['QUERY PLAN'])
            .join('\n'),
        );
      return out;
    });
    for (const plan of plans) {
      expect(plan).toMatch(/onward_referrals_inbox(_status)?_idx/);
      expect(plan).not.toMatch(/(^|-> +)Sort +\(|Seq Scan/m);
    }
  });
});
