import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { buildScheme } from '../support/factories.ts';
import { buildPathwayScheme, referralBody } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('row-level security on $name', (target) => {
  const env = useTestApp(target);

  async function twoSchemesWithPatients() {
    const { ctx } = env();
    const a = await buildScheme(ctx);
    const b = await buildScheme(ctx);
    for (const scheme of [a, b]) {
      await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx
          .insertInto('patients')
          .values({ scheme_id: scheme.id, given_name: 'Pat', family_name: scheme.slug! })
          .execute(),
      );
    }
    return { a, b };
  }

  it('runs application queries as a role that is not a superuser and cannot bypass RLS', async () => {
    const { ctx } = env();
    const { rows } = await sql<{ role: string; rolsuper: boolean; rolbypassrls: boolean }>`
      SELECT current_user AS role, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`.execute(
      ctx.db,
    );
    expect(rows[0]).toEqual({ role: 'linkwork_app', rolsuper: false, rolbypassrls: false });
  });

  it('shows no patient rows to a query with no scheme context', async () => {
    const { ctx } = env();
    await twoSchemesWithPatients();
    const rows = await ctx.db.selectFrom('patients').select('id').execute();
    expect(rows).toHaveLength(0);
  });

  it('shows a scheme only its own patients', async () => {
    const { ctx } = env();
    const { a, b } = await twoSchemesWithPatients();
    const seen = await inSchemeTransaction(ctx.db, a.id, (trx) =>
      trx.selectFrom('patients').select(['scheme_id', 'family_name']).execute(),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.scheme_id === a.id)).toBe(true);
    expect(seen.some((p) => p.family_name === b.slug)).toBe(false);
  });

  it("refuses to write a patient row into another scheme, and cannot update or delete another scheme's rows", async () => {
    const { ctx } = env();
    const { a, b } = await twoSchemesWithPatients();
    await expect(
      inSchemeTransaction(ctx.db, a.id, (trx) =>
        trx.insertInto('patients').values({ scheme_id: b.id, given_name: 'Smuggled', family_name: 'Row' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await inSchemeTransaction(ctx.db, a.id, (trx) =>
      trx.updateTable('patients').set({ given_name: 'Changed' }).where('scheme_id', '=', b.id).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const deleted = await inSchemeTransaction(ctx.db, a.id, (trx) =>
      trx.deleteFrom('patients').where('scheme_id', '=', b.id).executeTakeFirst(),
    );
    expect(Number(deleted.numDeletedRows)).toBe(0);
    const stillThere = await inSchemeTransaction(ctx.db, b.id, (trx) =>
      trx.selectFrom('patients').select('given_name').execute(),
    );
    expect(stillThere.map((p) => p.given_name)).not.toContain('Changed');
    expect(stillThere.length).toBeGreaterThan(0);
  });

  it('does not leak the scheme context past the transaction', async () => {
    const { ctx } = env();
    const { a } = await twoSchemesWithPatients();
    await inSchemeTransaction(ctx.db, a.id, async (trx) => trx.selectFrom('patients').select('id').execute());
    expect(await ctx.db.selectFrom('patients').select('id').execute()).toHaveLength(0);
  });

  it('puts every person-level table of the pathway under forced row-level security', async () => {
    const { ctx } = env();
    const tables = [
      'patients',
      'patient_distinct_pairs',
      'patient_duplicate_pairs',
      'referrals',
      'referral_events',
      'cases',
      'case_extensions',
      'contact_attempts',
      'case_sessions',
      'case_goals',
      'case_tasks',
      'messages_back',
    ];
    const { rows } = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY(${tables}) AND relkind = 'r'`.execute(
      ctx.db,
    );
    expect(rows.map((r) => r.relname).sort()).toEqual([...tables].sort());
    for (const row of rows) expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
  });

  it("hides one scheme's referrals and cases from another scheme's transactions", async () => {
    const { ctx, app } = env();
    const first = await buildPathwayScheme(ctx, app);
    const second = await buildScheme(ctx);
    const made = await first.referrer.request({
      method: 'POST',
      url: `/api/schemes/${first.scheme.slug}/referrals`,
      payload: referralBody(),
    });
    expect(made.statusCode, made.body).toBe(201);
    const own = await inSchemeTransaction(ctx.db, first.scheme.id, (trx) =>
      trx.selectFrom('referrals').select('id').execute(),
    );
    expect(own.map((r) => r.id)).toContain(made.json().id);
    const other = await inSchemeTransaction(ctx.db, second.id, async (trx) => ({
      referrals: await trx.selectFrom('referrals').select('id').execute(),
      events: await trx.selectFrom('referral_events').select('id').execute(),
    }));
    expect(other).toEqual({ referrals: [], events: [] });
    expect(await ctx.db.selectFrom('referrals').select('id').execute()).toHaveLength(0);
  });
});
