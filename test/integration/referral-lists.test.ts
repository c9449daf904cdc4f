import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { captureSql, explainAll } from '../../bench/capture-sql.ts';
import type { AppContext } from '../../src/context.ts';
import * as queues from '../../src/modules/pathway/referrals/referral-queues.repository.ts';
import { outOfScopeByPractice } from '../../src/modules/pathway/referrals/referral-reports.repository.ts';
import * as referrer from '../../src/modules/pathway/referrals/referrer-referrals.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { londonDate } from '../../src/platform/london-time.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildOrganisation } from '../support/factories.ts';
import {
  addSchemeMember,
  buildPathwayScheme,
  expectFieldError,
  makeReferral,
  patientInput,
  referralBody,
  schemeApi,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';

interface Summary {
  id: string;
  receivedAt: string;
}
interface Page {
  items: Summary[];
  total: number;
  totalCapped: boolean;
  next: string | null;
}
interface PracticeRow {
  practiceOdsCode: string | null;
  total: number;
  outOfScope: number;
  declined: number;
  outOfScopeRate: number;
}

describe.each(testDatabaseTargets())(
  "the referrer's list and the out-of-scope report, bounded by the answer, on $name",
  (target) => {
    const env = useTestApp(target);

    /** Every page of a referrer's list, following "next" to the end. */
    async function allPages(s: PathwayScheme, who: RoleClient): Promise<Page[]> {
      const pages: Page[] = [];
      let after: string | null = null;
      do {
        const response = await who.request({
          method: 'GET',
          url: `${schemeApi(s)}/referrals${after ? `?after=${encodeURIComponent(after)}` : ''}`,
        });
        expect(response.statusCode, response.body).toBe(200);
        const page = response.json<Page>();
        pages.push(page);
        after = page.next;
      } while (after);
      return pages;
    }

    it("merges the referrer's own, their practice's and their organisation's referrals: each once, newest first, stable across pages", async () => {
      const { app, ctx, clock } = env();
      const s = await buildPathwayScheme(ctx, app);
      const colleague = await addSchemeMember(ctx, app, s.scheme.id, 'referrer', s.practice.id);
      const elsewhere = await buildOrganisation(ctx, 'gp_practice');
      const stranger = await addSchemeMember(ctx, app, s.scheme.id, 'referrer', elsewhere.id);
      await setPracticesServed(s, [s.practice.ods_code, elsewhere.ods_code!]);

      // Made by the referrer (their own, their practice's and their organisation's: three branches), by a colleague
      // for someone registered elsewhere (organisation branch only), and by another practice for someone registered
      // at the referrer's practice (practice branch only). Five share each moment, so the order falls back to the id.
      const visible = new Map<string, string>();
      const hidden: string[] = [];
      const strangerMade: string[] = [];
      for (let moment = 0; moment < 12; moment++) {
        clock.advanceMinutes(1);
        const own = await makeReferral(s, s.referrer);
        const colleagues = await makeReferral(
          s,
          colleague,
          referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
        );
        const registeredHere = await makeReferral(
          s,
          stranger,
          referralBody({ patient: patientInput({ practiceOdsCode: s.practice.ods_code }) }),
        );
        const strangers = await makeReferral(
          s,
          stranger,
          referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
        );
        const community = await makeReferral(
          s,
          s.community,
          referralBody({ patient: patientInput({ nhsNumber: null }) }),
        );
        for (const r of [own, colleagues, registeredHere]) visible.set(r.id, String(r.receivedAt));
        hidden.push(strangers.id, community.id);
        strangerMade.push(registeredHere.id, strangers.id);
      }
      const parties = await referralParties(ctx, s.scheme.id, [...visible.keys()]);
      expect(parties.filter((p) => p.referred_by_user_id === s.referrer.userId)).toHaveLength(12);
      expect(
        parties.filter(
          (p) => p.referred_by_user_id === colleague.userId && p.practice_ods_code !== s.practice.ods_code,
        ),
      ).toHaveLength(12);
      expect(
        parties.filter(
          (p) => p.referrer_organisation_id !== s.practice.id && p.practice_ods_code === s.practice.ods_code,
        ),
      ).toHaveLength(12);

      const first = await allPages(s, s.referrer);
      expect(first.map((p) => p.items.length)).toEqual([36]);
      expect(first[0]).toMatchObject({ total: 36, totalCapped: false, next: null });
      const ids = first.flatMap((p) => p.items.map((r) => r.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(visible.keys()));
      for (const id of hidden) expect(ids).not.toContain(id);
      // Newest first, and the id (descending) between referrals received at the same moment.
      const expected = [...visible.entries()]
        .sort(([a, at], [b, bt]) => (at === bt ? (a < b ? 1 : -1) : at < bt ? 1 : -1))
        .map(([id]) => id);
      expect(ids).toEqual(expected);

      // More than a page (96 in all, some sharing a moment): the pages join up with no gap or repeat.
      for (let i = 0; i < 30; i++) {
        if (i % 3 === 0) clock.advanceMinutes(1);
        const own = await makeReferral(s, s.referrer);
        const registeredHere = await makeReferral(
          s,
          stranger,
          referralBody({ patient: patientInput({ practiceOdsCode: s.practice.ods_code }) }),
        );
        visible.set(own.id, String(own.receivedAt));
        visible.set(registeredHere.id, String(registeredHere.receivedAt));
        strangerMade.push(registeredHere.id);
      }
      const pages = await allPages(s, s.referrer);
      expect(pages.map((p) => p.items.length)).toEqual([50, 46]);
      expect(pages.map((p) => p.total)).toEqual([96, 96]);
      const paged = pages.flatMap((p) => p.items.map((r) => r.id));
      expect(paged).toEqual(
        [...visible.entries()]
          .sort(([a, at], [b, bt]) => (at === bt ? (a < b ? 1 : -1) : at < bt ? 1 : -1))
          .map(([id]) => id),
      );
      // The same cursor gives the same page again.
      const again = (
        await s.referrer.request({
          method: 'GET',
          url: `${schemeApi(s)}/referrals?after=${encodeURIComponent(pages[0]!.next!)}`,
        })
      ).json<Page>();
      expect(again.items.map((r) => r.id)).toEqual(pages[1]!.items.map((r) => r.id));

      // The rules of who sees what are unchanged: the other practice's referrer sees theirs and their practice's
      const strangerIds = (await allPages(s, stranger)).flatMap((p) => p.items.map((r) => r.id));
      // (theirs, and the referrer's colleague's for people registered at the other practice), the community organisation its own.
      const strangerSees = [
        ...strangerMade,
        ...parties.filter((p) => p.practice_ods_code === elsewhere.ods_code).map((p) => p.id),
      ];
      expect(new Set(strangerIds)).toEqual(new Set(strangerSees));
      expect(strangerIds).toHaveLength(strangerSees.length);
      const communityIds = (await allPages(s, s.community)).flatMap((p) => p.items.map((r) => r.id));
      expect(communityIds).toHaveLength(12);
      for (const id of communityIds) expect(hidden).toContain(id);
    });

    it("counts a referrer's referrals only up to the cap, and says when there are more", async () => {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      const colleague = await addSchemeMember(ctx, app, s.scheme.id, 'referrer', s.practice.id);
      for (const by of [s.referrer, s.referrer, colleague, colleague]) await makeReferral(s, by);
      const who = { userId: s.referrer.userId, organisationId: s.practice.id, practiceOdsCode: s.practice.ods_code };
      const count = (cap: number) =>
        inSchemeTransaction(ctx.db, s.scheme.id, (trx) => referrer.countForReferrer(trx, s.scheme.id, who, cap));
      expect(await count(10)).toEqual({ total: 4, capped: false });
      expect(await count(4)).toEqual({ total: 4, capped: false });
      expect(await count(3)).toEqual({ total: 3, capped: true });
      expect(await count(1)).toEqual({ total: 1, capped: true });
    });

    it('refuses a cursor it did not give out for the referrer\'s list with a 400 naming "after" and how to recover', async () => {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      await makeReferral(s);
      const triageCursor = Buffer.from(
        JSON.stringify([1, new Date().toISOString(), '00000000-0000-4000-8000-000000000000']),
      ).toString('base64url');
      const badDate = Buffer.from(JSON.stringify(['not a date', '00000000-0000-4000-8000-000000000000'])).toString(
        'base64url',
      );
      for (const after of [triageCursor, badDate, 'e30']) {
        const error = expectFieldError(
          await s.referrer.request({ method: 'GET', url: `${schemeApi(s)}/referrals?after=${after}` }),
          'after',
        );
        expect(error.message).toMatch(/cursor/);
        expect(error.fix).toMatch(/first page/);
      }
    });

    it('reports out-of-scope and declined referrals per practice since the day a year ago, kept as referrals are written and changed', async () => {
      const { app, ctx, clock } = env();
      const s = await buildPathwayScheme(ctx, app);
      const elsewhere = await buildOrganisation(ctx, 'gp_practice');
      await setPracticesServed(s, [s.practice.ods_code]);

      // Received over a year ago (moved back by the owner: the daily counts follow the change): not in the report.
      const old = await makeReferral(
        s,
        s.referrer,
        referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
      );
      await ctx.database.owner.query(`BEGIN; SELECT set_config('linkwork.scheme_id', '${s.scheme.id}', true);
      UPDATE referrals SET received_at = received_at - interval '370 days' WHERE id = '${old.id}'; COMMIT;`);
      const inScope = [await makeReferral(s), await makeReferral(s)];
      const outside = [
        await makeReferral(
          s,
          s.referrer,
          referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
        ),
        await makeReferral(
          s,
          s.referrer,
          referralBody({ patient: patientInput({ practiceOdsCode: elsewhere.ods_code }) }),
        ),
      ];
      expect(inScope.map((r) => r.evaluation)).toEqual(['in_scope', 'in_scope']);
      expect(outside.map((r) => r.evaluation)).toEqual(['out_of_scope', 'out_of_scope']);
      const declined = await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/referrals/${outside[0]!.id}/decline`,
        payload: { version: outside[0]!.version, reason: 'Not registered with a practice we serve.', alternative: '' },
      });
      expect(declined.statusCode, declined.body).toBe(200);
      const accepted = await s.worker.request({
        method: 'POST',
        url: `${schemeApi(s)}/referrals/${inScope[0]!.id}/accept`,
        payload: { version: inScope[0]!.version },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);

      const report = await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/reports/out-of-scope` });
      expect(report.statusCode, report.body).toBe(200);
      const body = report.json<{ since: string; practices: PracticeRow[] }>();
      expect(body.since).toBe(londonDate(new Date(clock.now().getTime() - 365 * 86_400_000)));
      expect(body.practices).toEqual(
        [
          { practiceOdsCode: elsewhere.ods_code, total: 2, outOfScope: 2, declined: 1, outOfScopeRate: 1 },
          { practiceOdsCode: s.practice.ods_code, total: 2, outOfScope: 0, declined: 0, outOfScopeRate: 0 },
        ].sort((a, b) => (a.practiceOdsCode! < b.practiceOdsCode! ? -1 : 1)),
      );

      // The daily counts always equal a count of the referrals themselves, however the rows were written.
      await ctx.database.owner.query(`BEGIN; SELECT set_config('linkwork.scheme_id', '${s.scheme.id}', true);
      UPDATE referrals SET practice_ods_code = '${s.practice.ods_code}' WHERE id = '${outside[1]!.id}'; COMMIT;`);
      expect(await dailyCountsDrift(ctx, s.scheme.id)).toEqual([]);
      const moved = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/reports/out-of-scope` })).json<{
        practices: PracticeRow[];
      }>();
      expect(moved.practices.find((p) => p.practiceOdsCode === s.practice.ods_code)).toMatchObject({
        total: 3,
        outOfScope: 1,
        declined: 0,
      });
      expect(moved.practices.find((p) => p.practiceOdsCode === elsewhere.ods_code)).toMatchObject({
        total: 1,
        outOfScope: 1,
        declined: 1,
      });

      // Only the scheme's manager reads it; the application cannot write the counts.
      expect((await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/reports/out-of-scope` })).statusCode).toBe(
        403,
      );
      await expect(
        inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
          sql`UPDATE referral_practice_days SET referrals = 0 WHERE scheme_id = ${s.scheme.id}`.execute(trx),
        ),
      ).rejects.toThrow(/permission denied/);
    });

    it("plans the referrer's list, its count, the report and the staff queues without a sequential scan of referrals, as the application role", async () => {
      const { app, ctx } = env();
      const s = await buildPathwayScheme(ctx, app);
      await generateReferrals(ctx, s, 8_000);
      const who = { userId: s.referrer.userId, organisationId: s.practice.id, practiceOdsCode: s.practice.ods_code };
      const queries = await captureSql(ctx.db, s.scheme.id, async (db) => {
        const trx = db as Parameters<typeof referrer.listForReferrer>[0];
        const first = await referrer.listForReferrer(trx, s.scheme.id, who, null, 50);
        expect(first).toHaveLength(51);
        const last = first[49]!;
        expect(
          await referrer.listForReferrer(trx, s.scheme.id, who, { at: last.received_at, id: last.id }, 50),
        ).toHaveLength(51);
        expect(await referrer.countForReferrer(trx, s.scheme.id, who, 1000)).toEqual({ total: 1000, capped: true });
        const report = await outOfScopeByPractice(
          trx,
          s.scheme.id,
          londonDate(new Date(Date.now() - 365 * 86_400_000)),
        );
        expect(report.length).toBeGreaterThan(1);
      });
      // The capture also sees each subquery as it is built; keep the statements sent: for each of two pages the ids
      // and their rows, then the count and the report.
      const sent = queries.filter((q) =>
        /^select ("v"\."id" from|"r"\."id", "r"\."status"|count\(\*\)|"practice_ods_code")/.test(q.sql),
      );
      const plans = await explainAll(ctx.db, s.scheme.id, sent);
      expect(plans).toHaveLength(6);
      for (const plan of plans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on referrals/);
      // Each page's ids and the count read the three branch indexes; the rows come by primary key.
      for (const plan of [plans[0]!, plans[2]!, plans[4]!]) {
        for (const index of ['referrals_referrer_idx', 'referrals_practice_idx', 'referrals_referrer_organisation_idx'])
          expect(plan.plan, plan.sql).toContain(index);
      }
      for (const plan of [plans[1]!, plans[3]!])
        expect(plan.plan, plan.sql).toMatch(/Index Scan (using|on) referrals_pkey/);
      // The report reads the daily counts, never the referrals.
      expect(plans[5]!.plan).not.toMatch(/on referrals\b/);
      expect(plans[5]!.plan).toMatch(/referral_practice_days/);

      // The other lists of referrals: the triage queue and the waiting list, a page after the first and their counts.
      const queueQueries = await captureSql(ctx.db, s.scheme.id, async (db) => {
        const trx = db as Parameters<typeof queues.listTriageQueue>[0];
        const triage = await queues.listTriageQueue(trx, s.scheme.id, null, 50);
        const lastTriage = triage[49]!;
        expect(
          await queues.listTriageQueue(
            trx,
            s.scheme.id,
            { urgency: lastTriage.urgency, at: lastTriage.received_at, id: lastTriage.id },
            50,
          ),
        ).toHaveLength(51);
        const waiting = await queues.listByStatus(trx, s.scheme.id, ['waiting'], 'accepted_at', null, 50);
        const lastWaiting = waiting[49]!;
        expect(
          await queues.listByStatus(
            trx,
            s.scheme.id,
            ['waiting'],
            'accepted_at',
            { at: lastWaiting.accepted_at!, id: lastWaiting.id },
            50,
          ),
        ).toHaveLength(51);
        expect(await queues.countByStatus(trx, s.scheme.id, ['received', 'information_requested'])).toBe(160);
        expect(await queues.countByStatus(trx, s.scheme.id, ['waiting'])).toBe(160);
      });
      const queuePlans = await explainAll(ctx.db, s.scheme.id, queueQueries);
      expect(queuePlans).toHaveLength(6);
      for (const plan of queuePlans) expect(plan.plan, plan.sql).not.toMatch(/Seq Scan on referrals/);
    });
  },
);

/** Sets the practices the scheme serves as its manager (a referral for someone registered elsewhere is out of scope). */
async function setPracticesServed(s: PathwayScheme, practices: string[]): Promise<void> {
  const current = (await s.manager.request({ method: 'GET', url: `${schemeApi(s)}/settings` })).json<{
    version: number;
  }>();
  const response = await s.manager.request({
    method: 'PUT',
    url: `${schemeApi(s)}/settings/criteria`,
    payload: {
      version: current.version,
      minAge: 18,
      maxAge: 120,
      practicesServed: practices,
      needsInScope: [],
      selfReferralOpen: true,
      exclusions: [],
    },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function referralParties(ctx: AppContext, schemeId: string, ids: string[]) {
  return inSchemeTransaction(ctx.db, schemeId, (trx) =>
    trx
      .selectFrom('referrals')
      .select(['id', 'referred_by_user_id', 'referrer_organisation_id', 'practice_ods_code'])
      .where('id', 'in', ids)
      .execute(),
  );
}

/** Keys where the trigger-kept daily counts differ from counting the referrals themselves (none when consistent). */
async function dailyCountsDrift(ctx: AppContext, schemeId: string) {
  const { rows } = await inSchemeTransaction(ctx.db, schemeId, (trx) =>
    sql<Record<string, unknown>>`
    SELECT coalesce(d.day, c.day) AS day, coalesce(d.practice_ods_code, c.practice_ods_code) AS practice, d.referrals, c.referrals AS counted
    FROM referral_practice_days d
    FULL JOIN (
      SELECT (received_at AT TIME ZONE 'Europe/London')::date AS day, practice_ods_code, count(*)::int AS referrals,
        count(*) FILTER (WHERE evaluation = 'out_of_scope')::int AS out_of_scope, count(*) FILTER (WHERE status = 'declined')::int AS declined
      FROM referrals WHERE scheme_id = ${schemeId} GROUP BY 1, 2
    ) c ON c.day = d.day AND c.practice_ods_code IS NOT DISTINCT FROM d.practice_ods_code
    WHERE (d.referrals, d.out_of_scope, d.declined) IS DISTINCT FROM (c.referrals, c.out_of_scope, c.declined)
    AND coalesce(d.referrals, 0) + coalesce(c.referrals, 0) > 0`.execute(trx),
  );
  return rows;
}

/**
 * Some thousands of referrals over two years and more, set-based as the owner, the newest 2% awaiting triage and
 * the next 2% on the waiting list: one in sixteen made by the
 * scheme's referrer at their practice, as many again for people registered at that practice and from
 * their organisation for people registered elsewhere, the rest from nine other practices. Vacuumed
 * and analysed, as autovacuum leaves a table in use.
 */
async function generateReferrals(ctx: AppContext, s: PathwayScheme, n: number): Promise<void> {
  await ctx.database.owner.query(`BEGIN; SELECT set_config('linkwork.scheme_id', '${s.scheme.id}', true);
    INSERT INTO patients (id, scheme_id, given_name, family_name)
      SELECT md5('${s.scheme.id}:p:' || i)::uuid, '${s.scheme.id}', 'Bench', 'Person ' || i FROM generate_series(1, ${n}) i;
    INSERT INTO referrals (scheme_id, patient_id, source, status, referred_by_user_id, referrer_organisation_id, practice_ods_code,
      consent_contact, evaluation, received_at, accepted_at, updated_at)
      SELECT '${s.scheme.id}', md5('${s.scheme.id}:p:' || i)::uuid, 'referrer',
        CASE WHEN i <= ${n} / 50 THEN 'received' WHEN i <= ${n} / 25 THEN 'waiting' ELSE (ARRAY['declined', 'allocated', 'completed', 'completed'])[1 + i % 4] END,
        CASE WHEN i % 16 = 0 THEN '${s.referrer.userId}'::uuid END,
        CASE WHEN i % 16 IN (0, 2) THEN '${s.practice.id}'::uuid END,
        CASE WHEN i % 16 IN (0, 1) THEN '${s.practice.ods_code}' ELSE 'GEN' || (i % 9) END,
        true, (ARRAY['in_scope', 'in_scope', 'needs_review', 'out_of_scope'])[1 + i % 4],
        now() - i * interval '3 hours', CASE WHEN i > ${n} / 50 THEN now() - i * interval '3 hours' + interval '1 day' END, now() - i * interval '3 hours'
      FROM generate_series(1, ${n}) i;
    COMMIT;`);
  for (const table of ['patients', 'referrals', 'referral_practice_days'])
    await ctx.database.owner.query(`VACUUM ANALYZE ${table}`);
}
