import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { isValidNhsNumber } from '../../src/modules/pathway/patients/nhs-number.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('the demo pathway data on $name', (target) => {
  const env = useTestApp(target);

  it('puts synthetic people at every stage, through the use cases, and the demo worker can work with them', async () => {
    const { app, ctx } = env();
    expect(await seedDemo(ctx)).toBe(true);

    const scheme = await ctx.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', DEMO_SCHEME_SLUG)
      .executeTakeFirstOrThrow();
    const { statuses, sources, nhsNumbers, events, messages, askings, pairs } = await inSchemeTransaction(
      ctx.db,
      scheme.id,
      async (trx) => ({
        statuses: await trx
          .selectFrom('referrals')
          .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
          .groupBy('status')
          .execute(),
        sources: await trx.selectFrom('referrals').select('source').distinct().execute(),
        nhsNumbers: await trx.selectFrom('patients').select('nhs_number').where('nhs_number', 'is not', null).execute(),
        events: await trx
          .selectFrom('referral_events')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
        messages: await trx.selectFrom('messages_back').select('kind').distinct().execute(),
        askings: await trx
          .selectFrom('outcome_records')
          .select(['measure_key', 'timepoint', 'status'])
          .distinct()
          .execute(),
        pairs: await trx
          .selectFrom('outcome_pairs')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('latest_timepoint', '=', 'discharge')
          .where('baseline', 'is not', null)
          .executeTakeFirstOrThrow(),
      }),
    );
    const count = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    for (const status of ['received', 'information_requested', 'waiting', 'declined', 'allocated', 'completed']) {
      expect(count[status] ?? 0, status).toBeGreaterThan(0);
    }
    expect(sources.map((s) => s.source).sort()).toEqual([
      'community_organisation',
      'gp_system',
      'referrer',
      'self_referral',
    ]);
    expect(messages.map((m) => m.kind).sort()).toEqual([
      'declined',
      'discharged',
      'information_requested',
      'unable_to_contact',
    ]);
    // Outcome measures at baseline and discharge, with a refusal among them, and changes to report.
    for (const asking of ['ons4 baseline completed', 'ons4 discharge completed', 'ucla3 baseline completed'])
      expect(askings.map((a) => `${a.measure_key} ${a.timepoint} ${a.status}`)).toContain(asking);
    expect(askings.some((a) => a.status === 'declined')).toBe(true);
    expect(Number(pairs.n)).toBeGreaterThan(0);
    expect(Number(events.n)).toBeGreaterThan(statuses.reduce((sum, s) => sum + Number(s.n), 0));
    for (const { nhs_number } of nhsNumbers) {
      expect(nhs_number!.startsWith('999') && isValidNhsNumber(nhs_number!), nhs_number!).toBe(true);
    }

    const worker = await signIn(app, { email: 'worker@demo.example.org', password: DEMO_PASSWORD });
    const caseload = await worker.request({ method: 'GET', url: `/api/schemes/${DEMO_SCHEME_SLUG}/caseload` });
    expect(caseload.statusCode, caseload.body).toBe(200);
    const items = caseload.json<{ items: { status: string; overdueTasks: number; interventionState: string }[] }>()
      .items;
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.filter((c) => c.status === 'active').length).toBeGreaterThan(0);
    expect(items.filter((c) => c.status === 'contacting').length).toBeGreaterThan(0);
    expect(items.some((c) => c.overdueTasks > 0)).toBe(true);
    expect(items.some((c) => c.interventionState === 'nearing')).toBe(true);

    const tasks = await worker.request({ method: 'GET', url: `/api/schemes/${DEMO_SCHEME_SLUG}/tasks` });
    expect(tasks.statusCode, tasks.body).toBe(200);
    expect(tasks.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);

    const triage = await worker.request({ method: 'GET', url: `/api/schemes/${DEMO_SCHEME_SLUG}/triage` });
    expect(triage.statusCode, triage.body).toBe(200);
    const queue = triage.json<{ items: { evaluation: string }[] }>().items;
    expect(queue.length).toBeGreaterThan(0);
    expect(new Set(queue.map((r) => r.evaluation))).toEqual(new Set(['in_scope', 'needs_review', 'out_of_scope']));

    // A second run changes nothing.
    expect(await seedDemo(ctx)).toBe(false);
  }, 180_000);
});
