/**
 * How much the audit log grows per thousand list reads, and whether the administrator's search by
 * scheme reads its index. Runs on a throwaway database (PGlite in memory, or a database it
 * creates on BENCH_DATABASE_URL) and prints:
 *   - pg_total_relation_size('audit_log') (table, TOAST and indexes) before and after 1,000 reads of a
 *     triage queue page of 50, each audited as a query fingerprint (src/platform/audit.ts listRead);
 *   - the same for 1,000 rows written as list reads were audited before, with the 50 ids shown (the ceiling);
 *   - the plan of one page of the audit search within a scheme over a log of --filler rows, as the app role.
 *
 * Usage: node --import tsx bench/audit-growth.ts [--filler 200000]
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { recordAudit } from '../src/platform/audit.ts';
import { buildOrganisation, buildScheme, buildUser, signIn } from '../test/support/factories.ts';
import { openBenchContext } from './bench-database.ts';

const READS = 1000;
const fillerArg = process.argv.indexOf('--filler');
const FILLER = fillerArg > 0 ? Number(process.argv[fillerArg + 1]) : 200_000;

const { ctx, label, close } = await openBenchContext();
try {
  await ctx.db.updateTable('settings').set({ value: 'false' }).where('key', '=', 'two_factor_required').execute();
  const app = await buildApp(ctx, { logger: false });
  await app.ready();
  const scheme = await buildScheme(ctx);
  const practice = await buildOrganisation(ctx, 'gp_practice');
  const referrer = await signIn(
    app,
    await buildUser(ctx, { role: 'referrer', schemeId: scheme.id, organisationId: practice.id }),
  );
  const workerUser = await buildUser(ctx, { role: 'link_worker', schemeId: scheme.id });
  const worker = await signIn(app, workerUser);
  const triage = `/api/schemes/${scheme.slug}/triage`;
  for (let i = 0; i < 60; i += 1) {
    const nhs = nhsNumber(i);
    const response = await referrer.request({
      method: 'POST',
      url: `/api/schemes/${scheme.slug}/referrals`,
      payload: {
        patient: {
          nhsNumber: nhs,
          givenName: 'Bench',
          familyName: `Person-${i}`,
          dateOfBirth: '1960-01-01',
          sex: 'female',
          addressLine1: '1 Mill Lane',
          town: 'Leeds',
          postcode: 'LS1 4AP',
          phone: '07700 900123',
          preferredContact: 'phone',
          preferredLanguage: 'English',
          interpreterNeeded: false,
        },
        needs: ['loneliness'],
        circumstances: [],
        reason: 'Rarely leaves the house.',
        consent: { contact: true, shareWithServices: true, shareWithGp: true },
      },
    });
    if (response.statusCode !== 201) throw new Error(`referral not taken in: ${response.statusCode} ${response.body}`);
  }
  const first = await worker.request({ method: 'GET', url: triage });
  const shownIds = first.json<{ items: { id: string }[] }>().items.map((r) => r.id);
  if (shownIds.length !== 50) throw new Error(`expected a full page of 50, got ${shownIds.length}`);

  const size = async () =>
    Number(
      (await sql<{ bytes: string }>`SELECT pg_total_relation_size('audit_log') AS bytes`.execute(ctx.db)).rows[0]!
        .bytes,
    );
  const rowBytes = async (idList: boolean) =>
    (
      await sql<{ detail: string; row: string }>`
    SELECT avg(octet_length(detail::text))::int AS detail, avg(pg_column_size(a.*))::int AS row FROM audit_log a
    WHERE action = 'referral.triage-queue' AND (jsonb_typeof(detail -> 'shown') = 'array') = ${idList}`.execute(ctx.db)
    ).rows[0]!;

  const before = await size();
  for (let i = 0; i < READS; i += 1) {
    const response = await worker.request({ method: 'GET', url: triage });
    if (response.statusCode !== 200) throw new Error(`triage read failed: ${response.statusCode}`);
  }
  const afterReads = await size();
  for (let i = 0; i < READS; i += 1) {
    const actor = {
      kind: 'user',
      userId: workerUser.id,
      name: '',
      email: '',
      sessionId: '',
      role: 'link_worker',
      membershipId: null,
      schemeId: scheme.id,
      schemeSlug: scheme.slug,
      organisationId: null,
      requestId: randomUUID(),
    } as const;
    await recordAudit(ctx.db, actor, {
      action: 'referral.triage-queue',
      recordType: 'referral',
      schemeId: scheme.id,
      detail: { shown: shownIds },
    });
  }
  const afterOld = await size();
  const fingerprint = await rowBytes(false);
  const old = await rowBytes(true);

  // A big log over twelve schemes, for the plan of the administrator's search within one of them.
  const others = await ctx.db
    .insertInto('organisations')
    .values(
      Array.from({ length: 11 }, (_, i) => ({
        type: 'scheme' as const,
        name: `Filler ${i}`,
        slug: `filler-${Date.now()}-${i}`,
      })),
    )
    .returning('id')
    .execute();
  const ids = [scheme.id, ...others.map((o) => o.id)];
  await ctx.database.owner.query(
    `INSERT INTO audit_log (at, action, record_type, scheme_id, detail)
    SELECT now() - (g * interval '1 second'), 'referral.triage-queue', 'referral', ($1::uuid[])[1 + g % ${ids.length}], '{"page":"first","shown":50}'
    FROM generate_series(1, ${FILLER}) g`,
    [ids],
  );
  await ctx.database.owner.query('ANALYZE audit_log');
  const plan = (
    await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
    SELECT a.id, a.at, a.action, a.record_type, a.record_id, s.slug FROM audit_log a LEFT JOIN organisations s ON s.id = a.scheme_id
    WHERE a.scheme_id = (SELECT id FROM organisations WHERE slug = ${scheme.slug}) AND (a.at, a.id) < (now() AT TIME ZONE 'UTC' - interval '1 hour', 9223372036854775807::bigint)
    ORDER BY a.at DESC, a.id DESC LIMIT 51`.execute(ctx.db)
  ).rows.map((r) => r['QUERY PLAN']);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  process.stdout.write(
    `\nAudit growth on ${label}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  process.stdout.write(`${READS} triage-queue reads of 50 rows, audited as a query fingerprint:\n`);
  process.stdout.write(
    `  audit_log grew ${kb(afterReads - before)} (table + indexes) = ${((afterReads - before) / READS).toFixed(0)} bytes a read; detail ${fingerprint.detail} bytes, row ${fingerprint.row} bytes\n`,
  );
  process.stdout.write(`${READS} rows as list reads were audited before (the 50 ids shown), same table and indexes:\n`);
  process.stdout.write(
    `  audit_log grew ${kb(afterOld - afterReads)} = ${((afterOld - afterReads) / READS).toFixed(0)} bytes a read; detail ${old.detail} bytes, row ${old.row} bytes\n`,
  );
  process.stdout.write(
    `  → ${((afterOld - afterReads) / Math.max(1, afterReads - before)).toFixed(1)}× smaller growth per thousand reads\n`,
  );
  process.stdout.write(
    `Plan of one page of the audit search within one scheme of twelve (${FILLER} more rows), as ${await appRole()}:\n  ${plan.join('\n  ')}\n`,
  );
  await app.close();
} finally {
  await close();
}

async function appRole(): Promise<string> {
  return (await sql<{ r: string }>`SELECT current_user AS r`.execute(ctx.db)).rows[0]!.r;
}

/** A valid NHS number from a counter (modulus 11 check digit), for people the bench makes up. */
function nhsNumber(n: number): string {
  for (let k = n * 7 + 100_000_000; ; k += 1) {
    const digits = String(k).padStart(9, '0').slice(-9).split('').map(Number);
    const check = 11 - (digits.reduce((s, d, i) => s + d * (10 - i), 0) % 11);
    if (check !== 10) return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}
